import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { buildDialogue } from "../../src/prepare/dialogue.js";
import { parseExampleChats } from "../../src/prepare/example-chats.js";
import { DEFAULT_SYSTEM_PROMPT, trainingExamples } from "../../src/prepare/examples.js";
import { drawNames } from "../../src/prepare/names.js";
import { fillPlaceholders, findPlaceholders, normalizePlaceholders } from "../../src/prepare/placeholders.js";
import { splitOf } from "../../src/prepare/prepare-record.js";
import { NAMES as names, SMALL_RECORD } from "./golden.js";

describe("placeholders", () => {
  it("reads the malformed forms real data holds", () => {
    assert.equal(
      normalizePlaceholders("{user}} {{User}} { user } <USER> <BOT> {{bot}} {{char} {{ random_user_2 }} {{random_user_10}}"),
      "{{user}} {{user}} {{user}} {{user}} {{char}} {{char}} {{char}} {{random_user_2}} {{random_user_10}}",
    );
    assert.equal(fillPlaceholders("Hi {user}}, I am <BOT>; {{random_user_3}} waves.", names), "Hi Sam, I am Mira; Guest3 waves.");
    assert.equal(fillPlaceholders("{{username}} and {userdata} stay", names), "{{username}} and {userdata} stay");
  });

  it("leaves no placeholder behind, whatever surrounds them (property)", () => {
    const piece = fc.oneof(
      fc.constantFrom("{{user}}", "{user}}", "{{USER}}", "{{ user }}", "<user>", "<BOT>", "{{char}}", "{char}}", "{{Char}", "{{random_user_1}}", "{{random_user_7}", "{", "}", "<", ">", "{{", "}}"),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const filled = fillPlaceholders(pieces.join(""), names);
        assert.deepEqual(findPlaceholders(filled), [], filled);
      }),
      { numRuns: 500 },
    );
  });
});

describe("names", () => {
  it("draws distinct names per conversation, never the character's, the same for the same seed", () => {
    const pool = ["Ann", "Bo", "Mira", "Cy", "Dee"];
    const a = drawNames(pool, "Mira", 7, 3);
    const b = drawNames(pool, "Mira", 7, 3);
    const people = [a.user, a.randomUser(1), a.randomUser(2)];
    assert.deepEqual([b.user, b.randomUser(1), b.randomUser(2)], people);
    assert.equal(new Set(people).size, 3);
    assert.ok(!people.includes("Mira"));
    assert.equal(a.randomUser(1), people[1], "a name is kept once drawn");
    const users = new Set(Array.from({ length: 40 }, (_, i) => drawNames(pool, "Mira", 7, i).user));
    assert.ok(users.size >= 3, "conversations get different names");
  });
});

describe("example chats", () => {
  it("splits dialogues on END_OF_DIALOG and <START>, knows the speakers, keeps continuation lines", () => {
    const parsed = parseExampleChats(SMALL_RECORD.bot_definitions, "Mira");
    assert.equal(parsed.preamble, "Mira is a lighthouse keeper.");
    assert.deepEqual(parsed.chats, [
      [
        { speaker: "char", text: "The lamp never sleeps." },
        { speaker: "user", text: "Do you?" },
      ],
      [
        { speaker: "char", text: "{{user}} again?" },
        { speaker: { randomUser: 1 }, text: "Let them in.\nit is cold" },
      ],
    ]);
    const tavern = parseExampleChats("<START>\n{{user}}: Hello\n{{char}}: Hi!\n<START>\nYou: Bye\nAqua: See you", "Aqua");
    assert.deepEqual(tavern.chats.map((chat) => chat.map((turn) => turn.speaker)), [["user", "char"], ["user", "char"]]);
  });
});

describe("dialogue", () => {
  it("fills names, merges a speaker's consecutive turns, drops empty ones and keeps swipes", () => {
    const counts = { merged: 0, skipped: 0 };
    const dialogue = buildDialogue(SMALL_RECORD, names, undefined, counts);
    assert.deepEqual(dialogue.turns, [
      { role: "model", text: "*Mira looks up.* Oh, Sam! You came.", greeting: true },
      { role: "user", text: "Hi Mira.\n\nIt is stormy." },
      { role: "model", text: "Stay by the fire, Sam.", alternatives: ["Go home, Sam."] },
      { role: "user", text: "Thanks." },
      { role: "model", text: "*nods*" },
    ]);
    assert.deepEqual(counts, { merged: 1, skipped: 1 });
    assert.equal(dialogue.description, "A quiet keeper of the Mira light, fond of Sam.");
    const noGreeting = buildDialogue(SMALL_RECORD, names, { mergeConsecutive: false, mergeJoiner: "\n\n", keepGreeting: false });
    assert.deepEqual(noGreeting.turns.map((turn) => turn.role), ["user", "user", "model", "user", "model"]);
  });

  it("makes one example per conversation, or one per reply, never from the greeting alone", () => {
    const dialogue = buildDialogue(SMALL_RECORD, names);
    const [one] = trainingExamples(dialogue);
    assert.equal(one.target.text, "*nods*");
    assert.equal(one.context.length, 4);
    assert.ok(one.system.startsWith("You are now in roleplay conversation mode."));
    assert.ok(one.system.includes("A quiet keeper of the Mira light") && one.system.endsWith("generate messages as if you were Mira."));
    const perTurn = trainingExamples(dialogue, { systemPrompt: DEFAULT_SYSTEM_PROMPT, persona: "description", perTurn: true });
    assert.deepEqual(perTurn.map((example) => example.target.text), ["Stay by the fire, Sam.", "*nods*"]);
    const greetingOnly = buildDialogue({ ...SMALL_RECORD, conversation: [SMALL_RECORD.conversation[0]] }, names);
    assert.deepEqual(trainingExamples(greetingOnly), []);
  });

  it("puts the example chats into the persona when asked", () => {
    const [example] = trainingExamples(buildDialogue(SMALL_RECORD, names), { systemPrompt: "{{persona}}", persona: "description+examples", perTurn: false });
    assert.equal(
      example.system,
      "A quiet keeper of the Mira light, fond of Sam.\n\nMira is a lighthouse keeper.\n\nExample conversations:\n\nMira: The lamp never sleeps.\nSam: Do you?\n\nMira: Sam again?\nGuest1: Let them in.\nit is cold",
    );
  });
});

describe("splits", () => {
  it("keeps each persona in one split, near the asked fraction, the same for the same seed", () => {
    const bots = Array.from({ length: 2000 }, (_, i) => `bot-${i}`);
    const val = bots.filter((bot) => splitOf(bot, 3, 0.1) === "val");
    assert.ok(val.length > 150 && val.length < 250, `${val.length} of 2000`);
    assert.deepEqual(bots.filter((bot) => splitOf(bot, 3, 0.1) === "val"), val);
    assert.notDeepEqual(bots.filter((bot) => splitOf(bot, 4, 0.1) === "val"), val);
    assert.equal(splitOf("bot-1", 3, 0), "train");
  });
});

