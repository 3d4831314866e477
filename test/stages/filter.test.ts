import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { degenerateReason, loadLanguageDetector, qualityFilter } from "../../src/stages/filter.js";
import { sampleRecord } from "../helpers/records.js";

const turns = (...messages: [string, boolean][]) => sampleRecord({ conversation: messages.map(([message, is_human]) => ({ message, is_human })) });

describe("filters", () => {
  const filter = qualityFilter();
  it("drops what a release should not hold, each with its reason", () => {
    assert.deepEqual(filter(turns(["hi", false], ["yo", true])), { drop: "too-few-turns" });
    assert.deepEqual(filter(turns(["hi", false], [" ", true], ["ok", false])), { drop: "empty-message" });
    assert.deepEqual(filter(turns(["a", false], ["b", false], ["c", false])), { drop: "no-human-turn" });
    assert.equal(filter(sampleRecord()), true);
  });

  it("recognises looping bot replies but not ordinary repetition", () => {
    const loop = turns(["Hello.", false], ["hi", true], ["I love you.", false], ["?", true], ["I love you.", false], ["stop", true], ["I love you.", false], ["pls", true], ["I love you.", false]);
    assert.equal(degenerateReason(loop), "bot-repeats-replies");
    const phrase = turns(["hi", false], ["yo", true], [Array(12).fill("and then we ran").join(" "), false]);
    assert.equal(degenerateReason(phrase), "bot-repeats-phrase");
    assert.equal(degenerateReason(turns(["Yes.", false], ["ok", true], ["Yes.", false], ["and?", true], ["Tell me more.", false])), null);
  });

  it("keeps only the chosen languages when asked", async () => {
    const languageOf = await loadLanguageDetector();
    const english = qualityFilter({ languages: ["eng"] }, languageOf);
    const spanish = turns(["Hola, viajero. ¿Qué te trae por aquí esta noche tan fría?", false], ["Busco un lugar donde dormir, estoy muy cansado.", true], ["Tenemos habitaciones arriba, pero cuestan tres monedas de plata.", false]);
    assert.deepEqual(english(spanish), { drop: "language-spa" });
    assert.equal(english(sampleRecord()), true);
    assert.throws(() => qualityFilter({ languages: ["eng"] }), /language detector/);
  });

});
