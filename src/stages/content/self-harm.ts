/**
 * `self-harm`: someone saying they hurt themselves, or mean to end their life. Idioms ("this
 * homework is killing me", "i'm dead lol") name no act on oneself and are not matched.
 */
import { evidenceOf, wordsPattern } from "./match-all.js";
import { triggerFamily } from "./triggers.js";
import type { ContentEvidence, ContentField } from "./types.js";

const SELF_HARM_WORDS = [
  "kill myself", "killing myself", "kill herself", "kill himself", "killed herself", "killed himself", "end my life", "ending my life", "end it all", "take my own life",
  "took her own life", "took his own life", "suicide", "suicidal", "commit suicide", "self harm", "self-harm", "self harming", "selfharm", "cut myself", "cutting myself",
  "cuts herself", "cuts himself", "cutting herself", "slit my wrists", "slit her wrists", "hurt myself", "hurting myself", "want to die", "wanna die", "wish i was dead",
  "wish i were dead", "overdose", "overdosed", "hang myself", "jump off the bridge", "don't want to live", "dont want to live", "no reason to live",
  "quiero morir", "quiero morirme", "suicidarme", "suicidio", "matarme", "cortarme", "me corto", "quero morrer", "me matar", "suicídio", "me cortar", "me corto",
  "me suicider", "me tuer", "envie de mourir", "veux mourir", "me scarifier", "mich umbringen", "selbstmord", "suizid", "ritzen", "will sterben", "nicht mehr leben",
  "bunuh diri", "ingin mati", "pengen mati", "mau mati", "menyakiti diri", "melukai diri", "gusto ko nang mamatay", "magpakamatay",
];
const SELF_HARM = wordsPattern(SELF_HARM_WORDS);
const SELF_HARM_FAMILY = triggerFamily(SELF_HARM_WORDS);

export function detectSelfHarm(field: ContentField): ContentEvidence[] {
  return evidenceOf(field, SELF_HARM, "self-harm", "self-harm-phrase", 0.7, SELF_HARM_FAMILY);
}
