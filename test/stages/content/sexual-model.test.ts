import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyContent } from "../../../src/stages/content/classify.js";
import { detectSexual } from "../../../src/stages/content/sexual.js";
import { eachSexualFeature, FEWEST_WORDS, wordsUpTo, SEXUAL_MODEL_DIMENSIONS, SEXUAL_MODEL_THRESHOLD, sexualFeatures, sexualModelAcrossConversation, sexualModelReading, sexualModelThreshold, sexualProbability } from "../../../src/stages/content/sexual-model.js";
import { SEXUAL_MODEL } from "../../../src/stages/content/sexual-model-weights.js";
import { triggersOf } from "../../../src/stages/content/triggers.js";
import type { ContentEvidence } from "../../../src/stages/content/types.js";
import { CONTENT_SETS, PASSAGE_SETS } from "../../eval/content/score.js";
import { assertLearnedFromBothLabels, assertTrainedOnDevelopment } from "./trained-on.js";

// Every text here is about adults, or about no one in particular.
const message = (text: string) => ({ bot_description: null, bot_greeting: "", bot_definitions: null, conversation: [{ message: text, is_human: false }] });
const field = (text: string) => ({ field: "conversation[0].message", text, isHuman: false, triggers: triggersOf(text) });
const featureIndices = (text: string) => {
  const indices: number[] = [];
  eachSexualFeature(text, (index) => indices.push(index));
  return indices;
};
const leaning = (text: string, word: string): ContentEvidence => ({ tag: "sexual", field: "conversation[0].message", start: text.indexOf(word), end: text.indexOf(word) + word.length, rule: "suggestive-term", score: 0.15 });

describe("content: the sexual model's reading of a text", () => {
  it("reads the same text the same way, case aside, every index inside the hashed space", () => {
    const indices = featureIndices("The Rain in Spain falls mainly on the plain.");
    assert.deepEqual(featureIndices("the rain in spain falls mainly on the plain."), indices);
    assert.ok(indices.every((index) => Number.isInteger(index) && index >= 0 && index < SEXUAL_MODEL_DIMENSIONS));
  });

  it("reads a word by itself, its stem, its letter n-grams and the pair it makes with the word before", () => {
    // "rain": the word and the n-grams of "<rain>" (4 + 3 + 2); "raining": its first five letters too.
    assert.equal(featureIndices("rain").length, 1 + 9);
    assert.equal(featureIndices("raining").length, 1 + 1 + (7 + 6 + 5));
    // Two words: each word's own, one pair.
    assert.equal(featureIndices("rain rain").length, 2 * (1 + 9) + 1);
  });

  it("reads a run of a script written without spaces by its letter pairs and triples", () => {
    // Five letters: four pairs and three triples.
    assert.equal(featureIndices("今日は晴れ").length, 4 + 3);
  });

  it("reads a very long run of letters by its first letters, and an empty text as nothing", () => {
    assert.equal(featureIndices("a".repeat(10_000)).length, featureIndices("a".repeat(32)).length);
    assert.equal(featureIndices("").length, 0);
  });

  it("scales a text's features to length one, or less for a short line, and gives the learner the bias unscaled", () => {
    const words = (features: [number, number][]) => features.slice(0, -1).map(([, value]) => value);
    const long = sexualFeatures("She walked along the grey harbour wall and counted the boats coming home before the storm.");
    assert.ok(Math.abs(Math.hypot(...words(long)) - 1) < 1e-9);
    assert.ok(Math.hypot(...words(sexualFeatures("hello"))) < 1);
    assert.deepEqual(sexualFeatures("").map(([, value]) => value), [1]);
    assert.equal(long.at(-1)?.[1], 1);
  });
});

describe("content: where the sexual model reads", () => {
  const strong = (start: number): ContentEvidence => ({ tag: "sexual", field: "conversation[0].message", start, end: start + 4, rule: "explicit-term", score: 0.45 });

  it("reads a field with a sign of the tag that does not make it alone, and no other", () => {
    const kiss = "She kisses him by the door of the old house.";
    assert.equal(sexualModelReading(field(kiss), []), null, "no sign: not read");
    assert.equal(sexualModelReading(field(kiss), [leaning(kiss, "kisses")]), "leaning");
    const one = "word and more of the same, all day long";
    assert.equal(sexualModelReading(field(one), [strong(0)]), "explicit");
    const two = "word word and more more";
    assert.equal(sexualModelReading(field(two), [strong(0), strong(14)]), null, "two explicit signs make the tag already");
  });

  it("asks more of a line whose only signs lean", () => {
    assert.equal(sexualModelThreshold("explicit"), SEXUAL_MODEL_THRESHOLD);
    assert.equal(sexualModelThreshold("cue"), SEXUAL_MODEL_THRESHOLD);
    assert.ok(sexualModelThreshold("leaning") > SEXUAL_MODEL_THRESHOLD);
  });

  it("reads a line with a moan's cue and no sign, from four words", () => {
    assert.equal(sexualModelReading(field("ahh… ja… dieper… niet stoppen…"), []), "cue");
    assert.equal(sexualModelReading(field("niet stoppen!"), []), null, "two words");
    assert.equal(sexualModelReading(field("We stopped at the harbour for lunch."), []), null, "no cue");
  });

  it("leaves a line of fewer than eight words to the rules", () => {
    const short = "*i kiss her back*";
    assert.equal(wordsUpTo(short, 10), 4);
    assert.equal(FEWEST_WORDS, 8);
    assert.equal(sexualModelReading(field(short), [leaning(short, "kiss")]), null);
    const long = "*i kiss her back, slowly, by the door*";
    assert.equal(sexualModelReading(field(long), [leaning(long, "kiss")]), "leaning");
  });

  it("does not read a text with no sign of the tag, whatever it would say of it", () => {
    const text = "He strokes her hair while she cries about losing her job.";
    // The model would lean towards a scene here (a stroke, tears): it is not asked.
    assert.deepEqual(detectSexual(field(text)), []);
  });
});

describe("content: the sexual model's calls", () => {
  const ruleOf = (text: string) => classifyContent(message(text)).evidence.filter((piece) => piece.tag === "sexual").map((piece) => piece.rule);

  it("finds a scene told with no explicit word, in several languages, where the rules hold a leaning sign or none", () => {
    for (const text of [
      "*She pulls him onto the bed, her nails raking his back as he moves against her, both gasping, until she arches and cries out his name.*",
      "*Elle gémit contre son épaule pendant qu'il la prend lentement, de plus en plus fort, jusqu'à ce qu'elle crie.*",
      // No sign at all: a moan's cues open the reading.
      "*Sie krallt sich in seine Schultern* ahh… ja… tiefer… hör nicht auf…",
    ]) {
      const rules = ruleOf(text);
      assert.ok(!rules.includes("explicit-term") && !rules.includes("act-phrase"), `no explicit rule: ${text}`);
      assert.ok(rules.includes("sexual-model"), text);
      assert.ok(classifyContent(message(text)).tags.sexual !== undefined, text);
    }
  });

  it("does not call a kiss, a moan of pain or a fade to black a scene", () => {
    for (const text of [
      "*He kisses her softly and they fall asleep holding hands.*",
      "*She moans in pain as the nurse resets her dislocated shoulder.*",
      "*They tumble onto the bed, laughing, and the scene fades to black.*",
    ]) {
      assert.equal(classifyContent(message(text)).tags.sexual, undefined, text);
      assert.ok(sexualProbability(text) < SEXUAL_MODEL_THRESHOLD, `${sexualProbability(text).toFixed(3)}: ${text}`);
    }
  });

  it("does not call the same cues at the gym or over a meal a scene", () => {
    for (const text of ["Push harder on the last rep, don't stop now, ten more seconds!", "Mmm, this cake is amazing, don't stop bringing these."]) {
      assert.equal(sexualModelReading(field(text), []), "cue", text);
      assert.equal(classifyContent(message(text)).tags.sexual, undefined, text);
    }
  });

  it("asks a line whose only signs lean to be surer: a heated line that stops short of an act is no scene", () => {
    for (const text of ["*Elle gémit contre ses lèvres quand il l'allonge doucement sur le lit.*", "*Ona jęczy cicho, gdy on całuje jej szyję i powoli rozpina jej sukienkę w ciemnej sypialni.*"]) {
      const probability = sexualProbability(text);
      assert.ok(probability >= SEXUAL_MODEL_THRESHOLD && probability < sexualModelThreshold("leaning"), `${probability.toFixed(3)}: ${text}`);
      assert.equal(classifyContent(message(text)).tags.sexual, undefined, text);
    }
  });

  it("gives its evidence the whole field and its probability as the score", () => {
    const text = "*I moan as you grind against me, harder, faster, don't stop…*";
    const piece = detectSexual(field(text)).find((each) => each.rule === "sexual-model");
    assert.ok(piece !== undefined);
    assert.deepEqual([piece.start, piece.end], [0, text.length]);
    assert.ok(piece.score >= SEXUAL_MODEL_THRESHOLD && piece.score <= 1);
    assert.equal(piece.score, Math.round(sexualProbability(text) * 1000) / 1000);
  });
});

describe("content: the sexual model reads the other messages of a conversation that leans", () => {
  // Two adults, stated as such; the scene is told in plain verbs, with no word that names it.
  const couple = (lines: string[]) => ({
    bot_description: "Marta (34) and Luca (36), married ten years.",
    bot_greeting: "Ciao.",
    bot_definitions: null,
    conversation: lines.map((line, i) => ({ message: line, is_human: i % 2 === 1 })),
  });
  const scenes = ["*Lei lo guida dentro di sé; si muovono insieme, lentamente, finché lei viene e lui subito dopo.*", "*Ella lo guía dentro de sí; se mueven juntos, despacio, hasta que ella llega y él justo después.*"];
  const kiss = "*Lei lo bacia piano sul collo.*";

  it("finds a scene told with no sign of its own after a kiss, by the message that tells it", () => {
    for (const scene of scenes) {
      const result = classifyContent(couple(["Ciao amore.", kiss, "Vieni qui.", scene]));
      assert.ok(result.tags.sexual !== undefined, scene);
      assert.deepEqual(result.evidence.filter((piece) => piece.rule === "sexual-model").map((piece) => piece.field), ["conversation[3].message"], scene);
    }
  });

  it("does not read a conversation with no sign at all, nor call everyday lines after a kiss a scene", () => {
    for (const scene of scenes) assert.equal(classifyContent(couple(["Ciao amore.", "Com'è andata la giornata?", "Vieni qui.", scene])).tags.sexual, undefined, scene);
    const evening = couple(["Ciao amore.", kiss, "*Si siedono sul divano e guardano la pioggia che batte sulla finestra per tutta la sera.*", "*They walk back to the car together, laughing about the terrible film and planning breakfast.*"]);
    assert.equal(classifyContent(evening).tags.sexual, undefined);
  });

  it("reads only messages of eight words or more with no sign of their own, at the leaning line's threshold", () => {
    assert.equal(sexualModelThreshold("conversation"), sexualModelThreshold("leaning"));
    const fields = [
      { field: "bot_description", text: scenes[0], isHuman: false },
      { field: "conversation[0].message", text: scenes[0], isHuman: false },
      { field: "conversation[1].message", text: scenes[1], isHuman: true },
      { field: "conversation[2].message", text: "*si muovono insieme finché lei viene*", isHuman: false },
    ];
    // The second message has a sign of its own: it was read as a field. The card is no message; the last is too short.
    const found = sexualModelAcrossConversation(fields, [leaning(scenes[1], "guía")].map((piece) => ({ ...piece, field: "conversation[1].message" })));
    assert.deepEqual(found.map((piece) => piece.field), ["conversation[0].message"]);
    assert.deepEqual([found[0].start, found[0].end, found[0].rule], [0, scenes[0].length, "sexual-model"]);
  });
});

describe("content: the sexual model's weights", () => {
  it("were trained on the development sets alone, as they are now (a changed set means training again)", async () => {
    await assertTrainedOnDevelopment(SEXUAL_MODEL, [...CONTENT_SETS, ...PASSAGE_SETS]);
  });

  it("learned from both labels", () => {
    assertLearnedFromBothLabels(SEXUAL_MODEL);
  });
});
