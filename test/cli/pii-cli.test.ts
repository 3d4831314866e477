import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { run } from "../../src/cli/main.js";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { captureIo, temporaryFolder } from "../helpers/io.js";
import { sampleRecord } from "../helpers/records.js";

describe("pippa pii scan / redact", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  const file = (name: string) => join(folder.path, name);
  const record = sampleRecord({
    conversation: [
      { message: "Fufu get used to this new Ayaka.", is_human: false },
      { message: "my name is Dana, text me at 555-201-3344 😀", is_human: true },
      { message: "*Ayaka bows* Of course, Dana.", is_human: false },
    ],
  });
  before(async () => {
    folder = await temporaryFolder();
    await writeFile(file("in.jsonl"), `${writePippaLine(record)}\n`);
    await writeFile(file("texts.jsonl"), `${JSON.stringify({ id: "a", text: "mail lily.b@gmail.com" })}\n{"id": "b"}\n`);
  });
  after(() => folder.cleanup());

  it("scan writes one line per input line with UTF-16 offsets into the field", async () => {
    assert.equal(await run(["pii", "scan", file("in.jsonl"), "-o", file("spans.jsonl")], captureIo()), 0);
    const [line] = (await readFile(file("spans.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(line.id, 1);
    const phone = line.spans.find((s: { type: string }) => s.type === "PHONE");
    assert.equal(record.conversation[1].message.slice(phone.start, phone.end), "555-201-3344");
    assert.equal(phone.field, "conversation[1].message");
    assert.ok(line.spans.some((s: { field: string; type: string }) => s.field === "conversation[2].message" && s.type === "USER"));
  });

  it("scan --text-field reads any JSONL, refusing lines without the field", async () => {
    const io = captureIo();
    assert.equal(await run(["pii", "scan", file("texts.jsonl"), "--text-field", "text", "-o", file("t.jsonl")], io), 1);
    const [line] = (await readFile(file("t.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(line, { id: "a", spans: [{ field: "text", start: 5, end: 21, type: "EMAIL", score: 1, rule: "email/public-suffix" }] });
    const [reject] = (await readFile(file("t.jsonl.rejects.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(reject.line, 2);
    assert.match(reject.error, /expected a string field "text"/);
  });

  it("scan --text-field refuses a line that is not UTF-8 with its own reason", async () => {
    await writeFile(file("bad-utf8.jsonl"), Buffer.concat([Buffer.from('{"text": "ok"}\n{"text": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]));
    const io = captureIo();
    assert.equal(await run(["pii", "scan", file("bad-utf8.jsonl"), "--text-field", "text", "-o", file("u.jsonl")], io), 1);
    const [reject] = (await readFile(file("u.jsonl.rejects.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(reject.line, 2);
    assert.match(reject.error, /not valid UTF-8 \(byte 11 of the line\)/);
  });

  it("redact replaces only the spans and keeps the audit private of values unless asked", async () => {
    assert.equal(await run(["redact", file("in.jsonl"), "-o", file("out.jsonl"), "--audit", file("audit.jsonl")], captureIo()), 0);
    const [out] = (await readFile(file("out.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(out.conversation[1].message, "my name is {{user}}, text me at <PHONE> 😀");
    assert.equal(out.conversation[2].message, "*Ayaka bows* Of course, {{user}}.");
    assert.equal(out.bot_definitions, record.bot_definitions);
    const audit = (await readFile(file("audit.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    assert.ok(audit.every((entry) => !("value" in entry) && entry.line === 1 && typeof entry.rule === "string"));
    assert.equal(await run(["redact", file("in.jsonl"), "-o", file("out2.jsonl"), "--audit", file("audit2.jsonl"), "--audit-values"], captureIo()), 0);
    assert.match(await readFile(file("audit2.jsonl"), "utf8"), /"value":"555-201-3344"/);
  });

  it("surrogate needs a secret (exit 2), and gives the same fakes for the same secret", async () => {
    assert.equal(await run(["redact", file("in.jsonl"), "-o", file("s.jsonl"), "--operator", "surrogate"], captureIo()), 2);
    const env = { PIPPA_REDACT_SECRET: "k1" };
    assert.equal(await run(["redact", file("in.jsonl"), "-o", file("s1.jsonl"), "--operator", "surrogate"], captureIo(env)), 0);
    assert.equal(await run(["redact", file("in.jsonl"), "-o", file("s2.jsonl"), "--operator", "surrogate", "--secret", "k1"], captureIo()), 0);
    const first = await readFile(file("s1.jsonl"), "utf8");
    assert.equal(first, await readFile(file("s2.jsonl"), "utf8"));
    assert.ok(!first.includes("555-201-3344") && first.includes("{{user}}"));
  });
});
