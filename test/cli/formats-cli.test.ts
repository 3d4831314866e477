import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { run } from "../../src/cli/main.js";
import { readCardPng } from "../../src/formats/character-card/card-png.js";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { CARD_EXAMPLES, ST_CHATS } from "../helpers/examples.js";
import { captureIo, temporaryFolder } from "../helpers/io.js";
import { sampleRecord } from "../helpers/records.js";

describe("pippa import / export / card", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  const file = (name: string) => join(folder.path, name);
  before(async () => {
    folder = await temporaryFolder();
    await writeFile(file("pippa.jsonl"), `${writePippaLine(sampleRecord({ bot_name: "Ünï 😀" }))}\n${writePippaLine(sampleRecord({ bot_id: "b2", categories: ["Anime"] }))}\n`);
    await writeFile(file("modern.jsonl"), ST_CHATS.modern);
    await writeFile(file("card.json"), JSON.stringify(CARD_EXAMPLES.v2));
    await writeFile(file("bad.jsonl"), `${writePippaLine(sampleRecord())}\n{"nope"\n`);
  });
  after(() => folder.cleanup());

  it("import writes PIPPA lines byte for byte as they came", async () => {
    const io = captureIo();
    assert.equal(await run(["import", file("pippa.jsonl"), "-o", file("out.jsonl")], io), 0);
    assert.deepEqual(await readFile(file("out.jsonl")), await readFile(file("pippa.jsonl")));
    assert.match(io.err(), /pippa\.jsonl: pippa-jsonl, 2 conversation\(s\), 0 rejected/);
    assert.ok(!existsSync(file("out.jsonl.rejects.jsonl")));
  });

  it("import exits 1 and writes refused input to <out>.rejects.jsonl", async () => {
    const io = captureIo();
    assert.equal(await run(["import", file("bad.jsonl"), "-o", file("bad-out.jsonl"), "--json"], io), 1);
    const summary = JSON.parse(io.out());
    assert.deepEqual([summary.episodes, summary.rejected], [1, 1]);
    const [reject] = (await readFile(file("bad-out.jsonl.rejects.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(reject.line, 2);
    assert.equal(reject.raw, '{"nope"');
    assert.match(reject.error, /^PIPPA_E_JSON .*bad\.jsonl:2: not valid JSON/);
  });

  it("import --episodes keeps swipes and names, and they survive export to SillyTavern", async () => {
    assert.equal(await run(["import", file("modern.jsonl"), "--card", file("card.json"), "--episodes", "-o", file("ep.jsonl")], captureIo()), 0);
    const [episode] = (await readFile(file("ep.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(episode.conversation[0].swipes, ["Hi.", "Hello."]);
    assert.equal(episode.card.data.name, "Ren 蓮");
    assert.equal(await run(["export", file("ep.jsonl"), "--to", "sillytavern", "-o", file("st")], captureIo()), 0);
    const [chatName] = await readdir(file("st"));
    const lines = (await readFile(join(file("st"), chatName), "utf8")).split("\n").map((l) => JSON.parse(l));
    assert.equal(lines[0].user_name, "unused");
    assert.deepEqual(lines[1].swipes, ["Hi.", "Hello."]);
    assert.equal(lines[3].extra.type, "narrator");
    assert.equal(lines[4].is_system, true);
  });

  it("export --to card writes one V2 PNG and JSON per bot, with <START> blocks", async () => {
    assert.equal(await run(["export", file("pippa.jsonl"), "--to", "card", "-o", file("cards")], captureIo()), 0);
    const names = (await readdir(file("cards"))).sort();
    assert.equal(names.length, 4);
    const png = names.find((n) => n.startsWith("Kamisato") && n.endsWith(".png"))!;
    const { card } = readCardPng(new Uint8Array(await readFile(join(file("cards"), png))));
    assert.equal(card.data.mes_example, "<START>\n{{char}}: Hello.\n<START>\n{{char}}: Bye.");
    assert.deepEqual(card.data.tags, ["Anime"]);
    const json = JSON.parse(await readFile(join(file("cards"), png.replace(/\.png$/, ".json")), "utf8"));
    assert.equal(json.spec, "chara_card_v2");
    assert.ok(names.some((n) => n.startsWith("Ünï")), "non-ASCII names kept in file names");
  });

  it("card prints, converts to v3 and to PNG, and a PNG converts back", async () => {
    const io = captureIo();
    assert.equal(await run(["card", file("card.json")], io), 0);
    assert.match(io.out(), /name\s+Ren 蓮/);
    assert.equal(await run(["card", file("card.json"), "--to", "v3", "-o", file("v3.json")], captureIo()), 0);
    const v3 = JSON.parse(await readFile(file("v3.json"), "utf8"));
    assert.equal(v3.spec, "chara_card_v3");
    assert.deepEqual(v3.data.x_unknown_field, { kept: [1, 2, 3] });
    assert.equal(await run(["card", file("v3.json"), "--to", "png", "-o", file("c.png")], captureIo()), 0);
    const json = captureIo();
    assert.equal(await run(["card", file("c.png"), "--json"], json), 0);
    assert.deepEqual(JSON.parse(json.out()).data, v3.data);
  });

  it("card exits 1 for a broken card and 2 for a usage error", async () => {
    const io = captureIo();
    assert.equal(await run(["card", file("pippa.jsonl")], io), 1);
    assert.match(io.err(), /PIPPA_E_CARD/);
    assert.equal(await run(["card", file("card.json"), "--to", "v9"], captureIo()), 2);
    assert.equal(await run(["card", file("card.json"), "--to", "v2"], captureIo()), 2);
  });
});

describe("raw UTF-8 PIPPA lines through import and build", () => {
  it("come out byte for byte, and --line-style chooses the style", async () => {
    const folder = await temporaryFolder();
    try {
      const record = sampleRecord({ bot_name: "Ayaka 神里", bot_greeting: "Bonjour, ça va ?", conversation: [{ message: "*sourit* Très bien 😀", is_human: false }, { message: "Génial, on y va !", is_human: true }, { message: "Allons-y ensemble.", is_human: false }] });
      const raw = `${writePippaLine(record, "utf8")}\n`;
      const input = join(folder.path, "src", "public", "raw.jsonl");
      await mkdir(join(folder.path, "src", "public"), { recursive: true });
      await writeFile(input, raw);
      const imported = join(folder.path, "imported.jsonl");
      assert.equal(await run(["import", input, "-o", imported], captureIo()), 0);
      assert.equal(await readFile(imported, "utf8"), raw);
      const escaped = join(folder.path, "escaped.jsonl");
      assert.equal(await run(["import", input, "-o", escaped, "--line-style", "ascii"], captureIo()), 0);
      assert.equal(await readFile(escaped, "utf8"), `${writePippaLine(record)}\n`);
      const release = join(folder.path, "release");
      assert.equal(await run(["build", join(folder.path, "src"), "-o", release, "--workers", "1"], captureIo()), 0);
      assert.equal(await readFile(join(release, "pippa.jsonl"), "utf8"), raw);
    } finally {
      await folder.cleanup();
    }
  });
});

describe("export then import keeps persona identity", () => {
  it("keeps two bots of one name apart, their categories, {{random_user_1}}, and names the human as asked", async () => {
    const folder = await temporaryFolder();
    try {
      const turns = [
        { message: "Hello, traveller.", is_human: false },
        { message: "hi there", is_human: true },
        { message: "Sit down.", is_human: false },
      ];
      const definitions = "{{char}}: Welcome.\n{{random_user_1}}: Who are you?\n{{char}}: A keeper.\nEND_OF_DIALOG";
      const first = sampleRecord({ bot_id: "mira-lighthouse", bot_name: "Mira", categories: ["Fantasy", "Original"], bot_definitions: definitions, conversation: turns });
      const second = sampleRecord({ bot_id: "mira-detective", bot_name: "Mira", categories: ["Mystery"], bot_greeting: "Case closed.", conversation: turns });
      const input = join(folder.path, "in.jsonl");
      await writeFile(input, `${writePippaLine(first)}\n${writePippaLine(second)}\n`);
      const out = join(folder.path, "out");
      assert.equal(await run(["export", input, "--to", "sillytavern", "-o", out, "--user-name", "Robin"], captureIo()), 0);
      assert.equal(await run(["export", input, "--to", "card", "-o", out], captureIo()), 0);
      const chat = (await readdir(out)).find((name) => name.endsWith(".jsonl"))!;
      assert.match(await readFile(join(out, chat), "utf8"), /"name":"Robin","is_user":true/);
      const cardJson = (await readdir(out)).find((name) => name.endsWith(".json") && name.includes("mira-lig"))!;
      assert.match(await readFile(join(out, cardJson), "utf8"), /\{\{random_user_1\}\}: Who are you\?/);
      const back = join(folder.path, "back.jsonl");
      assert.equal(await run(["import", join(out), "-o", back], captureIo()), 0);
      const records = (await readFile(back, "utf8")).trim().split("\n").map((line) => JSON.parse(line) as { bot_id: string; bot_name: string; categories: string[] | null });
      assert.deepEqual(records.map((record) => [record.bot_id, record.categories]).sort(), [
        ["mira-detective", ["Mystery"]],
        ["mira-lighthouse", ["Fantasy", "Original"]],
      ]);
    } finally {
      await folder.cleanup();
    }
  });
});
