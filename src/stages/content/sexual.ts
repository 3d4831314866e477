/**
 * `sexual`: explicit sexual activity described, not romance, flirting, a kiss or a fade to black.
 *
 * The words, by language and where they come from, are in `sexual-lexicon.ts`. One explicit word
 * in passing is not a scene: a conversation counts when its evidence adds up (see
 * `combinedScores`); "strong" words name acts or genitals, "suggestive" ones only lean. A line whose signs do not add up
 * alone is then weighed whole by the learned reader (`sexual-model.ts`), which may say it tells a scene.
 */
import { evidenceOf, evidenceOfAll, evidenceOfGroups, gated, pairs, substringsPattern, wordGroups, type GatedPattern } from "./match-all.js";
import { ADDED, ADDED_BY_LANGUAGE, FROM_LIST, SUGGESTIVE_WORDS, UNSPACED_ADDED, UNSPACED_FROM_LIST, UNSPACED_SUGGESTIVE } from "./sexual-lexicon.js";
import { LEANING_RULES } from "./scores.js";
import { sexualModelEvidence } from "./sexual-model.js";
import { mayHold, triggerFamily, triggerStems, UNSPACED } from "./triggers.js";
import type { ContentEvidence, ContentField } from "./types.js";

/**
 * The long word lists read in groups, each with its own quick-pass gate: a phrase of common words ("took him in", "made her
 * come") sends only its group's pattern over a text, not the whole list's.
 */
const GROUP_SIZE = 32;
const SUGGESTIVE_GROUPS = wordGroups(SUGGESTIVE_WORDS, GROUP_SIZE);
const SUGGESTIVE_FAMILY = triggerFamily(SUGGESTIVE_WORDS);

/** English nouns are written in the plural as often ("cocks", "orgasms", "clits"). */
const ENGLISH_PLURALS = FROM_LIST.en.filter((word) => !word.includes(" ") && !/(?:s|ing|ate|ation|y|ex)$/.test(word)).map((word) => `${word}s`);
const STRONG_WORDS = [...new Set([...Object.values(FROM_LIST).flat(), ...ENGLISH_PLURALS, ...ADDED, ...Object.values(ADDED_BY_LANGUAGE).flat()])];
const STRONG_GROUPS = wordGroups(STRONG_WORDS, GROUP_SIZE);
const STRONG_FAMILY = triggerFamily([...STRONG_WORDS, "sex"]);

const UNSPACED_STRONG = substringsPattern([...Object.values(UNSPACED_FROM_LIST).flat(), ...UNSPACED_ADDED]);
const UNSPACED_LEANING = substringsPattern(UNSPACED_SUGGESTIVE);

/** "sex" alone: a scene when done ("had sex", "sex with"), not "sex ed" or "the sex of the baby". */
const SEX_ACT = /(?<![\p{L}])(?:have|having|had|has|wants?|want to have)\s+sex(?![\p{L}])|(?<![\p{L}])sex\s+with(?![\p{L}])/giu;

/**
 * Role-play tells sex in plain verbs aimed at "you": "goes down on you", "slides into you", "until
 * you both come". Each is a phrase family of its own; the object pronoun is what makes it a scene.
 */
const OBJECTS = ["you", "her", "him", "me", "them", "each other"];
const OBJECT = `(?:${OBJECTS.join("|")})`;

const GO = ["go", "goes", "went", "going"];
const SLIDE = ["slide", "slides", "slid", "sliding", "slip", "slips", "slipped", "slipping", "push", "pushes", "pushed", "pushing", "sink", "sinks", "sank", "sinking", "thrust", "thrusts", "thrusting", "ease", "eases", "eased", "easing", "press", "presses", "pressed", "pressing", "drive", "drives", "drove", "driving", "bury", "buries", "buried", "burying"];
const ENTER = ["enter", "enters", "entered", "entering"];
const FINISH = ["finish", "finishes", "finished", "came", "comes", "cum", "cums", "cumming", "spill", "spills", "spilled"];
const UNTIL_SUBJECT = ["you", "she", "he", "i", "we", "they"];
const COME = ["come", "comes", "came", "cum", "cums", "climax", "climaxes", "climaxed"];
const STROKE = ["stroke", "strokes", "stroking", "stroked"];
const RIDE = ["ride", "rides", "riding", "rode"];
const SPREAD = ["spread", "spreads", "spreading"];
const POSSESSIVE = ["your", "her", "his", "my"];
const USE = ["use", "uses", "using", "used"];
const TOUCH = ["palm", "palms", "cup", "cups", "cupping", "grope", "gropes", "groping", "knead", "kneads", "kneading", "fondle", "fondles", "fondling"];
const LOVE_VERBS = ["make", "makes", "made", "making"];
const HAVE_DE = ["habt", "haben", "hatten", "hat", "hattet"];
const DENTRO = ["ti", "ella", "él", "mí", "vos", "você", "mim", "dela", "dele"];
const AMOR_VERBS = ["hacen", "hicieron", "haciendo", "hacer", "fazem", "fizeram", "fazendo", "fazer", "faites", "font", "fait", "faire"];

/**
 * Role-play tells sex in plain verbs aimed at "you": "goes down on you", "slides into you", "until
 * you both come". The object pronoun is what makes each a scene; each pattern runs only on texts
 * that hold its words.
 */
const ACT_PATTERNS: readonly GatedPattern[] = [
  gated(`(?:${GO.join("|")})\\s+down\\s+on\\s+${OBJECT}`, pairs(GO, ["down on"])),
  gated(`(?:${SLIDE.join("|")})\\s+(?:himself\\s+|herself\\s+|deep\\s+)?(?:into|inside)\\s+${OBJECT}`, pairs(SLIDE, ["into", "inside"])),
  gated(`(?:${ENTER.join("|")})\\s+${OBJECT}(?=\\s*(?:[,.!*;]|slowly|again|fully|deep|in\\s+one|with\\s+a|and|$))`, pairs(ENTER, OBJECTS)),
  gated(`(?:${FINISH.join("|")})\\s+(?:deep\\s+)?inside\\s+${OBJECT}`, pairs(FINISH, ["inside"])),
  gated(
    `until\\s+(?:${UNTIL_SUBJECT.join("|")})\\s+(?:both\\s+|all\\s+)?(?:${COME.join("|")})(?!\\s+(?:back|home|over|here|there|in|to|out|up|down|with|along|across|by|for|from|into|and\\s+go))`,
    pairs(["until"], UNTIL_SUBJECT, COME),
  ),
  gated(`(?:${STROKE.join("|")})\\s+(?:you|him)(?=\\s*(?:[,.!*;]|with|until|slowly|faster|firmly|hard|$))`, pairs(STROKE, ["you", "him"])),
  gated(`(?:${RIDE.join("|")})\\s+(?:you|him|her)(?=\\s*(?:[,.!*;]|slowly|hard|harder|faster|until|$))`, pairs(RIDE, ["you", "him", "her"])),
  gated(`(?:${SPREAD.join("|")}|between)\\s+(?:${POSSESSIVE.join("|")})\\s+(?:legs|thighs)`, pairs([...SPREAD, "between"], POSSESSIVE, ["legs", "thighs"])),
  gated(`(?:${USE.join("|")})\\s+(?:${POSSESSIVE.join("|")})\\s+(?:mouth|tongue)\\s+on\\s+${OBJECT}`, pairs(USE, ["mouth on", "tongue on"])),
  gated(`(?:${TOUCH.join("|")})\\s+(?:your|her|my)\\s+(?:breasts?|chest)`, pairs(TOUCH, ["breast", "breasts", "chest"])),
  gated(`(?:${LOVE_VERBS.join("|")})\\s+love(?:\\s+to\\s+${OBJECT})?`, pairs(LOVE_VERBS, ["love"])),
  gated(`(?:${HAVE_DE.join("|")})\\s+sex`, pairs(HAVE_DE, ["sex"])),
  // Spanish, Portuguese, French, German, Indonesian.
  gated(`dentro\\s+de\\s+(?:${DENTRO.join("|")})`, pairs(["dentro de"], DENTRO)),
  gated(`entre\\s+(?:tus|sus|suas|as|tes|ses)\\s+(?:piernas|pernas|cuisses)`, pairs(["entre"], ["piernas", "pernas", "cuisses"])),
  gated(`(?:${AMOR_VERBS.join("|")})\\s+(?:el\\s+|l['’])?(?:amor|amour)`, pairs(AMOR_VERBS, ["amor", "amour"])),
  gated(`(?:entre|entra|entré)\\s+en\\s+(?:toi|elle|lui|moi)`, pairs(["entre", "entra", "entré"], ["en toi", "en elle", "en lui", "en moi"])),
  gated(`acab(?:an|amos|aron)\\s+junt[oa]s`, pairs(["acaban", "acabamos", "acabaron"], ["juntos", "juntas"])),
  gated(`se\\s+corre|te\\s+penetra`, ["se corre", "te penetra"]),
  gated(`dringt\\s+in\\s+(?:dich|sie|ihn|mich)`, ["dringt"]),
  gated(`reite[tn]?\\s+(?:ihn|dich|mich|seinen\\s+schwanz|deinen\\s+schwanz)`, pairs(["reitet", "reiten", "reite"], ["ihn", "dich", "mich", "schwanz"])),
  // Czech "do tebe vnikne", Spanish "le metes los dedos", Korean "그녀 안으로 (천천히) 밀어 넣는다".
  gated(`do\\s+(?:tebe|ní|něj|mě|mne)\\s+vnik\\p{L}*`, pairs(["do"], ["tebe", "ní", "něj", "mě", "mne"])),
  gated(`(?:mete|metes|meto|metió|metiste|metí)\\s+(?:los|sus|tus|mis|dos|tres)\\s+dedos`, pairs(["mete", "metes", "meto", "metió", "metiste", "metí"], ["dedos"])),
  { pattern: /안으로\s*(?:\S+\s+){0,2}?(?:밀어\s*넣|들어가|들어갔|들어왔|넣었|넣는|넣음)/gu, family: UNSPACED },
  gated(`memasukkan\\s+(?:penis|kontol)\\p{L}*`, ["memasukkan"]),
  // Blunt English: "fucks you hard", "strokes his cock", "sinks two fingers into you", "comes on your thigh".
  gated(`(?:suck|sucks|sucked|sucking|stroke|strokes|stroked|stroking|grips|gripping|rides|riding)\\s+(?:your|his|my|her)\\s+(?:cock|dick|length|shaft)`, pairs(["suck", "sucks", "sucked", "sucking", "stroke", "strokes", "stroked", "stroking", "grips", "gripping", "rides", "riding"], ["cock", "dick", "length", "shaft"])),
  gated(`(?:\\p{L}+\\s+){0,2}fingers?\\s+(?:into|inside)\\s+${OBJECT}`, pairs(["finger", "fingers"], ["into", "inside"])),
  gated(`(?:fingers|hand|hands|lips|mouth)\\s+(?:around|round)\\s+(?:your|his|my)\\s+(?:cock|dick|shaft|length)`, pairs(["fingers", "hand", "hands", "lips", "mouth"], ["around", "round"], ["cock", "dick", "shaft", "length"])),
  // Chat-speak positions: "riding u cowgirl", "hit it doggy", "hit it from the back".
  gated(`(?:ride|rides|riding|rode)\\s+(?:u|you|him|her|me)\\s+(?:reverse\\s+)?cowgirl|hit\\s+it\\s+(?:doggy|from\\s+(?:the\\s+)?(?:back|behind))`, [...pairs(["ride", "rides", "riding", "rode"], ["cowgirl"]), "hit it doggy", "hit it back", "hit it behind"]),
  gated(`(?:comes?|came|cums?|finish(?:es)?)\\s+(?:on|over)\\s+(?:your|her|his|my)\\s+(?:thigh|thighs|stomach|belly|back|chest|face|tits|breasts)`, pairs(["come", "comes", "came", "cum", "cums", "finish", "finishes"], ["thigh", "thighs", "stomach", "belly", "back", "chest", "face", "tits", "breasts"])),
  // The vulgar verb inflected, with its object and no "over", "up" or "around" after ("fucked her", "was fucking me", "we
  // fucked"): the imperative "fuck you" is an insult and is left out.
  gated(
    `(?:(?:fucks|fucked|fucking)\\s+(?:her|him|me|you)(?!\\s+(?:over|up|around|about|off|with|kidding))|(?:fuck|fucks|fucked|fucking)\\s+my\\s+(?:mouth|face|throat)|(?:we|they)\\s+fucked)`,
    [...pairs(["fucks", "fucked", "fucking"], ["her", "him", "me", "you"]), ...pairs(["fuck", "fucks", "fucked", "fucking"], ["mouth", "face", "throat"]), "we fucked", "they fucked"],
  ),
  // Italian, Dutch, Polish, Russian, Turkish, Vietnamese, Tagalog, European Portuguese.
  gated(`(?:la|lo|ti|mi|ci)\\s+(?:fa|faccio|fai|fanno|fece)\\s+venire|fa(?:re|cciamo|nno|tto)\\s+l['’]amore`, ["fa venire", "faccio venire", "fai venire", "fanno venire", "fece venire", "fare amore", "facciamo amore", "fanno amore", "fatto amore"]),
  // Italian "ti viene dentro" (beside "penetra", already a word of the list); Polish "wsuwa cię w siebie", "dochodzi z głośnym jękiem".
  // (Not the idiom of an urge that comes over someone: "mi viene dentro una gran voglia di gelato".)
  gated(`(?:ti|le|gli|mi|ci)\\s+(?:viene|vengo|vieni|venne)\\s+dentro(?!\\s+(?:(?:una|la|un|il|questa|quella)\\s+)?(?:(?:gran|grande|forte|certa|tale)\\s+)?(?:voglia|fame|sete|rabbia|paura|nostalgia|tristezza|gioia|malinconia|dubbio|desiderio)(?![\\p{L}]))`, pairs(["viene", "vengo", "vieni", "venne"], ["dentro"])),
  gated(`(?:wsuwa|wsunęła|wsunął|wsuwam)\\s+(?:cię|go|się|mnie)\\s+w\\s+(?:siebie|nią|niego|ciebie|mnie)|(?:dochodzi|doszła|doszedł|dochodzę)\\s+z\\s+(?:\\p{L}+\\s+)?jękiem`, ["wsuwa", "wsunęła", "wsunął", "wsuwam", "jękiem"]),
  gated(`làm\\s+tình|dương\\s+vật|âm\\s+đạo|lên\\s+đỉnh|đụ\\s+(?:em|anh)`, ["làm tình", "dương vật", "âm đạo", "lên đỉnh", "đụ em", "đụ anh"]),
  gated(`içine\\s+gir\\p{L}*|sevişi?\\p{L}*`, ["içine", "sevişir", "sevişirler", "sevişiyor", "seviştik", "sevişmek", "sevişelim", "sevişiyoruz"]),
  gated(`(?:entr(?:o|a|ou|as)|meto|mete)\\s+(?:nela|nele|em\\s+ti|em\\s+você|em\\s+mim|dentro)|a\\s+fodes|vens-te|vem-se|vir-se`, [...pairs(["entro", "entra", "entrou", "entras", "meto", "mete"], ["nela", "nele", "em ti", "em você", "em mim", "dentro"]), "fodes", "vens", "vem", "vir"]),
];

/**
 * A vulgar verb for sex with its object and a manner ("fucks you hard", "pieprzy cię"), or two people
 * coming together: an act named outright, which profanity ("fuck you", "kurwa") and sex education
 * never write; one is a scene.
 */
const VULGAR_ACTS: readonly GatedPattern[] = [
  gated(`(?:fuck|fucks|fucked|fucking)\\s+(?:${OBJECT})(?=\\s+(?:hard|harder|slow|slowly|deep|deeper|fast|faster|against|into|on\\s+the|over|from\\s+behind|until|till|senseless|raw|rough|roughly|like))`, pairs(["fuck", "fucks", "fucked", "fucking"], OBJECTS)),
  gated(`pieprz(?:y|ę|ysz|ymy|ył|yła)\\s+(?:cię|ją|go|mnie)|(?:uprawiaj\\p{L}*|uprawiali)\\s+seks`, [...pairs(["pieprzy", "pieprzę", "pieprzysz", "pieprzymy", "pieprzył", "pieprzyła"], ["cię", "ją", "go", "mnie"]), "seks"]),
  gated(
    `(?:both\\s+of\\s+(?:you|us|them)|you\\s+both|we\\s+both|they\\s+both|the\\s+two\\s+of\\s+(?:you|us|them))\\s+(?:coming|came|come|cumming|cum|climaxing|climaxed|climax)(?!\\s+(?:back|home|over|here|there|in|to|out|up|down|with|along|across|by|for|from|into|inside|and\\s+go))`,
    pairs(["both", "two"], ["coming", "came", "come", "cumming", "cum", "climaxing", "climaxed", "climax"]),
  ),
];

/** Inflected verbs and nouns, by stem: "transam", "gozarem", "jouissiez", "payudaramu", "penisnya", "klimaks", "knullade". */
const STEMS = [
  "transa", "gozar", "gozou", "gozam", "gozem", "jouis", "jouit", "payuda", "penis", "klimak", "schwan", "bercin",
  // Dutch, Polish, Russian, Turkish, Tagalog, Italian.
  "neuk", "klaark", "kutas", "cipk", "конча", "трах", "ебёт", "оргазм", "boşal", "sikiş", "kinant", "kantot", "jakol", "scopan", "scopar", "scopat",
  // Italian, Swedish, Finnish, Hungarian, Polish, Russian, Czech, Indonesian, Portuguese.
  "pompin", "sborr", "knull", "runk", "nussi", "basz", "rucha", "obciąg", "дроч", "mrda", "šoust", "ngent", "fode",
  // Polish "bzykanko", Colombian "culean", and Indonesian words with their suffixes ("kontolnya", "memekmu", "toketmu").
  "bzyka", "culea", "kontol", "memek", "toket", "ngewe",
  // Finnish and Hungarian inflect their nouns and verbs with endings ("kyrpäänsä", "pilluasi", "puncija", "elélvezek", "leszopta").
  "kyrp", "pillu", "kulli", "tissi", "tisse", "punci", "elélve", "leszop",
];
const STEM_WORDS = new RegExp(`(?<![\\p{L}])(?:${STEMS.join("|")})\\p{L}*`, "giu");
const STEM_FAMILY = triggerStems(STEMS);

/**
 * English words that are plain words of another language, told apart by the words around them: Romanian "cum" is "how"
 * ("cum te simți", "nu știu cum să"), Latin's "with" ("cum laude").
 */
const PLAIN_ELSEWHERE: Readonly<Record<string, { before?: RegExp; after: RegExp }>> = {
  cum: {
    before: /(?<![\p{L}])(?:și|si|așa|asa|știu|stiu|de|ca|că|pe|summa|magna)\s+$/iu,
    after: /^\s+(?:să|sa|se|s-a|te|îți|iti|îmi|imi|îl|il|ți|ti|mi|vă|va|ne|ai|am|este|ești|esti|e|era|sunt|poți|poti|pot|vrei|faci|spui|zici|merge|arată|arata|adică|adica|ar|nu|altfel|laude|a\s+(?:fost|făcut|facut|ajuns|zis|spus|putut|mers|venit|trecut|început|inceput))(?![\p{L}])/iu,
  },
};

function plainElsewhere(text: string, match: RegExpExecArray): boolean {
  const rule = PLAIN_ELSEWHERE[match[0].toLowerCase()];
  if (rule === undefined) return false;
  const end = match.index + match[0].length;
  return rule.after.test(text.slice(end, end + 30)) || (rule.before?.test(text.slice(Math.max(0, match.index - 12), match.index)) ?? false);
}

/**
 * A climax told in a plain verb ("came", "coming", "spilled"): in most texts it is no scene, so it is a leaning sign only in
 * the sentence of an explicit word or act ("her fist pumped his cock until he came"), and not when it goes somewhere or
 * does something ("came back", "finished the report").
 */
const CLIMAX_WORDS = ["came", "coming", "come", "comes", "spilled", "spills", "finished", "climaxed", "climaxing", "gushed",
  // The same verbs in other languages, each also "came", "finished" or "went out": Nordic, German, Dutch, Italian, Spanish, Greek, Polish, Indonesian, Hebrew.
  "kom", "kam", "kwam", "kommer", "komme", "venne", "vennero", "venuto", "acabó", "acabamos", "terminó", "terminé", "τελείωσε", "τελείωσα", "doszła", "doszedł", "doszłam", "skończył", "keluar", "גמר", "גמרה",
  // Romanian, Czech, Finnish, Hungarian.
  "terminat", "termini", "udělal", "udělala", "neudělal", "neudělala", "tulin", "tuli", "elmentem", "elment"];
const CLIMAX_VERBS = new RegExp(`(?<![\\p{L}])(?:${CLIMAX_WORDS.join("|")})(?![\\p{L}])(?!\\s+(?:back|home|over|here|there|in|to|out|up|down|with|along|across|by|for|from|into|and|at|on\\s+time|the|a|an|my|his|her|your|their|our|this|that|it)(?![\\p{L}]))`, "giu");
const CLIMAX_FAMILY = triggerFamily(CLIMAX_WORDS);
const SENTENCE_END = /[.!?\n]/u;

function climaxBeside(field: ContentField, evidence: readonly ContentEvidence[]): ContentEvidence[] {
  const explicit = evidence.filter((piece) => !LEANING_RULES.has(piece.rule));
  if (explicit.length === 0) return [];
  const { text } = field;
  const sentenceOf = (index: number): [number, number] => {
    let start = index;
    while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
    let end = index;
    while (end < text.length && !SENTENCE_END.test(text[end])) end++;
    return [start, end];
  };
  const sentences = explicit.map((piece) => sentenceOf(piece.start));
  // Not a verb inside the explicit phrase itself ("came inside her" is one sign, not two).
  const inside = (index: number) => explicit.some((piece) => index >= piece.start && index < piece.end);
  return evidenceOf(field, CLIMAX_VERBS, "sexual", "suggestive-term", (match) => (!inside(match.index) && sentences.some(([start, end]) => match.index >= start && match.index < end) ? 0.15 : null), CLIMAX_FAMILY);
}

export function detectSexual(field: ContentField): ContentEvidence[] {
  // One array for all (this runs on every field with any rule's words): the explicit evidence, the climaxes beside it, the model's.
  const evidence = explicitEvidence(field);
  if (evidence.length > 0) for (const item of climaxBeside(field, evidence)) evidence.push(item);
  for (const item of sexualModelEvidence(field, evidence)) evidence.push(item);
  return evidence;
}

function explicitEvidence(field: ContentField): ContentEvidence[] {
  return [
    ...evidenceOfAll(field, VULGAR_ACTS, "sexual", "act-phrase", 0.5),
    ...evidenceOfAll(field, ACT_PATTERNS, "sexual", "act-phrase", 0.45),
    ...evidenceOf(field, STEM_WORDS, "sexual", "explicit-term", 0.45, STEM_FAMILY),
    // Two explicit terms make a scene (0.45 each combine to 0.7); one needs a suggestive one beside it.
    // Most texts hold no word of either list: one look at the whole list's gate before its groups'.
    ...(mayHold(field, STRONG_FAMILY) ? evidenceOfGroups(field, STRONG_GROUPS, "sexual", "explicit-term", (match) => (plainElsewhere(field.text, match) ? null : 0.45)) : []),
    ...evidenceOf(field, SEX_ACT, "sexual", "explicit-term", 0.45, STRONG_FAMILY),
    ...(mayHold(field, SUGGESTIVE_FAMILY) ? evidenceOfGroups(field, SUGGESTIVE_GROUPS, "sexual", "suggestive-term", 0.15) : []),
    ...evidenceOf(field, UNSPACED_STRONG, "sexual", "explicit-term", 0.45, UNSPACED),
    ...evidenceOf(field, UNSPACED_LEANING, "sexual", "suggestive-term", 0.15, UNSPACED),
  ];
}
