import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { run } from "../../../src/cli/main.js";
import { renderChatML, type ChatMessage } from "../../../src/formats/training/format.js";
import { writePippaLine } from "../../../src/formats/pippa/pippa-jsonl.js";
import { stringifyPython } from "../../../src/formats/pippa/python-json.js";
import { findPlaceholders } from "../../../src/prepare/placeholders.js";
import { llama3Encoder } from "../../../src/prepare/tokenizer/llama3.js";
import { synthesizeCorpus } from "../../../src/synth/corpus.js";
import { captureIo, sharedFixtures, temporaryFolder } from "../../helpers/io.js";
import { SMALL_RECORD } from "../../prepare/golden.js";

const full = (text: string) => llama3Encoder().encode_ordinary(text).length;
const TEMPLATE = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}</s>{% endfor %}";

/** The texts a written example was measured on, rebuilt from the line alone. */
function measuredTexts(format: string, record: Record<string, unknown>): string[] {
  switch (format) {
    case "metharme":
    case "pygmalion":
      return [(record.prompt as string) + (record.generation as string)];
    case "chatml":
    case "template":
      return [record.text as string];
    case "sharegpt": {
      const role = { system: "system", human: "user", gpt: "assistant" } as const;
      return [renderChatML((record.conversations as { from: keyof typeof role; value: string }[]).map((m) => ({ role: role[m.from], content: m.value })))];
    }
    case "openai":
    case "axolotl":
      return [renderChatML((record.messages as ChatMessage[]).map(({ role, content }) => ({ role, content })))];
    case "dpo": {
      const prompt = record.prompt as ChatMessage[];
      return [renderChatML([...prompt, ...(record.chosen as ChatMessage[])]), renderChatML([...prompt, ...(record.rejected as ChatMessage[])])];
    }
    default:
      throw new Error(format);
  }
}

const lines = async (path: string) => (await readFile(path, "utf8")).split("\n").filter(Boolean);

describe("pippa prepare", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let corpus: string;
  let template: string;
  before(async () => {
    folder = await temporaryFolder();
    corpus = join(folder.path, "corpus.jsonl");
    template = join(folder.path, "template.jinja");
    const records = [...synthesizeCorpus({ scale: 0.004, seed: 5 })].map((record) => writePippaLine(record));
    // An episode with swipes (as `pippa import --episodes` writes it) and a line that is no record.
    records.push(stringifyPython(SMALL_RECORD), '{"bot_id": 3}');
    await writeFile(corpus, `${records.join("\n")}\n`);
    await writeFile(template, TEMPLATE);
  });
  after(() => folder.cleanup());

  for (const format of ["metharme", "pygmalion", "chatml", "sharegpt", "openai", "axolotl", "template", "dpo"]) {
    it(`writes ${format}: every example within the budget, no placeholder left, splits and summary agreeing`, async () => {
      const prefix = join(folder.path, format);
      const io = captureIo();
      const args = ["prepare", corpus, "--format", format, "-o", prefix, "--max-tokens", "600", "--val", "0.3", "--seed", "2", "--json", "--workers", "2"];
      if (format === "template") args.push("--chat-template", template);
      assert.equal(await run(args, io), 1, io.err());  // the corpus holds a refused record on purpose
      const summary = JSON.parse(io.out());
      assert.deepEqual(summary, JSON.parse(await readFile(`${prefix}.summary.json`, "utf8")));
      assert.equal(summary.rejected_records, 1);
      assert.match(io.err(), /1 record\(s\) refused/);
      let examples = 0;
      for (const split of ["train", "val"]) {
        const written = await lines(`${prefix}.${split}.jsonl`);
        assert.equal(written.length, summary.splits[split].examples, split);
        examples += written.length;
        for (const line of written) {
          assert.deepEqual(findPlaceholders(line), [], line.slice(0, 200));
          const tokens = Math.max(...measuredTexts(format, JSON.parse(line)).map(full));
          assert.ok(tokens <= 600, `${tokens} tokens`);
          assert.ok(tokens <= summary.splits[split].tokens.max);
        }
      }
      if (format === "dpo") assert.equal(examples, 1, "one pair, from the one reply with swipes");
      else {
        assert.ok(summary.splits.val.examples > 0 && summary.splits.train.examples > summary.splits.val.examples);
        assert.equal(examples, summary.records_with_examples);
      }
    });
  }

  it("leaves out conversations by content tag with --exclude-tags, and says how many", async () => {
    const turns = (human: string) => [
      { message: "The gate holds.", is_human: false },
      { message: human, is_human: true },
      { message: "Then we wait for dawn.", is_human: false },
    ];
    const input = join(folder.path, "tagged.jsonl");
    const graphic = { ...SMALL_RECORD, bot_id: "graphic", conversation: turns("*the axe decapitated the raider, blood pooling on the stones*") };
    const calm = { ...SMALL_RECORD, bot_id: "calm", conversation: turns("I'll bring the lantern.") };
    await writeFile(input, `${writePippaLine(graphic)}\n${writePippaLine(calm)}\n`);
    const prefix = join(folder.path, "tagged");
    const io = captureIo();
    assert.equal(await run(["prepare", input, "--format", "metharme", "-o", prefix, "--exclude-tags", "violence", "--json", "--workers", "1"], io), 0, io.err());
    const summary = JSON.parse(io.out());
    assert.deepEqual(summary.excluded_records, { "excluded-violence": 1 });
    assert.equal(summary.records_with_examples, 1);
    assert.ok(!(await readFile(`${prefix}.train.jsonl`, "utf8")).includes("decapitated"));
    assert.equal(await run(["prepare", input, "--format", "metharme", "-o", prefix, "--json", "--workers", "1"], captureIo()), 0);
    assert.equal((await lines(`${prefix}.train.jsonl`)).length, 2, "without the flag both stay");
    const bad = captureIo();
    assert.equal(await run(["prepare", input, "--format", "metharme", "-o", prefix, "--exclude-tags", "violent"], bad), 2);
    assert.match(bad.err(), /"violent" is no content tag \(did you mean "violence"\?\)/);
  });

  it("writes the same bytes again for the same input and seed, one example per reply when asked", async () => {
    const a = join(folder.path, "again-a");
    const b = join(folder.path, "again-b");
    assert.equal(await run(["prepare", corpus, "--format", "metharme", "-o", a, "--examples", "per-turn", "--max-tokens", "1024", "--workers", "1"], captureIo()),1);  // the corpus holds a refused record on purpose
    assert.equal(await run(["prepare", corpus, "--format", "metharme", "-o", b, "--examples", "per-turn", "--max-tokens", "1024", "--workers", "2"], captureIo()),1);  // the corpus holds a refused record on purpose
    assert.deepEqual(await readFile(`${a}.train.jsonl`), await readFile(`${b}.train.jsonl`));
    const perTurn = JSON.parse(await readFile(`${a}.summary.json`, "utf8"));
    assert.ok(perTurn.splits.train.examples > 2 * perTurn.records_with_examples);
  });

  it("refuses --format template without a template (exit 2), and a missing tokenizer file (exit 1)", async () => {
    const io = captureIo();
    assert.equal(await run(["prepare", corpus, "--format", "template", "-o", join(folder.path, "x")], io), 2);
    assert.match(io.err(), /--format template needs --chat-template/);
    const missing = captureIo();
    assert.equal(await run(["prepare", corpus, "--format", "chatml", "-o", join(folder.path, "y"), "--tokenizer", join(folder.path, "nope.json")], missing), 1);
    assert.match(missing.err(), /PIPPA_E_IO .*nope\.json: cannot read/);
  });
});

const fixtures = sharedFixtures();
const skip = fixtures ? false : "SKIPPING: ../shared/fixtures is absent (set PIPPA_FIXTURES to run the conformance tests)";
if (skip) console.log(`# ${skip}`);

describe("conformance: the PIPPA fixture in every training format", { skip }, () => {
  for (const format of ["metharme", "pygmalion", "chatml", "sharegpt", "openai", "axolotl", "template"]) {
    it(format, async () => {
      const folder = await temporaryFolder();
      try {
        const template = join(folder.path, "t.jinja");
        await writeFile(template, TEMPLATE);
        const prefix = join(folder.path, format);
        const args = ["prepare", join(fixtures!, "pippa", "real_row_kamisato_ayaka.jsonl"), "--format", format, "-o", prefix, "--max-tokens", "4096", "--persona", "description+examples"];
        if (format === "template") args.push("--chat-template", template);
        assert.equal(await run(args, captureIo()), 0);
        const [line] = await lines(`${prefix}.train.jsonl`);
        assert.deepEqual(findPlaceholders(line), [], "the fixture's {user}} and {{char}} are all filled");
        assert.ok(Math.max(...measuredTexts(format, JSON.parse(line)).map(full)) <= 4096);
        assert.ok(line.includes("Fufu"), "the character's own words are there");
      } finally {
        await folder.cleanup();
      }
    });
  }

  it("dpo (no swipes in a published row: no pair, and the summary says why)", async () => {
    const folder = await temporaryFolder();
    try {
      const io = captureIo();
      assert.equal(await run(["prepare", join(fixtures!, "pippa", "real_row_kamisato_ayaka.jsonl"), "--format", "dpo", "-o", join(folder.path, "dpo"), "--json"], io), 0);
      const summary = JSON.parse(io.out());
      assert.equal(summary.splits.train.examples, 0);
      assert.deepEqual(summary.dropped_examples, { "no reply with swipes": 1 });
    } finally {
      await folder.cleanup();
    }
  });
});

describe("the character's greeting and strict chat templates", () => {
  const STRICT = "{% for m in messages %}{% if loop.index0 == 1 and m.role != 'user' %}{{ raise_exception('Conversation roles must alternate user/assistant') }}{% endif %}[{{ m.role }}]{{ m.content }}{% endfor %}";

  it("folds the greeting into the system prompt when a template wants a user turn first, or when asked; drops it when asked", async () => {
    const folder = await temporaryFolder();
    try {
      const input = join(folder.path, "in.jsonl");
      await writeFile(input, `${writePippaLine(SMALL_RECORD)}\n`);
      const template = join(folder.path, "strict.jinja");
      await writeFile(template, STRICT);
      const read = async (prefix: string) => (await readFile(`${prefix}.train.jsonl`, "utf8")).trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

      const strict = join(folder.path, "strict");
      assert.equal(await run(["prepare", input, "--format", "template", "--chat-template", template, "-o", strict, "--workers", "1"], captureIo()), 0);
      const [templated] = await read(strict);
      assert.match(templated.text as string, /^\[system\][\s\S]* opened the conversation with:\n[\s\S]*\[user\]/);

      const folded = join(folder.path, "folded");
      assert.equal(await run(["prepare", input, "--format", "chatml", "--greeting", "system", "-o", folded, "--workers", "1"], captureIo()), 0);
      const [chatml] = await read(folded);
      assert.match(chatml.text as string, /^<\|im_start\|>system\n[\s\S]* opened the conversation with:[\s\S]*?<\|im_end\|>\n<\|im_start\|>user/);

      const dropped = join(folder.path, "dropped");
      assert.equal(await run(["prepare", input, "--format", "chatml", "--greeting", "drop", "-o", dropped, "--workers", "1"], captureIo()), 0);
      const [plain] = await read(dropped);
      assert.doesNotMatch(plain.text as string, /opened the conversation with/);
      assert.match(plain.text as string, /^<\|im_start\|>system\n[\s\S]*?<\|im_end\|>\n<\|im_start\|>user/);
    } finally {
      await folder.cleanup();
    }
  });

  it("says which examples a template refuses and why, instead of failing the record", async () => {
    const folder = await temporaryFolder();
    try {
      const input = join(folder.path, "in.jsonl");
      await writeFile(input, `${writePippaLine(SMALL_RECORD)}\n`);
      const template = join(folder.path, "never.jinja");
      await writeFile(template, "{{ raise_exception('this template takes no role-play') }}");
      const io = captureIo();
      assert.equal(await run(["prepare", input, "--format", "template", "--chat-template", template, "-o", join(folder.path, "x"), "--workers", "1"], io), 0);
      assert.match(io.out(), /not written: 1 \(the chat template refused it: this template takes no role-play\)/);
    } finally {
      await folder.cleanup();
    }
  });
});

describe("a .jinja template's special tokens", () => {
  it("come from the tokenizer (Llama 3's BOS for the bundled one) or the flags, never rendered empty", async () => {
    const folder = await temporaryFolder();
    try {
      const input = join(folder.path, "in.jsonl");
      await writeFile(input, `${writePippaLine(SMALL_RECORD)}\n`);
      const template = join(folder.path, "plain.jinja");
      await writeFile(template, "{{ bos_token }}{% for m in messages %}[{{ m.role }}]{{ m.content }}{% endfor %}{{ eos_token }}");
      const first = async (prefix: string) => (JSON.parse((await readFile(`${prefix}.train.jsonl`, "utf8")).split("\n")[0]) as { text: string }).text;
      const bundled = join(folder.path, "bundled");
      assert.equal(await run(["prepare", input, "--format", "template", "--chat-template", template, "-o", bundled, "--workers", "1"], captureIo()), 0);
      assert.ok((await first(bundled)).startsWith("<|begin_of_text|>[system]"));
      const flagged = join(folder.path, "flagged");
      assert.equal(await run(["prepare", input, "--format", "template", "--chat-template", template, "--bos-token", "<s>", "--eos-token", "</s>", "-o", flagged, "--workers", "1"], captureIo()), 0);
      const text = await first(flagged);
      assert.ok(text.startsWith("<s>[system]") && text.endsWith("</s>"), text.slice(0, 40));
    } finally {
      await folder.cleanup();
    }
  });
});
