import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { zlibSync } from "fflate";
import {
  DEFAULT_MAX_TEXT_BYTES,
  blankPng,
  botFieldsToCard,
  cardToBotFields,
  decodeTextChunk,
  encodeBase64Utf8,
  encodeCompressedTextChunk,
  encodeTextChunk,
  parseCard,
  readCardPng,
  readPngChunks,
  startBlocksToDefinitions,
  definitionsToStartBlocks,
  foldDescription,
  sourcedDefinitions,
  sourcedDescription,
  splitStartBlocks,
  writeCardPng,
  writePng,
  type CharacterCard,
  type PngChunk,
} from "../../../src/formats/character-card/index.js";
import { PippaError } from "../../../src/model/errors.js";
import { CARD_EXAMPLES } from "../../helpers/examples.js";
import { jsonEdits, mutateJson } from "../../helpers/mutate.js";

/** A `zTXt` chunk of raw bytes (zeros compress about a thousandfold: 16 MiB in 16 KiB). */
function zTXt(keyword: string, zlib: Uint8Array): PngChunk {
  const data = new Uint8Array(keyword.length + 2 + zlib.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i);
  data.set(zlib, keyword.length + 2);
  return { type: "zTXt", data };
}

const cardText = (card: object) => encodeBase64Utf8(JSON.stringify(card));

function pngWithText(...chunks: ReturnType<typeof encodeTextChunk>[]): Uint8Array {
  const base = readPngChunks(blankPng());
  return writePng([base[0], ...chunks, ...base.slice(1)]);
}

describe("parseCard", () => {
  it("reads every shape into a canonical card", () => {
    const shapes = Object.fromEntries(Object.entries(CARD_EXAMPLES).map(([name, value]) => [name, parseCard(value).shape]));
    assert.deepEqual(shapes, { v1: "v1", v2: "v2", v3: "v3", hybrid: "hybrid", caiTools: "pygmalion", pygmalion: "pygmalion" });
    const caiTools = parseCard(CARD_EXAMPLES.caiTools).card;
    assert.deepEqual([caiTools.data.name, caiTools.data.first_mes, caiTools.data.personality, caiTools.metadata], ["Aria", "Hello!", "A curious android", CARD_EXAMPLES.caiTools.metadata]);
    const pyg = parseCard(CARD_EXAMPLES.pygmalion).card;
    assert.equal(pyg.data.name, "Old Bot");
    assert.equal(pyg.data.first_mes, "What.");
    assert.equal(pyg.data.scenario, "A shed.");
    assert.equal(pyg.gradio_extra, 7);
    const v1 = parseCard(CARD_EXAMPLES.v1).card;
    assert.equal(v1.spec, "chara_card_v2");
    assert.equal(v1.data.personality, "calm, dry humour");
    assert.equal(v1.avatar, "none", "V1's other keys are kept at the top level");
  });

  it("keeps unknown keys and extensions verbatim", () => {
    const { card } = parseCard(CARD_EXAMPLES.v2);
    assert.deepEqual(card.data.x_unknown_field, { kept: [1, 2, 3] });
    assert.deepEqual(card.data.extensions, CARD_EXAMPLES.v2.data.extensions);
    assert.deepEqual(card.data.character_book, CARD_EXAMPLES.v2.data.character_book);
  });

  it("names the path of a field with the wrong type", () => {
    assert.throws(() => parseCard({ ...CARD_EXAMPLES.v2, data: { ...CARD_EXAMPLES.v2.data, tags: "a,b" } }), (error: PippaError) => {
      assert.equal(error.code, "PIPPA_E_CARD");
      assert.equal(error.where.path, "data.tags");
      assert.match(error.message, /expected an array of strings, got "a,b"/);
      return true;
    });
    assert.throws(() => parseCard({ hello: 1 }), /not a character card/);
  });
});

describe("card <-> PIPPA bot fields", () => {
  it("maps a card to the bot fields, folding personality and scenario into the description", () => {
    const fields = cardToBotFields(parseCard(CARD_EXAMPLES.v1).card);
    assert.deepEqual(fields, {
      bot_name: "Mira",
      bot_greeting: "*The lamp turns.* You made it.",
      bot_description: "A lighthouse keeper.\n\n{{char}}'s Personality: calm, dry humour\n\nScenario: A storm night.",
      bot_definitions: "{{user}}: Hi\r\n{{char}}: Hello.\nEND_OF_DIALOG\n{{user}}: Bye\r\n{{char}}: Mind the rocks.",
      categories: null,
    });
    assert.deepEqual(cardToBotFields(parseCard(CARD_EXAMPLES.v2).card).categories, ["Anime", "Action"]);
  });

  it("turns END_OF_DIALOG blocks into <START> blocks and back", () => {
    const definitions = "{{char}}: a\n{{random_user_1}}: b\nEND_OF_DIALOG\n{{char}}: c";
    const mes = definitionsToStartBlocks(definitions);
    assert.equal(mes, "<START>\n{{char}}: a\n{{random_user_1}}: b\n<START>\n{{char}}: c");
    assert.equal(startBlocksToDefinitions(mes), definitions);
    assert.equal(startBlocksToDefinitions("  "), null);
  });

  it("says where each card field sits in the bot fields made from it, for any text", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r\n", "<START>", "\t", "\u00a0", "x\n<START>\n", "END_OF_DIALOG") });
    fc.assert(
      fc.property(text, text, text, text, (description, personality, scenario, mesExample) => {
        const fields = { description, personality, scenario, mes_example: mesExample };
        for (const [sourced, made] of [
          [sourcedDescription(fields), foldDescription(fields)],
          [sourcedDefinitions(mesExample), startBlocksToDefinitions(mesExample)],
        ] as const) {
          assert.equal(sourced.text, made);
          for (const source of sourced.sources) assert.equal(sourced.text!.slice(source.at, source.at + source.length), fields[source.field as keyof typeof fields].slice(source.from, source.from + source.length));
        }
        assert.equal(startBlocksToDefinitions(mesExample), splitStartBlocks(mesExample).length > 0 ? splitStartBlocks(mesExample).join("\nEND_OF_DIALOG\n") : null, "the blocks splitStartBlocks cuts");
      }),
    );
  });

  it("writes a V2 card for a PIPPA bot", () => {
    const card = botFieldsToCard({ bot_id: "abc", bot_name: "B", bot_greeting: "hi", bot_description: null, bot_definitions: null, categories: ["Games"] });
    assert.equal(parseCard(card).shape, "v2");
    assert.deepEqual(card.data.extensions, { pippa: { bot_id: "abc" } });
  });
});

describe("PNG cards", () => {
  it("reads a card from tEXt, zTXt and iTXt chunks", () => {
    const json = JSON.stringify(CARD_EXAMPLES.v2);
    const payload = encodeBase64Utf8(json);
    const itxt = (() => {
      const head = new TextEncoder().encode("chara\0\0\0\0\0");
      const body = new TextEncoder().encode(payload);
      const data = new Uint8Array(head.length + body.length);
      data.set(head);
      data.set(body, head.length);
      return { type: "iTXt", data };
    })();
    for (const chunk of [encodeTextChunk("chara", payload), encodeCompressedTextChunk("chara", payload), itxt]) {
      const { card } = readCardPng(pngWithText(chunk));
      assert.equal(card.data.name, "Ren 蓮", chunk.type);
    }
  });

  it("prefers ccv3 to chara, and falls back with a warning when ccv3 is broken", () => {
    const both = pngWithText(encodeTextChunk("chara", encodeBase64Utf8(JSON.stringify(CARD_EXAMPLES.v2))), encodeTextChunk("ccv3", encodeBase64Utf8(JSON.stringify(CARD_EXAMPLES.v3))));
    const read = readCardPng(both);
    assert.equal(read.chunk, "ccv3");
    assert.equal(read.card.data.name, "Nova");
    const broken = pngWithText(encodeTextChunk("chara", encodeBase64Utf8(JSON.stringify(CARD_EXAMPLES.v2))), encodeTextChunk("ccv3", "%%%not base64"));
    const fallback = readCardPng(broken, { source: "x.png" });
    assert.equal(fallback.chunk, "chara");
    assert.match(fallback.warnings[0], /PIPPA_E_CARD x\.png: the `ccv3` chunk is not base64/);
  });

  it("gives clear errors for damaged images and bad chunks", () => {
    const good = writeCardPng(parseCard(CARD_EXAMPLES.v2).card);
    const cases: [Uint8Array, RegExp][] = [
      [good.subarray(0, good.length - 20), /x\.png: truncated/],
      [new Uint8Array([1, 2, 3]), /not a PNG file/],
      [pngWithText(encodeTextChunk("chara", "!!!")), /`chara` chunk is not base64/],
      [pngWithText(encodeTextChunk("chara", encodeBase64Utf8("{nope"))), /`chara` chunk is not JSON/],
      [pngWithText(encodeTextChunk("chara", encodeBase64Utf8('{"a":1}'))), /`chara` chunk: not a character card/],
      [blankPng(), /holds no character card/],
    ];
    const corrupt = good.slice();
    corrupt[corrupt.length - 40] ^= 0xff; // inside the ccv3 text
    cases.push([corrupt, /fails its CRC check/]);
    for (const [bytes, expected] of cases) assert.throws(() => readCardPng(bytes, { source: "x.png" }), expected);
  });

  it("refuses a huge text chunk before decoding it, and a zip bomb while inflating", () => {
    const huge = pngWithText(encodeTextChunk("chara", "A".repeat(50 * 1024 * 1024)));
    assert.throws(() => readCardPng(huge, { source: "big.png" }), (error: PippaError) => error.code === "PIPPA_E_TOO_LARGE" && /over the limit/.test(error.message));
    const bomb = pngWithText(encodeCompressedTextChunk("chara", "A".repeat(20 * 1024 * 1024)));
    assert.throws(() => readCardPng(bomb, { source: "bomb.png", maxTextBytes: 1024 * 1024 }), /inflates past the limit/);
  });

  it("caps what all the compressed text chunks of a file inflate to together, naming file, chunk and limit", () => {
    // Each chunk is under the per-chunk cap; the three together are not.
    const part = zlibSync(new Uint8Array(600 * 1024).fill(0x41)); // "AAAA…": base64 of zeros, not a card
    const small = pngWithText(zTXt("ccv3", part), zTXt("ccv3", part), zTXt("chara", part));
    assert.throws(
      () => readCardPng(small, { source: "many.png", maxTextBytes: 1024 * 1024, maxInflatedBytes: 1024 * 1024 }),
      (error: PippaError) => {
        assert.equal(error.code, "PIPPA_E_TOO_LARGE");
        assert.equal(error.where.source, "many.png");
        assert.match(error.message, /^many\.png: chunk 2 \(zTXt "ccv3"\) inflates past the limit of 1048576 bytes for all compressed text chunks of a file/);
        return true;
      },
    );
    // The defaults: two chunks just under 16 MiB fit in the 32 MiB total, a third does not.
    const nearCap = zlibSync(new Uint8Array(DEFAULT_MAX_TEXT_BYTES - 1024));
    const bomb = pngWithText(zTXt("ccv3", nearCap), zTXt("chara", nearCap), zTXt("chara", nearCap));
    assert.throws(
      () => readCardPng(bomb, { source: "bomb.png" }),
      (error: PippaError) => error.code === "PIPPA_E_TOO_LARGE" && /^bomb\.png: chunk 3 \(zTXt "chara"\)/.test(error.message) && error.message.includes(`limit of ${32 * 1024 * 1024} bytes`),
    );
  });

  it("never inflates a text chunk that is not a card's", () => {
    const card = encodeTextChunk("chara", cardText(CARD_EXAMPLES.v2));
    const notZlib = zTXt("Comment", new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    const big = zTXt("Description", zlibSync(new Uint8Array(4 * 1024 * 1024)));
    const png = pngWithText(notZlib, big, card);
    // Were "Comment" inflated it would be refused as damaged, and "Description" is 64 times the
    // per-chunk cap given here; a tEXt card inflates nothing, so even a total cap of 1 byte holds.
    const read = readCardPng(png, { source: "lazy.png", maxTextBytes: 64 * 1024, maxInflatedBytes: 1 });
    assert.equal(read.card.data.name, "Ren 蓮");
    assert.deepEqual(read.warnings, []);
  });

  it("stops at the first card chunk that parses, ccv3 before chara, keywords matched in any case", () => {
    const named = (name: string) => cardText({ ...CARD_EXAMPLES.v2, data: { ...CARD_EXAMPLES.v2.data, name } });
    // A chara bomb after a good ccv3 is never opened.
    const chara = zTXt("chara", zlibSync(new Uint8Array(4 * 1024 * 1024)));
    const first = readCardPng(pngWithText(chara, encodeTextChunk("CCV3", named("v3 first")), encodeTextChunk("ccv3", named("v3 second"))), { maxTextBytes: 64 * 1024 });
    assert.deepEqual([first.chunk, first.card.data.name, first.warnings], ["ccv3", "v3 first", []]);
    // Of two chara chunks, a broken first is passed over with a warning.
    const second = readCardPng(pngWithText(encodeTextChunk("chara", "%%%"), encodeTextChunk("Chara", named("second chara"))), { source: "two.png" });
    assert.deepEqual([second.chunk, second.card.data.name], ["chara", "second chara"]);
    assert.equal(second.warnings.length, 1);
    assert.match(second.warnings[0], /^PIPPA_E_CARD two\.png: the `chara` chunk is not base64/);
  });

  it("falls back to chara when the ccv3 chunk cannot even be decoded", () => {
    const broken = zTXt("ccv3", new Uint8Array([0x78, 0x9c, 0xff, 0xff, 0xff]));
    const read = readCardPng(pngWithText(broken, encodeTextChunk("chara", cardText(CARD_EXAMPLES.v2))), { source: "x.png" });
    assert.equal(read.chunk, "chara");
    assert.equal(read.card.data.name, "Ren 蓮");
    assert.match(read.warnings[0], /^PIPPA_E_PNG x\.png: chunk 1 \(zTXt "ccv3"\): not valid zlib data \(using the next card chunk\)$/);
  });

  it("round-trips PNG -> JSON -> PNG -> JSON losslessly, unknown keys and non-ASCII included", () => {
    const tricky = { ...CARD_EXAMPLES.v2, top_level_extra: "✓", data: { ...CARD_EXAMPLES.v2.data, description: "emoji 😀, CJK 漢字, nbsp\u00a0here,\r\nCRLF" } };
    const first = readCardPng(writeCardPng(parseCard(tricky).card, blankPng())).card;
    const json = JSON.parse(JSON.stringify(first)) as CharacterCard;
    const second = readCardPng(writeCardPng(parseCard(json).card)).card;
    assert.deepEqual(second, first);
    assert.equal(second.data.description, tricky.data.description);
    assert.equal(second.top_level_extra, "✓");
    // The image and its other chunks survive; the new chunks are V2 `chara` and V3 `ccv3`.
    const chunks = readPngChunks(writeCardPng(first, blankPng()));
    const texts = chunks.map((chunk) => decodeTextChunk(chunk)?.keyword).filter(Boolean);
    assert.deepEqual(texts, ["chara", "ccv3"]);
    assert.deepEqual(chunks.map((c) => c.type), ["IHDR", "IDAT", "tEXt", "tEXt", "IEND"]);
  });

  it("never crashes on mangled card JSON of any shape (fuzz)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(CARD_EXAMPLES)), jsonEdits, (example, edits) => {
        const value = mutateJson(example, edits);
        try {
          const { card } = parseCard(value, { source: "c.json" });
          cardToBotFields(card);
          readCardPng(writeCardPng(card));
        } catch (error) {
          assert.ok(error instanceof PippaError, String(error));
          assert.match(error.message, /^c\.json/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never crashes on mangled PNG bytes (fuzz)", () => {
    const good = writeCardPng(parseCard(CARD_EXAMPLES.v2).card);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))), fc.nat(), (edits, cut) => {
        const bytes = good.slice(0, good.length - (cut % 64));
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        try {
          readCardPng(bytes, { source: "f.png" });
        } catch (error) {
          assert.ok(error instanceof PippaError, String(error));
          assert.match(error.message, /^f\.png/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
