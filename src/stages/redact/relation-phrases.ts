/** "my little brother Tyler", "our teacher mr okafor", "boss rick", "herr vogel": a relation word or an honorific and the name after it. */
import { firstWords, WordAnchoredPattern } from "./word-anchored.js";
import { RELATIONS } from "./word-lists.js";

const POSSESSIVES = ["my", "our", "his", "her", "ur", "your"];
const HONORIFIC_WORDS = ["mr", "mrs", "ms", "miss", "dr", "herr", "frau"];
/** A relation phrase ending in an honorific ("our teacher mr "): what comes next is a surname. */
export const ENDS_WITH_HONORIFIC = new RegExp(`(?<![\\p{L}])(?:${HONORIFIC_WORDS.join("|")})\\.?[ \\t]+$`, "iu");

export const RELATION_NAME = new WordAnchoredPattern(
  `(?<![\\p{L}])(?:(?:(?:${POSSESSIVES.join("|")})[ \\t]+(?:(?:little|lil|big|older|younger|best|twin|step|real|actual|irl|old|new)[ \\t]+)?)?(?:${RELATIONS.join("|")})(?:[ \\t]+is)?(?:[ \\t]+(?:literally|actually|really|also|irl))?(?:[ \\t]+(?:named|called))?(?:[ \\t]+(?:${HONORIFIC_WORDS.join("|")})\\.?)?|(?:${HONORIFIC_WORDS.join("|")})\\.?)[ \\t]+([\\p{L}][\\p{L}'’-]{1,30})`,
  "iu",
  [...POSSESSIVES, ...HONORIFIC_WORDS, ...firstWords(RELATIONS)],
);
