import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createPiiAnalyzer } from "../../../src/runner/pii-analyzer.js";
import type { PiiAnalyzer } from "../../../src/stages/redact/analyzer.js";
import { ibanValid, luhnValid } from "../../../src/stages/redact/detectors/payment.js";
import { ssnValid } from "../../../src/stages/redact/detectors/ssn.js";
import { assertFindsAll, spansAsText } from "../../helpers/redaction.js";

let analyzer: PiiAnalyzer;
before(async () => {
  analyzer = await createPiiAnalyzer();
});

const found = (text: string, isHuman = true) => spansAsText(analyzer, text, isHuman);
const assertFinds = (text: string, expected: string[]) => assertFindsAll(analyzer, text, expected);

function assertNone(text: string, type?: string) {
  const spans = found(text).filter((span) => !type || span.startsWith(`${type}:`));
  assert.deepEqual(spans, [], `${JSON.stringify(text)} should have no ${type ?? "PII"}`);
}

describe("PII detectors: positives", () => {
  const cases: [string, string[]][] = [
    ["mail me at lily.b@gmail.com or lily at gmail dot com", ["EMAIL:lily.b@gmail.com", "EMAIL:lily at gmail dot com"]],
    ["my site is https://lily.art/shop and also lilydraws.co.uk", ["URL:https://lily.art/shop", "URL:lilydraws.co.uk"]],
    ["server ip is 203.0.113.42 or 2001:db8::ff00:42:8329", ["IP:203.0.113.42", "IP:2001:db8::ff00:42:8329"]],
    ["my router mac is 3C:22:FB:9A:41:7E", ["MAC:3C:22:FB:9A:41:7E"]],
    ["card 4111 1111 1111 1111 exp 04/27", ["CREDIT_CARD:4111 1111 1111 1111"]],
    ["wire it to GB82 WEST 1234 5698 7654 32 pls", ["IBAN:GB82 WEST 1234 5698 7654 32"]],
    ["call me on +44 20 7946 0958 or (415) 555-2671 or text 0412 345 678", ["PHONE:+44 20 7946 0958", "PHONE:(415) 555-2671", "PHONE:0412 345 678"]],
    ["my ssn is 536-22-1948", ["SSN:536-22-1948"]],
    ["His social security number is 594-62-0140", ["SSN:594-62-0140"]],
    ["i live at 4410 Sunset Blvd Apt 12, Los Angeles, CA 90027", ["ADDRESS:4410 Sunset Blvd Apt 12, Los Angeles, CA 90027"]],
    ["address: Nassaustraat 123", ["ADDRESS:Nassaustraat 123"]],
    ["my discord is vexx#2231, insta: lily.b, reddit u/lilyb_art and follow @lilydraws", ["HANDLE:vexx#2231", "HANDLE:lily.b", "HANDLE:u/lilyb_art", "HANDLE:@lilydraws"]],
    ["my name is Dana Whitfield and im 16 and from toronto", ["USER:Dana Whitfield", "AGE:16", "LOCATION:toronto"]],
    ["i go to Lincoln High School and i work at the walmart on 5th", ["ORG:Lincoln High School", "ORG:walmart on 5th"]],
    ["my birthday is march 3rd", ["DATE:march 3rd"]],
    ["Please ask Mr. Fernandez or Megan Payne", ["PERSON:Fernandez", "PERSON:Megan Payne"]],
    ["my mom linda says hi", ["PERSON:linda"]],
    ["Dana: hey sorry im late", ["PERSON:Dana"]],
  ];
  for (const [text, expected] of cases) it(text, () => assertFinds(text, expected));
});

describe("PII detectors: known traps", () => {
  it("a 13-digit epoch-milliseconds timestamp is not a card, and long ids are not phones", () => {
    assertNone("submission 1675002668639 at 1682451290417", "CREDIT_CARD");
    assertNone("submission 1675002668639", "PHONE");
  });

  it("file names and versions are not URLs", () => {
    assertNone("run main.py then open readme.md, edit config.yaml and script.js for v2.3.1", "URL");
  });

  it("dates, times and IPs are not phones", () => {
    assertNone("on 2024-05-01 at 10:45, and again 12/27/1986", "PHONE");
    assertNone("ping 203.0.113.42", "PHONE");
  });

  it("words that are also names stay words", () => {
    assertNone("Will you help me? May I come in? I hope so. By the grace of the queen, mark the wall and bill the guild.");
  });

  it("ALL-CAPS shouting is not a name, a real name in capitals after an introduction is", () => {
    assertNone("NO WAY THAT IS SO COOL I CANT BELIEVE IT", "PERSON");
    assertFinds("ITS ME JESSICA lol", ["USER:JESSICA"]);
  });

  it("names inside *actions* of a person's turn are the story's", () => {
    assertNone("*hugs Kael and Lyra tightly*", "PERSON");
  });

  it("a bot's turn has no names found, only known ones", () => {
    assert.deepEqual(found("*Kael draws his sword* Stay behind me, Dana.", false), []);
    const spans = analyzer.analyzeText("Stay behind me, Dana.", { isHuman: false, userNames: ["dana"] });
    assert.equal(spans[0].type, "USER");
  });

  it("a text read again under other story names is judged by those names (its matches are reused, not its verdicts)", () => {
    const text = "hi im Dana, my name is Dana Whitfield and i live in Leeds";
    const memo = new Map<string, unknown>();
    const user = (allow: string[]) => analyzer.analyzeText(text, { isHuman: true, allowNames: new Set(allow), memo }).filter((span) => span.type === "USER").map((span) => text.slice(span.start, span.end));
    const open = user([]);
    assert.ok(open.includes("Dana Whitfield"), JSON.stringify(open));
    assert.deepEqual(user(["dana"]), []);
    assert.deepEqual(user([]), open);
    assert.equal(memo.size, 1, "the text's matches were kept once");
  });

  it("an age needs to be one, not a duration or a level", () => {
    assertNone("im 5 minutes away, im level 20 now, im 100% sure", "AGE");
  });
});

describe("checksums", () => {
  it("Luhn, mod-97 and SSN ranges", () => {
    assert.ok(luhnValid("4111111111111111"));
    assert.ok(!luhnValid("4111111111111112"));
    assert.ok(ibanValid("DE89 3704 0044 0532 0130 00"));
    assert.ok(!ibanValid("DE89 3704 0044 0532 0130 01"));
    assert.ok(ssnValid("536", "22", "1948"));
    for (const [a, g, s] of [["000", "12", "3456"], ["666", "12", "3456"], ["912", "12", "3456"], ["536", "00", "1948"], ["536", "22", "0000"], ["219", "09", "9999"]]) {
      assert.ok(!ssnValid(a, g, s), `${a}-${g}-${s}`);
    }
  });
});

describe("PII detectors: forms, letters and addresses as written abroad", () => {
  it("takes a name with a middle initial whole, and an age after a capitalised label", () => {
    assertFinds("The delegation led by Maria T. Okonjo arrives Monday.", ["PERSON:Maria T. Okonjo"]);
    assertFinds("Applicant: Lena Ruiz, Age: 29, Phone: (312) 555-0189", ["AGE:29"]);
  });

  it("follows a street named first, a number after a comma, a floor, and the postcode and town after it", () => {
    assertFinds("Envíe a Travesía del Olmo, 12, 2º B, 28014 Madrid", ["ADDRESS:Travesía del Olmo, 12, 2º B, 28014 Madrid"]);
    assertFinds("lives at 17 Passage Brady, Paris", ["ADDRESS:17 Passage Brady, Paris"]);
    assertFinds("the flat at Kerkstraat 44-3 is free", ["ADDRESS:Kerkstraat 44-3"]);
    assertFinds("Address: 88 W 41st St, Dayton, Ohio 45402-1187", ["ADDRESS:88 W 41st St, Dayton, Ohio 45402-1187"]);
    assertFinds("Rua das Flores, 210, apto 5, CEP 04567-120", ["ADDRESS:Rua das Flores, 210, apto 5, CEP 04567-120"]);
    assertFinds("moving to 9 Quay Lane, D02 X285 Dublin", ["ADDRESS:9 Quay Lane, D02 X285 Dublin"]);
    assertNone("she walked the Passage of Tears for 3 days", "ADDRESS");
  });

  it("takes the country in capitals, not the pronoun, and not a shouted sentence", () => {
    assertFinds("my cousin moved to US last year", ["LOCATION:US"]);
    assertNone("can you help us? please", "LOCATION");
    assertNone("LET US GO NOW", "LOCATION");
  });

  it("ends a home place at the sentence that goes on after it", () => {
    const spans = found("Born in Tulsa, Marco moved away at 19.");
    assert.ok(spans.includes("LOCATION:Tulsa"), JSON.stringify(spans));
    assert.ok(spans.some((span) => span.endsWith(":Marco")), JSON.stringify(spans));
    assertFinds("i live in Tulsa, Oklahoma lol", ["LOCATION:Tulsa, Oklahoma"]);
  });
});

describe("PII detectors: text on its own and text in character", () => {
  it("takes dates and clock times in text on its own, and leaves a role-play turn's clock to the story", () => {
    const text = "Ticket opened 2025-03-04 14:20, called back on March 9th at 9:30pm";
    assertFinds(text, ["DATE:2025-03-04 14:20", "DATE:March 9th", "DATE:9:30pm"]);
    const inCharacter = analyzer.analyzeText("meet me at the docks at 9pm on June 5th", { isHuman: true, rolePlay: true });
    assert.deepEqual(inCharacter, []);
    assertNone("I may march on", "DATE");
    assertFinds("moved here since 2016, back next Friday, gone in April", ["DATE:2016", "DATE:next Friday", "DATE:April"]);
  });

  it("takes ages as news and records give them, and a number in brackets after a word that is no name", () => {
    assertFinds("Corin Hale (41) was fined", ["AGE:41"]);
    assertFinds("Hale, 41, of Norwich was fined", ["AGE:41"]);
    assertFinds("she retired at the age of 61", ["AGE:61"]);
    assertFinds("Priya is 29.", ["AGE:29"]);
    assertNone("Level (12) cleared", "AGE");
  });

  it("takes towns named with a direction or feature first, a postcode beside a known town, a flat before the number, and a town with its state", () => {
    assertFinds("she is stuck in North Kelloway again", ["LOCATION:North Kelloway"]);
    assertFinds("Zaragoza 50001", ["ADDRESS:50001"]);
    assertFinds("new address: Flat 3, 18 Quarry Rise, Leeds", ["ADDRESS:Flat 3, 18 Quarry Rise, Leeds"]);
    assertFinds("Posted by a reader from Dunmore, PA: loved it", ["LOCATION:Dunmore, PA"]);
    assertFinds("the parcel is stuck in Brakeville", ["LOCATION:Brakeville"]);
    const inCharacter = analyzer.analyzeText("we rode north until East Vaelmoor", { isHuman: true, rolePlay: true });
    assert.deepEqual(inCharacter, []);
  });

  it("keeps an address whole when a number in it looks like an age", () => {
    assertFinds("stolen outside Polígono Rosa Vidal, 31, Murcia.", ["ADDRESS:Polígono Rosa Vidal, 31, Murcia."]);
  });
});

describe("PII detectors: an age after a name, not after any capitalised word", () => {
  it("takes 'Priya is 29.' and leaves 'This is 3' alone", () => {
    assertFinds("Priya is 29.", ["AGE:29"]);
    assertNone("*points the sword at his neck* This is 3", "AGE");
  });
});
