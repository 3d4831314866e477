/**
 * `self-harm`: someone saying they hurt themselves, or mean to end their life. Idioms ("this
 * homework is killing me", "i'm dead lol") name no act on oneself and are not matched.
 */
import { evidenceOf, evidenceOfAll, gated, pairs, wordsPattern, type GatedPattern } from "./match-all.js";
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
  // Slang people use to get past filters, and more languages.
  "kms", "kys myself", "unalive myself", "unaliving myself", "sewer slide", "self delete", "end myself", "not wake up", "don't want to wake up", "dont want to wake up",
  "tự tử", "muốn chết", "chcę się zabić", "chce sie zabic", "zabić się", "kendimi öldürmek", "intihar", "ölmek istiyorum", "er een eind aan maken", "zelfmoord", "wil dood",
  "me corté", "me corte", "me cortaba", "cortarme las", "me tagliata", "tagliarmi", "uccidermi", "suicidarmi", "ammazzarmi", "farla finita", "acabar com tudo", "me matar",
  "хочу умереть", "покончить с собой", "убить себя", "суицид", "режу себя",
];
const SELF_HARM = wordsPattern(SELF_HARM_WORDS);

const INTEND = ["want", "wants", "wanted", "wanting", "planning", "plan", "plans", "planned", "going", "gonna", "trying", "tried", "try"];
const OWN = ["my", "his", "her", "their", "your"];
const CUT = ["cut", "cuts", "cutting", "cutted", "slice", "slicing", "sliced", "burn", "burning", "burned"];
const BODY = ["arm", "arms", "wrist", "wrists", "thigh", "thighs", "leg", "legs", "skin", "forearm", "forearms"];
const KEEP = ["been", "started", "start", "keep", "kept", "stopped", "stop", "back"];
const BLADE = ["blade", "razor", "knife", "shard"];
const SWALLOW = ["swallowed", "took", "taken", "taking", "downed"];
const PILLS = ["pills", "tablets", "painkillers"];
const JUMP = ["jump", "jumping", "jumped"];
const HIGH_PLACE = ["bridge", "roof", "building", "ledge", "cliff", "balcony"];

/** Disclosures told in verbs: "wanted to die", "planning to end his life", "swallowed twenty pills", "cutting her arms". */
const SELF_HARM_ACTS: readonly GatedPattern[] = [
  gated(
    `(?:${INTEND.join("|")})\\s+to\\s+(?:die|end\\s+(?:${OWN.join("|")})\\s+life|end\\s+it(?:\\s+all)?|kill\\s+(?:myself|himself|herself|themselves|yourself))`,
    [...pairs(INTEND, ["to die", "to end life", "to end it"]), ...pairs(INTEND, ["to kill"], ["myself", "himself", "herself", "themselves", "yourself"])],
  ),
  // A relapse: "I cut again", "I cut too deep".
  gated(`(?:i|she|he)\\s+(?:cut|cutted)\\s+(?:again|too\\s+deep|deep|myself|herself|himself)`, pairs(["i", "she", "he"], ["cut"], ["again", "deep", "myself", "herself", "himself"])),
  // All of one's pills at once: "tomar todos os meus remédios", "took all my pills".
  gated(`(?:tomar|tomei|tomé|tomarme|take|took|swallow|swallowed)\\s+(?:todos\\s+(?:os\\s+)?(?:meus\\s+)?|todas\\s+(?:las\\s+)?(?:mis\\s+)?|all\\s+(?:of\\s+)?(?:my|the)\\s+)(?:remédios|remedios|pastillas|pills|comprimidos|meds)`, pairs(["tomar", "tomei", "tomé", "tomarme", "take", "took", "swallow", "swallowed"], ["remédios", "remedios", "pastillas", "pills", "comprimidos", "meds"])),
  gated(`(?:${CUT.join("|")})\\s+(?:${OWN.join("|")})\\s+(?:${BODY.join("|")})`, pairs(CUT, OWN, BODY)),
  gated(`(?:been|started|start|keep|kept|stopped|stop|back\\s+to)\\s+cutting(?:\\s+again)?`, pairs(KEEP, ["cutting"])),
  gated(
    `(?:drags?|dragged|draws?|drew|runs?|ran|presses?|pressed)\\s+(?:the|a|her|his|my)\\s+(?:${BLADE.join("|")})\\s+(?:across|along|over|down|into)\\s+(?:${OWN.join("|")})\\s+(?:${BODY.join("|")})`,
    pairs(BLADE, BODY),
  ),
  gated(
    `(?:${SWALLOW.join("|")})\\s+(?:about\\s+|like\\s+|all\\s+(?:of\\s+)?(?:my|the|her|his)\\s+|a\\s+(?:bunch|handful|bottle)\\s+of\\s+|(?:\\d+|ten|twenty|thirty|fifty|some|too\\s+many)\\s+|of\\s+(?:my|her|his|the)\\s+)*(?:sleeping\\s+)?(?:${PILLS.join("|")})`,
    pairs(SWALLOW, PILLS),
  ),
  gated(`(?:${JUMP.join("|")})\\s+(?:off|from)\\s+(?:the|a|this)\\s+(?:${HIGH_PLACE.join("|")})`, pairs(JUMP, HIGH_PLACE)),
  gated(`(?:outside|edge|other\\s+side|wrong\\s+side)\\s+of\\s+(?:the|a)\\s+(?:bridge\\s+)?(?:railing|rail|ledge|bridge)`, pairs(["outside of", "edge of", "side of"], ["railing", "rail", "ledge", "bridge"])),
  gated(`ritze\\s+mich|ritzt\\s+sich|me\\s+(?:corto|cortei|cortaba)|me\\s+mutilo`, ["ritze", "ritzt", "me corto", "me cortei", "me cortaba", "me mutilo"]),
];
const SELF_HARM_FAMILY = triggerFamily(SELF_HARM_WORDS);

export function detectSelfHarm(field: ContentField): ContentEvidence[] {
  return [...evidenceOf(field, SELF_HARM, "self-harm", "self-harm-phrase", 0.7, SELF_HARM_FAMILY), ...evidenceOfAll(field, SELF_HARM_ACTS, "self-harm", "self-harm-act", 0.6)];
}
