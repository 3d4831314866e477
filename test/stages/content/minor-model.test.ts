import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyContent } from "../../../src/stages/content/classify.js";
import { ageBand, detectMinorByModel, MODEL_THRESHOLD, modelProbability, modelSentences, modelWords } from "../../../src/stages/content/minor-model.js";
import { MINOR_MODEL } from "../../../src/stages/content/minor-model-weights.js";
import { triggersOf } from "../../../src/stages/content/triggers.js";
import { CONTENT_SETS, SENTENCE_SETS } from "../../eval/content/score.js";
import { assertLearnedFromBothLabels, assertTrainedOnDevelopment } from "./trained-on.js";

// Neutral statements of age only: nothing here is sexual.
const modelSays = (text: string) => classifyContent({ bot_description: text, bot_greeting: "", bot_definitions: null, conversation: [] }).evidence.some((piece) => piece.rule === "minor-model");

describe("content: the minor model's reading of a text", () => {
  it("reads every number as its age band, in digits or in words, and a number with a separator as no age", () => {
    assert.deepEqual(modelWords("Kiri is 13, in Year 9"), ["kiri", "is", "#teen", "in", "year", "#child"]);
    assert.deepEqual(modelWords("quince años, twelve, 2011, 34, 2 months"), ["#teen", "años", "#child", "#year", "#adult", "#baby", "months"]);
    assert.deepEqual(modelWords("5'7, 1.5 m, at 10:30, 3,000 gold"), ["#number", "#number", "m", "at", "#number", "#number", "gold"]);
    assert.equal(ageBand(17), "#teen");
    assert.equal(ageBand(18), "#young");
  });

  it("reads the letters glued to a number as a word of their own, and a name with digits in it as a name", () => {
    assert.deepEqual(modelWords("16yo, 10th grade"), ["#teen", "yo", "#child", "th", "grade"]);
    assert.deepEqual(modelWords("user3 on the ps5"), ["user3", "on", "the", "ps5"]);
  });

  it("takes a card's macros for no words: their digits are no one's age", () => {
    assert.deepEqual(modelWords("{{random_user_3}}: hi {{char}}"), ["hi"]);
    assert.deepEqual(modelSentences("{{random_user_3}}: The moon wanted carefully."), []);
  });

  it("leaves out the small numbers in words that are other words in other languages", () => {
    // "fire" is four in Danish and Norwegian, "to" two; "one" and "two" are in most sentences.
    assert.deepEqual(modelSentences("We need the fire to warm one room."), []);
    assert.equal(modelSentences("She turned fifteen.").length, 1);
  });

  it("reads only the sentences that hold a minor's number, with their offsets in the text", () => {
    const text = "{{char}} lives by the sea. {{char}} is 14 and loves crabs.\nHer sister is 9.\nHer mum is 41.";
    const sentences = modelSentences(text).map(({ start, end }) => text.slice(start, end));
    // The sentence boundary before a macro is found ("…sea. {{char}} is…" read as one would begin at "{{char}} lives").
    assert.deepEqual(sentences, ["{{char}} is 14 and loves crabs.", "Her sister is 9."]);
  });

  it("leaves to the rules the numbers they know are no one's age now: measures, things, the past, a teacher's class", () => {
    for (const text of ["She waited 10 minutes.", "She has 2 dogs and a 14-year-old car.", "When I was 12 we moved to Leeds.", "uczę w 8 klasie"]) assert.deepEqual(modelSentences(text), [], text);
  });

  it("leaves alone a number that names a thing: an option picked, a room, a day", () => {
    for (const text of ["Or 3 *he grabs the sword* This is 3", "Room 12 is empty.", "I pick option 4.", "Day 9 at sea."]) assert.deepEqual(modelSentences(text), [], text);
    // "or" after a number is an age guessed, not an option.
    assert.equal(modelSentences("she is 12 or 13 I think").length, 1);
  });

  it("reads a message only when it holds digits or a number in words", () => {
    const field = (text: string) => ({ field: "conversation[3].message", text, isHuman: true, triggers: triggersOf(text) });
    assert.deepEqual(detectMinorByModel(field("She's a girl in the choir, always singing.")), []);
    assert.ok(detectMinorByModel(field("Kiri is 13 and mad about netball.")).length > 0);
  });
});

describe("content: the minor model's calls", () => {
  it("says a child's or a teenager's age stated plainly in several languages is a minor's", () => {
    for (const text of ["Kiri is 13 and mad about netball.", "Meine Tochter ist jetzt 11 und geht in die sechste Klasse.", "Mi hermano pequeño tiene 9 años y va a cuarto."]) {
      assert.ok(modelProbability(text) >= MODEL_THRESHOLD, `${modelProbability(text).toFixed(3)}: ${text}`);
      assert.ok(modelSays(text), text);
    }
  });

  it("does not say a time, a room or an adult's age is a minor's", () => {
    for (const text of ["The meeting is at 10 in room 14.", "My grandad is 84 and still drives.", "Mein Chef ist 58 und fährt einen alten Volvo."]) assert.equal(modelSays(text), false, text);
  });

  it("gives its evidence the sentence's offsets in the field and its probability as the score", () => {
    const text = "Welcome! Kiri is 13 and mad about netball.";
    const [piece] = detectMinorByModel({ field: "bot_description", text, isHuman: false });
    assert.equal(text.slice(piece.start, piece.end), "Kiri is 13 and mad about netball.");
    assert.equal(piece.rule, "minor-model");
    assert.ok(piece.score >= MODEL_THRESHOLD && piece.score <= 1);
  });
});

describe("content: the minor model's weights", () => {
  it("were trained on the development sets alone, as they are now (a changed set means training again)", async () => {
    await assertTrainedOnDevelopment(MINOR_MODEL, [...SENTENCE_SETS, ...CONTENT_SETS]);
  });

  it("learned from both labels", () => {
    assertLearnedFromBothLabels(MINOR_MODEL);
  });
});
