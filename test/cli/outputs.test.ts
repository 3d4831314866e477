/** Every command: an output that is one of its inputs is refused (exit 2, input untouched); outputs in new folders are made. */
import assert from "node:assert/strict";
import { link, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { run } from "../../src/cli/main.js";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { captureIo, temporaryFolder } from "../helpers/io.js";
import { sampleRecord } from "../helpers/records.js";

describe("command outputs", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  const at = (...parts: string[]) => join(folder.path, ...parts);
  const data = `${writePippaLine(sampleRecord())}\n${writePippaLine(sampleRecord({ bot_id: "second-bot" }))}\n`;
  before(async () => {
    folder = await temporaryFolder();
    await writeFile(at("c.jsonl"), data);
    await writeFile(at("card.json"), JSON.stringify({ spec: "chara_card_v2", spec_version: "2.0", data: { name: "Mira", description: "A quiet archivist.", personality: "", scenario: "", first_mes: "Welcome.", mes_example: "" } }));
    await mkdir(at("sub"), { recursive: true });
    await link(at("c.jsonl"), at("sub", "hard-link.jsonl"));
  });
  after(() => folder.cleanup());

  // Each command with the output it would write over its input; the input given by two names.
  const refusals: [string, (input: string) => string[]][] = [
    ["report", (input) => ["report", input, "-o", input]],
    ["pii scan", (input) => ["pii", "scan", input, "-o", input]],
    ["redact", (input) => ["redact", input, "-o", input]],
    ["redact --audit", (input) => ["redact", input, "-o", at("redacted.jsonl"), "--audit", input]],
    ["import", (input) => ["import", input, "-o", input]],
    ["stats --rejects", (input) => ["stats", input, "--rejects", input]],
    ["validate --rejects", (input) => ["validate", input, "--rejects", input]],
    // prepare writes PREFIX.train.jsonl: an input of that name.
    ["prepare", (input) => ["prepare", input, "--format", "chatml", "-o", input.replace(/\.train\.jsonl$/, "")]],
  ];
  for (const [name, argv] of refusals) {
    it(`${name}: refuses to write over its input, under its own name or another`, async () => {
      const file = name === "prepare" ? "p.train.jsonl" : "c.jsonl";
      await writeFile(at(file), data);
      for (const input of [at(file), at("sub", "..", file)]) {
        const io = captureIo();
        assert.equal(await run(argv(input), io), 2, `${argv(input).join(" ")}: ${io.err()}`);
        assert.match(io.err(), /PIPPA_E_USAGE .*is also an input/);
        assert.equal(await readFile(at(file), "utf8"), data);
      }
    });
  }

  it("refuses an output that is a hard link to an input", async () => {
    const io = captureIo();
    assert.equal(await run(["redact", at("c.jsonl"), "-o", at("sub", "hard-link.jsonl")], io), 2);
    assert.equal(await readFile(at("c.jsonl"), "utf8"), data);
  });

  it("card --to: refuses to write over the card it reads", async () => {
    const before = await readFile(at("card.json"), "utf8");
    assert.equal(await run(["card", at("card.json"), "--to", "v2", "-o", at("card.json")], captureIo()), 2);
    assert.equal(await readFile(at("card.json"), "utf8"), before);
  });

  it("makes the folders an output needs (import, redact and its audit, pii scan, report, prepare)", async () => {
    const runs = [
      ["import", at("c.jsonl"), "-o", at("new", "a", "import.jsonl")],
      ["redact", at("c.jsonl"), "-o", at("new", "b", "redacted.jsonl"), "--audit", at("new", "c", "audit.jsonl")],
      ["pii", "scan", at("c.jsonl"), "-o", at("new", "d", "spans.jsonl")],
      ["report", at("c.jsonl"), "-o", at("new", "e", "report.html"), "--bootstrap", "0"],
      ["prepare", at("c.jsonl"), "--format", "chatml", "-o", at("new", "f", "train")],
    ];
    for (const argv of runs) {
      const io = captureIo();
      assert.equal(await run(argv, io), 0, `${argv.join(" ")}: ${io.err()}`);
    }
    for (const path of [at("new", "a", "import.jsonl"), at("new", "b", "redacted.jsonl"), at("new", "c", "audit.jsonl"), at("new", "d", "spans.jsonl"), at("new", "e", "report.html"), at("new", "f", "train.train.jsonl")]) {
      await readFile(path); // made, in a folder that did not exist
    }
  });
});

describe("content tags in stats and the report", () => {
  it("are counted with --content, and absent without it", async () => {
    const folder = await temporaryFolder();
    try {
      const turns = (human: string) => [
        { message: "The gate holds.", is_human: false },
        { message: human, is_human: true },
        { message: "Then we wait for dawn.", is_human: false },
      ];
      const input = join(folder.path, "tagged.jsonl");
      const records = [
        sampleRecord({ bot_id: "a", conversation: turns("*the axe decapitated the raider, blood pooling on the stones*") }),
        sampleRecord({ bot_id: "b", conversation: turns("im 14 so i have to be home by nine") }),
        sampleRecord({ bot_id: "c", conversation: turns("I'll bring the lantern.") }),
      ];
      await writeFile(input, `${records.map((record) => writePippaLine(record)).join("\n")}\n`);
      const io = captureIo();
      assert.equal(await run(["stats", input, "--json", "--content"], io), 0, io.err());
      assert.deepEqual(JSON.parse(io.out()).content, { classified: 3, tags: { minor: 1, violence: 1 } });
      const plain = captureIo();
      assert.equal(await run(["stats", input, "--json"], plain), 0);
      assert.equal(JSON.parse(plain.out()).content, undefined);
      const table = captureIo();
      assert.equal(await run(["stats", input, "--content"], table), 0);
      assert.match(table.out(), /minor\s+1\s+33\.3%/);
      const report = join(folder.path, "report.html");
      assert.equal(await run(["report", input, "-o", report, "--content", "--bootstrap", "0"], captureIo()), 0);
      const html = await readFile(report, "utf8");
      assert.match(html, /<section id="content">/);
      assert.match(html, /<td>violence<\/td><td class="num">1<\/td>/);
    } finally {
      await folder.cleanup();
    }
  });
});
