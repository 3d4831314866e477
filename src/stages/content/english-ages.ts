/**
 * Everyday English ways of telling that someone is a child, as the English of many countries writes them: the words for a
 * relative or a child in dialects ("our laaitie", "ma wean", "my pinsan"), the short names of school years after any subject
 * or a verb of starting ("Chun-hei's in Form 4", "just started Primary 1", "P6 this year"), small ages in words ("three and a
 * half", "just turned two", "five years old"), a baby cared for in the scene, a group of children "all under ten", rites and
 * youth groups tied to an age. Patterns only: minor.ts decides, with its checks for the past, things and comparisons, which
 * matches stand.
 */

import { gated, pairs, type GatedPattern } from "./match-all.js";
import { triggerFamily } from "./triggers.js";

/**
 * Words for a child or a young relative that the standard lists lack, from the Englishes of Scotland, Ireland, South Africa,
 * Nigeria, the Philippines, New Zealand and Australia ("wean", "bairn", "laaitie", "pikin", "pinsan", "pamangkin", "mokopuna").
 */
export const DIALECT_KIN = ["wean", "weans", "bairn", "bairns", "wee\\s+one", "wee\\s+yin", "young\\s+one", "young\\s+fella", "laaitie", "laaities", "pikin", "pikins", "pinsan", "pamangkin", "bunso", "mokopuna", "moko", "bub", "bubba", "kiddo", "lil\\s+man", "little\\s+man", "lil\\s+dude", "little\\s+dude", "lil\\s+one", "little\\s+guy", "lil\\s+guy", "last\\s+born", "lastborn"];

/** The subject of "is", as chats write it: a pronoun, "I'm", or a name or noun with "'s" (not "it's", "that's", "what's"). */
export const SUBJECT_IS = "(?:i['’]?m|im|i\\s+am|am|ah['’]m|she['’]?s|he['’]?s|we['’]re|they['’]re|you['’]re|is|are|(?!(?:it|that|what|there|here|where|which|this|let)['’]s)\\p{L}+['’]s)";

const ENGLISH_AGE_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"];
const SMALL_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const CODE_NUMBER = (most: number) => `(?:${Array.from({ length: most }, (_, i) => i + 1).reverse().join("|")}|${SMALL_NUMBERS.slice(0, most).sort((a, b) => b.length - a.length).join("|")})`;
/**
 * School years by their short names in English-speaking systems, the highest numbers that are still under eighteen: grades
 * 1–12, years 1–11 (England, Wales, Australia, New Zealand), forms 1–5 (Kenya, Malaysia, Hong Kong), primary 1–7, standards 1–8,
 * secondary 1–4 (Singapore). "P1"–"P7" and "S1"–"S4" are read with their capital (see SCHOOL_YEAR_CODE_CASED).
 */
const SCHOOL_CODE = `(?:grade\\s*${CODE_NUMBER(12)}|(?:year|yr)\\s*${CODE_NUMBER(11)}|form\\s*${CODE_NUMBER(5)}|primary\\s*${CODE_NUMBER(7)}|(?:standard|std\\.?)\\s*${CODE_NUMBER(8)}|(?:sec|secondary)\\s*[1-4]|(?:first|second|third|fourth|fifth)\\s+form)`;
const CODE_WORDS = ["grade", "year", "yr", "form", "primary", "standard", "std", "sec", "secondary"];
/** A code's word and its number, apart ("year 7", "form two") or glued ("yr10", "sec1"). */
const CODE_TRIGGERS = [...CODE_WORDS.flatMap((word) => [...Array.from({ length: 12 }, (_, i) => String(i + 1)), ...SMALL_NUMBERS].flatMap((n) => [`${word} ${n}`, `${word}${n}`])), ...pairs(["first", "second", "third", "fourth", "fifth"], ["form"])];
/**
 * What only a pupil of that year has: "grade 8 field trip", "Year 5 camp", "P6 maths" (a teacher's are read as a teacher's).
 * Not exams or tests: a "Grade 8 exam" is as often music's or dance's.
 */
const PUPILS_THINGS = "(?:field\\s+trip|trip|camp|graduation|grad|homework|project|science\\s+fair|dance|disco|prom|formal|sports\\s+day|maths?|english|science|history|assembly|timetable|report\\s+card|class\\s+photo|group\\s*chat|gc|kid|boy|girl|student|pupil|jumper|uniform|classroom|class(?!\\s+(?:teacher|tutor|reunion)))";
/** Verbs of entering a school year: "just started Year 7", "entered Primary 1", "going into Grade 9", "moving up to Form 2". */
const STARTS = "(?:(?:just\\s+)?(?:started|starting|starts|start|entered|entering|enter|repeating|repeat|joined|joining|joins|join)|(?:just\\s+)?(?:got|gets|getting|moved|moving)\\s+(?:in)?to|going\\s+into|moving\\s+up\\s+(?:in)?to|moved\\s+up\\s+(?:in)?to|goes\\s+into|after\\s+starting)";
/** What cannot follow a pupil's school year: "year 3 of the war", "grade 5 in piano", "Form 2 of the application". */
const NOT_A_PUPILS_CODE = "(?![\\p{L}\\p{N}])(?!\\s+(?:of|since|after|before|in\\s+(?:piano|violin|guitar|ballet|music|theory|singing|drums|flute|cello|trumpet))\\b)";

export const SCHOOL_YEAR_CODES: readonly GatedPattern[] = [
  // "Chun-hei's in Form 4", "I'm Standard 6 this year", "she's only in yr 10", "my cuz is Year 5 at the kura".
  gated(`${SUBJECT_IS}\\s+(?:only\\s+|just\\s+|still\\s+|now\\s+|already\\s+)?(?:in\\s+|inna\\s+)?${SCHOOL_CODE}${NOT_A_PUPILS_CODE}(?!\\s*[-–]\\s*\\d)`, CODE_TRIGGERS),
  gated(`${STARTS}\\s+(?:(?:in|at)\\s+)?${SCHOOL_CODE}${NOT_A_PUPILS_CODE}`, CODE_TRIGGERS),
  // Pupils' own words: Jamaican "mi inna grade 9", Kenyan "niko Grade 7", Filipino "ako grade 10".
  gated(`(?:mi|ah|niko|nipo|yuko|tuko|ako)\\s+(?:inna\\s+|in\\s+|na\\s+)?${SCHOOL_CODE}${NOT_A_PUPILS_CODE}`, CODE_TRIGGERS),
  gated(`${SCHOOL_CODE}\\s+${PUPILS_THINGS}(?![\\p{L}])`, CODE_TRIGGERS),
  // "My daughter P1 this year", "Grade 6 next year": a pupil's year now or the next.
  gated(`${SCHOOL_CODE}\\s+(?:this|next)\\s+year(?![\\p{L}])`, CODE_TRIGGERS),
];
/** The capitalised short names: "Ma boy's in P7 noo", "started S1", "Rory's S2 an taller…", "P6 this year". */
const CASED_SUBJECT = "(?:[Ii]['’]?m|[Ii]\\s+am|am|[Aa]h['’]m|[Ss]he['’]?s|[Hh]e['’]?s|[Ww]e['’]re|[Tt]hey['’]re|is|are|(?!(?:[Ii]t|[Tt]hat|[Ww]hat|[Tt]here|[Hh]ere|[Ll]et)['’]s)\\p{L}+['’]s)";
export const SCHOOL_YEAR_CODE_CASED: GatedPattern = {
  pattern: new RegExp(`(?<![\\p{L}])(?:${CASED_SUBJECT}\\s+(?:only\\s+|just\\s+|still\\s+|now\\s+)?(?:in\\s+)?|${STARTS}\\s+)(?:P[1-7]|S[1-4])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:P[1-7]|S[1-4])\\s+(?:this|next)\\s+year(?![\\p{L}])`, "gu"),
  family: triggerFamily(["p1", "p2", "p3", "p4", "p5", "p6", "p7", "s1", "s2", "s3", "s4"]),
};

/** Small ages in words with the word for years: "five years old", "a three-year-old", "aw o' eight years auld", "two and a half years old". */
export const SMALL_YEARS_OLD = gated(
  `(?:one|two|three|four|five)(?:\\s+and\\s+a\\s+half)?[- ]years?[- ](?:old|auld)(?:s)?`,
  [...pairs(["one", "two", "three", "four", "five"], ["year", "years"], ["old", "auld", "olds"])],
);

/** A small age just reached or about to be: "who just turned two", "Baby just turned one", "he's turning three". */
export const TURNED_SMALL = gated(
  `(?:just\\s+turned|turned|turning|turns)\\s+(?:one|two|three|four|five)(?=\\s*[,.!;?)]|\\s*$|\\s+(?:and|but|so|last|this|next|in|on|today|tomorrow|yesterday|recently|now|soon)(?![\\p{L}]))`,
  pairs(["turned", "turning", "turns"], ["one", "two", "three", "four", "five"]),
);

/** A small age in months, weeks or days after a subject: "Siobhan's little one is two weeks old", "she's exactly eleven days old", "he'll be eight days old". */
export const DAYS_OLD: GatedPattern = {
  // Not `gated`: "'s" follows a letter ("The bairn's only six weeks auld").
  pattern: new RegExp(
    `(?:(?<![\\p{L}])(?:is|are|will\\s+be|being)|['’](?:s|re|ll\\s+be))\\s+(?:only\\s+|just\\s+|exactly\\s+|barely\\s+|nearly\\s+|almost\\s+|about\\s+)?(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a\\s+few|a\\s+couple\\s+of)\\s+(?:days?|weeks?|months?)(?:\\s+(?:old|auld)(?![\\p{L}])|\\s+now(?![\\p{L}])|(?=\\s*(?:[,.!;]|an['’]?\\s|and\\s)))|(?<![\\p{L}])(?:all\\s+of|barely|aged)\\s+(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\\s+(?:days?|weeks?|months?)\\s+(?:old|auld)(?![\\p{L}])|(?:(?<![\\p{L}])is|['’]s)\\s+(?:only\\s+|just\\s+)(?:one|two|three|four|five|[1-5])\\s+years?(?=\\s*[,.!;]|\\s+(?:and|an)\\s)`,
    "giu",
  ),
  family: triggerFamily([...pairs(["day", "days", "week", "weeks", "month", "months"], ["old", "auld", "now", "is", "s"]), ...pairs(["only", "just"], ["one", "two", "three", "four", "five", "1", "2", "3", "4", "5"], ["year", "years"])]),
};

/** Under ten, said of children: "hasn't even hit double digits", "the kids, all three of them under ten", "every one of 'em under ten". */
export const UNDER_TEN = gated(
  `(?:hasn['’]?t|has\\s+not|haven['’]?t|have\\s+not|not|isn['’]?t|aren['’]?t)\\s+(?:even\\s+|yet\\s+)?(?:hit|reached|into|in|made\\s+it\\s+(?:in)?to)\\s+(?:the\\s+)?double\\s+(?:digits|figures)|(?:kids|children|childer|weans|bairns|boys|girls|players|pupils|all|one|lot)\\b[^.!?\\n]{0,30}?\\s(?:all\\s+)?under\\s+(?:ten|twelve|eleven|nine|eight|seven|six|thirteen|fourteen|fifteen|sixteen|1[0-6]|[6-9])(?![\\p{L}\\p{N}])(?!\\s*(?:[\\p{L}]+\\s+)?(?:minutes|mins|hours|seconds|kg|kilos|pounds|lbs|stone|dollars|bucks|quid|euros|rand|pesos|percent|%|feet|ft|metres|meters|miles|km|degrees|grand))`,
  ["double digits", "double figures", ...pairs(["under"], ["ten", "twelve", "eleven", "nine", "eight", "seven", "six", "thirteen", "fourteen", "fifteen", "sixteen", "10", "11", "12", "13", "14", "15", "16", "6", "7", "8", "9"])],
);

/** A baby named in the scene, or a little sibling named by "baby": the subject of BABY_CARE's window. */
export const BABY_SUBJECT = gated(
  `(?:a|the|her|his|my|our|their|your|ma|me|mi|di|one|this|that|\\p{L}+['’]s)\\s+(?:[\\p{L}-]+\\s+)?(?:baby|bub|bubba|newborn|infant|bairn|wean)(?:\\s+(?:bro|brother|sister|sis|boy|girl|cousin|niece|nephew))?|^\\s*baby\\s+(?:just|is|has|was|can|will|won['’]t|keeps)`,
  ["baby", "bub", "bubba", "newborn", "infant", "bairn", "wean"],
);
/**
 * What only a baby or a toddler does or has: a bottle, nappies, teething, croup, a christening, crawling. Beside a baby
 * subject (within a sentence) it puts a real baby in the scene, not a partner called "baby".
 */
export const BABY_CARE = /(?<![\p{L}])(?:bottle(?!\s+of)|bottles(?!\s+of)|nappy|nappies|diaper|diapers|christening|baptism|naming\s+ceremony|croup|colic|colicky|teething|teethin|burp|burping|(?:started|starting|learning\s+to|learned\s+to|learnt\s+to|can)\s+crawl\p{L}*|a\s+crawl|pram|buggy|stroller|pushchair|cot|crib|cradle|high\s*chair|car\s+seat|breastfeed\p{L}*|pacifier|binky|onesie|rattle|lullaby|swaddl\p{L}*|first\s+steps|first\s+word|(?:learned|learnt|learning)\s+to\s+walk|weaning|babysit\p{L}*|health\s+visitor|peekaboo|peek-a-boo|tie\s+(?:the\s+)?pikin\s+for\s+back)(?![\p{L}])/iu;

/**
 * Rites and groups tied to a child's age, still to come or just had: a First Communion or a Confirmation being made, a
 * quinceañera, a bar or bat mitzvah, a sweet sixteen last night; the Brownies, Rainbows, Beavers, Cub Scouts, Nippers and pee-wee
 * teams; a "10U" roster; an under-13s side written "u/13".
 */
export const RITES: readonly GatedPattern[] = [
  gated(`(?:making|make|makes|made)\\s+(?:her|his|their|my|your)\\s+(?:first\\s+(?:holy\\s+)?)?(?:communion|confirmation)|(?:her|his|their|my|your|the)\\s+(?:first\\s+(?:holy\\s+)?)?(?:communion|confirmation)\\s+(?:is|['’]s|next|this|in|on|money|dress|suit|party|practice|class|classes|photos?)(?![\\p{L}])`, pairs(["communion", "confirmation"], ["making", "make", "makes", "made", "is", "s", "next", "this", "in", "on", "money", "dress", "suit", "party", "practice", "class", "classes", "photo", "photos"])),
  gated(`(?:her|his|my|your|their|the|\\p{L}+['’]s)\\s+(?:upcoming\\s+)?(?:quincea[ñn]era|quince|xv\\s+a[ñn]os|bar\\s+mitzvah|bat\\s+mitzvah|b['’]nai\\s+mitzvah|sweet\\s+(?:sixteen|16))\\s+(?:party\\s+)?(?:is|['’]s|next|this|in|on|was\\s+(?:last\\s+night|yesterday|last\\s+weekend|on\\s+\\p{L}+day))(?![\\p{L}])`, ["quinceañera", "quinceanera", "quince", "xv años", "xv anos", "mitzvah", "sweet sixteen", "sweet 16"]),
  {
    // The groups after a word that makes them people ("the Brownies are meeting", "moved up to Brownies"), not the cake.
    pattern: /(?<![\p{L}])(?:(?:[Tt]he|[Oo]ur|[Hh]er|[Hh]is|[Mm]y|[Tt]heir|at|to|from|in|joined|join|joins|for|[\p{L}]+['’]s)\s+)(?:Brownies|Rainbows|Nippers)(?!\s+(?:recipe|recipes|mix|tray|pan|batch|bake|baking|are\s+(?:in|baking|ready|done|cooling)))|(?:Beaver\s+Scouts|Cub\s+Scouts|Joey\s+Scouts|Daisy\s+Scouts|Girl\s+Guides|[Pp]ee[- ]?[Ww]ee(?:\s+\p{Lu}{1,3})?\s+(?:football|hockey|soccer|league|team|basketball))(?![\p{L}])(?!\s+(?:coach|leader|mum|mom|dad|parent)s?\b)/gu,
    family: triggerFamily(["brownies", "rainbows", "beaver scouts", "cub scouts", "joey scouts", "daisy scouts", "nippers", "girl guides", "pee wee", "peewee"]),
  },
];
/**
 * The stages before and between schools, as the English of a country names them: "starts prep next year", "just finished
 * kinder", "Tama's at intermediate now", "going up tae the big school efter the summer".
 */
export const SCHOOL_STAGES = gated(
  `(?:start|starts|starting|started|finished|finishing|just\\s+finished)\\s+(?:prep|kinder|kindy|kindergarten|reception|nursery|preschool|pre-k)\\s+(?:this|next|last)\\s+(?:year|week|term|month)|(?:just\\s+)?(?:finished|finishing)\\s+(?:kinder|kindy|kindergarten|prep|reception|preschool|pre-k)(?![\\p{L}])|(?:just\\s+)?(?:started|starts|starting)\\s+(?:nursery|kindy|kinder|preschool|pre-k|daycare|playgroup)(?![\\p{L}])(?!\\s+(?:nurs\\p{L}*|teach\\p{L}*|work|job|staff|assistant|manager))|(?:at|to|starting|started|starts)\\s+intermediate(?:\\s+school)?(?!\\s+(?:level|class|course|stage|difficulty|grade|lessons?))(?![\\p{L}])|(?:start|starts|starting|started|going\\s+up\\s+(?:to|tae)|gaun\\s+up\\s+tae|moving\\s+up\\s+to|off\\s+to)\\s+(?:the\\s+)?big\\s+school`,
  [...pairs(["start", "starts", "starting", "started", "finished", "finishing"], ["prep", "kinder", "kindy", "kindergarten", "reception", "nursery", "preschool", "pre k", "prek"]), ...pairs(["at", "to", "starting", "started", "starts"], ["intermediate"]), "big school"],
);

/**
 * School years and rites of other languages told as in speech: German "in die Fünfte" (the fifth class, capitalised),
 * Argentina's kindergarten "salita de 4", Mexico's "sus XV" (her fifteenth, the quinceañera), a small age in a diminutive word
 * for years after "de" or a verb of having ("de tres añitos", "ma trzy latka", "ей два годика").
 */
export const SPOKEN_YEARS: readonly GatedPattern[] = [
  { pattern: /(?<![\p{L}])(?:in\s+die|in\s+der|aufs\s+Gymnasium\s+in\s+die)\s+(?:Fünfte|Sechste|Siebte|Achte|Neunte|Zehnte|Fünften|Sechsten|Siebten|Achten|Neunten|Zehnten)(?![\p{L}])/gu, family: triggerFamily(["fünfte", "sechste", "siebte", "achte", "neunte", "zehnte", "fünften", "sechsten", "siebten", "achten", "neunten", "zehnten"]) },
  gated(`(?:en\\s+(?:la\\s+)?)?(?:sala|salita)\\s+(?:de\\s+)?(?:[2-5]|dos|tres|cuatro|cinco)(?![\\p{N}])`, pairs(["sala", "salita"], ["2", "3", "4", "5", "dos", "tres", "cuatro", "cinco"])),
  gated(`(?:mis|sus|tus|los|sus\\s+famosos)\\s+xv(?:\\s+a[ñn]os)?`, ["xv"]),
  gated(`(?:de|con|tiene|tengo|tem|tenho|ma|mam|ей|ему|мне|are|have|has|té|tinc)\\s+(?:(?:solo|só|tylko|всего|только|apenas|només|just)\\s+)?(?:[1-5]|one|two|three|four|five|uno|un|dos|tres|cuatro|cinco|dois|duas|três|quatro|cinco|jeden|dwa|trzy|cztery|pięć|один|два|три|четыре|пять|un|doi|trei|patru|cinci|dos|tres|quatre|cinc)\\s+(?:añitos|aninhos|latka|годика|годиков|годик|anișori|anisori|anyets)(?!\\s+(?:de\\s+)?(?:casad|juntos|novios|relación|relação|namoro|razem|ślubu|вместе|брака))`, ["añitos", "aninhos", "latka", "годика", "годиков", "годик", "anișori", "anisori", "anyets"]),
];

/** "Baby Kofi's naming ceremony": "Baby" as a title before a name (case-sensitive; read beside BABY_CARE like the rest). */
export const BABY_NAMED = /(?<![\p{L}])[Bb]aby\s+\p{Lu}\p{Ll}+/gu;
/** A youth team named by its top age and a "U" after ("the 10U roster", "12U team"), or "u/13" with a slash. */
export const YOUTH_TEAM_SHORT = {
  pattern: /(?<![\p{L}\p{N}])(?:(?:[6-9]|1[0-6])U|[UuOo]\/(?:[6-9]|1[0-6]))(?![\p{L}\p{N}])/gu,
  family: triggerFamily([...Array.from({ length: 11 }, (_, i) => `${i + 6}u`), ...Array.from({ length: 11 }, (_, i) => `u ${i + 6}`), ...Array.from({ length: 11 }, (_, i) => `o ${i + 6}`)]),
};

/**
 * An age at which someone does something now: "At 12, Ananya is the youngest in the final", "Even at fifteen, Mateo still…",
 * "a yellow belt at age six", "the youngest on the squad at 14", "at five he kind of still is". The number is group 1 or 2;
 * minor.ts keeps only matches in a sentence told in the present.
 */
export function atAge(number: string): GatedPattern {
  const age = `(?:age\\s+|the\\s+age\\s+of\\s+)?(\\d{1,2}|${number.slice(1, -1)}|two|three|four|five)(?![\\p{L}\\p{N}])(?!\\s*(?:a\\.?m\\.?|p\\.?m\\.?|o['’]clock|:\\d|%|percent|points?|k\\b|sharp))`;
  return gated(
    `(?:even\\s+|only\\s+|already\\s+|now\\s+|still\\s+)?at\\s+${age}(?=\\s*,?\\s+\\p{L})|(?:youngest|oldest|only\\s+\\p{L}+|belt|player|one)\\s+(?:[\\p{L}'’]+\\s+){0,3}at\\s+(?:age\\s+|the\\s+age\\s+of\\s+)?(\\d{1,2}|${number.slice(1, -1)})(?![\\p{L}\\p{N}])`,
    // "at" is in most English texts: the quick pass also wants a number in digits or English words beside it.
    pairs(["at"], [...Array.from({ length: 17 }, (_, i) => String(i + 1)), ...ENGLISH_AGE_WORDS]),
  );
}
/** "Max, being ten, can't walk home alone yet": the number is group 1. */
export function beingAge(number: string): GatedPattern {
  return gated(`being\\s+(?:only\\s+|just\\s+|barely\\s+)?(\\d{1,2}|${number.slice(1, -1)}|two|three|four|five)(?=\\s*[,—–)])`, ["being"]);
}
/** A clause told in the present, and one told in the past: the "at N" of `atAge` is an age now only in the first. */
export const PRESENT_CLAUSE = /(?<![\p{L}])(?:is|are|am|has|have|can|can['’]t|cannot|still|already|keeps|gets|goes|plays|wants|refuses|insists)(?![\p{L}])|['’](?:s|re|m)(?![\p{L}])/iu;
export const PAST_CLAUSE = /(?<![\p{L}])(?:was|were|had|did|used\s+to|when|back|ago|started|began|got|went|left|moved|lost|learned|learnt|became|joined|quit|dropped|ran|married|met|first|since|until)(?![\p{L}])/iu;

/**
 * Years still to go until eighteen: "two years off his 18th", "two years away from being able to vote", "a year short of
 * adulthood" (not "of being legal": a drinking age is nineteen or twenty-one in places). The number of years is group 1.
 */
export const YEARS_TO_EIGHTEEN = gated(
  `(one|a|two|three|four|five|[1-5]|a\\s+couple\\s+of|a\\s+few)\\s+(?:more\\s+)?years?\\s+(?:off|away\\s+from|short\\s+of|until|till|before|to\\s+go\\s+(?:until|till|before))\\s+(?:(?:his|her|my|their|your)\\s+(?:18th|eighteenth)|(?:turning|being)\\s+(?:18|eighteen)|(?:being\\s+able\\s+to\\s+|legally\\s+)?vote|adulthood|(?:being\\s+)?(?:an\\s+)?adult)`,
  pairs(["off", "from", "of", "until", "till", "before"], ["18th", "eighteenth", "18", "eighteen", "vote", "adulthood", "adult"]),
);

/**
 * A birthday by its candles or a card: "blew out sixteen candles", "Happy 7th birthday Aarav!", "having her 13th at the
 * trampoline park". Group 1 or 2 is the number.
 */
export function candlesAndCards(number: string): GatedPattern {
  return gated(
    `blew\\s+out\\s+(?:(?:her|his|the|all|all\\s+of\\s+(?:her|his|the))\\s+)?(\\d{1,2}|${number.slice(1, -1)})\\s+candles|happy\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+(?:birthday|bday|b-day)|(?:having|throwing|planning|celebrating)\\s+(?:her|his|their|my)\\s+(\\d{1,2})(?:st|nd|rd|th)(?!\\s+(?:time|place|attempt|try|anniversary|year|grade|floor|round|date|season|book|album|game|match))`,
    ["candles", ...pairs(["happy"], ["birthday", "bday"]), ...pairs(["having", "throwing", "planning", "celebrating"], Array.from({ length: 17 }, (_, i) => `${i + 1}th`).concat(["1st", "2nd", "3rd"]))],
  );
}

/** A child's own things or state: "Hugo's pram", "still in nappies", "a Brownie", "hs sophomores", "JHS 2", "seen only thirteen winters". */
export const CHILDS_OWN: readonly GatedPattern[] = [
  gated(`(?:is|['’]s|are|['’]re)\\s+(?:still\\s+)?in\\s+(?:nappies|diapers|nappy|diaper|pull-?ups)`, ["nappies", "diapers", "nappy", "diaper", "pull ups", "pullups"]),
  gated(`(?:hs|high\\s*school)\\s+(?:freshm[ae]n|sophomores?)`, pairs(["hs", "highschool", "high"], ["freshman", "freshmen", "sophomore", "sophomores"])),
  gated(`(?:in|a|is|['’]s)\\s+jhs\\s*[1-3](?![\\p{N}])`, ["jhs", "jhs1", "jhs2", "jhs3"]),
  gated(`(?:just\\s+)?(?:finished|left)\\s+primary(?:\\s+school)?\\s+(?:last|this)\\s+(?:june|july|year|summer|term|week|month)|(?:just\\s+started|started|starting|starts)\\s+secondary(?!\\s+(?:education\\s+)?(?:teach\\p{L}*))`, [...pairs(["finished", "left"], ["primary"]), ...pairs(["started", "starting", "starts"], ["secondary"])]),
];
/** The same, case-sensitive: a pram or a cot named by its baby's name, a Brownie or a Cub Scout. */
export const CHILDS_OWN_CASED: GatedPattern = {
  pattern: /(?<![\p{L}])(?:\p{Lu}\p{Ll}+|[Bb]aby|[Tt]he\s+baby)['’]s\s+(?:pram|buggy|stroller|pushchair|cot|crib|dummy|pacifier|high\s*chair|car\s+seat|onesie)(?![\p{L}])|(?:(?<![\p{L}])(?:is|am|[Ii]['’]?m)|['’]s)\s+a\s+(?:Brownie|Rainbow|Cub\s+Scout|Beaver\s+Scout|Girl\s+Guide|Daisy\s+Scout|Joey\s+Scout)(?![\p{L}])/gu,
  family: triggerFamily(["pram", "buggy", "stroller", "pushchair", "cot", "crib", "dummy", "pacifier", "highchair", "high chair", "car seat", "onesie", "brownie", "rainbow", "cub scout", "beaver scout", "girl guide", "daisy scout", "joey scout"]),
};
export function wintersSeen(number: string): GatedPattern {
  return gated(
    `(?:seen|lived|counted|of)\\s+(?:only\\s+|but\\s+|barely\\s+|just\\s+|a\\s+mere\\s+)?(\\d{1,2}|${number.slice(1, -1)})\\s+(?:winters|summers|springs)|(?:barely|only|just)\\s+(\\d{1,2}|${number.slice(1, -1)})\\s+(?:winters|summers|springs)\\s+old`,
    ["winters", "summers", "springs"],
  );
}
