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
  "flayed", "skinned alive", "burned alive", "impaled", "torture", "tortured", "torturing", "mutilated", "mutilation", "blood spurts", "blood sprays", "blood gushes",
  "pool of blood", "puddle of blood", "covered in blood", "soaked in blood", "blood splattered", "arterial spray", "bleeding out", "bled out", "guts spilled", "spilling his guts",
  "descuartizado", "decapitado", "tortura", "torturado", "charco de sangre", "tripas", "vísceras", "desmembrado", "decapitada", "estripado", "poça de sangue",
  "démembré", "décapité", "torturé", "tripes", "mare de sang", "zerstückelt", "enthauptet", "gefoltert", "blutlache", "eingeweide",
  "dimutilasi", "dipenggal", "disiksa", "genangan darah", "usus terburai",
];
const GRAPHIC = wordsPattern(GRAPHIC_WORDS);
const GRAPHIC_FAMILY = triggerFamily(GRAPHIC_WORDS);

/** Each leans graphic: they count when they gather. */
const WOUND_WORDS = [
  "blood", "bloody", "bleeding", "stab", "stabbed", "stabbing", "slash", "slashed", "slit", "gash", "wound", "wounds", "flesh", "bone", "bones", "crack", "snapped",
  "broken", "sangre", "sangue", "sang", "blut", "darah", "herida", "ferida", "plaie", "wunde", "luka",
];
const WOUNDS = wordsPattern(WOUND_WORDS);
const WOUNDS_FAMILY = triggerFamily(WOUND_WORDS);

export function detectViolence(field: ContentField): ContentEvidence[] {
  return [...evidenceOf(field, GRAPHIC, "violence", "graphic-term", 0.7, GRAPHIC_FAMILY), ...evidenceOf(field, WOUNDS, "violence", "wound-term", 0.15, WOUNDS_FAMILY)];
}
