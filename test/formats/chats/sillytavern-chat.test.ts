import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parseCard } from "../../../src/formats/character-card/card.js";
import { readSillyTavernChat, withoutSwipes, writeSillyTavernChat } from "../../../src/formats/chats/sillytavern-chat.js";
import { toPippa } from "../../../src/model/pippa-record.js";
import { validatePippaRecord } from "../../../src/model/validate.js";
import { CARD_EXAMPLES, ST_CHATS } from "../../helpers/examples.js";

const line = (value: unknown) => JSON.stringify(value);

describe("readSillyTavernChat", () => {
  it("reads a legacy chat: header names, first bot line as greeting, persona name replaced", () => {
    const { episodes, rejects } = readSillyTavernChat(ST_CHATS.legacy, { source: "Mira.jsonl" });
    assert.deepEqual(rejects, []);
    const [episode] = episodes;
    assert.equal(episode.bot_name, "Mira");
    assert.equal(episode.bot_greeting, "The lamp turns. Hello, {{user}}.");
    assert.deepEqual(episode.conversation.map((t) => [t.message, t.is_human, t.name]), [
      ["The lamp turns. Hello, {{user}}.", false, "Mira"],
      ["hi, I'm {{user}}", true, "{{user}}"],
    ]);
    assert.equal(episode.submission_timestamp, Date.UTC(2023, 4, 12, 21, 32, 29, 224));
    assert.deepEqual(episode.user_names, ["Sam"]);
    assert.equal(episode.bot_id.length, 43);
    assert.ok(validatePippaRecord(toPippa(episode)).ok);
  });

  it("reads a modern chat: swipes, hidden and narrator turns, the speaking character as bot", () => {
    const [episode] = readSillyTavernChat(ST_CHATS.modern, { source: "1683927000000_x.jsonl" }).episodes;
    assert.equal(episode.bot_name, "Mira");
    assert.equal(episode.submission_timestamp, 1683927000000, "the file-name prefix wins");
    const [greeting, human, narrator, hidden] = episode.conversation;
    assert.deepEqual([greeting.swipes, greeting.swipe_id], [["Hi.", "Hello."], 1]);
    assert.equal(human.message, "{{user}} here, joking.", "whole words only");
    assert.equal(narrator.narrator, true);
    assert.equal(narrator.is_human, false);
    assert.equal(hidden.hidden, true);
    assert.deepEqual(greeting.meta, { extra: {}, swipe_info: [{}, {}], send_date: 1683927149000 });
  });

  it("never publishes a hidden (is_system) message as a turn: the PIPPA record leaves it out, the episode keeps it flagged", () => {
    const [episode] = readSillyTavernChat(ST_CHATS.modern, { source: "1683927000000_x.jsonl" }).episodes;
    const record = toPippa(episode);
    assert.deepEqual(record.conversation.map((turn) => turn.message), ["Hello.", "{{user}} here, joking.", "Rain."]);
    assert.ok(!record.conversation.some((turn) => turn.message === "(ooc)"));
    assert.equal(episode.conversation.filter((turn) => turn.hidden).length, 1);
  });

  it("reads a headerless group chat, naming the most talkative character", () => {
    const [episode] = readSillyTavernChat(ST_CHATS.group, { source: "group.jsonl", fallbackTimestamp: 5 }).episodes;
    assert.equal(episode.bot_name, "Bo");
    assert.deepEqual(episode.conversation.map((t) => t.name), ["Ann", "Bo", "{{user}}", "Bo"]);
    assert.equal(episode.submission_timestamp, 1683927149000);
    assert.equal(episode.meta, undefined);
  });

  it("takes the bot fields from a card when one is given", () => {
    const card = parseCard(CARD_EXAMPLES.v1).card;
    const [episode] = readSillyTavernChat(ST_CHATS.modern, { source: "x.jsonl", card }).episodes;
    assert.equal(episode.bot_name, "Mira");
    assert.equal(episode.bot_greeting, "*The lamp turns.* You made it.");
    assert.match(episode.bot_definitions ?? "", /END_OF_DIALOG/);
    assert.equal(episode.card?.spec, "chara_card_v2");
  });

  it("rejects bad lines with their line numbers and keeps the rest", () => {
    const text = [ST_CHATS.modern, "{not json", line({ name: "X", is_user: "yes", mes: "m" }), line([1])].join("\n");
    const { episodes, rejects } = readSillyTavernChat(text, { source: "bad.jsonl" });
    assert.equal(episodes[0].conversation.length, 4);
    assert.deepEqual(rejects.map((r) => [r.line, r.error.code, r.error.where.path ?? null]), [
      [6, "PIPPA_E_JSON", null],
      [7, "PIPPA_E_FIELD", "is_user"],
      [8, "PIPPA_E_FIELD", "(line)"],
    ]);
    assert.match(rejects[1].error.message, /^bad\.jsonl:7: is_user: expected boolean, got "yes"$/);
  });

  it("round-trips through the writer: turns, swipes, flags and kept fields", () => {
    for (const chat of Object.values(ST_CHATS)) {
      const [first] = readSillyTavernChat(chat, { source: "a.jsonl" }).episodes;
      const written = writeSillyTavernChat(first);
      assert.ok(!written.endsWith("\n"));
      const [second] = readSillyTavernChat(written, { source: "a.jsonl" }).episodes;
      assert.deepEqual(second.conversation, first.conversation);
    }
  });

  it("never crashes on mangled chats (fuzz)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(ST_CHATS)), fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 3 }))), (chat, edits) => {
        let text = chat;
        for (const [at, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + 1);
        }
        const outcome = readSillyTavernChat(text, { source: "f.jsonl" });
        for (const reject of outcome.rejects) assert.match(reject.error.message, /^f\.jsonl:\d+: /);
        for (const episode of outcome.episodes) assert.ok(validatePippaRecord(toPippa(episode)).ok);
      }),
      { numRuns: 400 },
    );
  });
});

describe("withoutSwipes", () => {
  const MESSY = [
    "\ufeff" + line({ user_name: "Sam", character_name: "Mira" }),
    "",
    "not json",
    line({ name: "Mira", is_user: false, mes: "Hello." }),
    line({ name: "Mira", mes: "no is_user: a reject" }),
    line({ name: "Mira", is_user: false, mes: "B", swipes: ["A", "B", "C"], swipe_id: 1, swipe_info: [{ n: "a" }, { n: "b" }, { n: "c" }] }),
    line({ name: "Sam", is_user: true, mes: "ok" }),
    line({ name: "Mira", is_user: false, mes: "Edited", swipes: ["X", "Y"], swipe_id: 0 }),
  ].join("\r\n");

  it("takes out the swipes asked for, numbering turns as the reader does, other lines byte for byte", () => {
    const out = withoutSwipes(MESSY, new Map([[1, new Set([0])], [3, new Set([0, 1])]]));
    const [episode] = readSillyTavernChat(out, { source: "c.jsonl" }).episodes;
    assert.deepEqual(episode.conversation.map((turn) => [turn.message, turn.swipes, turn.swipe_id]), [
      ["Hello.", undefined, undefined],
      ["B", ["B", "C"], 0],
      ["ok", undefined, undefined],
      ["Edited", ["Edited"], 0],
    ]);
    assert.deepEqual(JSON.parse(out.split("\r\n")[5]).swipe_info, [{ n: "b" }, { n: "c" }], "swipe_info goes with its swipes");
    const [before, after] = [MESSY.split("\r\n"), out.split("\r\n")];
    assert.equal(after.length, before.length);
    for (const index of [0, 1, 2, 3, 4, 6]) assert.equal(after[index], before[index]);
    assert.equal(withoutSwipes(MESSY, new Map()), MESSY);
  });
});
