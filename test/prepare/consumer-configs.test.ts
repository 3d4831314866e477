import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { parse } from "yaml";
import { run } from "../../src/cli/main.js";
import { yamlString } from "../../src/formats/training/axolotl-config.js";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { CONSUMER_CONFIG_SUFFIXES, consumerConfigFor, type ConsumerConfigInput } from "../../src/prepare/consumer-configs.js";
import type { PrepareFormat } from "../../src/prepare/training-format-ids.js";
import { synthesizeCorpus } from "../../src/synth/corpus.js";
import { captureIo, projectRoot, temporaryFolder } from "../helpers/io.js";
import { SMALL_RECORD } from "./golden.js";

const GOLDEN = join(projectRoot(), "test", "prepare", "golden-configs");

// Each CASE.input.json ({format, input}) sits beside CASE + the suffix of that format's config.
const cases = (await readdir(GOLDEN)).filter((name) => name.endsWith(".input.json")).sort();

describe("consumer configs (golden)", () => {
  it("has cases for both consumers", () => {
    assert.ok(cases.some((name) => name.startsWith("axolotl")) && cases.some((name) => name.startsWith("sharegpt")), cases.join());
  });
  for (const name of cases) {
    it(name.replace(".input.json", ""), async () => {
      const { format, input } = JSON.parse(await readFile(join(GOLDEN, name), "utf8")) as { format: PrepareFormat; input: ConsumerConfigInput };
      const config = consumerConfigFor(format);
      assert.ok(config, format);
      const expected = await readFile(join(GOLDEN, name.replace(".input.json", config.suffix)), "utf8");
      assert.equal(config.render(input), expected);
    });
  }

  it("the axolotl YAML reads back as the paths and template it was given, quotes and line breaks included", async () => {
    const { input } = JSON.parse(await readFile(join(GOLDEN, "axolotl-val-template.input.json"), "utf8")) as { input: ConsumerConfigInput };
    const text = consumerConfigFor("axolotl")!.render(input);
    for (const version of ["1.1", "1.2"] as const) {
      const config = parse(text, { version });
      assert.equal(config.datasets[0].path, input.files.train);
      assert.equal(config.test_datasets[0].path, input.files.val);
      assert.equal(config.datasets[0].chat_template, "jinja");
      assert.equal(config.datasets[0].chat_template_jinja, input.chatTemplate);
    }
  });
});

describe("yamlString", () => {
  it("reads back as the same text in YAML 1.1 and 1.2, with no raw character a reader would fold or refuse (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 }), (a, b) => {
        const quoted = yamlString(a + b);
        assert.doesNotMatch(quoted, /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/);
        for (const version of ["1.1", "1.2"] as const) assert.equal(parse(`key: ${quoted}\n`, { version }).key, a + b);
      }),
      { numRuns: 400 },
    );
  });
});

const lines = async (path: string) =>
  (await readFile(path, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("pippa prepare writes the trainer's config beside the data", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let corpus: string;
  let one: string;
  before(async () => {
    folder = await temporaryFolder();
    one = join(folder.path, "one.jsonl");
    await writeFile(one, `${writePippaLine(SMALL_RECORD)}\n`);
    corpus = join(folder.path, "corpus.jsonl");
    const records = [...synthesizeCorpus({ scale: 0.002, seed: 3 })].map((record) => writePippaLine(record));
    await writeFile(corpus, `${[writePippaLine(SMALL_RECORD), ...records].join("\n")}\n`);
  });
  after(() => folder.cleanup());

  it("axolotl: a chat_template dataset naming the files written, with the keys their lines hold and `train` deciding", async () => {
    const prefix = join(folder.path, "ax");
    const io = captureIo();
    assert.equal(await run(["prepare", corpus, "--format", "axolotl", "-o", prefix, "--val", "0.3", "--workers", "2"], io), 0, io.err());
    assert.match(io.out(), new RegExp(`axolotl config -> ${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.axolotl\\.yaml\\n`));
    const summary = JSON.parse(await readFile(`${prefix}.summary.json`, "utf8"));
    assert.deepEqual(summary.consumer_config, { consumer: "axolotl", file: `${prefix}.axolotl.yaml` });
    assert.ok(summary.splits.val.examples > 0, "the corpus gives both splits examples");

    const config = parse(await readFile(`${prefix}.axolotl.yaml`, "utf8"));
    assert.deepEqual(Object.keys(config), ["datasets", "test_datasets"]);
    const entries: [Record<string, any>, string][] = [
      [config.datasets[0], summary.splits.train.file],
      [config.test_datasets[0], summary.splits.val.file],
    ];
    for (const [entry, written] of entries) {
      assert.equal(entry.path, resolve(written), "the absolute path of the file written");
      assert.equal(entry.type, "chat_template");
      assert.equal(entry.message_field_training, "train");
      assert.deepEqual(entry.roles_to_train, []);
      assert.equal(entry.chat_template, "tokenizer_default_fallback_chatml", "no --chat-template: the budget was measured as ChatML");
      const { role, content } = entry.message_property_mappings;
      const records = await lines(entry.path);
      assert.ok(records.length > 0);
      for (const record of records) {
        assert.deepEqual(Object.keys(record), [entry.field_messages]);
        const messages = record[entry.field_messages] as Record<string, unknown>[];
        for (const message of messages) {
          assert.deepEqual(Object.keys(message).sort(), [content, role, entry.message_field_training].sort(), "every key is mapped or the training flag");
          assert.equal(typeof message[entry.message_field_training], "boolean");
          if (message[entry.message_field_training]) assert.equal(message[role], "assistant", "only the character's replies are trained");
        }
        assert.equal(messages.at(-1)![entry.message_field_training], true, "the reply each example ends on is trained");
      }
    }
    const written = [...(await lines(summary.splits.train.file)), ...(await lines(summary.splits.val.file))];
    const greeted = written.map((record) => record.messages as { role: string; content: string; train: boolean }[]).find((messages) => messages[1].content.startsWith("*Mira looks up.*"));
    assert.ok(greeted, "the hand-made record is written");
    assert.deepEqual(greeted.slice(0, 2).map(({ role, train }) => ({ role, train })), [
      { role: "system", train: false },
      { role: "assistant", train: false },
    ], "the system prompt and the scripted greeting are not trained");
  });

  it("axolotl: the chat template given is the one named, and a validation split without examples is not", async () => {
    const template = join(folder.path, "t.jinja");
    const jinja = "{% for m in messages %}<|{{ m.role }}|>\n{{ m.content }}</s>{% endfor %}";
    await writeFile(template, jinja);
    const prefix = join(folder.path, "templated");
    // One persona: with a small share held out it lands in train, and the val file is empty.
    assert.equal(await run(["prepare", one, "--format", "axolotl", "--chat-template", template, "-o", prefix, "--val", "0.01", "--workers", "1"], captureIo()), 0);
    const summary = JSON.parse(await readFile(`${prefix}.summary.json`, "utf8"));
    assert.equal(summary.splits.val.examples, 0);
    const config = parse(await readFile(`${prefix}.axolotl.yaml`, "utf8"));
    assert.deepEqual(Object.keys(config), ["datasets"]);
    assert.equal(config.datasets[0].chat_template, "jinja");
    assert.equal(config.datasets[0].chat_template_jinja, jinja);
  });

  it("sharegpt: a LLaMA-Factory dataset_info entry per split, its columns and tags those of the lines written", async () => {
    const prefix = join(folder.path, "sg");
    const io = captureIo();
    assert.equal(await run(["prepare", corpus, "--format", "sharegpt", "-o", prefix, "--val", "0.3", "--greeting", "system", "--workers", "2"], io), 0, io.err());
    assert.doesNotMatch(io.err(), /LLaMA-Factory skips/, "with the greeting in the system prompt there is nothing to warn of");
    const summary = JSON.parse(await readFile(`${prefix}.summary.json`, "utf8"));
    assert.deepEqual(summary.consumer_config, { consumer: "LLaMA-Factory", file: `${prefix}.dataset_info.json` });
    const info = JSON.parse(await readFile(`${prefix}.dataset_info.json`, "utf8"));
    assert.deepEqual(Object.keys(info), ["sg.train", "sg.val"]);
    for (const split of ["train", "val"]) {
      const entry = info[`sg.${split}`];
      assert.equal(entry.file_name, resolve(summary.splits[split].file));
      assert.equal(entry.formatting, "sharegpt");
      const { role_tag, content_tag, user_tag, assistant_tag, system_tag } = entry.tags;
      for (const record of await lines(entry.file_name)) {
        assert.deepEqual(Object.keys(record), [entry.columns.messages]);
        const messages = record[entry.columns.messages] as Record<string, string>[];
        for (const message of messages) assert.deepEqual(Object.keys(message).sort(), [content_tag, role_tag].sort());
        // LLaMA-Factory's reading: a leading system message, then the person and the character in turn, ending on the character.
        const [first, ...turns] = messages;
        assert.equal(first[role_tag], system_tag);
        assert.ok(turns.length % 2 === 0 && turns.every((message, i) => message[role_tag] === (i % 2 === 0 ? user_tag : assistant_tag)), JSON.stringify(turns.map((message) => message[role_tag])));
      }
    }
  });

  it("sharegpt with the greeting as the first reply: LLaMA-Factory would skip it, and the run says so", async () => {
    const io = captureIo();
    assert.equal(await run(["prepare", corpus, "--format", "sharegpt", "-o", join(folder.path, "sg-greeted"), "--workers", "1"], io), 0);
    assert.match(io.err(), /note: LLaMA-Factory skips conversations that do not start with the person's turn and alternate: prepare with --greeting system \(or drop\) for it/);
  });

  for (const format of ["metharme", "pygmalion", "chatml", "openai", "template", "dpo"] as const) {
    it(`${format}: no trainer's config is written`, async () => {
      const prefix = join(folder.path, `none-${format}`);
      const args = ["prepare", one, "--format", format, "-o", prefix, "--json", "--workers", "1"];
      if (format === "template") {
        const template = join(folder.path, "plain.jinja");
        await writeFile(template, "{% for m in messages %}[{{ m.role }}]{{ m.content }}{% endfor %}");
        args.push("--chat-template", template);
      }
      const io = captureIo();
      assert.equal(await run(args, io), 0, io.err());
      assert.equal(JSON.parse(io.out()).consumer_config, null);
      for (const suffix of CONSUMER_CONFIG_SUFFIXES) assert.ok(!existsSync(`${prefix}${suffix}`), suffix);
      const written = (await readdir(folder.path)).filter((name) => name.startsWith(`none-${format}.`)).sort();
      assert.deepEqual(written, [`none-${format}.summary.json`, `none-${format}.train.jsonl`]);
    });
  }
});
