/**
 * Conformance with a real published PIPPA line (../shared/fixtures, present in CI). Skips, and
 * says so, when the fixtures folder is absent (a clone of the project alone).
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { run } from "../../src/cli/main.js";
import { parsePippaLine, writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { PippaLineScanner } from "../../src/stats/scan-pippa-line.js";
import { classifyContent } from "../../src/stages/content/classify.js";
import { captureIo, sharedFixtures, temporaryFolder } from "../helpers/io.js";

const fixtures = sharedFixtures();
const skip = fixtures ? false : "SKIPPING: ../shared/fixtures is absent (set PIPPA_FIXTURES to run the conformance tests)";
if (skip) console.log(`# ${skip}`);

describe("conformance: real_row_kamisato_ayaka.jsonl", { skip }, () => {
  const path = join(fixtures ?? "", "pippa", "real_row_kamisato_ayaka.jsonl");

  it("validates", async () => {
    const io = captureIo();
    assert.equal(await run(["validate", path, "--no-rejects"], io), 0);
    assert.match(io.out(), /1 records ok, 0 rejected/);
  });

  it("gets the content tags a reader gives it: none", async () => {
    // The row is a court romance with a sword duel and a revealing gown in its definitions: flirting,
    // a "lewd" remark, a lightning strike and a kick, but no explicit sex, no injury described in
    // detail, no self-harm, nobody under 18 and nothing against a group. Words that could mislead
    // ("slit" of a gown, eyes narrowing to a slit, a sword "slash", a hand on a chest) must not add up.
    const result = parsePippaLine((await readFile(path, "utf8")).replace(/\n$/, ""));
    assert.ok(result.ok);
    assert.deepEqual(classifyContent(result.record).tags, {});
  });

  it("round-trips byte for byte", async () => {
    const bytes = await readFile(path);
    const text = bytes.toString("utf8");
    const line = text.replace(/\n$/, "");
    const result = parsePippaLine(line);
    assert.ok(result.ok);
    assert.equal(result.record.conversation.length, 89);
    assert.equal(result.record.categories, null);
    assert.ok(result.record.bot_definitions?.includes("END_OF_DIALOG"));
    assert.deepEqual(Buffer.from(`${writePippaLine(result.record)}\n`), bytes);
  });

  it("is measured the same by the byte scanner", async () => {
    const bytes = new Uint8Array(await readFile(path));
    const end = bytes.lastIndexOf(0x7d) + 1;
    const scanner = new PippaLineScanner();
    assert.ok(scanner.scan(bytes, 0, end));
    assert.equal(scanner.turns, 89);
    const io = captureIo();
    assert.equal(await run(["stats", path, "--json"], io), 0);
    assert.equal(JSON.parse(io.out()).messages, 89);
  });
});

describe("conformance: redaction leaves a real role-play without personal information alone", { skip }, () => {
  it("finds nothing to redact in the real row (no person's data in it: every span would be damage)", async () => {
    const path = join(fixtures ?? "", "pippa", "real_row_kamisato_ayaka.jsonl");
    const folder = await temporaryFolder();
    try {
      const io = captureIo();
      const spans = join(folder.path, "spans.jsonl");
      assert.equal(await run(["pii", "scan", path, "-o", spans], io), 0);
      assert.deepEqual(JSON.parse(await readFile(spans, "utf8")).spans, []);
    } finally {
      await folder.cleanup();
    }
  });
});
