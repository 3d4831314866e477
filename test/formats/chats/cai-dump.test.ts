import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { collectCaiDefinitions, readCaiChatDump, readCaiTurns, type CaiDefinitions } from "../../../src/formats/chats/cai-dump.js";
import { classifyDocument, type FormatId } from "../../../src/formats/detect.js";
import { readOobaChat } from "../../../src/formats/chats/ooba-chat.js";
import { replaceRedactionTokens } from "../../../src/formats/chats/redaction-tokens.js";
import { toPippa } from "../../../src/model/pippa-record.js";
import { validatePippaRecord } from "../../../src/model/validate.js";
import { jsonEdits, mutateJson } from "../../helpers/mutate.js";
import { CAI_CHAT_DUMP, CAI_DEFINITIONS_DUMP, CAI_TURNS, OOBA_CHAT } from "../../helpers/examples.js";

const clone = <T>(value: T): T => structuredClone(value);

describe("readCaiChatDump", () => {
  it("maps a chat dump: one record per non-empty history, tokens to {{user}}, alternatives to swipes", () => {
    const { episodes, rejects, warnings } = readCaiChatDump(clone(CAI_CHAT_DUMP), { source: "public/1671530000000_Aria.json" });
    assert.deepEqual([episodes.length, rejects.length, warnings.length], [2, 0, 0]);
    const [first, second] = episodes;
    assert.equal(first.bot_id, "Zq3mKp0aXwT1e9RbLhYvNcUdFsGiJoA2BkCeDfHgIjM");
    assert.equal(first.bot_name, "Aria");
    assert.equal(first.bot_greeting, "Hello! I'm Aria.");
    assert.equal(first.bot_description, null, '"" becomes null');
    assert.equal(first.bot_definitions, null);
    assert.deepEqual(first.categories, ["Games", "Original"]);
    assert.equal(first.submission_timestamp, 1671530000000);
    assert.deepEqual(first.conversation.map((t) => [t.is_human, t.message]), [
      [false, "Hello! I'm Aria."],
      [true, "hi, who made you?"],
      [false, "A lab, {{user}}. A quiet one."],
      [true, "cool {{user}}"],
    ]);
    assert.deepEqual(first.conversation[2].swipes, ["Nice to meet you, {{user}}!", "A lab, {{user}}. A quiet one."]);
    assert.equal(first.conversation[2].swipe_id, 1);
    assert.ok(!JSON.stringify(first).includes("BOT_CREATOR"), "the creator token is dropped from metadata");
    assert.ok(validatePippaRecord(toPippa(first)).ok);
  });

  it("replaces names an old dumper version left unredacted", () => {
    const [, second] = readCaiChatDump(clone(CAI_CHAT_DUMP), { source: "x.json" }).episodes;
    assert.deepEqual(second.conversation.map((t) => t.message), ["Back again?", "yes, {{user}} here"]);
    assert.deepEqual(second.user_names, ["dana_k", "Dana"]);
    assert.ok(!JSON.stringify(toPippa(second)).includes("Dana"));
  });

  it("prefers a definitions dump of the same bot", () => {
    const definitions: CaiDefinitions = new Map();
    collectCaiDefinitions(clone(CAI_DEFINITIONS_DUMP), definitions);
    const [episode] = readCaiChatDump(clone(CAI_CHAT_DUMP), { source: "x.json", definitions }).episodes;
    assert.equal(episode.bot_description, "Aria was built to learn.");
    assert.equal(episode.bot_definitions, "{{char}}: Beep.\n{{random_user_1}}: Hi\nEND_OF_DIALOG\n{{char}}: Hello, {{user}}.");
  });

  it("reads CAI Tools' shapes: without info, and the bare histories array", () => {
    const withoutInfo = { histories: clone(CAI_CHAT_DUMP.histories) };
    const bare = { histories: clone(CAI_CHAT_DUMP.histories.histories) };
    for (const dump of [withoutInfo, bare]) {
      const { episodes } = readCaiChatDump(dump, { source: "Aria_CaiDump.json", fallbackTimestamp: 7 });
      assert.equal(episodes.length, 2);
      assert.equal(episodes[0].bot_name, "Aria");
      assert.equal(episodes[0].bot_id.length, 43);
      assert.equal(episodes[0].submission_timestamp, 7);
    }
  });

  it("rejects a malformed history with its JSON path and keeps the others", () => {
    const dump = clone(CAI_CHAT_DUMP) as unknown as { histories: { histories: unknown[] } };
    (dump.histories.histories[0] as { msgs: unknown[] }).msgs[1] = { text: 5, src: {} };
    const { episodes, rejects } = readCaiChatDump(dump as never, { source: "bad.json" });
    assert.equal(episodes.length, 1);
    assert.equal(rejects[0].error.message, "bad.json: histories[0].msgs[1]: expected {text: string, src: {is_human: boolean}}");
  });

  it("replaces every redaction token", () => {
    const tokens = "[NAME_IN_MESSAGE_REDACTED] [USERNAME_REDACTED] [FIRST_NAME_REDACTED] [ACCOUNT_NAME_REDACTED] [NAME_REDACTED] [DISPLAY_NAME_REDACTED] [REDACTED]";
    assert.equal(replaceRedactionTokens(tokens), Array(7).fill("{{user}}").join(" "));
  });
});

describe("readCaiTurns", () => {
  it("orders turns oldest first, picks the primary candidate and keeps the others as swipes", () => {
    const [episode] = readCaiTurns(clone(CAI_TURNS), { source: "turns.json" }).episodes;
    assert.deepEqual(episode.conversation.map((t) => t.message), ["Hello!", "hi, I'm {{user}}", "Second try, {{user}}."]);
    assert.equal(episode.conversation[2].swipe_id, 1);
    assert.equal(episode.bot_name, "Aria");
    assert.equal(episode.bot_greeting, "Hello!");
    assert.equal(episode.submission_timestamp, Date.UTC(2024, 4, 1, 12));
  });
});

describe("readOobaChat", () => {
  it("reads raw pairs, naming the bot from a CAI Tools file name", () => {
    const [episode] = readOobaChat(clone(OOBA_CHAT), { source: "dl/Aria_oobabooga_Chat.json" }).episodes;
    assert.equal(episode.bot_name, "Aria");
    assert.deepEqual(episode.conversation.map((t) => [t.is_human, t.message]), [
      [true, "hello"],
      [false, "Hi there! <3"],
      [true, "how are you?"],
      [false, "Fine & you?"],
    ]);
    const visibleOnly = readOobaChat({ visible: OOBA_CHAT.visible }, { source: "v.json" }).episodes[0];
    assert.equal(visibleOnly.conversation[3].message, "Fine & you?", "HTML entities undone");
  });
});

describe("Character.AI readers never crash (fuzz)", () => {
  const readers: [FormatId, unknown, (value: Record<string, unknown>) => unknown][] = [
    ["cai-dump", CAI_CHAT_DUMP, (v) => readCaiChatDump(v, { source: "f.json" })],
    ["cai-turns", CAI_TURNS, (v) => readCaiTurns(v, { source: "f.json" })],
    ["ooba", OOBA_CHAT, (v) => readOobaChat(v, { source: "f.json" })],
  ];
  for (const [format, example, read] of readers) {
    it(`${format}: whatever the detector sends it`, () => {
      fc.assert(
        fc.property(jsonEdits, (edits) => {
          const value = mutateJson(example, edits);
          if (classifyDocument(value) !== format) return;
          const outcome = read(value!) as { episodes: Parameters<typeof toPippa>[0][]; rejects: { error: Error }[] };
          for (const episode of outcome.episodes) assert.ok(validatePippaRecord(toPippa(episode)).ok);
          for (const reject of outcome.rejects) assert.match(reject.error.message, /^f\.json/);
        }),
        { numRuns: 1000 },
      );
    });
  }
});
