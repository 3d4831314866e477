/** Self-disclosure in eight languages and informal English: what is found, and what is left alone. */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createPiiAnalyzer } from "../../../src/runner/pii-analyzer.js";
import type { PiiAnalyzer } from "../../../src/stages/redact/analyzer.js";
import { assertFindsAll, foundByField, spansAsText } from "../../helpers/redaction.js";

let analyzer: PiiAnalyzer;
before(async () => {
  analyzer = await createPiiAnalyzer();
});

const spans = (text: string) => spansAsText(analyzer, text);
const assertFinds = (text: string, expected: string[]) => assertFindsAll(analyzer, text, expected);

describe("self-disclosure in other languages", () => {
  it("names, ages, birthdays, homes and family, language by language", () => {
    assertFinds("hola!! me llamo Valeria, tengo 15 años y vivo en Rosario", ["USER:Valeria", "AGE:15 años", "LOCATION:Rosario"]);
    assertFinds("mi cumple es el 9 de octubre jaja", ["DATE:9 de octubre"]);
    assertFinds("oi, meu nome é Thiago e tenho dezessete anos, moro em Curitiba", ["USER:Thiago", "AGE:dezessete anos", "LOCATION:Curitiba"]);
    assertFinds("salut je m'appelle Inès, j'ai 16 ans, j'habite à Rennes", ["USER:Inès", "AGE:16 ans", "LOCATION:Rennes"]);
    assertFinds("hallo, ich heiße Finn und wohne in Bremen. mein Bruder Ole ist auch hier", ["USER:Finn", "LOCATION:Bremen"]);
    assert.ok(spans("mein Bruder Ole ist auch hier").some((span) => span.startsWith("PERSON:") && span.endsWith("Ole")));
    assertFinds("ciao! mi chiamo Sofia, ho 13 anni e abito a Torino", ["USER:Sofia", "AGE:13 anni", "LOCATION:Torino"]);
    assertFinds("halo kak, nama aku Dimas, umur 15, tinggal di Medan", ["USER:Dimas", "AGE:15", "LOCATION:Medan"]);
    assertFinds("hi po! ako si Bea, 16 taong gulang, taga Davao", ["USER:Bea", "AGE:16 taong gulang", "LOCATION:Davao"]);
    assertFinds("привет, меня зовут Саша, мне 14 лет, я из Самары", ["USER:Саша", "AGE:14 лет", "LOCATION:Самары"]);
  });

  it("informal English: nicknames, 'X here', age with a sex letter, ages in words", () => {
    assertFinds("lol everyone calls me bex", ["USER:bex"]);
    assertFinds("(Marcus Webb here) sorry for the late reply", ["USER:Marcus Webb"]);
    assertFinds("hiii 15 f from ohio, new here", ["AGE:15 f"]);
    assertFinds("im fourteen so i cant drive lol", ["AGE:fourteen"]);
  });

  it("English ages in the shapes forms and chats give them, and numbers that are no age", () => {
    assertFinds("my niece is 9 and already reads more than me", ["AGE:9"]);
    assertFinds("Witness: Tomas Brandt, 52, Rotterdam", ["AGE:52"]);
    assertFinds("Patient age: 34", ["AGE:34"]);
    assertFinds("she is a 23-year-old nurse", ["AGE:23"]);
    for (const text of ["the potion costs 40 gold", "she is 40 minutes late", "he is 5 feet away from the door"]) {
      assert.deepEqual(spans(text).filter((span) => span.startsWith("AGE")), [], text);
    }
  });

  it("leaves role-play alone: story names the bot uses, phrases that are no disclosure", () => {
    assert.deepEqual(spans("soy el capitán de este barco"), []);
    assert.deepEqual(spans("je suis fatigué, on continue demain?"), []);
    assert.deepEqual(spans("ich bin müde"), []);
  });

  it("learns a disclosed name and place, so the bot's echo is redacted too", () => {
    const redacted = foundByField(analyzer, { name: "Old Marta", description: "A fisherwoman who mends nets on the pier." }, [
      { message: "*Marta waves.* Who goes there?", is_human: false },
      { message: "me llamo Lucía y soy de Cádiz jaja", is_human: true },
      { message: "*She squints.* Lucía, from Cádiz! Sit, sit.", is_human: false },
    ]).get("conversation[2].message")!;
    assert.ok(redacted.includes("Lucía") && redacted.includes("Cádiz"), JSON.stringify(redacted));
  });
});

describe("schools, platforms and postcodes, whole", () => {
  it("names a school whole, in English and elsewhere", () => {
    assertFinds("i go to the University of Bath lol", ["ORG:University of Bath"]);
    assertFinds("ugh exams at Kingsbridge Secondary tomorrow", ["ORG:Kingsbridge Secondary"]);
    assertFinds("aku anak SMPN 12 Bandung", ["ORG:SMPN 12 Bandung"]);
    assertFinds("я учусь в гимназии № 42", ["ORG:гимназии № 42"]);
    assertFinds("estudio en el Colegio San Martín", ["ORG:Colegio San Martín"]);
    assertFinds("ich bin auf dem Schiller-Gymnasium", ["ORG:Schiller-Gymnasium"]);
  });

  it("finds gaming and platform user names, and a bare @handle a person gives", () => {
    assertFinds("my riot id is frostbyte#EUW1 add me", ["HANDLE:frostbyte#EUW1"]);
    assertFinds("roblox user is pixel_moth44", ["HANDLE:pixel_moth44"]);
    assertFinds("follow my art acc @inkwell.drafts", ["HANDLE:@inkwell.drafts"]);
  });

  it("finds postcodes by their shape and streets by their ordinal", () => {
    assertFinds("send it to flat 2, SW9 8QH", ["ADDRESS:SW9 8QH"]);
    assertFinds("im near K1A 0B1 lol", ["ADDRESS:K1A 0B1"]);
    assertFinds("my postal code starts with T2P", ["ADDRESS:T2P"]);
    assert.ok(spans("we live at 340 E 21st St apt 4C").some((span) => span.startsWith("ADDRESS:340 E 21st St")));
    assert.ok(spans("deliver to 77 Heron Ridge, Boise").some((span) => span.startsWith("ADDRESS:77 Heron Ridge")));
    assert.deepEqual(spans("we counted 3 wolves near the ridge").filter((span) => span.startsWith("ADDRESS")), []);
    assertFinds("your parcel ships to 60614-2208 tomorrow", ["ADDRESS:60614-2208"]);
    assertFinds("posted by a fan from Millbrook, Ohio", ["LOCATION:Millbrook, Ohio"]);
  });
});

describe("what the bot repeats of a disclosure", () => {
  it("redacts each part of a disclosed address the bot echoes on its own", () => {
    const found = foundByField(analyzer, { name: "Clerk Amsel", description: "A ghostly registrar of a haunted post office." }, [
      { message: "*The clerk dips his quill.* Your address, please.", is_human: false },
      { message: "(ooc: fine, my real one) Kastanienweg 9, 04109 Leipzig", is_human: true },
      { message: "*He writes slowly.* Kastanienweg 9... 04109... very good.", is_human: false },
    ]);
    assert.deepEqual(found.get("conversation[2].message"), ["Kastanienweg 9", "04109"]);
  });

  it("learns nicknames given with other word orders and fillers", () => {
    assertFinds("да все зовут меня Лёва", ["USER:Лёва"]);
    assertFinds("tawagin mo na lang akong Pao hehe", ["USER:Pao"]);
  });

  it("takes a place as home after the person introduced themselves", () => {
    assertFinds("soy Andrés, de Quorvanth jaja", ["USER:Andrés", "LOCATION:Quorvanth"]);
    assert.deepEqual(spans("la espada de Quorvanth brilla").filter((span) => span.startsWith("LOCATION")), []);
  });

  it("takes a school acronym whole after a school word", () => {
    assertFinds("dulu aku sekolah di SMAN 4 Malang", ["ORG:SMAN 4 Malang"]);
  });
});

describe("more of how people say it", () => {
  it("ages without a verb or without a unit, and spans of time that are no age", () => {
    assertFinds("jaja ya 16 años y sigo sin saber cocinar", ["AGE:16 años"]);
    assertFinds("ich bin die Mara, sechzehn Jahre alt", ["USER:Mara", "AGE:sechzehn Jahre"]);
    assertFinds("15 na ako haha", ["AGE:15"]);
    assertFinds("мне 14, и что?", ["AGE:14"]);
    assertFinds("tengo 13 y ya trabajo", ["AGE:13"]);
    for (const text of ["hace 15 años que vivo aquí", "15 anni fa ero a Roma", "tengo 3 gatos en casa"]) {
      assert.deepEqual(spans(text).filter((span) => span.startsWith("AGE")), [], text);
    }
  });

  it("names with an article or a cue around them, birth dates, homes, schools and streets as each language writes them", () => {
    assertFinds("soy la Cami, de Rosario", ["USER:Cami"]);
    assertFinds("du kannst mich Bibi nennen", ["USER:Bibi"]);
    assertFinds("pode me chamar de Tati", ["USER:Tati"]);
    assertFinds("nací el 4 de agosto jaja", ["DATE:4 de agosto"]);
    assertFinds("ich bin aus Linz", ["LOCATION:Linz"]);
    assertFinds("estudio en la UNAM jaja", ["ORG:UNAM"]);
    assertFinds("учусь в 21-й школе", ["ORG:21-й школе"]);
    assertFinds("(ooc: rumahku di Jl. Kenanga No. 8 RT 02/RW 04)", ["ADDRESS:Jl. Kenanga No. 8 RT 02/RW 04"]);
    assertFinds("живу на ул. Гагарина, д. 7, кв. 3", ["ADDRESS:ул. Гагарина, д. 7, кв. 3"]);
    assertFinds("mon petit frère Enzo dort", ["PERSON:Enzo"]);
  });
});

describe("names, ages and dates in more registers", () => {
  it("takes nicknames and names in regional and colloquial forms", () => {
    assertFinds("decime Nacho nomás", ["USER:Nacho"]);
    assertFinds("moi c Léa lol", ["USER:Léa"]);
    assertFinds("меня Оля зовут", ["USER:Оля"]);
    assertFinds("ako si Patricia pero Trish na lang", ["USER:Patricia", "USER:Trish"]);
    assertFinds("i bin die Vroni", ["USER:Vroni"]);
  });

  it("takes relatives named after kinship words of other languages, and a birthday after a turning age", () => {
    assert.ok(spans("mia nonna Lucia cucina").some((span) => span.startsWith("PERSON") && span.endsWith("Lucia")));
    assertFinds("meine oma Gerda lacht", ["PERSON:Gerda"]);
    assertFinds("il va avoir 10 ans le 4 mars", ["DATE:4 mars"]);
    assertFinds("mi cumple? es el 8 de julio", ["DATE:8 de julio"]);
    assertFinds("tengo quince jaja", ["AGE:quince"]);
    assert.deepEqual(spans("tengo que irme").filter((span) => span.startsWith("AGE")), []);
  });
});
