/**
 * `violence`: graphic violence, bodies hurt in detail: gore, severed or broken bodies, blood
 * pouring, torture. A fight, a threat, a punch or a game's "kill" is not graphic. Hand-written
 * (no maintained list of graphic-violence terms exists on the npm registry); small and tested.
 */
import { evidenceOf, wordsPattern } from "./match-all.js";
import { triggerFamily } from "./triggers.js";
import type { ContentEvidence, ContentField } from "./types.js";

/** Each alone describes a body torn apart. */
const GRAPHIC_WORDS = [
  "gore", "gory", "entrails", "intestines", "innards", "viscera", "eviscerate", "eviscerated", "disembowel", "disemboweled", "disembowelled", "dismember", "dismembered",
  "dismembering", "decapitate", "decapitated", "decapitation", "beheaded", "beheading", "severed head", "severed arm", "severed limb", "severed limbs", "torn limb from limb",
  "ripped out his", "ripped out her", "tore out his", "tore out her", "gouged out", "skull cracked", "skull caved", "crushed skull", "brain matter", "bone shards", "bones snapping",
  "flayed", "skinned alive", "burned alive", "burning flesh", "charred to the bone", "impaled", "torn apart", "blown apart", "blown off", "ripped apart", "ripped off", "torn off",
  "tears the spine", "tore the spine", "spine out", "exposed bone", "bone sticking out", "bone pushing through", "bone jutting", "shredded muscle", "see the muscle", "exposed muscle",
  "severed", "stumps", "stump", "brain matter", "chunks of brain", "brains spill", "punctured lung", "punctures your lung", "punctures his lung", "punctures her lung",
  "le corta dos dedos", "corta los dedos", "le corta la mano", "sangre salpica", "salpicado de sangre", "corta os dedos", "coupe les doigts", "le sang gicle", "fingernails", "blood pumping", "blood fountaining", "blood spurting", "spurts", "hooks through", "meat hook",
  "skin blisters", "skin splits", "skin splitting", "skin is torn", "skin torn", "scalp", "entrails spill", "bites him in half", "bitten in half", "cut in half", "sliced open", "torture", "tortured", "torturing", "mutilated", "mutilation", "blood spurts", "blood sprays", "blood gushes",
  "pool of blood", "puddle of blood", "covered in blood", "soaked in blood", "blood splattered", "arterial spray", "bleeding out", "bled out", "guts spilled", "spilling his guts",
  "descuartizado", "decapitado", "tortura", "torturado", "charco de sangre", "tripas", "vísceras", "desmembrado", "decapitada", "estripado", "poça de sangue",
  "démembré", "décapité", "torturé", "tripes", "mare de sang", "zerstückelt", "enthauptet", "gefoltert", "blutlache", "eingeweide",
  "dimutilasi", "dipenggal", "disiksa", "genangan darah", "usus terburai",
  // Bowels, entrails and severed limbs in more languages.
  "bowels", "guts spill", "bituka", "nakalawit ang bituka", "ruột", "đứt lìa", "кишки", "внутренности", "jelita", "wnętrzności", "ingewanden", "bağırsakları",
  "herausgerissen", "kehle aufgerissen", "pezzi di osso", "budella", "viscere", "tripes à l'air", "entranhas", "vísceras expostas", "sangre a borbotones", "sangue jorrando",
];
const GRAPHIC = wordsPattern(GRAPHIC_WORDS);
const GRAPHIC_FAMILY = triggerFamily(GRAPHIC_WORDS);

/**
 * Words of bodily injury: alone each is ordinary in a story ("a bloody nose", "a stab of guilt"),
 * so they count only when three different ones meet in one message (a wound described), not
 * spread over a long conversation. Words with everyday senses ("slit", "chest", "snapped",
 * "broken") are not among them.
 */
const WOUND_WORDS = [
  "blood", "bloody", "bleeding", "bleeds", "bled", "stabbed", "stabbing", "slashed", "gash", "gashes", "wound", "wounds", "wounded", "flesh", "bone", "bones", "skull", "gore",
  "mangled", "shank", "gaping", "pooling", "severs", "entrails", "organs", "guts", "torn open", "ripped open", "spurting", "gushing", "oozing", "sangre", "sangue", "du sang", "blut", "darah", "berdarah", "terluka", "herida", "ferida", "plaie", "wunde", "blutet",
  "sangrando", "carne abierta", "hueso", "huesos", "osso", "ossa", "ferita", "fleisch", "knochen", "sehnen", "daging", "tulang", "robek", "dugo", "sugat", "buto",
  "máu", "xương", "thịt", "vết thương", "кровь", "крови", "рана", "кость", "кости", "krew", "krwi", "kość", "kości", "bloed", "wond", "vlees", "botten", "yara", "kemik",
];
const WOUNDS = wordsPattern(WOUND_WORDS);
const WOUNDS_FAMILY = triggerFamily(WOUND_WORDS);
const WOUNDS_IN_ONE_FIELD = 3;

/** One piece of evidence, from the first to the last, when a field holds enough different wound words. */
function describedInjury(field: ContentField): ContentEvidence[] {
  const words = evidenceOf(field, WOUNDS, "violence", "described-injury", 0, WOUNDS_FAMILY);
  const distinct = new Set(words.map((word) => field.text.slice(word.start, word.end).toLowerCase()));
  if (distinct.size < WOUNDS_IN_ONE_FIELD) return [];
  return [{ tag: "violence", field: field.field, start: words[0].start, end: words.at(-1)!.end, rule: "described-injury", score: 0.6 }];
}

export function detectViolence(field: ContentField): ContentEvidence[] {
  return [...evidenceOf(field, GRAPHIC, "violence", "graphic-term", 0.7, GRAPHIC_FAMILY), ...describedInjury(field)];
}
