/** A streaming command's outputs: checked against the inputs, all put in place together or none. */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { PippaError } from "../../src/model/errors.js";
import { openCommandOutputs } from "../../src/runner/command-outputs.js";
import { rejectsPathFor } from "../../src/runner/rejects.js";
import { temporaryFolder } from "../helpers/io.js";

describe("command outputs", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  const at = (...parts: string[]) => join(folder.path, ...parts);
  const stdout = { text: "", write(text: string) { this.text += text; } };
  before(async () => {
    folder = await temporaryFolder();
    await writeFile(at("in.jsonl"), "{}\n");
  });
  after(() => folder.cleanup());

  it("names rejects files by one rule", () => {
    assert.equal(rejectsPathFor("out.jsonl", "redact"), "out.jsonl.rejects.jsonl");
    assert.equal(rejectsPathFor("-", "redact"), "redact.rejects.jsonl");
  });

  it("commits the output, the audit and the rejects together, the rejects only when something was refused", async () => {
    const outputs = await openCommandOutputs({ inputs: [at("in.jsonl")], output: at("a", "out.jsonl"), stdout, command: "test", audit: at("a", "audit.jsonl") });
    const counted = await outputs.complete(async () => {
      await outputs.write("one\n");
      await outputs.audit?.write("where\n");
      await outputs.rejects.add(new PippaError("PIPPA_E_JSON", "not valid JSON (x)", { source: "in.jsonl", line: 2 }), "{x");
      return 1;
    });
    assert.equal(counted, 1);
    assert.equal(await readFile(at("a", "out.jsonl"), "utf8"), "one\n");
    assert.equal(await readFile(at("a", "audit.jsonl"), "utf8"), "where\n");
    assert.equal(outputs.rejects.count, 1);
    assert.equal(outputs.rejects.path, at("a", "out.jsonl.rejects.jsonl"));
    const [entry] = (await readFile(outputs.rejects.path, "utf8")).trim().split("\n").map((line) => JSON.parse(line));
    assert.deepEqual(entry, { source: "in.jsonl", line: 2, code: "PIPPA_E_JSON", path: null, error: "PIPPA_E_JSON in.jsonl:2: not valid JSON (x)", raw: "{x" });

    const clean = await openCommandOutputs({ inputs: [], output: at("b", "out.jsonl"), stdout, command: "test" });
    await clean.complete(() => clean.write("two\n"));
    assert.deepEqual(await readdir(at("b")), ["out.jsonl"]);
  });

  it("writes records to standard output for -, the rejects beside the given name", async () => {
    const outputs = await openCommandOutputs({ inputs: [], output: "-", stdout, command: "test", rejects: at("c", "refused.jsonl") });
    await outputs.complete(() => outputs.write("three\n"));
    assert.equal(stdout.text, "three\n");
    assert.ok(!existsSync(at("c")));
  });

  it("leaves nothing behind when the work fails", async () => {
    const outputs = await openCommandOutputs({ inputs: [], output: at("d", "out.jsonl"), stdout, command: "test", audit: at("d", "audit.jsonl") });
    await assert.rejects(
      outputs.complete(async () => {
        await outputs.write("x".repeat(3 << 20));
        await outputs.audit?.write("y\n");
        await outputs.rejects.add(new PippaError("PIPPA_E_JSON", "bad"), "z");
        throw new Error("interrupted");
      }),
      /interrupted/,
    );
    assert.deepEqual(await readdir(at("d")), []);
  });

  it("refuses an output, audit or rejects file that is one of the inputs, before writing anything", async () => {
    for (const plan of [{ output: at("in.jsonl") }, { output: at("e.jsonl"), audit: at("in.jsonl") }, { output: at("e.jsonl"), rejects: at("in.jsonl") }]) {
      await assert.rejects(openCommandOutputs({ inputs: [at("in.jsonl"), undefined], stdout, command: "test", ...plan }), /PIPPA_E_USAGE .*is also an input/);
    }
    assert.equal(await readFile(at("in.jsonl"), "utf8"), "{}\n");
  });
});
