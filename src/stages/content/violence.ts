/**
 * `violence`: graphic violence, bodies hurt in detail: gore, severed or broken bodies, blood
 * pouring, torture. A fight, a threat, a punch or a game's "kill" is not graphic. Hand-written
 * (no maintained list of graphic-violence terms exists on the npm registry); small and tested.
 */
import { evidenceOf, evidenceOfAll, gated, pairs, substringsPattern, wordsPattern, type GatedPattern } from "./match-all.js";
import { triggerFamily, UNSPACED } from "./triggers.js";
import type { ContentEvidence, ContentField } from "./types.js";

/** Each alone describes a body torn apart. */
const GRAPHIC_WORDS = [
  // "gore" alone is Serbian and Croatian "up": only in English phrases.
  "blood and gore", "the gore", "gore and", "in gore", "covered in gore", "gory", "entrails", "intestines", "innards", "viscera", "eviscerate", "eviscerated", "disembowel", "disemboweled", "disembowelled", "dismember", "dismembered",
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
  // Bodies opened, broken through the skin or to the bone, in more languages (singular "bone": the idioms, "soaked to the
  // bones", "trempé jusqu'aux os", are plural).
  "intestinos", "intestini", "jelit", "pętle jelit", "gedärme", "chest cavity", "eye socket", "bone fragments", "fragments of bone", "compound fracture", "open fracture",
  "flesh sloughs off", "charred muscle", "yellow fat", "gordura amarela", "grasa amarilla", "frothy blood", "flap of skin", "torn clean away", "torn clean off",
  "jusqu'à l'os", "fragments d'os", "percent la peau", "perce la peau", "arraché la mâchoire", "hasta el hueso", "blanco de la costilla", "piel cuelga en jirones", "atraviesa la piel",
  "até o osso", "osso exposto", "hueso expuesto", "до кости", "протыкает кожу", "пробила кожу", "видны рёбра", "видны ребра", "кожа разошлась", "do kości", "przebiła skórę",
  "bis auf den knochen", "durch die haut", "splinter through the skin", "splintered through the skin", "choking on blood", "bleeding flesh", "raw flesh", "torn flesh",
  // Flesh laid open: "la carne está abierta", "carne rasgada", "la carne aperta", "dagingnya keliatan", "из раны торчит кость".
  "carne está abierta", "carne rasgada", "carne dilacerada", "carne aperta", "sin mandíbula", "dagingnya keliatan", "kulitnya kebuka", "kulit kepalanya sobek",
  "торчит кость", "торчит белая кость", "оторвал руку", "оторвала руку", "отрывает руку",
  // Bodies opened and broken, told in other words: degloved, brains on the ground, a throat cut, blood coughed up.
  "degloved", "degloving", "arterial bleeding", "arterial blood", "brains on the", "skull blown open", "blew his brains", "blew her brains", "slit his throat", "slit her throat", "throat slit", "cut his throat",
  "cut her throat", "coughing up blood", "coughing blood", "bubbling blood", "spitting blood", "bone splinters", "splinters of bone", "meat and bone", "teeth knocked out", "skin hanging", "hanging in strips",
  "harawata", "chi darake", "chimamire", "utrobe", "crijeva", "crijevo", "creier", "intestinele", "belek", "vnitřnosti", "střeva", "έντερα", "σπλάχνα",
];

/** The same in scripts without spaces: "白骨森森", "拉出一截肠子", "骨が皮膚を突き破", "장기가 드러나". */
const UNSPACED_GRAPHIC = ["白骨", "肠子", "腸子", "碎骨", "血沫", "断口", "开膛", "開膛", "内脏", "內臟", "皮膚を突き破", "骨が", "内臓", "腸が", "血まみれ", "장기가 드러", "갈비뼈가 벌려", "잘린 손가락", "피거품", "내장", "뼈가 드러"];
const GRAPHIC = wordsPattern(GRAPHIC_WORDS);
const UNSPACED_GRAPHIC_WORDS = substringsPattern(UNSPACED_GRAPHIC);

const BONES = ["bone", "bones", "femur", "tibia", "shinbone", "ulna", "collarbone", "rib", "ribs", "kneecap", "jaw", "skull", "cheekbone", "sternum", "fingers", "finger"];
const PARTS = ["ear", "ears", "finger", "fingers", "hand", "arm", "nose", "tongue", "eye", "leg", "foot", "toe", "toes", "jaw", "lip", "head"];
const CUT_OFF = ["slices", "sliced", "slicing", "cuts", "cut", "hacks", "hacked", "tears", "tore", "torn", "rips", "ripped", "bites", "bit", "chops", "chopped", "saws", "sawed"];
/**
 * Injuries told in phrases: bone through the skin ("the femur has burst through the skin", "bone poking through her
 * cardigan"), flesh opened to the bone ("opens his thigh to the bone", "split to the tendons"), a part cut off ("slices his
 * ear off", "fingers torn off"): each alone is graphic.
 */
const INJURY_PATTERNS: readonly GatedPattern[] = [
  gated(`(?:${BONES.slice(0, 10).join("|")})\\s+(?:\\p{L}+\\s+){0,4}?through\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|my\\s+|your\\s+)?(?:skin|flesh|cardigan|shirt|sleeve|jeans|pants|trousers|uniform)`, pairs(BONES.slice(0, 10), ["through"])),
  gated(`(?:cut|cuts|opens?|opened|split|splits|sliced|slices|laid\\s+open|torn|tore|ripped|rips|flayed|gashed|burned|burnt|seared|carved|peeled)\\s+(?:\\p{L}+\\s+){0,3}?to\\s+the\\s+(?:bone|tendons?|gum|ribs?|skull)`, pairs(["to the"], ["bone", "tendon", "tendons", "gum", "rib", "ribs", "skull"])),
  gated(`(?:${CUT_OFF.join("|")})\\s+(?:it|them|(?:his|her|your|their|my)\\s+(?:${PARTS.join("|")}))\\s+off|(?:${PARTS.join("|")})\\s+(?:was\\s+|were\\s+|is\\s+)?(?:sliced|cut|torn|ripped|hacked|bitten|chopped|blown)\\s+(?:clean\\s+)?off`, pairs(["off"], [...CUT_OFF, ...PARTS])),
];

/** Bones heard breaking ("the kneecap shatters", "two fingers snap", "bone crunches"): two make a scene, as does one beside other wounds. */
const BREAKING = gated(
  `(?:${BONES.join("|")})\\s+(?:\\p{L}+\\s+){0,2}?(?:shatters|shattered|snaps|snapped|snap|cracks|cracked|crack|crunches|crunched|crunch|splinters|splintered|breaks\\s+with\\s+a\\s+crack|pop|popped)`,
  pairs(BONES, ["shatters", "shattered", "snaps", "snapped", "snap", "cracks", "cracked", "crack", "crunches", "crunched", "crunch", "splinters", "splintered", "pop", "popped"]),
);
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
  "tendon", "tendons", "ligaments", "cartilage", "shredded", "crushed", "kneecap", "sang", "sangre", "hueso", "piel", "carne", "sangue", "pele", "кровью", "кожа", "кожу", "мясом", "рёбра",
  "zmiażdżona", "zmiażdżone", "skóra", "ferite", "sanguina", "blood pouring", "blood pours", "blood welling",
  "split open", "a borbotones", "a fiotti", "bacok", "dibacok", "sobek", "ngucur",
  // Wounds in more languages: Serbian and Croatian, Czech and Slovak, Hungarian, Romanian, Greek, Hebrew, Persian, Swahili, Finnish, Nordic.
  "krv", "krvi", "krvlju", "kost", "kosti", "rana", "rane", "meso", "krev", "krve", "kůže", "koža", "rána", "maso", "spálenina", "vér", "vérzik", "vérző", "seb", "sebből", "csont", "csontja",
  "sânge", "sângele", "sângerează", "rană", "oase", "osul", "αίμα", "αίματα", "κόκαλο", "κόκαλα", "πληγή", "τραύμα", "דם", "פצע", "עצם", "خون", "زخم", "استخوان", "damu", "jeraha", "mfupa",
  "veri", "verta", "haava", "luu", "blod", "blodet", "sår", "knokkel", "knogle", "gaping wound", "brains", "intestine",
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
  return [
    ...evidenceOf(field, GRAPHIC, "violence", "graphic-term", 0.7, GRAPHIC_FAMILY),
    ...evidenceOf(field, UNSPACED_GRAPHIC_WORDS, "violence", "graphic-term", 0.7, UNSPACED),
    ...evidenceOfAll(field, INJURY_PATTERNS, "violence", "graphic-term", 0.7),
    ...evidenceOf(field, BREAKING.pattern, "violence", "broken-body", 0.45, BREAKING.family),
    ...describedInjury(field),
  ];
}
