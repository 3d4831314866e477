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
import { triggerFamily } from "./triggers.js";
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

export function detectSexual(field: ContentField): ContentEvidence[] {
  return [
    // Two explicit terms make a scene (0.45 each combine to 0.7); one needs a suggestive one beside it.
    ...evidenceOf(field, STRONG, "sexual", "explicit-term", 0.45, STRONG_FAMILY),
    ...evidenceOf(field, SEX_ACT, "sexual", "explicit-term", 0.45, STRONG_FAMILY),
    ...evidenceOf(field, SUGGESTIVE, "sexual", "suggestive-term", 0.15, SUGGESTIVE_FAMILY),
  ];
}
