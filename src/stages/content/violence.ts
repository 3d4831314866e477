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
];
const GRAPHIC = wordsPattern(GRAPHIC_WORDS);
const GRAPHIC_FAMILY = triggerFamily(GRAPHIC_WORDS);

/** Each leans graphic: they count when they gather. */
const WOUND_WORDS = [
  "blood", "bloody", "bleeding", "stab", "stabbed", "stabbing", "slash", "slashed", "slit", "gash", "wound", "wounds", "flesh", "bone", "bones", "crack", "snapped",
  "broken", "skull", "gore", "muscle", "chest", "scream", "screams", "screaming", "raw", "dripping", "pierces", "pierced", "torn", "charred", "crunch", "mangled", "shank",
  "pooling", "gaping", "dedos", "grita", "tortura", "sangre", "sangue", "sang", "blut", "darah", "herida", "ferida", "plaie", "wunde", "luka",
];
const WOUNDS = wordsPattern(WOUND_WORDS);
// Three different wound words make a described injury (0.25 each combine to 0.58); two do not.
const WOUNDS_FAMILY = triggerFamily(WOUND_WORDS);

export function detectViolence(field: ContentField): ContentEvidence[] {
  return [...evidenceOf(field, GRAPHIC, "violence", "graphic-term", 0.7, GRAPHIC_FAMILY), ...evidenceOf(field, WOUNDS, "violence", "wound-term", 0.25, WOUNDS_FAMILY)];
}
