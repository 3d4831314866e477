import { createHash } from "node:crypto";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { asyncBufferFromFile } from "hyparquet";
import { run } from "../../../src/cli/main.js";
import { readPippaParquet } from "../../../src/formats/parquet/parquet.js";
import { writePippaLine } from "../../../src/formats/pippa/pippa-jsonl.js";
import { buildRelease } from "../../../src/runner/release/build.js";
import { defaultBuildConfig, mergeBuildConfig } from "../../../src/runner/release/config.js";
import type { ProgressState } from "../../../src/runner/progress.js";
import { synthesizeWithDuplicates } from "../../../src/synth/corpus.js";
import { ST_CHATS } from "../../helpers/examples.js";
import { captureIo, projectRoot, temporaryFolder } from "../../helpers/io.js";
import { sampleRecord } from "../../helpers/records.js";

const lines = async (path: string) => (await readFile(path, "utf8")).split("\n").filter(Boolean);

describe("pippa build", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  const file = (...parts: string[]) => join(folder.path, ...parts);
  before(async () => {
    folder = await temporaryFolder();
    await mkdir(file("submissions", "public"), { recursive: true });
    await mkdir(file("submissions", "private"), { recursive: true });
    const corpus = [...synthesizeWithDuplicates({ scale: 0.004, seed: 4, rate: 0.3 })].map(({ record }) => writePippaLine(record));
    await writeFile(file("submissions", "public", "1675000000000_synth.jsonl"), `${corpus.join("\n")}\n`);
    const secret = sampleRecord({
      bot_id: "secret-bot",
      conversation: [
        { message: "Hi.", is_human: false },
        { message: "my name is Dana and my email is dana.k@gmail.com", is_human: true },
        { message: "Hello Dana.", is_human: false },
      ],
    });
    await writeFile(file("submissions", "private", "1675000000001_private.jsonl"), `${writePippaLine(secret)}\n`);
    await writeFile(file("submissions", "public", "1675000000002_chat.jsonl"), ST_CHATS.modern);
    await writeFile(file("submissions", "public", "1675000000003_bad.json"), "{oops");
  });
  after(() => folder.cleanup());

  it("builds a release: public records only, redacted, deduplicated, filtered, with Parquet and a card", async () => {
    const io = captureIo();
    assert.equal(await run(["build", file("submissions"), "-o", file("release"), "--json", "--train-only", "--workers", "2"], io),1);  // the submissions hold refused lines on purpose
    const summary = JSON.parse(io.out());
    const names = (await readdir(file("release"))).sort();
    assert.deepEqual(names, ["README.md", "build.json", "pippa.jsonl", "pippa_deduped.jsonl", "pippa_deduped.parquet", "pippa_metharme.jsonl"]);
    // The private part sits beside the release, never inside the folder people upload.
    assert.deepEqual((await readdir(file("release.private"))).sort(), ["build.json", "content-audit.jsonl", "dedup-clusters.jsonl", "pii-audit.jsonl", "rejects.jsonl", "train_only"]);
    assert.equal(summary.privateOutput, `${file("release")}.private`);
    const all = await lines(file("release", "pippa.jsonl"));
    const deduped = await lines(file("release", "pippa_deduped.jsonl"));
    assert.equal(all.length, summary.records.public);
    assert.ok(deduped.length < all.length, "duplicates and filtered records are gone");
    // Private consent never reaches a public file; it may go to train_only.
    for (const name of ["pippa.jsonl", "pippa_deduped.jsonl", "pippa_metharme.jsonl", "README.md", "build.json"]) {
      assert.ok(!(await readFile(file("release", name), "utf8")).includes("secret-bot"), name);
    }
    assert.match((await readFile(file("release.private", "train_only", "pippa_deduped.jsonl"), "utf8")), /secret-bot/);
    assert.ok(!(await readFile(file("release.private", "train_only", "pippa_deduped.jsonl"), "utf8")).includes("dana.k@gmail.com"), "train-only is redacted too");
    // The SillyTavern chat was imported, its persona name replaced.
    assert.ok(all.some((line) => line.includes("\"Seraphina\"") || line.includes("Mira")));
    // The bad file is a reject, the audit and clusters are private.
    const rejects = (await lines(file("release.private", "rejects.jsonl"))).map((line) => JSON.parse(line));
    assert.ok(rejects.some((entry) => entry.stage === "import" && /1675000000003_bad\.json/.test(entry.error)));
    assert.ok(rejects.some((entry) => entry.stage === "filter" && entry.reason === "too-few-turns"));
    assert.ok((await lines(file("release.private", "dedup-clusters.jsonl"))).length > 0);
    const buildJson = JSON.parse(await readFile(file("release", "build.json"), "utf8"));
    assert.ok(buildJson.counts.dedup["duplicate-exact"] > 0);
    // Input paths and checksums, and counts that include private records, are private.
    assert.equal(buildJson.inputs, undefined);
    assert.equal(buildJson.counts.consent, undefined);
    assert.equal(buildJson.records.imported, undefined);
    const privateJson = JSON.parse(await readFile(file("release.private", "build.json"), "utf8"));
    assert.equal(privateJson.inputs.length, 4);
    assert.deepEqual(privateJson.inputs.map((input: { consent: string }) => input.consent).sort(), ["private", "public", "public", "public"]);
    assert.equal(privateJson.counts.consent.private, 1);
    // Parquet holds the same rows as pippa_deduped.jsonl.
    const rows = await readPippaParquet(await asyncBufferFromFile(file("release", "pippa_deduped.parquet")));
    assert.deepEqual(rows, deduped.map((line) => JSON.parse(line)));
    // pippa_metharme: the deduplicated records as prompt/generation pairs, one per conversation.
    const metharme = (await lines(file("release", "pippa_metharme.jsonl"))).map((line) => JSON.parse(line));
    assert.equal(metharme.length, buildJson.records.metharme_examples);
    assert.ok(metharme.length > 0 && metharme.length <= deduped.length);
    // Each generation ends as some conversation's last reply ends (placeholders are filled with names, so after the last one).
    const replyEndings = deduped.map((line) => (JSON.parse(line).conversation.filter((turn: { is_human: boolean }) => !turn.is_human).at(-1)?.message ?? "").split(/\{\{[^}]*\}\}/).at(-1)!.slice(-30));
    for (const example of metharme) {
      assert.deepEqual(Object.keys(example), ["prompt", "generation"]);
      assert.match(example.prompt, /^<\|system\|>[\s\S]*<\|user\|>[\s\S]*<\|model\|>$/);
      assert.ok(replyEndings.some((ending) => ending.length > 0 && example.generation.endsWith(ending)), example.generation);
    }
    const card = await readFile(file("release", "README.md"), "utf8");
    assert.match(card, /config_name: pippa_metharme\n {2}data_files:\n {2}- split: train\n {4}path: pippa_metharme.jsonl/);
    assert.match(card, /^---\nlicense: apache-2.0\n/);
    assert.match(card, /config_name: pippa_deduped\n {2}default: true/);
    assert.match(card, new RegExp(`\\| conversations \\| ${deduped.length} \\|`));
  });

  it("rebuilds byte for byte from the same input and seed, and replaces the old release", async () => {
    assert.equal(await run(["build", file("submissions"), "-o", file("again"), "--workers", "1", "--train-only"], captureIo()),1);  // the submissions hold refused lines on purpose
    for (const name of ["pippa.jsonl", "pippa_deduped.jsonl", "pippa_deduped.parquet", "pippa_metharme.jsonl", "README.md", "build.json"]) {
      assert.deepEqual(await readFile(file("again", name)), await readFile(file("release", name)), name);
    }
    assert.equal(await run(["build", file("submissions"), "-o", file("again"), "--workers", "2"], captureIo()),1);  // the submissions hold refused lines on purpose
    assert.deepEqual(await readFile(file("again", "pippa_deduped.jsonl")), await readFile(file("release", "pippa_deduped.jsonl")));
    assert.ok(!(await readdir(folder.path)).some((name) => name.includes(".building-") || name.includes(".previous-")));
  });

  it("leaves no half release when interrupted", async () => {
    const bin = join(projectRoot(), "dist", "src", "cli", "bin.js");
    const child = spawn(process.execPath, [bin, "build", file("submissions"), "-o", file("interrupted"), "--workers", "1"], { stdio: "ignore" });
    for (let i = 0; i < 200 && !(await readdir(folder.path)).some((name) => name.includes(".interrupted.building-")); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill("SIGINT");
    await new Promise((resolve) => child.on("close", resolve));
    assert.ok(!existsSync(file("interrupted")));
    assert.ok(!(await readdir(folder.path)).some((name) => name.includes(".interrupted.building-")));
  });

  it("publishes an unchanged published-style line as it is, and writes again any line that cleaning or redaction changes", async () => {
    const turns = (human: string) => [
      { message: "Welcome, traveller.", is_human: false },
      { message: human, is_human: true },
      { message: "Rest now.", is_human: false },
    ];
    const records = [
      sampleRecord({ bot_id: "b1", conversation: turns("hello there, café time") }),
      sampleRecord({ bot_id: "b2", conversation: turns("write to me at dana.k@gmail.com") }),
      sampleRecord({ bot_id: "b3", conversation: turns("wait..... what") }),
    ];
    const input = records.map((record) => writePippaLine(record));
    // The same first record written by another tool: compact JSON, raw UTF-8.
    input.push(JSON.stringify({ ...records[0], bot_id: "b4" }));
    await mkdir(file("lines"), { recursive: true });
    await writeFile(file("lines", "chats.jsonl"), `${input.join("\n")}\n`);
    assert.equal(await run(["build", file("lines"), "-o", file("lines-release"), "--consent", "public", "--workers", "1"], captureIo()), 0);
    const published = await lines(file("lines-release", "pippa.jsonl"));
    assert.equal(published[0], input[0]);
    assert.ok(!published[1].includes("dana.k@gmail.com") && published[1].includes("<EMAIL>"), published[1]);
    assert.ok(published[2].includes("wait... what"), published[2]);
    // Rewritten with Python's separators, in its own style: raw UTF-8 stays raw UTF-8.
    assert.equal(published[3], writePippaLine({ ...records[0], bot_id: "b4" }, "utf8"));
  });

  it("reports each stage's progress, the first in bytes of input against the inputs' size", async () => {
    const chats = [...synthesizeWithDuplicates({ scale: 0.002, seed: 8, rate: 0.1 })].map(({ record }) => writePippaLine(record));
    await mkdir(file("progress"), { recursive: true });
    const text = `${chats.join("\n")}\n`;
    await writeFile(file("progress", "chats.jsonl"), text);
    const seen: { stage: string; state: ProgressState; done: boolean }[] = [];
    await buildRelease({
      sources: [file("progress")],
      output: file("progress-release"),
      config: { ...defaultBuildConfig(), consent: "public", workers: 2 },
      onProgress: (stage, state, done) => seen.push({ stage, state: { ...state }, done: done === true }),
    });
    const first = seen.filter(({ stage }) => stage === "import, clean, content, redact");
    const last = first[first.length - 1];
    assert.equal(last.done, true);
    assert.equal(last.state.records, chats.length);
    assert.equal(last.state.totalBytes, Buffer.byteLength(text));
    // Every line's bytes, newlines aside.
    assert.equal(last.state.bytes, Buffer.byteLength(text) - chats.length);
    for (let i = 1; i < first.length; i++) assert.ok(first[i].state.bytes! >= first[i - 1].state.bytes!, "bytes only grow");
    assert.deepEqual([...new Set(seen.map(({ stage }) => stage))], ["import, clean, content, redact", "dedup", "release", "metharme"]);
  });

  it("honours a config file and refuses unknown settings", async () => {
    await writeFile(file("config.json"), JSON.stringify({ dedup: false, parquet: false, filter: { minTurns: 1 }, contact: "curator@example.org", withdrawalUrl: "https://pippa.example.org/withdraw" }));
    assert.equal(await run(["build", file("submissions", "public"), "-o", file("nodedup"), "--config", file("config.json")], captureIo()),1);  // the submissions hold refused lines on purpose
    assert.ok(!existsSync(file("nodedup", "pippa_deduped.parquet")));
    const card = await readFile(file("nodedup", "README.md"), "utf8");
    assert.match(card, /withdraw a contribution at https:\/\/pippa\.example\.org\/withdraw/);
    assert.match(card, /Questions and reports: curator@example\.org\./);
    assert.match(card, /\*\*Deduplicate\*\*: off/);
    // The card's hash is the hash of the configuration build.json holds.
    const buildJson = JSON.parse(await readFile(file("nodedup", "build.json"), "utf8"));
    assert.equal(buildJson.config_sha256, createHash("sha256").update(JSON.stringify(buildJson.config)).digest("hex"));
    assert.ok(card.includes(buildJson.config_sha256));
    await writeFile(file("bad-config.json"), JSON.stringify({ dedupe: false }));
    const io = captureIo();
    assert.equal(await run(["build", file("submissions"), "-o", file("x"), "--config", file("bad-config.json")], io), 1);
    assert.match(io.err(), /bad-config\.json: dedupe: unknown setting/);
  });
});

describe("pippa build: the content stage", () => {
  it("tags and counts content, and keeps an excluded conversation out of every public and training file, with its reason", async () => {
    const folder = await temporaryFolder();
    try {
      const at = (...parts: string[]) => join(folder.path, ...parts);
      const turns = (human: string) => [
        { message: "The watch is quiet tonight.", is_human: false },
        { message: human, is_human: true },
        { message: "Then we hold the gate until dawn.", is_human: false },
      ];
      // The policy's withholding is driven by an excluded tag here (graphic violence between
      // adults); the sexual-with-minor rule feeds the same branch and is tested from stubbed tags.
      const graphic = sampleRecord({ bot_id: "graphic-bot", conversation: turns("*the axe decapitated the raider and blood pooled across the stones*") });
      const calm = sampleRecord({ bot_id: "calm-bot", conversation: turns("I will bring the lantern and some bread.") });
      const young = sampleRecord({ bot_id: "young-bot", conversation: turns("im 14 so my mom says i have to be home by nine") });
      await mkdir(at("in", "public"), { recursive: true });
      await mkdir(at("in", "private"), { recursive: true });
      await writeFile(at("in", "public", "chats.jsonl"), `${[graphic, calm, young].map((record) => writePippaLine(record)).join("\n")}\n`);
      await writeFile(at("in", "private", "chats.jsonl"), `${writePippaLine({ ...graphic, bot_id: "graphic-private" })}\n`);
      await writeFile(at("config.json"), JSON.stringify({ content: { exclude: ["violence"] }, filter: { minTurns: 1 } }));
      const io = captureIo();
      assert.equal(await run(["build", at("in"), "-o", at("out"), "--config", at("config.json"), "--train-only", "--workers", "1"], io), 0);
      assert.match(io.err(), /note: 2 conversation\(s\) withheld by the content policy \(excluded-violence 2\), kept apart in .*content-withheld\.jsonl/);
      for (const name of ["pippa.jsonl", "pippa_deduped.jsonl", "pippa_metharme.jsonl", "README.md", "build.json"]) {
        assert.ok(!(await readFile(at("out", name), "utf8")).includes("decapitated"), name);
      }
      assert.ok(!(await readFile(at("out.private", "train_only", "pippa_deduped.jsonl"), "utf8")).includes("graphic-private"), "not in training files either");
      const withheld = (await lines(at("out.private", "content-withheld.jsonl"))).map((line) => JSON.parse(line));
      assert.deepEqual(withheld.map((entry) => [entry.reason, entry.record.bot_id]).sort(), [["excluded-violence", "graphic-bot"], ["excluded-violence", "graphic-private"]]);
      const buildJson = JSON.parse(await readFile(at("out", "build.json"), "utf8"));
      assert.equal(buildJson.counts.content.violence, 1);
      assert.equal(buildJson.counts.content["withheld-excluded-violence"], 1);
      assert.equal(buildJson.counts.content.minor, 1);
      const contentAudit = (await lines(at("out.private", "content-audit.jsonl"))).map((line) => JSON.parse(line));
      const youngEvidence = contentAudit.find((entry) => entry.bot_id === "young-bot").evidence[0];
      assert.deepEqual([youngEvidence.tag, youngEvidence.field, youngEvidence.rule], ["minor", "conversation[1].message", "stated-age"]);
      // The card counts what was published, and says what was withheld.
      const card = await readFile(at("out", "README.md"), "utf8");
      assert.match(card, /\| minor \| 1 \| 50\.0% \|/);
      assert.match(card, /withheld from every file here:\n1\./);
      assert.match(card, /found no adult or graphic content/);
      // With --drop-excluded (or dropExcluded in the config) nothing is kept of it at all.
      assert.equal(await run(["build", at("in"), "-o", at("out"), "--config", at("config.json"), "--drop-excluded", "--workers", "1"], captureIo()), 0);
      assert.ok(!existsSync(at("out.private", "content-withheld.jsonl")));
    } finally {
      await folder.cleanup();
    }
  });

  it("cannot be switched off, and refuses an unknown tag", () => {
    assert.throws(() => mergeBuildConfig(defaultBuildConfig(), { content: false }), /content: the content stage cannot be switched off/);
    assert.throws(() => mergeBuildConfig(defaultBuildConfig(), { content: { exclude: ["violent"] } }), /content\.exclude: expected tags among .* \(did you mean "violence"\?\)/);
  });
});

describe("build config", () => {
  it("merges settings, switching stages off with false", () => {
    const config = mergeBuildConfig(defaultBuildConfig(), { redact: false, filter: { minTurns: 5 } });
    assert.equal(config.redact, false);
    assert.equal(config.filter && config.filter.minTurns, 5);
    assert.throws(() => mergeBuildConfig(defaultBuildConfig(), { seed: "x" }), /seed: expected number/);
  });

  it("refuses unknown settings at any depth, suggesting the nearest, and values of the wrong kind", () => {
    assert.throws(() => mergeBuildConfig(defaultBuildConfig(), { redact: { operater: "mask" } }), /redact\.operater: unknown setting \(did you mean "operator"\?\)/);
    assert.throws(() => mergeBuildConfig(defaultBuildConfig(), { dedupe: { threshold: 0.8 } }), /dedupe: unknown setting \(did you mean "dedup"\?\)/);
    assert.throws(() => mergeBuildConfig(defaultBuildConfig(), { redact: { operator: "masks" } }), /redact\.operator: expected one of placeholder, mask, surrogate \(did you mean "mask"\?\)/);
    assert.throws(() => mergeBuildConfig(defaultBuildConfig(), { filter: { minTurns: "3" } }), /filter\.minTurns: expected number/);
    assert.throws(() => mergeBuildConfig(defaultBuildConfig(), { contact: "a@b.org\n# injected heading" }), /contact: expected one line of text/);
    assert.throws(() => mergeBuildConfig(defaultBuildConfig(), { withdrawalUrl: "javascript:alert(1)" }), /withdrawalUrl: expected an http\(s\) address/);
    assert.equal(mergeBuildConfig(defaultBuildConfig(), { withdrawalUrl: "https://example.org/withdraw" }).withdrawalUrl, "https://example.org/withdraw");
    assert.throws(() => mergeBuildConfig(defaultBuildConfig(), { filter: { languages: "eng" } }), /filter\.languages: expected a list of strings/);
    const filter = mergeBuildConfig(defaultBuildConfig(), { filter: { languages: ["eng"] } }).filter;
    assert.deepEqual(filter && filter.languages, ["eng"]);
  });

  it("refuses a language the detector never gives, and says when a build publishes nothing and why", async () => {
    const folder = await temporaryFolder();
    try {
      const input = join(folder.path, "chat.jsonl");
      await writeFile(input, `${writePippaLine(sampleRecord())}\n`);
      await writeFile(join(folder.path, "english.json"), JSON.stringify({ filter: { languages: ["english"] } }));
      const refused = captureIo();
      assert.equal(await run(["build", input, "-o", join(folder.path, "r1"), "--config", join(folder.path, "english.json")], refused), 1);
      assert.match(refused.err(), /"english" is not a language code the detector gives: use ISO 639-3 codes/);
      const quiet = captureIo();
      assert.equal(await run(["build", input, "-o", join(folder.path, "r2"), "--workers", "1"], quiet), 0);
      assert.match(quiet.err(), /0 public records: every input is private \(no --consent public/);
    } finally {
      await folder.cleanup();
    }
  });
});
