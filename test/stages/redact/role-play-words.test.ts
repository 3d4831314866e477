/**
 * Role-play's own words are never redacted: stutters, contractions (straight and curly), drawn-out
 * interjections, idioms that look like places, everyday words that look like streets. Each case
 * beside a real disclosure of the same shape, which must still be found.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createPiiAnalyzer } from "../../../src/runner/pii-analyzer.js";
import type { PiiAnalyzer } from "../../../src/stages/redact/analyzer.js";
import { foundByField, spansAsText } from "../../helpers/redaction.js";
import { isNeverAName, isTypoOfWord, unstuttered } from "../../../src/stages/redact/word-shapes.js";

let analyzer: PiiAnalyzer;
before(async () => {
  analyzer = await createPiiAnalyzer();
});

const spans = (text: string) => spansAsText(analyzer, text);

describe("word shapes that are never names", () => {
  const words = new Set(["you", "sorry", "something", "yes", "okay", "we", "know", "don", "they", "it", "ok", "so"]);
  const isWord = (word: string) => words.has(word);

  it("reads stutters as the word they repeat", () => {
    assert.equal(unstuttered("y-you"), "you");
    assert.equal(unstuttered("s-s-sorry"), "sorry");
    assert.equal(unstuttered("wh-what"), "what");
    assert.equal(unstuttered("jean-luc"), null);
    assert.equal(unstuttered("anne-marie"), null);
  });

  it("knows a word typed with a doubled letter or two letters swapped, and leaves names alone", () => {
    const english = new Set(["coming", "because", "thanks", "believe"]);
    for (const word of ["comming", "beacuse", "thnaks", "beleive"]) assert.ok(isTypoOfWord(word, (w) => english.has(w)), word);
    for (const word of ["kaito", "hanna", "marcus"]) assert.ok(!isTypoOfWord(word, (w) => english.has(w)), word);
  });

  it("knows contractions, drawn-out interjections and plural day names, and leaves names alone", () => {
    for (const word of ["y-you", "s-s-sorry", "don't", "they’re", "y'know", "it’ll", "thats", "ive", "ehhh", "uhh", "hmmmm", "okaaay", "sooo", "tuesdays", "hmph"]) {
      assert.ok(isNeverAName(word, isWord), word);
    }
    for (const word of ["o'brien", "d'angelo", "anna", "emma", "aaron", "jo-jo", "k-kaito"]) assert.ok(!isNeverAName(word, isWord), word);
  });
});

describe("role-play text the detectors leave alone", () => {
  it("stutters, contractions and interjections in a human turn", () => {
    for (const text of ["B-But the gate is locked!", "W-Wait for me!", "Hmmmm. They’re late again.", "Didn’t you say the ferry leaves at noon?", "Ughhh fine, Y'all win.", "Thats not fair, Ive got no potions left", "See you Thursdays at the guild hall."]) {
      assert.deepEqual(spans(text).filter((span) => span.startsWith("PERSON") || span.startsWith("USER")), [], text);
    }
  });

  it("idioms with a place's shape are not places, real places still are", () => {
    assert.deepEqual(spans("she waits in front of the bakery"), []);
    assert.deepEqual(spans("we sat in back of the wagon"), []);
    assert.ok(spans("lol im from phoenix btw").includes("LOCATION:phoenix"));
  });

  it("everyday words after a number are not streets; a named street is", () => {
    assert.deepEqual(spans("the tavern is 3 doors down that way").filter((span) => span.startsWith("ADDRESS")), []);
    assert.deepEqual(spans("go to room 12 then close the hatch behind you").filter((span) => span.startsWith("ADDRESS")), []);
    assert.ok(spans("i live at 48 Mill Lane, Bristol").some((span) => span.startsWith("ADDRESS:48 Mill Lane")));
    assert.ok(spans("i live at 7 juniper close").some((span) => span.startsWith("ADDRESS:7 juniper close")));
  });
});

describe("names: whole, and only names", () => {
  it("takes a full name whose surname is an English word, and a lower-case full name", () => {
    assert.ok(spans("hey its Martin Green from accounts lol").some((span) => span.endsWith(":Martin Green")));
    assert.ok(spans("my name is Carla Stone").some((span) => span.endsWith(":Carla Stone")));
    assert.ok(spans("cant stop thinking about olivia carter tbh").some((span) => span.endsWith(":olivia carter")));
  });

  it("never learns a function word as a name, and never rewrites a bot's word that only looks like the user's name", () => {
    const found = foundByField(analyzer, { name: "Ratu Kencana", description: "Seorang putri dari kerajaan laut yang suka bernyanyi." }, [
      { message: "*The sea princess bows.* Welcome to the coral palace.", is_human: false },
      { message: "hi! my name is Putri and my coach im dying lol, practice was brutal", is_human: true },
      { message: "*She laughs.* Rest here, Putri. The im of the tide will heal you.", is_human: false },
    ]);
    assert.deepEqual(found.get("bot_description"), [], "the Indonesian word stays in the description");
    const redacted = found.get("conversation[2].message")!;
    assert.ok(redacted.includes("Putri"), JSON.stringify(redacted));
    assert.ok(!redacted.includes("im"), JSON.stringify(redacted));
  });
});

describe("in character, a name no list knows is the story's", () => {
  it("leaves a fandom's places and characters alone, even after a relation word", () => {
    const found = foundByField(analyzer, { name: "Lady Sorrel", description: "A noble of the floating city, polite and proud." }, [
      { message: "*Sorrel bows.* What brings you to the harbour tonight?", is_human: false },
      { message: "I'm sailing home to Veyrith, you Ostmark folk are too strange.", is_human: true },
      { message: "*She tilts her head.* And what waits for you there?", is_human: false },
      { message: "My fiancée Zhaorel! And my brother Quillon.", is_human: true },
    ]);
    assert.deepEqual(found.get("conversation[1].message"), []);
    assert.deepEqual(found.get("conversation[3].message"), []);
  });

  it("still takes a listed name after a relation word, and an unlisted one out of character or after an honorific", () => {
    const found = foundByField(analyzer, { name: "Lady Sorrel", description: "A noble of the floating city." }, [
      { message: "*Sorrel bows.* Welcome.", is_human: false },
      { message: "my sister Hannah says hi (ooc: my friend Zyrah irl is reading this lol)", is_human: true },
      { message: "our teacher mr okonkwo is so strict", is_human: true },
    ]);
    assert.deepEqual(found.get("conversation[1].message"), ["Hannah", "Zyrah"]);
    assert.ok(found.get("conversation[2].message")!.some((text) => text.includes("okonkwo")));
  });

  it("outside a role-play, an unknown capitalised word still counts", () => {
    assert.ok(spans("had coffee with Zyrah yesterday").includes("PERSON:Zyrah"));
  });

  it("never takes another language's function word for a name, written in lower case", () => {
    for (const text of ["o que ela quer comigo", "tiens, c'est des gens bizarres", "perché una banda di ladri?", "(ooc: sorry lang pero saya talaga)"]) {
      assert.deepEqual(spans(text).filter((span) => span.startsWith("PERSON") || span.startsWith("USER")), [], text);
    }
  });
});

describe("a story name misspelt, and a value that is the bot's own name", () => {
  it("keeps a story name typed with one letter wrong, and still takes a real name near it", () => {
    const found = foundByField(analyzer, { name: "Ysolde", description: "A sorceress who guards the northern gate." }, [
      { message: "*Ysolde lowers her staff.* Who approaches?", is_human: false },
      { message: "hi ysolda!! my friend Hannah says hi", is_human: true },
    ]);
    assert.deepEqual(found.get("conversation[1].message"), ["Hannah"]);
  });

  it("takes a nickname someone else gives, and a game user name", () => {
    assert.ok(spans("everyone at school calls ME Zuzu lmao").includes("USER:Zuzu"));
    assert.ok(spans("(ooc: my mc username is zz_Moth_77 if u wanna build)").includes("HANDLE:zz_Moth_77"));
  });

  it("does not look for a disclosed value in the bot's turns when it is the bot's own name", () => {
    const found = foundByField(analyzer, { name: "June 3rd", description: "A cheerful train conductor named after the day she woke up." }, [
      { message: "*June 3rd waves.* All aboard!", is_human: false },
      { message: "(ooc: my birthday is June 3rd haha)", is_human: true },
      { message: "*June 3rd gasps.* Same as mine!", is_human: false },
    ]);
    assert.deepEqual(found.get("conversation[1].message"), ["June 3rd"]);
    assert.deepEqual(found.get("conversation[2].message"), []);
  });
});
