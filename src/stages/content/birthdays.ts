/**
 * Ages told by a birthday, in many languages: a verb of turning an age ("kończy czternaście lat", "стукнет шестнадцать",
 * "Matei face 5 ani in martie", "fyllde elva"), an ordinal birthday ("her 12th birthday", "12. Geburtstag", "ulang tahun
 * ke-12", "pour ses 15 ans"), and the rites and feasts a child has at a fixed age (七五三, 돌잔치, thôi nôi, a First Communion,
 * a confirmation camp, a bar mitzvah, a quinceañera). Patterns only: minor.ts reads the number and keeps the past, things'
 * anniversaries and durations out.
 */

import { gated, pairs, type GatedPattern } from "./match-all.js";
import { triggerFamily } from "./triggers.js";

/**
 * Verbs of turning an age, by language (present, future and just-past forms of the third and first person). Words that are as
 * often "it has been" ("faz 15 anos que", "fa 15 anni che") are read with a guard after them (see TURNING_GUARD).
 */
export const TURNING_VERBS = [
  // Spanish, Portuguese, Italian, Catalan, French
  "cumple", "cumplo", "cumples", "cumplirá", "cumplira", "cumpliré", "cumplire", "va a cumplir", "voy a cumplir", "vas a cumplir", "cumplió", "cumplio", "acaba de cumplir", "compleix", "complirà",
  "completa", "completo", "completou", "vai completar", "vou completar", "faz", "faço", "faco", "fez", "vai fazer", "vou fazer",
  "compie", "compio", "compirà", "compira", "ha compiuto", "fa els", "farà", "fête ses", "va avoir", "vient d'avoir", "vais avoir",
  // Just past, first person and French "avoir eu": "cumplí quince", "fiz 15 anos", "j'ai eu quinze ans" (a unit must follow: see UNIT_AFTER).
  "cumplí", "acabo de cumplir", "fiz", "acabei de fazer", "acabou de fazer", "j'ai eu", "il a eu", "elle a eu", "a eu", "as eu",
  // Polish, Czech, Slovak, Romanian, Serbian and Croatian
  "kończy", "konczy", "skończy", "skonczy", "skończył", "skonczyl", "skończyła", "skonczyla", "kończę", "koncze", "skończę", "skoncze",
  "oslaví", "oslavi", "slaví", "oslávi", "bude mať", "bude mít",
  "împlinește", "implineste", "împlineste", "va împlini", "va implini", "a împlinit", "a implinit", "face", "va face",
  "napunit će", "napunio", "napunila", "напунио", "напунила",
  // Russian, Ukrainian, Bulgarian
  "исполнится", "исполняется", "исполнилось", "стукнет", "стукнуло", "виповниться", "виповнюється", "виповнилося", "виповнилось", "стукне", "навършва", "навърши", "ще навърши", "навършил", "навършила",
  // Finnish, the Nordic languages, Greek, Indonesian and Malay, Vietnamese
  "täyttää", "täytti", "täytän", "täytin", "fyller", "fyllde", "fylte", "fylder", "fyldte", "κλείνει", "κλείνω", "έκλεισε", "θα κλείσει", "genap", "akan berumur",
];
/** The verbs above that tell an age already turned ("ele já fez 18 em março"): eighteen after them is an adult's. */
export const TURNED_ALREADY = /^(?:cumpl(?:i[óo]?|í)|acab[ao]\s+de\s+cumplir|acab(?:ei|ou)\s+de\s+fazer|fiz|(?:j['’]ai|il\s+a|elle\s+a|a|as)\s+eu|completou|fez|ha\s+compiuto|skończył|skonczyl|a\s+[îi]mplinit|napuni|исполнилось|стукнуло|виповнил|навършил|täytti|täytin|fyllde|fylte|fyldte|έκλεισε)/iu;
/** After the verb: "it has been" ("faz 15 anos que saí"), a couple's or a company's years ("cumplimos 15 años de casados"). */
export const TURNING_GUARD = /^\s*(?:que|che|qu['’]|de\s+(?:casad|matrimoni|servicio|carrera|empresa|trabajo|noviazgo)|di\s+(?:matrimonio|servizio|carriera)|anos?\s+(?:de\s+)?(?:casad|que)|años\s+(?:de\s+)?(?:casad|que|juntos)|tahun\s+(?:menikah|nikah|bekerja|kerja|pernikahan|berdiri))/iu;

/**
 * Verbs that are as often another verb with a number ("face 5 ture", "fiz 15 flexões", "j'ai eu 15 points"): an age only
 * with its unit after the number.
 */
export const UNIT_AFTER: readonly (readonly [verb: RegExp, unit: RegExp])[] = [
  [/^(?:va\s+)?face\s/iu, /^\s*ani(?![\p{L}])/iu],
  [/^fiz\s/iu, /^\s*anos(?![\p{L}])/iu],
  [/(?:^|\s)eu\s/iu, /^\s*ans(?![\p{L}])/iu],
];

/** A verb of turning and the age: group 1 is the number. */
export function turningAge(number: string): GatedPattern {
  const verbs = [...TURNING_VERBS].sort((a, b) => b.length - a.length).map((verb) => verb.replace(/ /g, "\\s+")).join("|");
  return gated(
    `(?:${verbs})\\s+(?:los\\s+|las\\s+|els\\s+|les\\s+|os\\s+|as\\s+|τα\\s+|sus\\s+|seus\\s+|i\\s+suoi\\s+|mu\\s+|jí\\s+|ji\\s+)?(\\d{1,2}|${number.slice(1, -1)})(?![\\p{L}\\p{N}])`,
    TURNING_VERBS.map((verb) => verb.split(" ").slice(-1)[0]),
  );
}

/** Ages turned with the verb after the number: Turkish "12 yaşına girecek", Hindi and Urdu in Latin letters "12 ka ho jayega", German and Dutch "ist gerade 14 geworden", "bin letzten Monat 15 geworden". */
export const TURNING_AFTER = gated(
  `(\\d{1,2})\\s*['’]?\\s*(?:yaşına|yasina)\\s+(?:girecek|giriyor|girdi|basacak|bastı|basti|basıyor|basiyor)|(\\d{1,2})\\s+(?:saal\\s+)?(?:ka|ki)\\s+(?:ho\\s+(?:jayega|jaega|jayegi|jaegi|jaayega|gaya|gayi)|hone\\s+(?:wala|wali))|(?:ist|bin|bist|is|ben)\\s+(?:(?:gerade|grad|eben|net|pas|zojuist|letzten|letzte|letztes|im|am|diesen|dieses|vorige|vorigen|afgelopen|kürzlich|neulich|gestern|heute)\\s+(?:\\p{L}+\\s+)?)?(\\d{1,2})\\s+(?:jaar\\s+)?(?:geworden)`,
  [...pairs(["yaşına", "yasina"], ["girecek", "giriyor", "girdi", "basacak", "bastı", "basti", "basıyor", "basiyor"]), ...pairs(["ka", "ki"], ["jayega", "jaega", "jayegi", "jaegi", "jaayega", "gaya", "gayi", "wala", "wali"]), "geworden"],
);

const ENGLISH_ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth"];
/**
 * A birthday by its number: "her 12th birthday", "Ebuka's seventeenth birthday is tomorrow", "zum 12. Geburtstag", "12.
 * narozeniny", "ulang tahun ke-12", "cumpleaños número 15", "pour ses 15 ans". Group 1 or 2 is the number (an ordinal word
 * in group 2 counts from "second").
 */
export const ORDINAL_BIRTHDAY = gated(
  `(?:her|his|my|your|their|our|\\p{L}+['’]s)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)|(${ENGLISH_ORDINALS.join("|")}))\\s+(?:birthday|bday|b-day|birthday\\s+party)|(\\d{1,2})\\.\\s*(?:Geburtstag|narozeniny|narodeniny|születésnap\\p{L}*|syntymäpäivä\\p{L}*|rođendan\\p{L}*)|(?:ulang\\s+tahun|hari\\s+jadi|ultah)\\s+(?:yang\\s+)?ke-?\\s*(\\d{1,2})|(?:cumpleaños|cumple)\\s+(?:número\\s+|numero\\s+|n[º°]\\s*)(\\d{1,2})|(?<!(?:depuis|avant|après|apres|dès|des|à|a)\\s+)(?:pour\\s+|fête\\s+)(?:ses|mes|tes)\\s+(\\d{1,2})\\s+ans`,
  [...pairs(["birthday", "bday", "b day"], [...Array.from({ length: 17 }, (_, i) => `${i + 2}th`), "2nd", "3rd", "2th", "3th", ...ENGLISH_ORDINALS]), "geburtstag", "narozeniny", "narodeniny", "születésnap", "syntymäpäivä", "rođendan", "ulang tahun", "hari jadi", "ultah", "cumpleaños número", "cumpleaños numero", "cumple número", "ses ans", "mes ans", "tes ans"],
);
export const ORDINAL_WORD_VALUES: ReadonlyMap<string, number> = new Map(ENGLISH_ORDINALS.map((word, i) => [word, i + 2]));

/**
 * Rites and feasts held at a child's age, by language, each a child's now unless told in the past: Japan's Shichi-Go-San,
 * Korea's first-birthday 돌잔치, Vietnam's thôi nôi, China's hundred-day feast, India's mundan and annaprashan, a First
 * Communion, a bar or bat mitzvah in Hebrew, Finland's confirmation camp, the Jugendweihe, a first school day's Schultüte (not
 * the word for a confirmand: "looks like a konfirmand" is said of young-looking adults).
 */
export const RITE_WORDS = [
  "七五三", "돌잔치", "돌잔치라서", "백일잔치", "thôi nôi", "đầy tháng", "百日宴", "满月酒", "滿月酒", "抓周", "mundan", "annaprashan", "annaprashana", "मुंडन", "अन्नप्राशन",
  "primera comunión", "primera comunion", "première communion", "premiere communion", "erstkommunion", "prima comunione", "pierwsza komunia", "pierwszą komunię", "pierwszej komunii", "primeira comunhão", "primeira comunhao", "eerste communie", "first holy communion",
  "בר מצווה", "בת מצווה", "הבר מצווה", "הבת מצווה", "rippileiri", "rippileirille", "rippikoulu", "rippikouluun", "jugendweihe", "schultüte", "einschulung",
];
export const RITES_FAMILY = triggerFamily(RITE_WORDS.filter((word) => !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(word)));
export const UNSPACED_RITES = /七五三|돌잔치|백일잔치|百日宴|满月酒|滿月酒|抓周/gu;
