/**
 * `sexual`: explicit sexual activity described, not romance, flirting, a kiss or a fade to black.
 *
 * The words are the sexual-act and genital terms of the List of Dirty, Naughty, Obscene and
 * Otherwise Bad Words (the `naughty-words` package, CC-BY-4.0) for English, Spanish, Portuguese,
 * French and German, chosen by hand: that list mixes them with insults, drugs, profanity used as
 * an exclamation ("fuck off") and plain words ("cerveja"), which say nothing of a scene. A test
 * checks that every listed term is in that list or in `ADDED` below, so the choice stays visible.
 *
 * One explicit word in passing is not a scene: a conversation counts when its evidence adds up
 * (see `classifyContent`); "strong" words name acts or genitals, "suggestive" ones only lean.
 */
import { evidenceOf, evidenceOfAll, gated, pairs, wordsPattern, type GatedPattern } from "./match-all.js";
import { triggerFamily, triggerStems } from "./triggers.js";
import type { ContentEvidence, ContentField } from "./types.js";

/** Acts and genitals, from the list. */
export const SEXUAL_STRONG_FROM_LIST = [
  "anal", "anilingus", "blowjob", "blow job", "clit", "clitoris", "cock", "cum", "cumming", "cunnilingus", "deepthroat", "deep throat", "dick", "dildo",
  "ejaculation", "fellatio", "fingering", "fisting", "gangbang", "genitals", "handjob", "hand job", "intercourse", "jerk off", "jack off", "masturbate", "masturbating",
  "masturbation", "nipple", "nipples", "orgasm", "orgy", "pussy", "semen", "sodomy", "spread legs", "strapon", "strap on", "threesome", "vagina", "vulva", "vibrator", "wank",
  // Spanish, Portuguese, French, German.
  "follar", "mamada", "semen", "sexo oral", "verga", "pezón", "coito", "foder", "gozar", "pênis", "transar", "vibrador", "clitoris", "bite", "branler", "jouir",
  "ficken", "bumsen", "vögeln", "penis", "orgasmus", "onanieren",
] as const;

/** Acts and body words the list lacks, as role-play writes them. */
export const ADDED = [
  "penis", "erection", "thrusting into her", "thrust into her", "thrusts into her", "thrusting into him", "thrust into him",
  "climaxed", "climaxing", "came inside", "moaning his name", "moaning her name",
  "bare breasts", "her breasts", "his cock", "her clit", "naked bodies", "sexual intercourse", "had sex", "having sex", "making love", "penetrate", "penetrated", "penetration",
  "oral sex", "went down on her", "went down on him", "pre-cum", "precum",
  "se corre", "gemía", "penetra", "penetró", "pechos desnudos", "tetas", "seios", "gemendo", "penetrou", "gozou", "excitada", "mouillée", "gémit", "pénètre", "seins nus",
  "stöhnt", "erregt", "dringt in sie ein", "brüste",
  "bercinta", "berhubungan badan", "menggenjot", "desahan", "payudara", "penisnya", "vaginanya", "orgasme",
  "pik", "lul", "член", "секс", "cazzo", "figa", "fica", "sborra", "tite", "puke", "iyot", "seks", "dick", "pussy",
] as const;

/** Words that lean sexual without saying it: they only add to strong evidence. */
const SUGGESTIVE_WORDS = [
  "moan", "moans", "moaned", "moaning", "naked", "nude", "undress", "undresses", "undressing", "horny", "kinky", "lewd", "aroused", "arousal", "lust", "lustful",
  "thrust", "thrusts", "thrusting", "panting", "grinds", "grinding", "strip", "strips", "stripping", "bed", "sheets", "lingerie", "erotic", "sexy", "seductive", "sensual",
  "gime", "desnuda", "desnudo", "desnudos", "nua", "nu", "nue", "nackt", "telanjang", "mendesah",
  // Moaning and nakedness, the commonest cues beside an explicit word, in more languages.
  "gemía", "gimiendo", "gemido", "gemidos", "geme", "gemendo", "gemeu", "gémit", "gémissant", "stöhnt", "stöhnen", "stöhnend", "desahan", "desah", "ungol", "umuungol",
  "napaungol", "jęczy", "jęknęła", "jęknął", "стонет", "стоны", "стон", "inliyor", "inledi", "kreunt", "kreunend", "rên", "rên rỉ", "hubad", "nago", "голая", "голый",
  "çıplak", "naakt", "khỏa thân", "nuda",
];
const SUGGESTIVE = wordsPattern(SUGGESTIVE_WORDS);
const SUGGESTIVE_FAMILY = triggerFamily(SUGGESTIVE_WORDS);

const STRONG_WORDS = [...new Set([...SEXUAL_STRONG_FROM_LIST, ...ADDED])];
const STRONG = wordsPattern(STRONG_WORDS);
const STRONG_FAMILY = triggerFamily([...STRONG_WORDS, "sex"]);

/** "sex" alone: a scene when done ("had sex", "sex with"), not "sex ed" or "the sex of the baby". */
const SEX_ACT = /(?<![\p{L}])(?:have|having|had|has|wants?|want to have)\s+sex(?![\p{L}])|(?<![\p{L}])sex\s+with(?![\p{L}])/giu;

/**
 * Role-play tells sex in plain verbs aimed at "you": "goes down on you", "slides into you", "until
 * you both come". Each is a phrase family of its own; the object pronoun is what makes it a scene.
 */
const OBJECTS = ["you", "her", "him", "me", "them", "each other"];
const OBJECT = `(?:${OBJECTS.join("|")})`;

const GO = ["go", "goes", "went", "going"];
const SLIDE = ["slide", "slides", "slid", "sliding", "push", "pushes", "pushed", "pushing", "sink", "sinks", "sank", "sinking", "thrust", "thrusts", "thrusting", "ease", "eases", "eased", "easing"];
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
  gated(`memasukkan\\s+(?:penis|kontol)\\p{L}*`, ["memasukkan"]),
  // Blunt English: "fucks you hard", "strokes his cock", "sinks two fingers into you", "comes on your thigh".
  gated(`(?:fuck|fucks|fucked|fucking)\\s+(?:${OBJECT})(?=\\s+(?:hard|harder|slow|slowly|deep|deeper|fast|faster|against|into|on\\s+the|over|from\\s+behind|until|till|senseless|raw|rough|roughly|like))`, pairs(["fuck", "fucks", "fucked", "fucking"], OBJECTS)),
  gated(`(?:suck|sucks|sucked|sucking|stroke|strokes|stroked|stroking|grips|gripping|rides|riding)\\s+(?:your|his|my|her)\\s+(?:cock|dick|length|shaft)`, pairs(["suck", "sucks", "sucked", "sucking", "stroke", "strokes", "stroked", "stroking", "grips", "gripping", "rides", "riding"], ["cock", "dick", "length", "shaft"])),
  gated(`(?:\\p{L}+\\s+){0,2}fingers?\\s+(?:into|inside)\\s+${OBJECT}`, pairs(["finger", "fingers"], ["into", "inside"])),
  gated(`(?:comes?|came|cums?|finish(?:es)?)\\s+(?:on|over)\\s+(?:your|her|his|my)\\s+(?:thigh|thighs|stomach|belly|back|chest|face|tits|breasts)`, pairs(["come", "comes", "came", "cum", "cums", "finish", "finishes"], ["thigh", "thighs", "stomach", "belly", "back", "chest", "face", "tits", "breasts"])),
  // Italian, Dutch, Polish, Russian, Turkish, Vietnamese, Tagalog, European Portuguese.
  gated(`(?:la|lo|ti|mi|ci)\\s+(?:fa|faccio|fai|fanno|fece)\\s+venire|fa(?:re|cciamo|nno|tto)\\s+l['’]amore`, ["fa venire", "faccio venire", "fai venire", "fanno venire", "fece venire", "fare amore", "facciamo amore", "fanno amore", "fatto amore"]),
  gated(`pieprz(?:y|ę|ysz|ymy|ył|yła)\\s+(?:cię|ją|go|mnie)|(?:uprawiaj\\p{L}*|uprawiali)\\s+seks`, [...pairs(["pieprzy", "pieprzę", "pieprzysz", "pieprzymy", "pieprzył", "pieprzyła"], ["cię", "ją", "go", "mnie"]), "seks"]),
  gated(`làm\\s+tình|dương\\s+vật|âm\\s+đạo|lên\\s+đỉnh|đụ\\s+(?:em|anh)`, ["làm tình", "dương vật", "âm đạo", "lên đỉnh", "đụ em", "đụ anh"]),
  gated(`içine\\s+gir\\p{L}*|sevişi?\\p{L}*`, ["içine", "sevişir", "sevişirler", "sevişiyor", "seviştik", "sevişmek", "sevişelim", "sevişiyoruz"]),
  gated(`(?:entr(?:o|a|ou|as)|meto|mete)\\s+(?:nela|nele|em\\s+ti|em\\s+você|em\\s+mim|dentro)|a\\s+fodes|vens-te|vem-se|vir-se`, [...pairs(["entro", "entra", "entrou", "entras", "meto", "mete"], ["nela", "nele", "em ti", "em você", "em mim", "dentro"]), "fodes", "vens", "vem", "vir"]),
];

/** Inflected verbs and nouns, by stem: "transam", "gozarem", "jouissiez", "payudaramu", "penisnya", "klimaks". */
const STEMS = [
  "transa", "gozar", "gozou", "gozam", "gozem", "jouis", "jouit", "payuda", "penis", "klimak", "schwan", "bercin",
  // Dutch, Polish, Russian, Turkish, Tagalog, Italian.
  "neuk", "klaark", "kutas", "cipk", "конча", "трах", "ебёт", "оргазм", "boşal", "sikiş", "kinant", "kantot", "jakol", "scopan", "scopar", "scopat",
];
const STEM_WORDS = new RegExp(`(?<![\\p{L}])(?:${STEMS.join("|")})\\p{L}*`, "giu");
const STEM_FAMILY = triggerStems(STEMS);

export function detectSexual(field: ContentField): ContentEvidence[] {
  return [
    ...evidenceOfAll(field, ACT_PATTERNS, "sexual", "act-phrase", 0.45),
    ...evidenceOf(field, STEM_WORDS, "sexual", "explicit-term", 0.45, STEM_FAMILY),
    // Two explicit terms make a scene (0.45 each combine to 0.7); one needs a suggestive one beside it.
    ...evidenceOf(field, STRONG, "sexual", "explicit-term", 0.45, STRONG_FAMILY),
    ...evidenceOf(field, SEX_ACT, "sexual", "explicit-term", 0.45, STRONG_FAMILY),
    ...evidenceOf(field, SUGGESTIVE, "sexual", "suggestive-term", 0.15, SUGGESTIVE_FAMILY),
  ];
}
