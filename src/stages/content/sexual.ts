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
import { evidenceOf, wordsPattern } from "./match-all.js";
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
] as const;

/** Words that lean sexual without saying it: they only add to strong evidence. */
const SUGGESTIVE_WORDS = [
  "moan", "moans", "moaned", "moaning", "naked", "nude", "undress", "undresses", "undressing", "horny", "kinky", "lewd", "aroused", "arousal", "lust", "lustful",
  "thrust", "thrusts", "thrusting", "panting", "grinds", "grinding", "strip", "strips", "stripping", "bed", "sheets", "lingerie", "erotic", "sexy", "seductive", "sensual",
  "gime", "desnuda", "desnudo", "desnudos", "nua", "nu", "nue", "nackt", "telanjang", "mendesah",
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
const OBJECT = "(?:you|her|him|me|them|each other)";
const ACT_PHRASES = new RegExp(
  [
    `(?:go|goes|went|going)\\s+down\\s+on\\s+${OBJECT}`,
    `(?:slides?|slid|sliding|push(?:es)?|pushed|pushing|sinks?|sank|sinking|thrusts?|thrusting|eases?|eased|easing)\\s+(?:himself\\s+|herself\\s+|deep\\s+)?(?:into|inside)\\s+${OBJECT}`,
    `(?:enters?|entered|entering)\\s+${OBJECT}(?=\\s*(?:[,.!*;]|slowly|again|fully|deep|in\\s+one|with\\s+a|and|$))`,
    `(?:finish(?:es|ed)?|came|comes|cum(?:s|ming)?|spills?|spilled)\\s+(?:deep\\s+)?inside\\s+${OBJECT}`,
    `until\\s+(?:you|she|he|i|we|they)\\s+(?:both\\s+|all\\s+)?(?:come|comes|came|cum|cums|climax(?:es|ed)?)(?!\\s+(?:back|home|over|here|there|in|to|out|up|down|with|along|across|around|by|for|from|into|and\\s+go))`,
    `(?:strokes?|stroking|stroked)\\s+(?:you|him)(?=\\s*(?:[,.!*;]|with|until|slowly|faster|firmly|hard|$))`,
    `(?:rides?|riding|rode)\\s+(?:you|him|her)(?=\\s*(?:[,.!*;]|slowly|hard|harder|faster|until|$))`,
    `(?:spreads?|spreading)\\s+(?:your|her|his|my)\\s+(?:legs|thighs)`,
    `between\\s+(?:your|her|his|my)\\s+(?:legs|thighs)`,
    `(?:use|uses|using|used)\\s+(?:your|her|his|my)\\s+(?:mouth|tongue)\\s+on\\s+${OBJECT}`,
    `(?:palms?|cups?|cupping|gropes?|groping|kneads?|kneading|fondles?|fondling)\\s+(?:your|her|my)\\s+(?:breasts?|chest)`,
    `(?:make|makes|made)\\s+love(?:\\s+to\\s+${OBJECT})?`,
    `(?:habt|haben|hatten|hat|hattet)\\s+sex`,
    // Spanish, Portuguese, French, German, Indonesian.
    `dentro\\s+de\\s+(?:ti|ella|él|mí|vos|você|mim|dela|dele)`, `entre\\s+(?:tus|sus|suas|as|tes|ses)\\s+(?:piernas|pernas|cuisses)`,
    `(?:hacen|hicieron|haciendo|hacer|fazem|fizeram|fazendo|fazer|faites|font|fait|faire)\\s+(?:el\\s+|l['’])?(?:amor|amour)`,
    `(?:entre|entra|entré)\\s+en\\s+(?:toi|elle|lui|moi)`, `acab(?:an|amos|aron)\\s+junt[oa]s`, `se\\s+corre|te\\s+penetra`,
    `dringt\\s+in\\s+(?:dich|sie|ihn|mich)`, `memasukkan\\s+(?:penis|kontol)\\w*`,
  ].map((phrase) => `(?<![\\p{L}])${phrase}(?![\\p{L}])`).join("|"),
  "giu",
);
const ACT_FAMILY = triggerFamily(["down", "into", "inside", "enter", "enters", "entered", "entering", "until", "stroke", "strokes", "stroking", "stroked", "ride", "rides", "riding", "rode", "spread", "spreads", "spreading", "between", "mouth", "tongue", "palm", "palms", "cup", "cups", "cupping", "grope", "gropes", "groping", "knead", "kneads", "kneading", "fondle", "fondles", "fondling", "love", "sex", "dentro", "entre", "entra", "entré", "amor", "amour", "acaban", "acabamos", "acabaron", "corre", "penetra", "dringt", "memasukkan"]);

/** Inflected verbs and nouns, by stem: "transam", "gozarem", "jouissiez", "payudaramu", "penisnya", "klimaks". */
const STEMS = ["transa", "gozar", "gozou", "gozam", "gozem", "jouis", "jouit", "payuda", "penis", "klimak", "schwan", "bercin"];
const STEM_WORDS = new RegExp(`(?<![\\p{L}])(?:${STEMS.join("|")})\\p{L}*`, "giu");
const STEM_FAMILY = triggerStems(STEMS);

export function detectSexual(field: ContentField): ContentEvidence[] {
  return [
    ...evidenceOf(field, ACT_PHRASES, "sexual", "act-phrase", 0.45, ACT_FAMILY),
    ...evidenceOf(field, STEM_WORDS, "sexual", "explicit-term", 0.45, STEM_FAMILY),
    // Two explicit terms make a scene (0.45 each combine to 0.7); one needs a suggestive one beside it.
    ...evidenceOf(field, STRONG, "sexual", "explicit-term", 0.45, STRONG_FAMILY),
    ...evidenceOf(field, SEX_ACT, "sexual", "explicit-term", 0.45, STRONG_FAMILY),
    ...evidenceOf(field, SUGGESTIVE, "sexual", "suggestive-term", 0.15, SUGGESTIVE_FAMILY),
  ];
}
