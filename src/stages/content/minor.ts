/**
 * `minor`: a character or the person described as under 18, in any field (the bot's
 * description, definitions and greeting count as much as the messages).
 *
 * Evidence, strongest first:
 * - a stated age under 18 with an age cue: "I'm 15", "she's 16 years old", "Age: 14",
 *   "a 12-year-old", "tengo 15 años", "ich bin 15", "j'ai 15 ans", "umur 15 tahun";
 * - a school year that only minors are in: "8th grade", "a freshman in high school",
 *   "middle schooler", "in year 9", "kelas 9 SMP";
 * - words that name a minor: "teenager", "a child", "preteen", "schoolgirl", "menor de edad",
 *   "Jugendliche", "adolescente", "remaja".
 * Deliberately not evidence:
 * - ages of 18 and over, however young the character looks otherwise: "a 500-year-old vampire",
 *   "a 19-year-old student" are adults;
 * - the past: "when I was 12", "at 15 I", "since she was 10", "at the age of 9";
 * - a number that measures something else: "I'm 15 minutes away", "the house is 12 years old";
 * - "kid" spoken to someone ("hey kid", "listen, kid"), "childhood", "grade A".
 * An apparent age counts as a stated one ("looks 15", "a body of a 14-year-old"): the safer
 * reading, since a release must never pair it with sexual content.
 */
import { alternationOf as alternation, evidenceOf, evidenceOfAll, evidenceOfGroups, gated, gather, NO_EVIDENCE, pairs, substringsPattern, wordGroups, wordsPattern, type GatedPattern } from "./match-all.js";
import { escapeRegExp } from "../../base/escape-regexp.js";
import { ADULT_NUMBER_WORDS, AGE_ADJECTIVE_STEMS, CARDINAL_WORDS, ENGLISH_CARDINALS, GLUED_CARDINALS, ENGLISH_NUMBER_WORDS, ELEVEN_TO_FORTY, foldAccents, MONTH_WORDS as CLDR_MONTH_WORDS, SMALL_CARDINALS, SMALL_NUMBERS_BY_LANGUAGE, withoutAccents, YEAR_WORDS } from "./age-words.js";
import { BABY_CARE_WORDS, BABY_WORDS, KINDERGARTEN_WORDS, MONTH_FORMS, OLDER_CHILD_WORDS, SMALL_CHILD_WORDS, TEAM_WORDS, UNSPACED_BABY_WORDS, UNSPACED_KINDERGARTEN_WORDS, YOUTH_CATEGORY_WORDS } from "./young-children.js";
import { numberCues, ordinalSchoolYears, tableAgeQuestions, tableMinorWords } from "./age-table.js";
import { ORDINAL_BIRTHDAY, ORDINAL_WORD_VALUES, RITE_WORDS, RITES_FAMILY, TURNED_ALREADY, TURNING_AFTER, TURNING_GUARD, turningAge, UNIT_AFTER, UNSPACED_RITES } from "./birthdays.js";
import { atAge, BABY_CARE, BABY_NAMED, BABY_SUBJECT, beingAge, candlesAndCards, CHILDS_OWN, CHILDS_OWN_CASED, DAYS_OLD, DIALECT_KIN, PAST_CLAUSE, PRESENT_CLAUSE, RITES, SCHOOL_STAGES, SCHOOL_YEAR_CODE_CASED, SCHOOL_YEAR_CODES, SMALL_YEARS_OLD, SPOKEN_YEARS, TURNED_SMALL, UNDER_TEN, wintersSeen, YEARS_TO_EIGHTEEN, YOUTH_TEAM_SHORT } from "./english-ages.js";
import { MINOR_WORDS, SCHOOL_YEAR_WORDS, UNSPACED_MINOR_WORDS } from "./minor-lexicon.js";
import { DIGIT, hasFamily, hasUnspacedLetter, isUnspacedLetter, mayHold, triggerFamily, triggerStems, UNSPACED } from "./triggers.js";
import type { ContentEvidence, ContentField } from "./types.js";

const UNDER_18 = (value: number) => value >= 1 && value <= 17;

const HAND_NUMBER_WORDS: Record<string, number> = {
  // One to five are left out: "one", "two" are in most sentences, and so would send every text through the exact pattern.
  six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  // Spanish / Portuguese / French / German / Indonesian forms most often written out.
  doce: 12, trece: 13, treze: 13, catorce: 14, catorze: 14, quince: 15, quinze: 15, dieciséis: 16, dieciseis: 16, dezesseis: 16, diecisiete: 17, dezessete: 17,
  treize: 13, quatorze: 14, seize: 16, "dix-sept": 17, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
  "dua belas": 12, "tiga belas": 13, "empat belas": 14, "lima belas": 15, "enam belas": 16, "tujuh belas": 17,
  // Italian, Dutch, Polish, Russian, Turkish, Vietnamese, Tagalog, Swedish, Czech, Hungarian.
  dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17,
  twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
  dwanaście: 12, trzynaście: 13, czternaście: 14, piętnaście: 15, szesnaście: 16, siedemnaście: 17,
  двенадцать: 12, тринадцать: 13, четырнадцать: 14, пятнадцать: 15, шестнадцать: 16, семнадцать: 17,
  "on iki": 12, "on üç": 13, "on dört": 14, "on beş": 15, "on altı": 16, "on yedi": 17,
  "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15, "mười sáu": 16, "mười bảy": 17,
  labindalawa: 12, labintatlo: 13, "labing-apat": 14, labinlima: 15, "labing-anim": 16, labimpito: 17,
  tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17,
  dvanáct: 12, třináct: 13, čtrnáct: 14, patnáct: 15, šestnáct: 16, sedmnáct: 17,
  tizenkettő: 12, tizenhárom: 13, tizennégy: 14, tizenöt: 15, tizenhat: 16, tizenhét: 17,
  // Greek (with the genitive an age takes: "δεκατριών χρονών"), Ukrainian, Romanian (both ways of writing ș), Hindi and its
  // romanised forms, Tagalog's linked forms ("labintatlong taong gulang").
  δώδεκα: 12, δεκατρία: 13, δεκατριών: 13, δεκατέσσερα: 14, δεκατεσσάρων: 14, δεκαπέντε: 15, δεκαέξι: 16, δεκαεπτά: 17, δεκαεφτά: 17,
  дванадцять: 12, тринадцять: 13, чотирнадцять: 14, "п'ятнадцять": 15, шістнадцять: 16, сімнадцять: 17,
  doisprezece: 12, douăsprezece: 12, treisprezece: 13, paisprezece: 14, cincisprezece: 15, șaisprezece: 16, şaisprezece: 16, șaptesprezece: 17, şaptesprezece: 17,
  बारह: 12, तेरह: 13, चौदह: 14, पंद्रह: 15, पन्द्रह: 15, सोलह: 16, सत्रह: 17, barah: 12, terah: 13, chaudah: 14, pandrah: 15, solah: 16, satrah: 17,
  labindalawang: 12, labintatlong: 13, labinlimang: 15, labimpitong: 17, dose: 12, trese: 13, katorse: 14, kinse: 15, disisais: 16, disisyete: 17,
  // Six to eleven, in the languages where those words are no common word of another ("elf", "once", "neuf", "acht", "opt" are left out).
  seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, sete: 7, oito: 8, dez: 10, onze: 11, dix: 10, douze: 12, sechs: 6, sieben: 7, neun: 9, zehn: 10,
  sette: 7, nove: 9, dieci: 10, undici: 11, zeven: 7, negen: 9, tien: 10, sześć: 6, siedem: 7, osiem: 8, dziewięć: 9, dziesięć: 10, jedenaście: 11,
  шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10, одиннадцать: 11, шість: 6, сім: 7, вісім: 8, "дев'ять": 9, одинадцять: 11,
  šest: 6, sedm: 7, osm: 8, devět: 9, deset: 10, jedenáct: 11, enam: 6, tujuh: 7, delapan: 8, lapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
  dokuz: 9, sekiz: 8, yedi: 7, "on bir": 11, mười: 10, "mười một": 11, έξι: 6, εφτά: 7, επτά: 7, οκτώ: 8, οχτώ: 8, εννιά: 9, εννέα: 9, δέκα: 10, έντεκα: 11,
  // Catalan.
  dotze: 12, tretze: 13, setze: 16, disset: 17,
  // Twelve to seventeen in the table's languages n2words lacks: Slovak, Slovenian, Bulgarian (the written and the spoken
  // forms), Estonian, Afrikaans; and Swahili's as they agree with "miaka" ("miaka kumi na minne").
  dvanásť: 12, trinásť: 13, štrnásť: 14, pätnásť: 15, šestnásť: 16, sedemnásť: 17,
  dvanajst: 12, trinajst: 13, štirinajst: 14, petnajst: 15, šestnajst: 16, sedemnajst: 17,
  дванадесет: 12, тринадесет: 13, четиринадесет: 14, петнадесет: 15, шестнадесет: 16, седемнадесет: 17,
  дванайсет: 12, тринайсет: 13, четиринайсет: 14, петнайсет: 15, шестнайсет: 16, седемнайсет: 17,
  kaksteist: 12, kolmteist: 13, neliteist: 14, viisteist: 15, kuusteist: 16, seitseteist: 17,
  vyftien: 15, sestien: 16, sewentien: 17,
  "kumi na mbili": 12, "kumi na miwili": 12, "kumi na mitatu": 13, "kumi na minne": 14, "kumi na mitano": 15, "kumi na sita": 16, "kumi na saba": 17,
  șase: 6, şase: 6, șapte: 7, şapte: 7, nouă: 9, zece: 10, unsprezece: 11, दस: 10, ग्यारह: 11, sampung: 10,
};
/** The forms above (inflected, romanised, as chats write them) and every language's cardinals (see age-words.ts). */
const NUMBER_WORDS: Record<string, number> = { ...Object.fromEntries(CARDINAL_WORDS), ...HAND_NUMBER_WORDS };
/**
 * Ages in words; ages in digits are found by `digitAges`, which needs no big pattern. "Dix" that begins eighteen or
 * nineteen ("dix-huit", "dix-neuf") is not ten.
 */
const NUMBER = `((?:${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word).replace(/[ -]/g, "[\\s-]").replace(/'/g, "['’]")).join("|")})(?![-‐‑\\s](?:huit|neuf)(?![\\p{L}])))`;

function ageOf(text: string): number {
  const lower = text.toLowerCase().replace(/\s+/g, " ").replace(/^labing /, "labing-").replace(/’/g, "'");
  return /^\d+$/.test(lower) ? Number(lower) : (NUMBER_WORDS[lower] ?? NaN);
}

/** A number followed by a unit is no age: "15 minutes", "12 km", "10 bucks". */
const NOT_A_UNIT = "(?![\\p{L}\\p{N}])(?!\\s*(?:%|percent|min|mins|minutes?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|times|people|dollars?|bucks|euros?|pounds?|lbs?|kg|km|cm|mm|m\\b|ft|feet|foot|inch(?:es)?|degrees?|°|miles?|o['’]clock|am\\b|pm\\b|pages?|points?|steps?|meters?|metres?|floors?|th\\b|st\\b|nd\\b|rd\\b|:\\d))";

/** Words a chat writes right after an age ("im 14 so…", "i'm 15 but…"): the clause goes on, no unit follows. */
const CLAUSE_GOES_ON = "(?:και|kai|ir|un|і|és|și|si|lmao+|lol+|not|nt|irl|af|fr|если|якщо|кстати|до\\s+речі|шо|што|haha+|hehe+|jaja+|jeje+|kkk+|wkwk+|xd+|po|last|yesterday|recently|dude|bro|bruh|mate|girl|sis|fam|fr|tbh|ngl|idk|omg|lmfao|xd|and|but|so|or|now|btw|lol|lmao|haha|tho|though|too|rn|yet|already|this|next|plus|ok|okay|i|im|my|and|n|&|actually|only|still|soon|today|tomorrow|und|aber|y|pero|e|mas|et|mais|dan|tapi|at|pero|en|maar|och|men|og|ja|ve|ama|và|nhưng|и|но|a|ale|sure|an['’]|an(?=\\s+(?:it|i|she|he|we|they|ma|my|me|mi|him|her)(?![\\p{L}]))|on\\s+\\p{L}+day|for\\s+(?:one\\s+more|another|a\\s+few\\s+more|a\\s+couple\\s+(?:of\\s+)?more|just\\s+a|only\\s+a|the\\s+next))(?![\\p{L}])";

/** Things that have ages too: "a 12-year-old single malt", "a 300-year-old vase". */
const NOT_AN_OBJECT = "(?!\\s+(?:[\\p{L}-]+\\s+)?(?:single|malt|scotch|whisk(?:e)?y|bourbon|wine|rum|cognac|brandy|port|vase|car|truck|house|building|tree|oak|game|company|account|laptop|phone|computer|song|movie|bottle|cheese|recipe|tradition|case|book|painting|castle|ship|sword|franchise|series|photo|picture|letter|map|church|bridge|cat|dog|horse|you|me|myself|yourself|self|version)(?![\\p{L}]))";

/**
 * Words after a number that make it an age in any sentence: "15 years old", "15-year-old", "15yo",
 * "15 años de edad", "15-jährige", "15 tuổi", "15 yaşında", "15歳", "15살", "15 éves", "15-vuotias",
 * "15 år gammal", "15letá", "15 saal ki".
 */
const AGE_WORDS_AFTER = `(?:\\s*[- ]?\\s*(?:years?[- ]?olds?|years?[- ]auld|yrs?[- ]?old|year[- ]olds?|years?\\s+of\\s+age|yo|y/o|y\\.o\\.)(?![\\p{L}])${NOT_AN_OBJECT}|\\s+(?:anyos|años\\s+de\\s+edad|anos\\s+de\\s+idade|jahre\\s+alt|jaar\\s+oud|(?:na\\s+)?taong\\s+gulang|ans\\s+et\\s+demi|tuổi|pa\\s+lang\\s+ako|palang\\s+ako|år\\s+gam(?:mal|mel)|saal\\s+(?:ki|ka|ke)|साल\\s+(?:की|का|के)|χρονών)(?![\\p{L}])|\\s*(?:yaş(?:ında\\p{L}*|ındayım)?|éves\\p{L}*|aastane|aastased|aastaseks|வயசு|வயது|ዓመቴ|ዓመት|ነኝ|ነው)(?![\\p{L}\\p{M}])|\\s*(?:歳|才|岁|살|세(?!기)|ขวบ)|-?(?:jährige[rn]?|jähriger|latk\\p{L}+|летн\\p{L}+|vuotia\\p{L}*|årig\\p{L}*|let[áýé]|jarig\\p{L}*|åring\\p{L}*|letn\\p{L}*|ročn\\p{L}*|rocn\\p{L}*|godišnj\\p{L}*|godisnj\\p{L}*|годишњ\\p{L}*|річн\\p{L}*|χρον\\p{L}*|enne)(?![\\p{L}])|\\s*(?:ساله|سالمه|سالشه|سالته|वर्षीय)(?![\\p{L}\\p{M}])|\\s+(?:saal\\s+)?(?:ki|ka)\\s+(?:hu|hun|hoon|hoo)(?![\\p{L}])|\\s+going\\s+on\\s+(?:1[0-8]|[2-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)(?![\\p{L}\\p{N}]))`;

/** The word "age" as a sheet or a sentence writes it before the number, by language ("Age: 14", `"age": "eleven"`, "उम्र पंद्रह", "вік 12"). */
const AGE_KEYS = "kor(?=\\s*[:=])|age[ds]?|âge|edad|idade|alter|umur|usia|età|leeftijd|wiek|возраст|вік|yaş|tuổi|ålder|alder|ikä|életkor|věk|vek|vârsta|vârstă|varsta|ηλικία|umar|umra|उम्र|आयु|عمري|عمرها|عمره|عمر|edat|dob|uzrast|godine|узраст|године|גיל|سن|سنش|বয়স|umri|edad|leeftijd|idade|alder|starost";

/**
 * "Is" or "has" and an age with the word for years, in languages the statements above leave out; the years word
 * (or the verb) makes the number an age, not a count: Swedish, Danish and Norwegian "jag är 15 år", "hun er femten år";
 * Finnish "olen 15"; Czech and Slovak "je mi 15 let", "má 14 rokov"; Croatian and Serbian "imam 15 godina";
 * Hebrew "בת 15"; Swahili "nina miaka 15"; Ukrainian "мені 15 років"; Romanian "o fată de 15 ani".
 */
const LANGUAGE_CUES: readonly { before: string; after: string }[] = [
  { before: "(?:jag|du|han|hon|hen|vi|jeg|hun)\\s+(?:är|er)\\s+(?:bara\\s+|kun\\s+|snart\\s+|nesten\\s+|nästan\\s+)?", after: "\\s+år(?![\\p{L}])(?!\\s+(?:sedan|siden|gammelt|gammalt)(?![\\p{L}]))" },
  { before: "(?:olen|oon|olet|oot)\\s+(?:vasta\\s+|vaan\\s+|melkein\\s+)?", after: `(?:\\s*(?:vuotta|v)(?![\\p{L}])|\\s*[,.!?]|\\s*$|\\s+${CLAUSE_GOES_ON})` },
  { before: "(?:je\\s+mi|je\\s+jí|je\\s+ji|je\\s+mu|mám|máš|má|mam|mas)\\s+(?:teprve\\s+|len\\s+|iba\\s+|jen\\s+|už\\s+)?", after: "\\s+(?:let|rokov|roky|roků|roku)(?![\\p{L}])" },
  // The dative alone says an age in Czech and Slovak ("Je mu dvanáct, jmenuje se Vojta").
  { before: "(?:je\\s+mi|je\\s+jí|je\\s+ji|je\\s+mu|mi\\s+je|mu\\s+je|jí\\s+je)\\s+(?:teprve\\s+|len\\s+|iba\\s+|jen\\s+|už\\s+)?", after: "\\s*[,.!?;]" },
  // Turning an age: Spanish "cuando cumpla los 15", Portuguese "faço 15 anos", French "j'aurai 15 ans", German "ich werde 15".
  { before: "(?:cumplo|cumple|cumpla|cumplas|voy\\s+a\\s+cumplir|va\\s+a\\s+cumplir|faço|vou\\s+fazer|j['’]aurai|il\\s+aura|elle\\s+aura|ich\\s+werde|er\\s+wird|sie\\s+wird)\\s+(?:los\\s+|las\\s+)?", after: "(?:\\s+(?:años|anos|ans|jahre)(?![\\p{L}])|\\s*[,.!?;])" },
  { before: "(?:má|ma|mám|mam|máš|mas)\\s+(?:len|iba|teprve|jen|jenom|už|uz)\\s+", after: "\\s*[,.!?;]" },
  { before: "(?:^|\\n|:)\\s*(?:æ\\s+e|eg\\s+e|e|er)\\s+", after: `(?:\\s*[,.!?]|\\s+(?:år|btw|lol|og|men|hvis|om|så)(?![\\p{L}]))` },
  { before: "(?:main|mai|mein|me|mei)\\s+", after: "\\s+(?:saal\\s+)?(?:ki|ka)\\s+(?:hu|hun|hoon|hoo|hai|h)(?![\\p{L}])" },
  { before: "(?:e|em|mình|minh|tui|tôi|toi)\\s+", after: "\\s*t(?:uổi|uoi)?(?![\\p{L}])" },
  { before: "(?:watashi|boku|ore|atashi|uchi)(?:\\s+wa)?\\s+", after: "\\s*-?\\s*sai(?![\\p{L}])" },
  { before: "(?:ben|bn)\\s+", after: "['’]?(?:üm|um|im|ım|yım|yim|yüm|yum)(?![\\p{L}])" },
  // Tagalog "15 anyos", "Kinse po!".
  { before: "(?:ako\\s+ay|ako|siya\\s+ay|siya|edad)\\s+", after: "\\s+(?:anyos|taon)(?![\\p{L}])" },
  { before: "(?:imam|imaš|imas|ima|имам|имаш|има)\\s+(?:tek\\s+|samo\\s+|тек\\s+|само\\s+)?", after: "\\s+(?:godina|godine|godinu|година|године)(?![\\p{L}])" },
  { before: "(?:בת|בן)\\s+", after: "(?![\\p{L}\\p{N}])(?!\\s*(?:דקות|שעות|ימים|שבועות|חודשים))" },
  { before: "(?:nina|una|ana|ulikuwa|alikuwa|mwenye\\s+umri\\s+wa|umri\\s+wa|umri\\s+wangu\\s+ni|umri\\s+wake\\s+ni)\\s+miaka\\s+", after: "(?![\\p{L}\\p{N}])" },
  { before: "(?:мені|йому|їй|тобі)\\s+(?:вже\\s+|лише\\s+|тільки\\s+|всього\\s+)?", after: "(?:\\s+(?:років|роки|рік)(?![\\p{L}])|\\s*[,.!?]|\\s*$)" },
  { before: "(?:fată|fata|băiat|baiat|copil|copilă|elevă|eleva|elev|puști|pusti)\\s+de\\s+", after: "\\s+ani(?![\\p{L}])" },
  // Croatian and Serbian "imam 14.", Latvian "man ir 12", Lithuanian "man 14 metų", Estonian "ma olen 13", Icelandic "ég er 14",
  // Flemish "ge zijt 13", "just gone fourteen".
  { before: "(?:imam|imaš|imas|имам)\\s+(?:tek\\s+|samo\\s+)?", after: "\\s*(?:[,.!?]|$)|\\s+(?:i|a|ali|pa)\\s" },
  { before: "(?:man|tev|viņai|viņam|vinai|vinam)\\s+(?:ir\\s+)?(?:tikai\\s+|tik\\s+)?", after: "(?:\\s+(?:gadi|gadu|gads|metų|metai|metu)(?![\\p{L}])|\\s*[,.!?]|\\s*$)" },
  { before: "(?:ma\\s+olen|mina\\s+olen|olen|ta\\s+on|ég\\s+er|eg\\s+er|hún\\s+er|hann\\s+er|ge\\s+zijt|gij\\s+zijt|je\\s+bent|jij\\s+bent|ben\\s+je|just\\s+gone|only\\s+just\\s+turned)\\s+(?:alles\\s+)?", after: `(?:\\s+(?:aastane|aastat|ára|jaar)(?![\\p{L}])|\\s*[,.!?]|\\s*$|\\s+${CLAUSE_GOES_ON})` },
  // Turning an age soon, Icelandic and Nordic: "verð 15 í nóvember", "fyller 15 i maj", "fylder 15".
  { before: "(?:verð|verður|fyller|fylder|fyll[ae]r|täytän|täyttää)\\s+", after: "\\s+(?:í|i|ensi|next|nästa|neste|næste)(?![\\p{L}])" },
  // Arabic "بنت 15 سنة", "ولد عنده 12 سنة" (a girl, a boy of so many years).
  { before: "(?:بنت|ولد|طفل|طفلة|بنوتة|عيل|عيلة)\\s+(?:عندها\\s+|عنده\\s+|عمرها\\s+|عمره\\s+)?", after: "\\s*(?:سنة|سنين|سنوات|سنه)(?![\\p{L}])" },
];

/** Relatives and young people by the nouns a family or a story names them by, in the Englishes of many countries. */
const KIN_NOUNS = `son|daughter|brother|sister|bro|sis|nephew|niece|cousin|cuz|grandson|granddaughter|grandkid|grandchild|godson|goddaughter|kid|child|stepson|stepdaughter|sibling|twins?|youngest|eldest|oldest|firstborn|little\\s+one|boet|chhota\\s+bhai|chhoti\\s+behen|bhai|behen|laddie|lassie|girl|boy|lad|lass|${DIALECT_KIN.join("|")}`;
/**
 * A relative named as the subject of an age: "my son is four", "her little brother's 9", "the twins are 6" (an adult's age
 * is read and left alone like any other).
 */
const KIN_IS = `(?:(?:my|her|his|our|their|your|the|ma|mah|me|mi|\\p{L}+['’]s)\\s+(?:little\\s+|lil\\s+|wee\\s+|baby\\s+|younger\\s+|youngest\\s+|older\\s+|oldest\\s+|eldest\\s+|big\\s+|kid\\s+|twin\\s+|step|half[- ])?(?:${KIN_NOUNS})|(?:the\\s+)?(?:user|persona|protagonist|mc|oc)|(?:my|the|this|your)\\s+(?:oc|character|char|persona))(?:\\s+(?:is|are|['’]s|turned|just\\s+turned)|['’]s|(?=\\s+(?:only|just|barely)\\s)|(?=\\s+\\d{1,2}\\s*(?:and|an|n|&|,|yo|y/o|years?|yrs?)(?![\\p{L}])))`;
/** A young person "of" an age, as a story tells it: "a boy of twelve", "a girl of ten summers". */
const YOUNG_OF = "(?:boy|girl|lad|lass|child|youth|son|daughter|kid|maiden|youngster)\\s+of(?:\\s+(?:about|around|maybe|perhaps|some|nearly|almost|barely|only|just))?";
const SUMMERS = "(?:\\s+(?:summers|winters|springs|years))?(?![\\p{L}\\p{N}])";

/** A person named by a determiner and a noun, perhaps with words between: "the girl", "your wee sister", "the innkeeper's daughter". */
const PERSON_NOUN = `(?:[Tt]he|[Aa]|[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our|\\p{Lu}\\p{Ll}+['’]s)\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:girl|girls|boy|boys|child|kid|kids|lad|lass|laddie|lassie|son|daughter|brother|sister|cousin|nephew|niece|twins|grandson|granddaughter|goddaughter|godson|youngest|eldest|little\\s+one|${DIALECT_KIN.join("|")})(?:\\s+(?:next\\s+door|upstairs|downstairs|across\\s+the\\s+(?:street|road|hall|way)|in\\s+the\\s+family))?`;

/** A relative in Spanish or Portuguese with the verb of having or turning an age: "mi hermanito tiene", "su hija cumple", "meu irmão tem". */
const SPANISH_KIN = "(?:mi|tu|su|mis|tus|sus|meu|minha|teu|tua|seu|sua|o\\s+meu|a\\s+minha|el|la|o|a)\\s+(?:pib[ea]|pibit[oa]|nen[ea]|niñ[oa]|nin[oa]|chic[oa]|chaval[a]?|morr[oa]|chav[oa]|guri|guria|moleque|menin[oa]|garot[oa]|hermanit[oa]|herman[oa]|hij[oa]|hijit[oa]|sobrin[oa]|sobrinit[oa]|prim[oa]|primit[oa]|niet[oa]|nietecit[oa]|irmãozinho|irmãzinha|irmão|irmao|irmã|irma|filh[oa]|filhinh[oa]|sobrinh[oa]|net[oa]|nenê|nene|bebé|bebê|bebe|chamac[oa]|chiquit[oa]|peque|pequeñ[oa]|pequen[oa]|crí[oa]|cri[oa])(?:\\s+(?:menor|más\\s+chic[oa]|pequeñ[oa]|chic[oa]|mais\\s+nov[oa]|caçula|cacula|mais\\s+velh[oa]|mayor))?\\s+(?:ya\\s+|já\\s+|ja\\s+|recién\\s+|apenas\\s+|solo\\s+|só\\s+|so\\s+|nomás\\s+|recien\\s+)?(?:tiene|cumple|cumplió|cumplio|tem|fez|faz|vai\\s+fazer|va\\s+a\\s+cumplir)";
const SPANISH_KIN_HAS = new RegExp(`(?<![\\p{L}])${SPANISH_KIN}\\s+$`, "iu");

/**
 * Who an age is told of before the number: "I'm", "she's", "you're" (and chat's "ur", "u r", "ure"), "they're", a relative
 * ("my son is"), or a verb of turning with its subject left out.
 */
const AGE_SUBJECT = `(?:i['’]?m|i am|im|ah['’]m|she['’]?s|she is|he['’]?s|he is|you['’]?re|you are|u['’]?re|ure|ur|u\\s+r|u\\s+are|they['’]?re|they are|we['’]?re|we are|who['’]s|who is|who just turned|who turned|just turned|turned|turning|turns|just\\s+clocked|are\\s+both|r\\s+both|${KIN_IS})`;

/** Stated ages: the number is group 1. */
const STATED_AGE = new RegExp(
  [
    // "I'm 15", "she's only 16", "he is 12", "they're 14", "you're 13" (an age cue or the clause's end after it).
    `(?<![\\p{L}])${AGE_SUBJECT}\\s+["“]?(?:(?:only|just|barely|almost|nearly|like|about|around|literally|still|actually|both)\\s+){0,2}${NUMBER}${NOT_A_UNIT}(?=["”]|\\s*(?:years?|yrs?|yo\\b|y/o|[,.!?;:)~(\\-]|\\p{Extended_Pictographic}|$|${CLAUSE_GOES_ON}))`,
    `(?<![\\p{L}])${YOUNG_OF}\\s+${NUMBER}${SUMMERS}`,
    `(?<![\\p{L}])(?:is|['’]s)\\s+all\\s+of\\s+${NUMBER}(?:\\s+years?(?:\\s+old)?)?(?=\\s*[,.;!])`,
    // "15 years old", "15-year-old", "15yo", "15 y/o", "15 yrs".
    `(?<![\\p{L}\\p{N}])${NUMBER}\\s*[- ]?\\s*(?:years?[- ]?old|years?[- ]auld|yrs?[- ]?old|year[- ]old|yo|y/o|y\\.o\\.)(?![\\p{L}])${NOT_AN_OBJECT}`,
    // "Age: 14", "aged 15", "age 13".
    `(?<![\\p{L}])(?:${AGE_KEYS})["'”]?\\s*[:=(]?\\s*["'“]?${NUMBER}${NOT_A_UNIT}`,
    // Spanish, Portuguese, French, German, Indonesian, Tagalog forms.
    `(?<![\\p{L}])(?:tengo|tiene|tienes|tenho|tem|tens|j['’]ai|jai|il a|elle a|tu as)\\s+${NUMBER}\\s+(?:años|anos|ans)(?![\\p{L}])`,
    // "N años" alone is as often a span of time ("hace 15 años", "2 tahun kerja"): an age needs its cue.
    `(?<![\\p{L}\\p{N}])${NUMBER}\\s+(?:años\\s+de\\s+edad|anos\\s+de\\s+idade|jahre\\s+alt|taong\\s+gulang|ans\\s+et\\s+demi)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:una?|la|el|uma?|une?|de|con|âgée?s?\\s+de|agée?s?\\s+de)\\s+(?:chica|chico|niña|niño|menina|menino|garota|garoto|fille|garçon|joven|jovem)?\\s*(?:de\\s+)?${NUMBER}\\s+(?:años|anos|ans)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:ich bin|bin|du bist|sie ist|er ist|aku|saya|gue|gw|dia|ami)\\s+(?:(?:umur|berumur|berusia|baru|erst|gerade|grad|noch|schon|übrigens|uebrigens|eigentlich|halt|auch|ja|nur)\\s+)?${NUMBER}${NOT_A_UNIT}(?=\\s*(?:jahre|tahun|[,.!?;)]|$|${CLAUSE_GOES_ON}))`,
    `(?<![\\p{L}\\p{N}])${NUMBER}-?(?:jährige[rn]?|jähriger)(?![\\p{L}])`,
    // The same age words after a number in words, in the other languages ("on beş yaşında"); "quindici anni" needs its verb.
    `(?<![\\p{L}\\p{N}])${NUMBER}${AGE_WORDS_AFTER}`,
    `(?<![\\p{L}])(?:ho|ha|hai|mam|ma|masz|мне|ему|ей|тебе|ik\\s+ben|hij\\s+is|zij\\s+is|ze\\s+is|jag\\s+är|hon\\s+är|han\\s+är|je\\s+mi|ako\\s+ay|tôi|em|cháu)\\s+(?:già\\s+|solo\\s+|tylko\\s+|только\\s+|всего\\s+|pas\\s+|net\\s+|bara\\s+)?${NUMBER}(?:\\s+(?:anni|lat|лет|года|год|jaar|år|let|tuổi|taon))?(?=\\s*(?:[,.!?;)]|$|${CLAUSE_GOES_ON}))`,
    ...LANGUAGE_CUES.map(({ before, after }) => `(?<![\\p{L}])${before}${NUMBER}${after}`),
    `(?<![\\p{L}])${SPANISH_KIN}\\s+${NUMBER}(?=\\s*(?:años|anos|[,.!?;)]|$|y\\s|e\\s|pero\\s|mas\\s|el\\s+otro|el\\s+próximo|no\\s+próximo|en\\s|em\\s))`,
  ].join("|"),
  // Sticky: tried only where a statement can begin (see `ageStarts`).
  "iudy",
);

/** Capitalised words that begin sentences about things, not people: "Room is 14", "This is 12". */
const NOT_A_NAME = "Det|Den|Dette|Detta|Denne|Es|Das|Dies|Het|Dit|Dat|Ce|Cela|Ceci|Esto|Eso|Isso|Isto|Questo|Quello|To|Ono|Tämä|Se|Tohle|Tuto|It|This|That|There|Here|What|Which|Who|Everything|Nothing|Page|Room|Floor|Chapter|Level|Score|Number|Step|Round|Day|Year|Time|Building|House|Car|Company|Game|Account|Phone|Song|Movie|Bottle|Book|Castle|Ship|Sword|Series|Church|Bridge|Shop|Store|School|Tree|Wine|Whisky|Whiskey|Scotch|Dog|Cat|Horse";

/**
 * The word for "years" (or "months") after an age, by language: "Andrei, 12 ani,", "Aiman, 14 tahun,", "Tomáš, čtrnáct let,":
 * CLDR's words for years in every language (see age-words.ts) and the forms an age takes that it lacks ("χρονών", "yaşında").
 */
const YEARS_WORD = [...new Set(["лет", "года", "год", "років", "роки", "рік", "місяців", "месяцев", "anos", "años", "ans", "anni", "jahre", "lat", "let", "jaar", "år", "ani", "tahun", "taon", "tuổi", "yaşında", "χρονών", "ετών", "साल", "سنة", "سنوات", "éves", "vuotta", "years?(?:\\s+old)?", "winters", "summers", "yo", "y/o"].concat(YEAR_WORDS.map(escapeRegExp)))].sort((a, b) => b.length - a.length).join("|");
/**
 * The word for years, as an age (not a time ago, not a thing's age: the neuter "15 år gammelt" of Danish, Norwegian
 * and Swedish is a house's or a hotel's).
 */
const YEARS_OF_AGE = `(?:${YEARS_WORD})(?![\\p{L}])(?!\\s+(?:sedan|siden|ago|geleden|temu|назад|тому|önce|lalu|trước|gammelt|gammalt)(?![\\p{L}]))`;
/** "is" between a name and an age, by language: "Maya is 14", "Alva är 16 och…", "Jonas ist 13", "Tomáš je 14". */
const NAME_IS = "is|är|er|ist|je|είναι";
const SLAVIC_YEARS = "лет|года|год|років|роки|рік|місяців|месяцев";
/** A Russian or Ukrainian name in the dative (the case an age takes), not after a preposition (then it is a place: "в Москве"). */
const DATIVE_NAME = "(?<![\\p{L}])(?<!(?:[ВвУуКкОо]|[Вв]о|[Нн]а|[Пп]о|[Пп]ри|[Оо]б)\\s)[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:е|у|ю|і|ові|еві)";

/** Ages after a name, which must be written with a capital (so this pattern is case-sensitive): the number is group 1. */
const NAMED_AGE = new RegExp(
  [
    // A character sheet: "Oliver, 13, hiding…", "Kaito Ishida, 16, a second-year", "{{char}} is 16", "Maya is 14."
    `(?<![\\p{L}])(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen)\\b)(?:\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?|\\{\\{(?:char|user)\\}\\}|${PERSON_NOUN})\\s*[,—–]\\s*(?:barely\\s+|only\\s+|just\\s+|not\\s+yet\\s+|no\\s+older\\s+than\\s+|almost\\s+|nearly\\s+|all\\s+of\\s+|now\\s+|aged\\s+)?${NUMBER}(?:\\s+(?:this\\s+year|now|noo))?(?:,|\\s+and\\s+(?:\\p{L}|\\d)|\\s+(?:${YEARS_WORD})\\s*[,.;)])`,
    `(?<![\\p{L}])(?!(?:${NOT_A_NAME})\\b)(?:\\p{Lu}[\\p{L}-]+['’]s|(?:\\p{Lu}[\\p{L}'’-]+|\\{\\{(?:char|user)\\}\\})\\s+(?:${NAME_IS}))\\s+(?:only\\s+|just\\s+|barely\\s+|almost\\s+|pas\\s+|nog\\s+maar\\s+|maar\\s+)?${NUMBER}${NOT_A_UNIT}(?=\\s*(?:${YEARS_OF_AGE}|[,.!;)]|$|${CLAUSE_GOES_ON}))`,
    `(?<![\\p{L}])(?!(?:${NOT_A_NAME})\\b)\\p{Lu}\\p{Ll}+\\s*[(\\[]\\s*${NUMBER}\\s*[)\\]]`,
    // Russian and Ukrainian give a person's age in the dative: "Ване тринадцать лет", "Данилові чотирнадцять, він…" (not after "в", "на": a place).
    `${DATIVE_NAME}\\s+${NUMBER}(?=\\s*(?:${SLAVIC_YEARS})(?![\\p{L}])|\\s*[,.;!])`,
  ].join("|"),
  "udy",
);

/** A name between commas before "is" ("Aunty Bisi's son, Dayo, is nine and…"): the name (with its capital) is group 1, the number group 2. */
const APPOSED_NAME_IS = new RegExp(`,\\s*(\\p{Lu}\\p{Ll}+),\\s+(?:is|['’]s)\\s+(?:only\\s+|just\\s+|still\\s+)?(\\d{1,2}|${NUMBER.slice(1, -1)})${NOT_A_UNIT}(?=\\s*(?:years?|[,.!?;)]|$|${CLAUSE_GOES_ON}))`, "gu");
/** What before an age makes it past or someone else's measure: "when I was", "at", "since". */
const PAST_BEFORE = /(?:when\s+(?:i|she|he|they|we|you)\s+(?:was|were)|since\s+(?:i|she|he|they|we|you)\s+(?:was|were)|(?<![\p{L}])since\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?|back\s+when|ever\s+since|at\s+(?:the\s+age\s+of\s+)?|at\s+age|cuando\s+(?:tenía|tenia|cumplí|cumpli)|وقتی(?:\s*که)?|vaghti|जब\s+(?:मैं|हम|वह|वो|तुम|आप)|quando\s+(?:eu\s+)?(?:tinha|fiz)|quand\s+j['’]avais|als\s+ich|(?<![\p{L}])(?:كان|كانت|كنت)|(?:dulu\s+)?(?:waktu|ketika)\s+(?:\p{L}+\s+)?(?:umur|berumur)?|dulu\s+(?:aku|saya)?\s*(?:umur)?|(?:furnace|boiler|roof|stove|oven|fridge|heater|barn|shed|septic|tank|engine|boat|van|tractor|piano|guitar|violin|watch|ring|mattress|couch|sofa|tires?|fence|deck|house|car|building|tree|game|company|dog|cat|wine|whisk(?:e)?y|phone|laptop|computer|song|movie|show|book|series|account|server|franchise|bridge|church|shop|store|school|castle|ship|sword|book|bike|fiets|auto|huis|boek|kat|hond|coche|carro|casa|libro|livro|gato|perro|cachorro|voiture|maison|livre|chat|chien|vélo|haus|buch|katze|hund|fahrrad|bici|bicicleta)(?:\s+(?:is|was|es|é|est|ist|era|war|è)|['’]s)(?:\s+(?:only|almost|nearly|like|al|ya|já|déjà|schon|già))?|of\s+(?:yours|mine|his|hers|ours|theirs)\s+(?:is|was))\s*$/iu;

/** What after an age makes it a time in the past: Persian "ده ساله بودم", Georgian "რვა წლის რომ ვიყავი", Korean "열두 살 때", Japanese "十五歳の時", Chinese "十五岁的时候", romaji "juuyon-sai no toki". */
const PAST_AFTER = /^\s*(?:بودم|بودیم|(?:რომ|როცა)\s+ვიყავი|때|적에|적엔|の時|のとき|の頃|のころ|頃|時代|时代|的时候|的時候|时候|時候|那年|කාලේ|කාලෙ|တုန်းက|no\s+(?:toki|koro)|kor(?:om|od|a|unk|uk)?\s+óta|kor(?:omban|odban|ában|unkban)|korától|koromtól)/u;

/** Aged drinks: an age near one of these, with no person named before it, is the drink's ("einen 15-jährigen Speyside"). */
const DRINK = /(?<![\p{L}])(?:whisk(?:e)?y|scotch|bourbon|single\s+malt|malt|macallan|glenfiddich|glenlivet|lagavulin|laphroaig|talisker|balvenie|ardbeg|islay|speyside|jameson|yamazaki|hibiki|rioja|bordeaux|merlot|cabernet|pinot|chianti|barolo|malbec|shiraz|champagne|pisco|soju|mezcal|rakı|raki|armagnac|calvados|grappa|wine|wein|vino|vinho|rum|rhum|cognac|brandy|armagnac|tequila|añejo|sake|porto)(?![\p{L}])/iu;

/** An age told in the past: "I was seventeen", "she was 12"; the same age said again bare ("Seventeen years old on a landing craft") is that one. */
const PAST_AGE = /(?<![\p{L}])(?:was|were|war|waren|era|eran|étais|était|avais|avait|tenía|tinha)\s+(?:only\s+|just\s+|barely\s+)?([\p{L}'’-]+|\d+)(?![\p{L}\p{N}])/giu;

/** An apparent age ("looks twelve", "μοιάζει δώδεκα χρονών"): a stated one, unless the same text says the being is an adult. */
const APPARENT_BEFORE = /(?<![\p{L}])(?:looks?|looking|appears?|seems?|passes\s+for|(?:think|thinks|thought|believe|believes|assume|assumes|assumed)(?:\s+that)?(?:\s+(?:i['’]?m|i\s+am|she['’]?s|she\s+is|he['’]?s|he\s+is|you['’]re|you\s+are))?|μοιάζει|φαίνεται|parece|aparenta|semble|sembra|lijkt|wygląda\s+na|выглядит\s+на|виглядає\s+на)(?:\s+(?:like|about|around|no\s+more\s+than|barely|only|maybe|de|na|на|a|an))*\s*$/iu;
const STATED_ADULT = /(?<![\p{L}])(?:i['’]?m|i\s+am|she['’]?s|she\s+is|he['’]?s|he\s+is|you['’]re|you\s+are)\s+(?:(?:1[89]|[2-9]\d)(?![\p{N}])|(?:eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy)(?![\p{L}]))|,\s*(?:1[89]|[2-9]\d)\s*,|(?<![\p{L}])(?:adult|grown\s+woman|grown\s+man|ενήλικ\p{L}*|adult[oa]s?|adulte|erwachsen\p{L}*|dewasa|volwassen\p{L}*|dorosł\p{L}*|взросл\p{L}*|дорosl|yetişkin)(?![\p{L}])|(?<![\p{N}])(?:1[89]|[2-9]\d|\d{3,})(?:\s*|-)(?:years?|year-old|yo|ετών|χρονών|años|anos|ans|jahre|tahun|lat|лет|yaşında)(?![\p{L}])/iu;

/**
 * Whether the age at `start..end` is not someone's age now: said in the past, an object's, a drink's, a past age
 * repeated, or only an appearance of a being stated adult. `bare` when no person or cue comes before the number.
 */
/** An age everyone keeps for ever, said of adults: "永遠の17歳", "eternally seventeen", "forever 16", "自称17歳". */
const ETERNAL_BEFORE = /(?:永遠の|自称|(?<![\p{L}])(?:eternal(?:ly)?|forever|eterna(?:mente)?|ewig)\s+)$/iu;
/**
 * A comparison, not an age: "she acts like she's 12", "acting like a 5 year old", "the attention span of a 10-year-old"; and a
 * feeling, "I'm 16 again", or a season's record, "he's 11 and 0".
 */
const COMPARISON_BEFORE = /(?:(?<![\p{L}])(?:(?:like|as\s+if|as\s+though|comme|wie|come|como|als\s+een|jak|ca|kuin|σαν|как|як|kao|kayak|macam|seperti|giống|như|parang|zoals|sembra|parece|semble|ressemble\s+à|ser\s+ut\s+som|ligner|näyttää|μοιάζει\s+με|выглядит\s+как|виглядає\s+як|izgleda\s+kao|vypadá\s+jako|wygląda\s+jak|arată\s+ca|ziet\s+eruit\s+als|כמו|زي|زى|مثل|متل|مثل\s+ال|mint)\s+(?:a\s+|an\s+|un\s+|une\s+|una\s+|uno\s+|um\s+|uma\s+|ein\s+|eine\s+|einen\s+|een\s+|en\s+|ett\s+|et\s+|o\s+|egy\s+|ένα\s+|μια\s+|ένας\s+)?(?:(?:gosse|gamin|kid|child|kind|bambino|niño|enfant|baby|bébé|dziecko|dítě|copil|çocuk|ребёнок|ребенок|дитина|ילד|ילדה|طفل|بچه|con\s+nít|đứa\s+trẻ|anak|bata)\s+(?:(?:di|de|von|van|od)\s+)?)?|(?:mind|brain|maturity|attention\s+span|temper|manners|vocabulary|handwriting|humou?r|energy|tantrums?|logic)\s+of\s+(?:a|an)\s+)|เหมือน|像|跟)$/iu;
/** A comparison told after the words: Turkish "gibi", Bengali "মতো", Hindustani "jaisa", "ki tarah", Japanese "みたい", Korean "처럼", Chinese "一样". */
const COMPARISON_AFTER = /^[\p{L}\p{M}]*\s*(?:[\p{L}\p{M}]+\s+){0,2}?(?:gibi|jaisa|jaisi|jaise|jaisa|जैसा|जैसी|মতো|মতন|মত(?![\p{L}\p{M}])|جیسا|جیسی|ki\s+tarah|ke\s+jaisa|की\s+तरह|کی\s+طرح|みたい|みたいに|のように|처럼|같이|같은|一样|一樣|似的)/iu;
/** "It" before an age: a thing's ("it's 14 years old", "den är typ 17 år gammal", "det er 15 år", "das ist 12 Jahre alt"). */
const ITS_AGE_BEFORE = /(?<![\p{L}])(?:it['’]?s|it\s+is|it\s+was|its|den\s+(?:er|är|e)|det\s+(?:er|är|e)|das\s+ist|es\s+ist|het\s+is|dit\s+is|dat\s+is)\s+(?:[\p{L}]+\s+){0,2}$/iu;
/** Thai "มา" before a number of years: a span up to now ("คบกันมา 2 ปี", together two years), not an age. */
const THAI_SPAN_BEFORE = /(?:มา|มาแล้ว|ได้)\s*$/u;
/** An age rating, not a person's age: "13 yaş ve üzeri", "15세 관람가", "12 and up", "+16". */
const RATING_AFTER = /^\s*(?:\+|yaş\s+ve\s+(?:üzeri|üstü)|ve\s+(?:üzeri|üstü)|and\s+(?:up|over|older)|y\s+más|e\s+mais|et\s+plus|und\s+älter|en\s+ouder|관람가|이상|以上|歳以上|岁以上|سال\s+به\s+بالا|سال\s+سے\s+(?:کم|زیادہ))/iu;
const AGAIN_AFTER = /^\s+(?:again|and\s+(?:0|oh|zero|o)(?![\p{L}\p{N}]))/iu;
function notAnAgeNow(text: string, start: number, end: number, value: number, bare: boolean): boolean {
  if (afterTens(text, start) || aThingsAge(text, start) || ETERNAL_BEFORE.test(text.slice(Math.max(0, start - 14), start)) || /^\s*教/u.test(text.slice(end, end + 3))) return true;
  if (isPast(text, start) || PAST_AFTER.test(text.slice(end, end + 12))) return true;
  if (ITS_AGE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || THAI_SPAN_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || AGAIN_AFTER.test(text.slice(end, end + 12)) || COMPARISON_AFTER.test(text.slice(end, end + 24)) || RATING_AFTER.test(text.slice(end, end + 24))) return true;
  if (APPARENT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && STATED_ADULT.test(text)) return true;
  if (!bare) return false;
  if (DRINK.test(text.slice(Math.max(0, start - 100), end + 40))) return true;
  // "a 14-year-old cat", "un 12 años whisky": the thing named just after; "nine-year-old you": a past self.
  if (THING_AFTER.test(text.slice(end, end + 40)) || /^\s*(?:you|me|myself|yourself|self)(?![\p{L}])/iu.test(text.slice(end, end + 12))) return true;
  PAST_AGE.lastIndex = 0;
  for (let match = PAST_AGE.exec(text); match !== null; match = PAST_AGE.exec(text)) if (match.index < start && ageOf(match[1]) === value) return true;
  return false;
}

/**
 * Animals, vehicles and things people give ages to, by language: an age just after one of them, with no word for a young
 * person between, is its age ("my dog Max, he's 14", "the car is 17 years old", "la guagua tiene 13", "ο σκύλος μας, 12 χρονών").
 */
const THING = /(?<![\p{L}])(?:company|business|startup|restaurant|café|cafe|bakery|pub|firm|brand|band|channel|podcast|blog|website|franchise|tradition|festival|marriage|friendship|relationship|kavárna|kavárnu|kaviareň|obchod|podnik|restaurace|hospoda|kawiarnia|restauracja|empresa|compañía|negocio|tienda|restaurante|matrimonio|boda|relación|casamento|namoro|loja|entreprise|société|boutique|mariage|unternehmen|firma|geschäft|laden|ehe|azienda|negozio|ditta|bedrijf|winkel|sklep|małżeństwo|компания|фирма|магазин|брак|şirket|dükkan|evlilik|perusahaan|toko|pernikahan|kompanya|negosyo|công\s+ty|cửa\s+hàng|magazine|charity|dog|dogs|doggo|puppy|cat|cats|kitty|kitten|horse|pony|parrot|bird|rabbit|hamster|tortoise|turtle|fish|pet|car|truck|van|bike|motorbike|boat|ship|destroyer|vessel|plane|house|flat|building|laptop|phone|computer|console|guitar|piano|violin|(?<=(?:my|the|a|his|her|this|that|your|our)\s)watch|fridge|whisk(?:e)?y|scotch|bourbon|wine|rum|cognac|brandy|vin|vino|vinho|wein|wijn|bottle|bouteille|botella|garrafa|flasche|tree|perro|perrito|perra|gato|gata|gatito|caballo|coche|carro|auto|cachorro|cadela|cão|chien|chienne|chat|chatte|voiture|hund|katze|pferd|wagen|hond|kat|paard|fiets|pies|psa|kot|kota|samochód|собака|собаку|кот|кошка|машина|машине|köpek|kedi|araba|anjing|kucing|mobil|aso|pusa|kotse|chó|mèo|xe|σκύλος|σκύλο|γάτα|αμάξι|αυτοκίνητο|câine|pisică|mașina|kutya|macska|autó|pes|kočka|auto|koira|kissa|hund|katt|bil|bilen|bilen|kalb|قطة|كلب|سيارة|כלב|חתול|רכב|سگ|گربه|ماشین|guagua|perrita|țuică|tuica|bakkie|bakkies|motor|motors|karretjie|hondjie|katjie|chiot|chiots|chaton|chatons|cucciolo|cucciola|gattino|gattina|welpe|welpen|kätzchen|szczeniak|kociak|щенок|щенку|котёнок|котенок|valp|valpen|kattunge|hvalp|hvalpen|killing|pup|foal|calf|ford|toyota|honda|civic|corolla|camry|prius|golf|volkswagen|vw|bmw|audi|mercedes|subaru|nissan|mazda|chevy|chevrolet|jeep|volvo|kia|hyundai|fiat|renault|peugeot|skoda|škoda|tesla|dodge|jetta|passat|polo|corsa|astra|clio|båt|båten|båtar|boot|bateau|barco|barca|łódź|лодка|човен|maşın|maşını|köhnəsi|วิสกี้|ไวน์|รถ|หมา|แมว|kutyám|kutyánk|kutyája|macskám|macskánk|הכלב|החתול|הכלבה|বিড়াল\p{M}*\p{L}*|বিড়ালটার|কুকুর\p{M}*\p{L}*|بلی|بلّی|کتا|کتیا|बिल्ली|कुत्ता|कुतिया)(?![\p{L}])/iu;
const YOUNG_PERSON = /(?<![\p{L}])(?:i['’]?m|im|i\s+am|you['’]re|you\s+are|ur|tengo|tenho|j['’]ai|ich\s+bin|ik\s+ben|aku|ako|son|daughter|kid|kids|child|boy|girl|brother|sister|niece|nephew|student|pupil|hijo|hija|niño|niña|filho|filha|fils|fille|sohn|tochter|zoon|dochter|syn|córka|сын|дочь|oğlu|kızı|anak|con|γιος|κόρη)(?![\p{L}])/iu;
const THING_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+)?${THING.source.replace("(?<![\\p{L}])", "")}`, "iu");
const THINGS = new RegExp(THING.source, "giu");
/** A name that begins a new clause after the thing ("…too young for a phone; Kiri points out she's nearly ten"): whose age follows. */
const NEW_SUBJECT = /[.;!?]\s+(?!(?:He|She|It|They|This|That|The|Its|His|Her)(?![\p{L}]))\p{Lu}\p{Ll}+/u;
/** A place or vehicle after a preposition of place is where the scene is, not whose age follows ("into the pub after nine, he's only seven"). */
const PLACE_BEFORE = /(?<![\p{L}])(?:in|into|at|to|from|inside|outside|near|behind|past|through|round|around|by|onto|on|off)\s+(?:the|a|an|our|my|your|his|her|their|that|this)\s+(?:[\p{L}-]+\s+)?$/iu;
/** Someone the thing is given, taught or shared with, just before the age: "I teach piano to a nine-year-old", "a bike for a 7-year-old". */
const RECIPIENT_BEFORE = /(?<![\p{L}])(?:to|for|with)\s+(?:a|an|the|my|his|her|their|our|your)\s+$/iu;
/** The speaker's own age ("a truck hit a car. i'm seventeen"): a thing named before it is not whose age it is. */
const SPEAKER_AT = /^(?:i['’]?m|im|i\s+am)(?![\p{L}])/iu;
function aThingsAge(text: string, start: number): boolean {
  if (SPEAKER_AT.test(text.slice(start, start + 6))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  THINGS.lastIndex = 0;
  for (let thing = THINGS.exec(before); thing !== null; thing = THINGS.exec(before)) {
    const between = before.slice(thing.index);
    if (!PLACE_BEFORE.test(before.slice(0, thing.index)) && !YOUNG_PERSON.test(between) && !NEW_SUBJECT.test(between) && !RECIPIENT_BEFORE.test(between)) return true;
  }
  return false;
}

/**
 * Words that put a school year or a word for a child in the past just before it: "when we were in nian", "back in 3º de la ESO",
 * "in 1997 I was in class 8", "cuando éramos…", "když jsme byli…" (a reunion, a memory, not someone's age now).
 */
const PAST_CONTEXT = /(?<![\p{L}])(?:damals|früher|klassentreffen|jahrgangstreffen|abitreffen|abi-treffen|zjazd\s+absolwentów|sraz\s+(?:třídy|absolventů)|encontro\s+de\s+ex-alunos|reencuentro|retrouvailles|when\s+(?:i|we|she|he|they|you)\s+(?:was|were)|since\s+$|(?<![\p{L}])(?<!(?:['’]m|am|is|are|['’]s|['’]re)\s+)back\s+$|since\s+(?:(?:the\s+)?(?:kindergarten|nursery|preschool|primary|elementary|middle|junior|grade|year|childhood|infancy|forever)|(?:i|we)\s+(?:was|were)|age\s+\d)|back\s+(?:in|when|then)|used\s+to|years\s+ago|remember(?:ing)?|recall(?:ing)?|(?:class|school|high\s+school|college|year|\d+(?:th|st|nd|rd))\s+reunion|(?:19[5-9]\d|200\d)(?!\d)(?!\s*(?:words?|pages?|km|miles|dollars|euros|pounds|points|people|calories|steps|meters|metres|feet|rupees|pesos|likes|views|followers|times))|cuando\s+(?:estaba|estábamos|era|éramos|iba|íbamos|tenía|teníamos)|quan\s+(?:feia|fèiem|era|érem|estava|estàvem|anava|anàvem|tenia|teníem)|hace\s+\d+\s+años|quando\s+(?:eu\s+)?(?:estava|era|tinha|estávamos|éramos)|quand\s+(?:j['’]étais|on\s+était|nous\s+étions)|als\s+(?:ich|wir)\s+(?:war|waren|in)|toen\s+(?:ik|we|wij)|kiedy\s+(?:byłam|byłem|byliśmy|byłyśmy)|когда\s+(?:я|мы)\s+(?:был|была|были|учил)|när\s+(?:jag|vi)\s+(?:var|gick)|da\s+(?:jeg|vi)\s+(?:var|gik)|když\s+jsme|keď\s+sme|keď\s+som|amikor\s+(?:még|én)|waktu\s+(?:aku|saya|kita|gue)\s+(?:masih|dulu)|dulu\s+waktu|ai\s+tempi|quando\s+ero|quando\s+eravamo|na\s+minha\s+época|quando\s+eu\s+(?:tava|estava)|za\s+czasów|w\s+czasach|in\s+my\s+day|όταν\s+ήμουν|όταν\s+ήμασταν|noong|nung|nuong|สมัย|ตอนอยู่|ตอนเรียน|ตอนที่|កាលពី|أيام|فاش\s+كنت|لما\s+كنت|لمّا\s+كنت|وقتی|vaghti|جب\s+میں|jab\s+(?:main|mai|mein)|जब\s+(?:मैं|हम|वह|वो|तुम|आप)|כשהייתי|me\s+acuerdo|recuerdo|me\s+lembro|lembro|je\s+me\s+souviens|ich\s+erinnere\s+mich|mi\s+ricordo|pamiętam|ricordi|te\s+acuerdas|te\s+acordás|tu\s+te\s+souviens|vous\s+vous\s+souvenez|weißt\s+du\s+noch|erinnerst\s+du\s+dich|pamiętasz|pamatuješ|pamätáš|herinner\s+je\s+je|weet\s+je\s+nog|minns\s+du|husker\s+du|lembras|(?:você|vc)\s+lembra|помнишь|помните|пам['’]ятаєш|hatırlıyor\s+musun|hatırlıyorum|ingat\s+(?:gak|nggak|ga|tidak)|nakumbuka|unakumbuka|ulipokuwa|nilipokuwa|alipokuwa|tulipokuwa|quando\s+(?:eri|era|eravate|erano)|sen\s+(?:jag|vi|du|hon|han|ni)\s+gick|siden\s+(?:jeg|vi|du|hun|han)\s+(?:gikk|gik)|לפני\s+(?:\S+\s+){0,2}(?:שנה|שנים)|há\s+\S+\s+anos|il\s+y\s+a\s+\S+\s+ans|vor\s+\S+\s+jahren|\S+\s+lat\s+temu|\S+\s+(?:лет|років|года|роки)\s+(?:назад|тому))/iu;
/** A past verb just after ("in 9th grade I broke my arm", "na základce jsem byla", "w podstawówce byłam"). */
const PAST_AFTER_WORDS = /^\S*\s*,?\s*(?:no\s+(?:toki|koro)|(?:i|we)\s+(?:was|were|had|got|used|broke|met|learned|learnt|did|loved|hated)(?![\p{L}])|(?:ako\s+)?(?:nun|noon)(?![\p{L}])|jsem\s+(?:byla|byl)|sem\s+(?:byla|byl|bil)|sam\s+(?:bila|bio)|сам\s+(?:била|био)|ollessani|ollessaan|olin|som\s+(?:bola|bol)|byłam|byłem|byliśmy|war\s+ich|ich\s+war|j['’]étais|yo\s+estaba|eu\s+estava)/iu;
/**
 * A teacher's class, not a pupil's: "Lehrerin der 5. Klasse", "I teach 8th grade", "učím v 8. třídě", "profe de 3º de la ESO".
 * (A coach is left out: an under-14 team's coach speaks to its players.)
 */
const TEACHER_BEFORE = /(?<![\p{L}])(?:teacher|teachers|teach|teaches|teaching|taught|doy\s+clases?|dar\s+clases?|imparto|enseño|ensino|dou\s+aulas?|faig\s+classes?|dono\s+classes?|lehrer\p{L}*|unterricht\p{L}*|maestr[oa]s?|profe\p{L}*|professor\p{L}*|profesoar\p{L}*|insegn\p{L}*|učitel\p{L}*|učiteľ\p{L}*|učím|uczę|uczy|nauczyciel\p{L}*|wychowawc\p{L}*|dirigint\p{L}*|învățătoare|nastavni\p{L}*|учител\p{L}*|учитељ\p{L}*|преподава\p{L}*|opettaja\p{L}*|tanár\p{L}*|tanító\p{L}*|mentor|docent\p{L}*|enseign\p{L}*|leraar|lerares|lærer\p{L}*|lärare|kontaktlærer|öğretmen\p{L}*|أستاذ\p{L}*|أستاذة|معلم\p{L}*|مدرس\p{L}*|δάσκαλ\p{L}*|καθηγ\p{L}*|מורה)(?:\s+(?:[\p{L}\p{N}º°ª'’-]|\.(?!\s))+){0,3}\s+$/iu;
/** A university's year, not a school's: "3º ano da faculdade", "en 3e année de licence", "1º ano de medicina". */
const UNIVERSITY_AFTER = /^\s*(?:(?:année|ano|año|year|anno|jaar|rok|semestre|semester)\s+)?(?:da|de|do|di|of|at|en|na|in|der|an\s+der)\s+(?:la\s+|a\s+|l['’])?(?:faculdade|facultad|faculté|universidad|universidade|université|universität|università|university|uni|college|licence|licenciatura|medicina|médecine|direito|derecho|droit|law|engenharia|ingeniería|master|grado\s+en)/iu;
function inThePast(text: string, index: number, end = index): boolean {
  return PAST_CONTEXT.test(text.slice(Math.max(0, index - 60), index)) || PAST_AFTER_WORDS.test(text.slice(end, end + 30)) || LATER_IN_SENTENCE.test(text.slice(end, end + 80));
}
/**
 * Later in the same sentence, a year gone by ("Year 10 formal in 2008", "Sec 4 was in 2005") or an adult now ("…, now I'm 36",
 * "and I'm 34 now"): the school year was the speaker's, long ago.
 */
const LATER_IN_SENTENCE = /^[^.!?\n]*?(?:(?<![\p{N}])(?:19[5-9]\d|200\d|201\d)(?![\p{N}])(?!\s*(?:words?|pages?|km|miles|dollars|euros|pounds|points|people|calories|steps|meters|metres|feet|rupees|pesos|likes|views|followers|times))|(?<![\p{L}])(?:hace\s+(?:ya\s+)?\S+\s+años|há\s+(?:já\s+)?\S+\s+anos|il\s+y\s+a\s+\S+\s+ans|\S+\s+years\s+ago|vor\s+\S+\s+jahren)(?![\p{L}])|(?<![\p{L}])(?:was|were)\s+(?:\S+\s+){0,3}(?:years?|decades?|ages|yonks)\s+ago(?![\p{L}])|(?<![\p{L}])back\s+in\s+['’]\d\d(?![\p{N}])|(?<![\p{L}])now\s+(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+(?:both\s+|a\s+|an\s+)?(?:1[89]|[2-9]\d)(?![\p{N}])|(?<![\p{L}])(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+(?:both\s+|a\s+|an\s+)?(?:1[89]|[2-9]\d)(?![\p{N}])[^.!?\n]{0,20}?\s+now(?![\p{L}])|(?<![\p{L}])(?:agora|ahora|maintenant|jetzt|heute|adesso|oggi|nu|teraz|dziś|dzisiaj|nyní|teď|acum|nå|nyt|nykyään|τώρα|twra|şimdi|simdi|сейчас|теперь|зараз|тепер|danas|עכשיו|الآن|الان|دلوقتي|الحين|حالا|اکنون|abhi|এখন|sekarang|skrg|ngayon|bây\s+giờ)(?![\p{L}])[^.!?\n\d]{0,30}?(?<![\p{N}])(?:1[89]|[2-9]\d)(?![\p{N}])|(?:ตอนนี้|지금|今は|今|现在|現在)[^.!?\n\d]{0,12}?(?:1[89]|[2-9]\d)(?![\p{N}]))/iu;
/** A university just before: "大学三年级", "대학 2학년", "university year 3". */
const UNIVERSITY_BEFORE = /(?:大学|大學|대학교?|(?<![\p{L}])(?:university|college|uni|faculdade|facultad|faculté|universidad|universidade|université|universität)\s*)$/iu;
/** A teacher named after the school: "ortaokul öğretmeni", "middle school teacher", "učitelka na základce". */
const TEACHER_AFTER = /^\s*(?:teachers?|staff|principal|öğretmen\p{L}*|lehrer\p{L}*|learaar|leraar|lærer\p{L}*|lärare|učitel\p{L}*|nauczyciel\p{L}*|professeur\p{L}*|profesor\p{L}*|maestr[oa]s?)(?![\p{L}])/iu;
/** A school year that is not a pupil's now: a memory, a teacher's class, a university's year, what someone is mistaken for. */
function notAPupilsYear(text: string, index: number, end: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  return (
    inThePast(text, index, end) || MISTAKEN_BEFORE.test(before.slice(-30)) || TEACHER_BEFORE.test(before) || COMPARISON_BEFORE.test(before) || TEACHER_AFTER.test(text.slice(end, end + 24)) ||
    UNIVERSITY_AFTER.test(text.slice(end, end + 40)) || UNIVERSITY_BEFORE.test(before)
  );
}

/**
 * "a freshman", "a sophomore" named in a text that names a high school ("Lincoln High", "high school") and no college: a
 * pupil of fourteen to sixteen. Those years are a college's too, so a text that names one is left alone.
 */
const FRESHMAN = gated(`(?<=(?:(?<![\\p{L}])(?:is|was)|['’]s|,)\\s+)a\\s+(?:freshman|sophomore)`, ["freshman", "sophomore"]);
const HIGH_SCHOOL_NAMED = /(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]+\s+High(?:\s+School)?|high\s*school)(?![\p{L}])/u;
const COLLEGE_NAMED = /(?<![\p{L}])(?:college|university|uni|campus|dorm|frat|sorority|major(?:ing)?|semester|freshman\s+year\s+of\s+college)(?![\p{L}])/iu;
function freshmanAtAHighSchool(field: ContentField): ContentEvidence[] {
  if (!mayHold(field, FRESHMAN.family)) return NO_EVIDENCE;
  const { text } = field;
  if (!HIGH_SCHOOL_NAMED.test(text) || COLLEGE_NAMED.test(text)) return NO_EVIDENCE;
  return evidenceOf(field, FRESHMAN.pattern, "minor", "school-year", (match) => (notAPupilsYear(text, match.index, match.index + match[0].length) ? null : 0.85), FRESHMAN.family);
}

/** No unit just after a number (a unit makes it a measure: "15 minutes", "12 km", "10 bucks", "the 10th"). */
const NO_UNIT_AFTER = new RegExp(`^${NOT_A_UNIT.replace("(?![\\p{L}\\p{N}])", "")}`, "iu");

/**
 * Whether the rules know a small number for no one's age now, whatever words surround it: a measure, a thing's or an
 * animal's age, the past, a comparison, a teacher's class, a university's year. The minor model (minor-model.ts) asks it
 * so that what the rules know is no age stays none when the model reads the sentence.
 */
export function notAMinorsNumber(text: string, start: number, end: number, value: number): boolean {
  return !NO_UNIT_AFTER.test(text.slice(end, end + 16)) || LABEL_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || notAnAgeNow(text, start, end, value, true) || notAPupilsYear(text, start, end);
}

/**
 * A number that names a thing rather than counts a life: an option picked ("Or 3", "this is 3", "option 2"), a room, a page,
 * a day of a story, a level. "or" only when no number comes before it ("12 or 13" is an age guessed).
 */
const LABEL_BEFORE = /(?:(?<![\p{L}\p{N}][\s,-]*)(?<![\p{L}])or|(?<![\p{L}])(?:this|that|it)\s*(?:is|was|['’]s)|(?<![\p{L}])(?:option|choice|number|no\.|nr\.?|room|page|chapter|level|lvl|day|week|round|stage|part|episode|ep\.?|season|volume|vol\.?|floor|gate|platform|bus|table|seat|row|act|scene|track|door|ward|bed|cell|question|task|quest|mission|phase|wave|turn|step|item|slot|rank|top|#)|#)\s*$/iu;

/** The word just before a number (with "and" between, as bigger numbers have it: "treinta y", "بیست و"), and just after it. */
const WORD_BEFORE = /([\p{L}\p{M}'’]+|\p{N}+)[\s-]+(?:(?:and|und|og|och|en|e|y|i|и|ve|na|a|و)[\s-]+)?$/u;
const WORD_AFTER = /^[\s-]+([\p{L}\p{M}'’]+|\p{N}+)/u;
/** "dvadeset šestogodišnja", "twenty six-year-old": tens just before a number make it an adult's age. */
function afterTens(text: string, start: number): boolean {
  const word = WORD_BEFORE.exec(foldAccents(text.slice(Math.max(0, start - 30), start)))?.[1];
  return word !== undefined && ADULT_NUMBER_WORDS.has(word.toLowerCase());
}

/** Every age in words has one of these in it. */
const NUMBER_WORDS_FAMILY = triggerFamily(Object.keys(NUMBER_WORDS));

function statedAges(field: ContentField): ContentEvidence[] {
  if (field.triggers !== undefined && !hasFamily(field.triggers, NUMBER_WORDS_FAMILY)) return [...digitAges(field)];
  const starts = ageStarts(field.text);
  return [...agesOf(field, STATED_AGE, starts), ...agesOf(field, NAMED_AGE, starts), ...digitAges(field)];
}
/** "since she's just twelve": "since" before a subject is "because", not "from the age of". */
const SUBJECT_FIRST = /^(?:i|she|he|you|they|we|who|it)(?![\p{L}])/iu;
const SINCE_BEFORE = /(?<![\p{L}])since\s+$/iu;
function isPast(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  return PAST_BEFORE.test(before) && !(SINCE_BEFORE.test(before) && SUBJECT_FIRST.test(text.slice(index, index + 4)));
}

/** Every number in words, alone: a quick scan before the statement patterns, whose many alternatives are slow to try at every place of a text. */
const NUMBER_ALONE = new RegExp(`(?<![\\p{L}\\p{N}])${NUMBER}(?![\\p{L}\\p{N}])`, "giu");
/** How far before a number in words a statement of its age can begin (its cue: "I'm only", "Kaito Ishida,", "Age:"). */
const AGE_REACH = 80;
const WORD_START = /[\p{L}{]/u;
const LETTER = /[\p{L}\p{N}]/u;

/** Where a statement of age can begin: each word's start within reach before a number in words, in order. */
/** The numbers in words of the text read last (the statements and the table's cues both need them; the scan is the costly part). */
let numbersRead: { text: string; found: { index: number; word: string; value: number }[] } = { text: "", found: [] };
function numberWordsIn(text: string): { index: number; word: string; value: number }[] {
  if (numbersRead.text !== text) {
    const found: { index: number; word: string; value: number }[] = [];
    NUMBER_ALONE.lastIndex = 0;
    for (let match = NUMBER_ALONE.exec(text); match !== null; match = NUMBER_ALONE.exec(text)) found.push({ index: match.index, word: match[0], value: ageOf(match[1]) });
    numbersRead = { text, found };
  }
  return numbersRead.found;
}

function ageStarts(text: string): number[] {
  const starts = new Set<number>();
  for (const match of numberWordsIn(text)) {
    for (let at = Math.max(0, match.index - AGE_REACH); at <= match.index; at++) {
      if (WORD_START.test(text[at]) && (at === 0 || text[at] === "{" || !LETTER.test(text[at - 1]))) starts.add(at);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/** A pattern's matches that begin at these places, leftmost first and not overlapping, as a scan of the whole text would find them. */
function agesOf(field: ContentField, pattern: RegExp, starts: readonly number[]): ContentEvidence[] {
  const found: ContentEvidence[] = [];
  let after = 0;
  for (const start of starts) {
    if (start < after) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(field.text);
    if (match === null || match[0].length === 0) continue;
    after = start + match[0].length;
    const group = match.slice(1).findIndex((one) => one !== undefined) + 1;
    const value = ageOf(match[group] ?? "");
    const bare = match.indices?.[group]?.[0] === match.index;
    if (UNDER_18(value) && !notAnAgeNow(field.text, match.index, after, value, bare)) found.push({ tag: "minor", field: field.field, start: match.index, end: after, rule: "stated-age", score: 0.9 });
  }
  return found;
}
/**
 * The same kinds of statement around an age written in digits: each number from 1 to 17 is found
 * first (a quick scan), then its surroundings are read: a cue before it ("I'm", "Age:", "tengo",
 * "Maya is", "Oliver,") or an age word after it ("years old", "-jährige", "años de edad").
 */
const CUE_BEFORE: readonly { before: RegExp; after: RegExp }[] = [
  { before: new RegExp(`(?<![\\p{L}])${AGE_SUBJECT}\\s+["“]?(?:(?:only|just|barely|almost|nearly|like|about|around|literally|still|actually|both)\\s+){0,2}$`, "iu"), after: new RegExp(`^(?:yrs?|years?)(?![\\p{L}])|^${NOT_A_UNIT}(?=\\s*(?:years?|yrs?|yo\\b|y/o|[,.!?;:)~(\\-]|\\p{Extended_Pictographic}|$|${CLAUSE_GOES_ON}|\\s+\\p{L}+(?<![sS])[.!?,]))`, "iu") },
  { before: new RegExp(`(?<![\\p{L}])${YOUNG_OF}\\s+$`, "iu"), after: new RegExp(`^${SUMMERS}`, "u") },
  { before: /(?<![\p{L}])(?:is|['’]s|who\s+is|,)\s+all\s+of\s+$/iu, after: /^(?:\s+years?(?:\s+old)?)?\s*[,.;!]/iu },
  { before: new RegExp(`\\[\\s*(?!(?:${NOT_A_NAME}|Strength|Dexterity|Constitution|Intelligence|Wisdom|Charisma|Level|Health|Mana|Armor|Armour|Speed|Attack|Defense|Defence|Power|Rank|Height|Weight)\\b)\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?:\\s*$`, "u"), after: /^\s*[;,|]/u },
  // "Age: 14", "age 13", W++ and PList sheets: `Age("16")`, `age = 16`.
  { before: new RegExp(`(?:(?<![\\p{L}])(?:${AGE_KEYS})|อายุ|나이|年齢|年龄)["'”]?\\s*(?:[:=(]|\\s[-–—])?\\s*["'“]?$`, "iu"), after: new RegExp(`^(?:y(?:rs?)?(?![\\p{L}])|${NOT_A_UNIT})`, "iu") },
  { before: /(?<![\p{L}])(?:tengo|tiene|tienes|tenho|tem|tens|j['’]ai|jai|il a|elle a|tu as|ho|ha|hai|mam|ma|masz)\s+$/iu, after: /^\s+(?:años|añitos|anos|aninhos|ans|anni|lat|latka|ano|año|piges|balais|berges|tacos|pirulos|abriles|primaveras)(?![\p{L}])/iu },
  // French "Léa a 15 piges" (not "il y a 15 ans", fifteen years ago).
  { before: /(?<![\p{L}])(?<!(?<![\p{L}])y\s)a\s+$/iu, after: /^\s+(?:ans|piges|balais|berges)(?![\p{L}])/iu },
  { before: /(?<![\p{L}])(?:tengo|tenho|ik ben|hij is|zij is|ze is|мне|мені|ему|ей|тебе|are|jag är|jag e|ja e|hon är|han är|jeg er|hun er|han er|je mi|είμαι|είναι|t[ôo]\s+com|tou\s+com|estou\s+com|man\s+ir)\s+(?:(?:solo|só|pas|net|уже|только|всего|bara|kun)\s+)?$/iu, after: new RegExp(`^${NOT_A_UNIT}(?=\\s*(?:лет|года|год|jaar|år|let|χρονών|[,.!?;)]|$|${CLAUSE_GOES_ON}))`, "iu") },
  // A relative's age in Spanish and Portuguese, the word for years often left out: "mi hermanito tiene 8", "meu irmão tem 11".
  { before: SPANISH_KIN_HAS, after: new RegExp(`^${NOT_A_UNIT}(?!\\s*(?:meses|mes|semanas|días|dias|hijos|filhos|años\\s+(?:de|en|trabajando|casad)))(?=\\s*(?:años|añitos|anos|aninhos|[,.!?;)]|$|y\\s|e\\s|pero\\s|mas\\s|${CLAUSE_GOES_ON}))`, "iu") },
  // A profile's "me: 15," and chat's "am 14 years" (the "I" left out).
  { before: /(?:^|\n|[*(\[]|ooc:?\s*)\s*me\s*[:=]\s*$/iu, after: new RegExp(`^${NOT_A_UNIT}(?=\\s*(?:[,;|/]|y/?o|yrs?|years?))`, "iu") },
  { before: /(?:^|\n|[*(\[]|ooc:?\s*|[,.!?]\s*)\s*am\s+$/iu, after: new RegExp(`^(?:\\s*(?:years?|yrs?|y\\/?o)(?![\\p{L}])|${NOT_A_UNIT}(?=\\s*(?:[,.!?]|$|${CLAUSE_GOES_ON})))`, "iu") },
  // Romanian "am 15 ani", "are 16 ani".
  { before: /(?<![\p{L}])(?:am|are|ai)\s+$/iu, after: /^\s+ani(?![\p{L}])/iu },
  // "una chica de 15 años", "âgée de 14 ans": a person, then the age (not "una cachaça de 12 anos").
  { before: /(?<![\p{L}])(?:(?:chica|chico|niña|niño|menina|menino|garota|garoto|fille|garçon|joven|jovem|hija|hijo|filha|filho|hermana|hermano|irmã|irmão|sœur|frère|ragazza|ragazzo|bambina|bambino|ado|ados|adolescente|gamin|gamine|jeune)\s+(?:de|di)|âgée?s?\s+de|agée?s?\s+de|con|com)\s+$/iu, after: /^\s+(?:años|anos|ans|anni)(?![\p{L}])/iu },
  { before: /(?<![\p{L}])(?:ich bin|bin|du bist|sie ist|er ist|aku|saya|gue|gw|dia|ami)\s+(?:(?:umur|berumur|berusia|baru|erst|gerade|grad|noch|schon|übrigens|uebrigens|eigentlich|halt|auch|ja|nur)\s+)?$/iu, after: new RegExp(`^${NOT_A_UNIT}(?=\\s*(?:jahre|tahun|[,.!?;)]|$|${CLAUSE_GOES_ON}))`, "iu") },
  // Names are written with capitals: these two are case-sensitive.
  { before: new RegExp(`(?<![\\p{L}])(?:\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?|\\{\\{(?:char|user)\\}\\}|${PERSON_NOUN}),\\s*(?:de\\s+|barely\\s+|only\\s+|just\\s+|not\\s+yet\\s+|no\\s+older\\s+than\\s+|almost\\s+|nearly\\s+|all\\s+of\\s+|now\\s+|aged\\s+)?$`, "u"), after: new RegExp(`^(?:\\s*(?:${YEARS_WORD})(?![\\p{L}]))?(?:\\s+(?:this\\s+year|now|noo))?(?:\\s*[,.;)]|\\s+and\\s+(?:\\p{L}|\\d))`, "iu") },
  // (The lookahead first: the list of words that are no names is only tried where a capital begins a word.)
  { before: new RegExp(`(?<![\\p{L}])(?=\\p{Lu}|\\{)(?!(?:${NOT_A_NAME})\\b)(?:\\p{Lu}[\\p{L}-]+['’]s|(?:\\p{Lu}[\\p{L}'’-]+|\\{\\{(?:char|user)\\}\\})\\s+(?:${NAME_IS}))\\s+(?:only\\s+|just\\s+|barely\\s+|almost\\s+|pas\\s+|nog\\s+maar\\s+|maar\\s+)?$`, "u"), after: new RegExp(`^${NOT_A_UNIT}(?=\\s*(?:${YEARS_OF_AGE}|[,.!;)]|$|in\\b|at\\b|this\\b|when\\b|${CLAUSE_GOES_ON}))`, "u") },
  { before: new RegExp(`${DATIVE_NAME}\\s+$`, "u"), after: new RegExp(`^\\s*(?:${SLAVIC_YEARS})(?![\\p{L}])|^\\s*[,.;!]`, "u") },
  ...LANGUAGE_CUES.map(({ before, after }) => ({ before: new RegExp(`(?<![\\p{L}])${before}$`, "iu"), after: new RegExp(`^${after}`, "iu") })),
  // A name and its age in brackets, as a card or a cast list writes it: "Mia (14)", "Daniel (15, her brother)".
  { before: /(?<![\p{L}])(?:son|daughter|brother|sister|nephew|niece|cousin|grandson|granddaughter|kid|kids|child|children|boy|boys|girl|girls|baby|twins?)\s*[(\[]\s*$/iu, after: /^\s*(?:[)\]]|,\s*\p{L}|(?:and|&)\s+\d)/u },
  // A cast list's "Mia - 15 - she/her", "Mia | 15 | Sophomore" (spaced separators on both sides).
  { before: new RegExp(`(?<![\\p{L}])(?=\\p{Lu})(?!(?:${NOT_A_NAME})\\b)\\p{Lu}\\p{Ll}+(?:\\s*\\([\\p{L}/ ]{2,15}\\))?\\s+[-–—|•]\\s+$`, "u"), after: /^\s+[-–—|•/]\s/u },
  // A greeting that opens with an age and a place: "hii 16 from Manila here", "hey, 15 f from ohio".
  { before: /(?<![\p{L}])(?:hi+|hey+|hello+|heya|sup|yo|hiya)[\s,!~]+(?:i['’]?m\s+|im\s+)?$/iu, after: /^\s*(?:[mf]\s+)?(?:from|frm)(?![\p{L}])|^\s*[mf](?![\p{L}])/iu },
  { before: new RegExp(`(?<![\\p{L}])(?!(?:${NOT_A_NAME}|Chapter|Part|Episode|Act|Scene|Season|Volume|Vol|Track|Level|Stage|Round|Phase|Class|Grade|Year|Room|Table|Figure|Fig|Step|Item|Note|Page|Day|Week)\\b)\\p{Lu}\\p{Ll}+\\s*[(\\[]\\s*(?:(?:she|he|they|it)/(?:her|him|them|its|they|she|he)\\s*,\\s*)?$`, "u"), after: /^\s*(?:[)\]]|,\s*\p{L})/u },
];
/**
 * The same cues read backwards from the number (a lookbehind tried at that one place, sticky), not searched for in the text
 * before it: most numbers have no cue, and a lookbehind says so at once. Group 1 is the cue.
 */
const CUES_AT = CUE_BEFORE.map((cue) => ({ before: new RegExp(`(?<=(${cue.before.source.replace(/\$$/, "")}))`, `${cue.before.flags}dy`), after: cue.after }));
/** An age, sex and place in a chat's shorthand: "15/f/usa", "16/m". */
const AGE_SEX_SLASH = /^\s*\/\s*[mfMF](?![\p{L}])/u;

/** Age words after the number: "15 years old", "15-year-old", "15yo", "15 años de edad", "15-jährige". */
const AGE_AFTER = new RegExp(`^${AGE_WORDS_AFTER}`, "iu");
const DIGITS = /\d+/g;

/**
 * Whether the number at `start` is inside a word or a longer number ("A15", "3.14", "1,5"): then it is no age. Chinese,
 * Japanese and Korean write an age straight after a word ("今年15歳", "我15岁"): that is not glued.
 */
function gluedBefore(text: string, start: number): boolean {
  return /[\p{L}\p{N}.,]/u.test(text[start - 1] ?? " ") && !isUnspacedLetter(text.charCodeAt(start - 1));
}

function digitAges(field: ContentField): ContentEvidence[] {
  if (field.triggers !== undefined && !hasFamily(field.triggers, DIGIT)) return [];
  const { text } = field;
  const found: ContentEvidence[] = [];
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match !== null; match = DIGITS.exec(text)) {
    const start = match.index;
    // A fraction glued on ("aged 4¾") is read as part of the number.
    const end = start + match[0].length + (/^[¼½¾]/u.test(text.slice(start + match[0].length, start + match[0].length + 1)) ? 1 : 0);
    const value = match[0].length <= 2 ? Number(match[0]) : 0;
    if (!UNDER_18(value) || gluedBefore(text, start) || /^[.,]\d/.test(text.slice(end, end + 2)) || isPast(text, start)) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 60);
    const years = AGE_AFTER.exec(after) ?? AGE_SEX_SLASH.exec(after);
    if (years && !notAnAgeNow(text, start, end + years[0].length, value, true)) {
      found.push({ tag: "minor", field: field.field, start, end: end + years[0].length, rule: "stated-age", score: 0.9 });
      continue;
    }
    for (const cue of CUES_AT) {
      cue.before.lastIndex = start;
      const at = cue.before.exec(text)?.indices?.[1]?.[0];
      if (at !== undefined && start - at <= 60 && cue.after.test(after) && !notAnAgeNow(text, at, end, value, false)) {
        found.push({ tag: "minor", field: field.field, start: at, end, rule: "stated-age", score: 0.9 });
        break;
      }
    }
  }
  return found;
}

/**
 * A number's stems for the age adjectives glued to it, accents folded: the word itself and, for words of six letters or
 * more, the word less its last one to three letters ("pietnas(cie)" in "pietnastoletnia", "пятнадцат(ь)" in
 * "пятнадцатилетняя", "quindic(i)" in "quindicenne"). Only six to seventeen: no stem of an adult's age is among them.
 */
const COMPOUND_STEMS = (() => {
  const stems = new Map<string, number>();
  const adultWords = [...ADULT_NUMBER_WORDS];
  for (const [word, value] of Object.entries(NUMBER_WORDS)) {
    if (value < 6 || /[\s-]/.test(word) || ENGLISH_NUMBER_WORDS.has(word)) continue;
    const folded = withoutAccents(word);
    const letters = [...folded];
    for (let cut = 0; cut <= 3; cut++) {
      if (cut > 0 && letters.length - cut < 5) break;
      const stem = letters.slice(0, letters.length - cut).join("");
      // Four letters at least: the quick pass finds words by their first four to six ("osm" of "osmiletý gympl", an eight-year school, is left out).
      if (letters.length - cut < 4) break;
      if (cut > 0 && adultWords.some((adult) => adult.startsWith(stem))) continue;
      if (!stems.has(stem)) stems.set(stem, value);
    }
  }
  // Short and small numbers, whole: glued to an age adjective they are ages too ("tioåriga", "trzyletni", "niårige").
  for (const [word, value] of GLUED_CARDINALS) if (!stems.has(word)) stems.set(word, value);
  return stems;
})();
/** The adjectives' first letters, for the quick pass's stems of a short number glued to one ("tioå", "niår", "tříl"). */
const ADJECTIVE_STARTS = [...new Set(AGE_ADJECTIVE_STEMS.flatMap((stem) => [stem, withoutAccents(stem)]))];
/** The stems' first four to six letters, accented and folded: where one begins a word, a compound may be there. */
const COMPOUND_FAMILY = triggerStems([...new Set([...COMPOUND_STEMS.keys(), ...Object.keys(NUMBER_WORDS).filter((word) => !ENGLISH_NUMBER_WORDS.has(word) && !/[\s-]/.test(word))].flatMap((word) => {
  // Each word by its longest stem the quick pass knows (six letters, or the whole of a shorter word): "sett" would fire on "setting".
  // A word of two or three letters, by itself and the start of each adjective ("tio" + "å"), in the accented forms too.
  const letters = [...word];
  // Five letters, not four: "tre" + "enne" would be "tree", "to" + "letni" "tole", the starts of common English words.
  if (letters.length < 4) return ADJECTIVE_STARTS.map((start) => [...(word + start)].slice(0, 5).join("")).filter((stem) => /^\p{L}{5}$/u.test(stem));
  // A small number found only glued ("drei", "vier", "tres" are common words alone): by the word and the adjective's start.
  if (!(word in NUMBER_WORDS) && GLUED_CARDINALS.has(word) && letters.length < 6) return ADJECTIVE_STARTS.map((start) => [...(word + start)].slice(0, 6).join("")).filter((stem) => /^\p{L}{4,6}$/u.test(stem));
  const prefix = letters.slice(0, Math.min(6, letters.length)).join("");
  return /^\p{L}+$/u.test(prefix) ? [prefix] : [];
}))]);

/**
 * The age adjectives, found first (few texts hold one; the numbers before them are read after): accented and folded forms,
 * any case. "enne" and "aring" sit inside many words ("Jenner", "caring"): only the number before them makes an age.
 */
const AGE_ADJECTIVE = new RegExp(`(?:${[...new Set(AGE_ADJECTIVE_STEMS.flatMap((stem) => [stem, withoutAccents(stem)]))].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})\\p{L}*`, "giu");
/** Before an adjective: the letters of a word up to it ("pietnasto", "quindic"); after digits, `AGE_WORDS_AFTER` finds it. */
const LETTERS_BEFORE = /(?<![\p{L}\p{N}])(\p{L}+)-?$/u;

/** An age adjective glued to a number in words: "piętnastoletnia", "quindicenne", "fünfzehnjährige". */
function compoundAges(field: ContentField): ContentEvidence[] {
  if (field.triggers !== undefined && !hasFamily(field.triggers, COMPOUND_FAMILY)) return [];
  const { text } = field;
  const found: ContentEvidence[] = [];
  AGE_ADJECTIVE.lastIndex = 0;
  for (let match = AGE_ADJECTIVE.exec(text); match !== null; match = AGE_ADJECTIVE.exec(text)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const start = compoundStart(before);
    if (start === null) continue;
    const at = match.index - before.length + start.at;
    const end = match.index + match[0].length;
    if (!UNDER_18(start.value) || notAnAgeNow(text, at, end, start.value, true)) continue;
    // Two to five years are as often a warranty's or a course's ("toårig garanti"): a person's when a name or a child follows, or a verb of being comes before.
    if (start.value < 6 && !(SMALL_AGE_PERSON_AFTER.test(text.slice(end, end + 24)) || SMALL_AGE_COPULA_BEFORE.test(text.slice(Math.max(0, at - 16), at)))) continue;
    found.push({ tag: "minor", field: field.field, start: at, end, rule: "stated-age", score: 0.9 });
  }
  return found;
}
const SMALL_AGE_PERSON_AFTER = /^\s*(?:\p{Lu}\p{Ll}|(?:barn|dreng|pige|gutt|jente|pojke|flicka|poika|tyttö|taapero|lány|fiú|gyerek|csöppség|kislány|kisfiú|chłopiec|chłopczyk|dziewczynka|dziecko|brzdąc|maluch|kluk|holka|holčička|dítě|chlapec|prcek|bambin[oa]|niñ[oa]|kind|junge|mädchen|jongen|meisje|kleuter|peuter|παιδί|αγόρι|κορίτσι|μωρό|ребёнок|ребенок|мальчик|девочка|малыш|дитина|хлопчик|дівчинка|copil|băiat|fetiță|dete|dečak|devojčica|djevojčica|dječak)(?![\p{L}]))/u;
const SMALL_AGE_COPULA_BEFORE = /(?<![\p{L}])(?:on|oli|är|var|er|je|jest|ist|is|es|è|est|είναι|van|olt|olen|ja|jsem|je\s+mu|je\s+jí|ma|má)\s+(?:\p{L}+\s+)?$/iu;

/** Where the number before an age adjective begins in `before`, and its value; null when no number of a child's age is there. */
function compoundStart(before: string): { at: number; value: number } | null {
  const letters = LETTERS_BEFORE.exec(before);
  if (!letters) return null;
  const word = foldAccents(letters[1]).toLowerCase();
  // "sixtyjährige", "dvadeset" glued: a number of an adult's age begins the word.
  for (const adult of ADULT_NUMBER_WORDS) if (word.startsWith(adult)) return null;
  // The number's stem, then at most two linking letters ("pietnas|to|letnia", "quindic|enne").
  // A short number ("ni", "tio") only whole: with letters cut, it would be found at the start of any word ("Nita|leta").
  for (let cut = 0; cut <= 2 && cut < word.length; cut++) {
    if (cut > 0 && word.length - cut < 4) break;
    const value = COMPOUND_STEMS.get(word.slice(0, word.length - cut));
    if (value !== undefined) return { at: letters.index, value };
  }
  return null;
}

/** A school year in romaji after the school's name: the number, then "nensei" (written apart, with a hyphen or glued). */
function romajiYear(numbers: string): string {
  return `(?:${numbers})(?:-|\\s)?nensei`;
}

const GRADE_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth";
const UNDER_AGES = Array.from({ length: 13 }, (_, i) => i + 5);
const SCHOOL_LEVELS = ["high", "middle", "elementary", "primary", "grade", "junior"];
const SCHOOL_YEAR: readonly GatedPattern[] = [
  gated(`(?:[1-9]|1[0-2])(?:st|nd|rd|th)[- ]grade(?:r|rs)?|(?:${GRADE_ORDINALS})[- ]grade(?:r|rs)?`, ["grade", "grader", "graders"]),
  gated(`(?:grade|year)\\s+(?:[1-9]|1[0-2])\\s+(?:student|pupil|learner)s?`, pairs(["grade", "year"], ["student", "students", "pupil", "pupils", "learner", "learners"])),
  gated(`(?:in|inna|am in|i['’]?m in|she['’]?s in|he['’]?s in)\\s+(?:grade\\s+(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)|year\\s+(?:[5-9]|1[0-2]))(?![\\p{N}])(?!\\s+(?:of|since|after|before)\\b)`, [...pairs(["in", "inna"], ["grade", "year"])]),
  gated(`(?:freshman|sophomore|junior|senior)s?\\s+(?:in|at|of)\\s+(?:high\\s*school|middle\\s*school|junior\\s+high|hs)`, [...pairs(["freshman", "freshmen", "sophomore", "sophomores", "junior", "juniors", "senior", "seniors"], ["school", "highschool", "middleschool", "hs"]), "junior high"]),
  {
    // Case-sensitive: the school's name is written with capitals ("a second-year at Minato High").
    pattern: /(?<![\p{L}])(?:[Ff]reshman|[Ss]ophomore|[Jj]unior|[Ff]irst-year|[Ss]econd-year|[Tt]hird-year|[Ff]irst\s+year|[Ss]econd\s+year|[Tt]hird\s+year)\s+(?:student\s+)?(?:at|in|of)\s+(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}(?:High|Middle|Junior\s+High|Elementary)(?![\p{L}])/gu,
    family: triggerFamily(pairs(["freshman", "sophomore", "junior", "first", "second", "third"], ["high", "middle", "elementary"])),
  },
  gated(
    `(?:middle|elementary|primary|junior\\s+high|grade)\\s+school\\s+(?:basketball\\s+|soccer\\s+|football\\s+|volleyball\\s+|track\\s+|swim\\s+|chess\\s+)?(?:team|class|classes|student|students|kids|girls|boys)`,
    pairs(["middle", "elementary", "primary", "high", "grade"], ["school"], ["team", "class", "classes", "student", "students", "kids", "girls", "boys"]),
  ),
  gated(
    `(?<![\\p{N}])(?:under[- ]?(?:1[0-7]|[5-9])|u-?(?:1[0-7]|[5-9]))(?:s|['’]s)?\\s*[a-d]?\\s+(?:girls['’]?\\s+|boys['’]?\\s+)?(?:[\\p{L}-]+\\s+)?(?:team|squad|league|side|girls|boys|division|track|football|soccer|basketball|cricket|rugby|hockey|netball)|(?:the|for|with|our|his|her|my|their)\\s+(?:[\\p{L}-]+\\s+)?(?:under[- ]?(?:1[0-7]|[5-9])|u-?(?:1[0-7]|[5-9]))s(?![\\p{L}])`,
    UNDER_AGES.flatMap((age) => [`under ${age}`, `u ${age}`, `u${age}`, `under${age}`, `under ${age}s`, `u ${age}s`, `u${age}s`, `u${age}a`, `u${age}b`, `u${age}c`, `u${age}d`]),
  ),
  gated(`(?:${SCHOOL_LEVELS.join("|")})[- ]?school(?:er|ers)`, ["schooler", "schoolers", "highschooler", "highschoolers", "middleschooler", "middleschoolers", "gradeschooler", "gradeschoolers"]),
  gated(
    `(?:a|an|the|i['’]?m a|she['’]?s a|he['’]?s a)\\s+(?:high|middle|elementary|primary|junior\\s+high)[- ]?school\\s+(?:student|girl|boy|kid|pupil|freshman|sophomore)`,
    [...pairs(["high", "middle", "elementary", "primary"], ["school"], ["student", "girl", "boy", "kid", "pupil", "freshman", "sophomore"]), ...pairs(["highschool", "middleschool"], ["student", "girl", "boy", "kid", "pupil"])],
  ),
  gated(
    `(?:i|she|he|they|we|you)\\s+(?:am|is|are|['’]m|['’]s|['’]re)\\s+(?:still\\s+)?(?:in|at)\\s+(?:high|middle|elementary|primary|junior\\s+high)[- ]?school`,
    [...pairs(["in", "at"], ["high", "middle", "elementary", "primary"], ["school"]), "in highschool", "at highschool", "in middleschool", "at middleschool"],
  ),
  gated(`kelas\\s+(?:[1-9]|1[0-2])\\s*(?:sd|smp|sma|smk)?|(?:anak|siswa|siswi|murid)\\s+(?:sd|smp|sma|smk)`, ["kelas", ...pairs(["anak", "siswa", "siswi", "murid"], ["sd", "smp", "sma", "smk"])]),
  gated(
    `(?:estudiante|alumn[oa])\\s+de\\s+(?:secundaria|primaria)|(?:en|no|na)\\s+(?:[1-9]º|primero|segundo|tercero)\\s+(?:de\\s+)?(?:secundaria|eso|bachillerato|ano)`,
    ["secundaria", "primaria", "eso", "bachillerato", "ano"],
  ),
  gated(`collégien(?:ne)?|lycéen(?:ne)?|en\\s+(?:sixième|cinquième|quatrième|troisième|seconde)|au\\s+collège`, ["collégien", "collégienne", "lycéen", "lycéenne", "sixième", "cinquième", "quatrième", "troisième", "en seconde", "au collège"]),
  gated(`schüler(?:in)?|in\\s+der\\s+(?:[5-9]|1[0-2])\\.?\\s*klasse|(?:[5-9]|1[0-2])\\.\\s*klasse|klasse\\s+(?:[5-9]|1[0-2])(?![\\p{N}])`, ["schüler", "schülerin", "klasse"]),
  // Other school systems: "Year 9 at …" (UK), "Class 1-A" (Japan), "9º ano" (Brazil, Portugal), "2º de ESO", "lớp 9",
  // "8 класс", "terza media", "lise 1", "lise birdeyim" (in words only with the case ending: "lise bir" is also "a high school…"), "brugklas", "groep 8".
  gated(`year\\s+(?:[7-9]|1[0-2])\\s+(?:at|in|pupil|pupils|student|students|girl|boy|kid|kids)`, pairs(["year"], ["at", "in", "pupil", "pupils", "student", "students", "girl", "boy", "kid", "kids"])),
  gated(`class\\s+[1-3]-[a-z](?![\\p{L}])`, ["class"]),
  gated(`(?:[1-9])\\.?\\s?[ºo°]\\s*(?:ano|de\\s+eso|eso|de\\s+secundaria|de\\s+bachillerato)`, ["ano", "eso", "secundaria", "bachillerato"]),
  gated(`lớp\\s+(?:[1-9]|1[0-2])(?![\\p{N}])`, ["lớp"]),
  // Russian "8 класс", Ukrainian "у 8 класі".
  gated(`(?:[1-9]|1[01])\\s*-?(?:й|м|ом|ый|ой|ий|му)?\\s*клас\\p{L}*`, ["класс", "класса", "классе", "классу", "классник", "классница", "клас", "класі", "класу", "класа"]),
  gated(`(?:prima|seconda|terza)\\s+media|scuola\\s+media|alle\\s+medie`, ["media", "medie"]),
  gated(`lise\\s*[1-4](?:['’]?(?:de|da|te|ta|ye|ya|e|a)\\p{L}*)?(?![\\p{N}])|lise\\s+(?:birde|ikide|üçte|ucte)\\p{L}*|ortaokul\\p{L}*|(?:[5-9]|1[0-2])\\.\\s*sınıf`, ["lise", "ortaokul", "ortaokulda", "ortaokula", "sınıf"]),
  gated(`brugklas\\p{L}*|groep\\s+[5-8](?![\\p{N}])`, ["brugklas", "brugklasser", "brugklassers", "groep"]),
  // A sheet's "Grade: 10th", "Grade: 9"; French "en 5e"; Polish "ósma klasa", "klasa 7"; "3º de la ESO"; Brazil's "ensino médio".
  gated(`grade\\s*[:=(]\\s*["'“]?(?:(?:[1-9]|1[0-2])(?:st|nd|rd|th)|[5-9]|1[0-2])(?![\\p{L}\\p{N}])`, ["grade"]),
  gated(`en\\s+[3-6](?:e|ème|eme)(?![\\p{L}])`, ["en"]),
  gated(`(?:trzeci|czwart|piąt|szóst|siódm|ósm)\\p{L}*\\s+klas\\p{L}*|klas(?:a|ie|y)\\s+[1-8](?![\\p{N}])|[1-8]\\s+klas(?:a|ie|y)`, ["klasa", "klasie", "klasy", "klasą"]),
  gated(`[1-4]\\.?\\s?[ºo°]\\s*de\\s+la\\s+eso|(?:no|do|na|da)\\s+ensino\\s+(?:médio|fundamental)`, ["eso", ...pairs(["no", "do", "na", "da"], ["ensino"])]),
  // School years written as an ordinal and the word for the class, third to eleventh (first and second are also a train's or a
  // ticket's class): Russian and Ukrainian "в восьмом классе", "п'ятий клас"; Czech "do osmé třídy"; Arabic "في الصف الثامن".
  gated(`(?:трет|четв[её]рт|пят|п['’]ят|шест|шост|седьм|сьом|восьм|девят|дев['’]ят|десят|одиннадцат|одинадцят)\\p{L}*\\s+клас(?:с|са|се|су|сом|і|у|ом)?`, ["клас", "класі", "класу", "класом", "класс", "класса", "классе", "классу", "классом"]),
  gated(`(?:třet|čtvrt|pát|šest|sedm|osm|devát)\\p{L}*\\s+tříd(?:a|y|ě|u|ou)`, ["třída", "třídy", "třídě", "třídu", "třídou"]),
  gated(`(?:ب|ف|و)?الصف\\s+ال(?:ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي\\s+عشر)`, ["الصف", "بالصف", "فالصف", "والصف"]),
  // Greece's school years: "Β' Γυμνασίου", "ΣΤ' Δημοτικού", "Α' Λυκείου"; India's "कक्षा 9" and "a class 9 student"; Romania's "clasa a VI-a";
  // France's primary years "en CM1" (capitals: "cm2" is a unit); Spain's "sexto de primaria"; Malaysia's "Tingkatan 2", "Darjah 5";
  // Sweden's "går i nian", "åttonde klass".
  gated(`(?:[ΑΒΓΔΕ]|ΣΤ)['’΄ʹ]?\\s*Δημοτικ(?:ού|ου)|[ΑΒΓ]['’΄ʹ]?\\s*Γυμνασ(?:ί|ι)ου|[ΑΒ]['’΄ʹ]?\\s*Λυκε(?:ί|ι)ου`, ["δημοτικου", "γυμνασιου", "λυκειου", "δημοτικού", "γυμνασίου", "λυκείου"]),
  gated(`कक्षा\\s*(?:1[0-2]|[1-9])(?![\\p{N}])`, ["कक्षा"]),
  gated(
    `class\\s+(?:1[0-2]|[1-9])(?:th|st|nd|rd)?\\s+(?:student|pupil|girl|boy|kid)s?|(?:in|studies\\s+in|studying\\s+in)\\s+class\\s+(?:1[0-2]|[1-9])(?:th|st|nd|rd)?(?![\\p{L}\\p{N}])(?!\\s*(?:rapids?|hurricanes?|storms?|felon\\p{L}*|misdemeanou?r\\p{L}*|drugs?|substances?|licen[cs]es?|cars?|trucks?))`,
    ["class"],
  ),
  gated(`clas(?:a|ă|ei)\\s+a\\s+(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|[2-9]|1[01])-a`, ["clasa", "clasă", "clasei"]),
  { pattern: /(?<![\p{L}])(?:en|au|élève\s+de|classe\s+de)\s+(?:CP|CE1|CE2|CM1|CM2)(?![\p{L}\p{N}])/gu, family: triggerFamily(["cp", "ce1", "ce2", "cm1", "cm2"]) },
  gated(`(?:primero|segundo|tercero|cuarto|quinto|sexto|[1-6]\\.?\\s?[ºo°])\\s+(?:de\\s+)?(?:primaria|secundaria)`, ["primaria", "secundaria"]),
  // The first and second years of Spain's ESO (twelve to fourteen: the stage names them, no train's class does), in Spanish
  // and in Catalan ("segundo de ESO", "2n d'ESO", "segon d'ESO"); Catalonia's primary years ("tercer de primària").
  gated(`(?:primero|primer|segundo|1\\.?\\s?[ºo°]|2\\.?\\s?[ºo°]|1ro|2do)\\s+de\\s+(?:la\\s+)?eso|(?:1r|2n|3r|4t|primer|segon|tercer|quart)\\s+d['’]\\s?eso|(?:1r|2n|3r|4t|5è|6è|primer|segon|tercer|quart|cinquè|sisè)\\s+de\\s+primària`, ["eso", "primària"]),
  gated(`(?:pelajar|murid|budak|di|dalam|masuk|ke|naik)\\s+tingkatan\\s+[1-5](?![\\p{N}])|darjah\\s+[1-6](?![\\p{N}])`, ["tingkatan", "darjah"]),
  gated(`går\\s+i\\s+(?:ettan|tvåan|trean|fyran|femman|sexan|sjuan|åttan|nian)|(?:tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde)\\s+klass`, ["ettan", "tvåan", "trean", "fyran", "femman", "sexan", "sjuan", "åttan", "nian", "klass"]),
  // "Grade 10 in Ontario", "Grade 8 at Lincoln": a grade and a place (capitalised: "Grade 8 in piano" is an exam); Tagalog "Grade 8 sa".
  { pattern: /(?<![\p{L}])[Gg]rade\s+(?:1[0-2]|[1-9])(?![\p{N}])\s+(?:(?:in|at)\s+\p{Lu}|sa\s)/gu, family: triggerFamily(["grade"]) },
  // Pupils named by their year in one word ("Achtklässlerin", "ósmoklasistka", "kasiluokkalainen"); Finnish "8. luokalla";
  // Czech and Slovak "v 8. třídě", "v ôsmej triede"; Croatian and Serbian "u 7. razredu", "sedmi razred"; Hebrew "בכיתה ח'", "לכיתה י'" (not "י״ב", the twelfth);
  // Persian "کلاس هشتم"; Bengali "অষ্টম শ্রেণি", "ক্লাস এইটে"; Swahili "darasa la saba", "kidato cha pili"; Hinglish "class 8 mein";
  // Egyptian and Levantine Arabic "تالتة إعدادي"; Italian "seconda superiore".
  { pattern: wordsPattern(SCHOOL_YEAR_WORDS), family: triggerFamily(SCHOOL_YEAR_WORDS) },
  gated(`[1-9]\\.\\s*luokal(?:la|le)|[1-9]\\.\\s*(?:třídě|třídy|triede|triedy|ročníku)|(?:tretej|štvrtej|piatej|šiestej|siedmej|ôsmej|osmej|deviatej)\\s+triede`, ["luokalla", "luokalle", "třídě", "třídy", "triede", "triedy", "ročníku"]),
  gated(`[3-8]\\.\\s*razred\\p{L}*|(?:treć|trec|četvrt|cetvrt|pet|šest|sest|sedm|osm)\\p{L}*\\s+razred\\p{L}*|(?:трећ|четврт|пет|шест|седм|осм)\\p{L}*\\s+разред\\p{L}*`, ["razred", "razreda", "razredu", "razredom", "разред", "разреда", "разреду"]),
  gated(`[בל]?כית(?:ה|ת)\\s+(?:[ג-ט]|י|י["״]?א)['׳’"]?(?!["״׳]?\\p{L})`, ["כיתה", "בכיתה", "לכיתה", "כיתת"]),
  gated(`کلاس\\s+(?:سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم)[\\p{L}\\p{M}]*`, ["کلاس"]),
  gated(`(?:তৃতীয়|চতুর্থ|পঞ্চম|ষষ্ঠ|সপ্তম|অষ্টম|নবম|দশম)\\s+(?:শ্রেণি|শ্রেণী)[\\p{L}\\p{M}]*|ক্লাস\\s+(?:থ্রি|ফোর|ফাইভ|সিক্স|সেভেন|এইট|নাইন|টেন)[\\p{L}\\p{M}]*`, ["শ্রেণি", "শ্রেণী", "ক্লাস"]),
  gated(`darasa\\s+la\\s+(?:tatu|nne|tano|sita|saba|nane|[3-8])|kidato\\s+cha\\s+(?:kwanza|pili|tatu|nne|[1-4])`, ["darasa", "kidato"]),
  gated(`(?:class|kaksha)\\s*(?:[5-9]|1[0-2])(?:th|vi|vin|wi|st|nd|rd)?\\s+(?:mein|me|mai|mei|में)|(?:[5-9]|1[0-2])(?:th|vi|vin|wi)\\s+(?:class|kaksha)\\s+(?:mein|me|mai|mei|में|ki|ka|ke|student)`, pairs(["class", "kaksha"], ["mein", "me", "mai", "mei", "में", "ki", "ka", "ke", "student"])),
  gated(`(?:أولى|اولى|تانية|ثانية|تالتة|ثالثة|رابعة|خامسة|سادسة)\\s+(?:إعدادي|اعدادي|ابتدائي|اعدادى|ابتدائى|متوسط)`, ["إعدادي", "اعدادي", "ابتدائي", "اعدادى", "ابتدائى", "متوسط"]),
  gated(`(?:prima|seconda|terza)\\s+superiore|(?:primo|secondo|terzo)\\s+anno\\s+(?:di\\s+|del\\s+)?(?:liceo|superiori)`, ["superiore", "liceo", "superiori"]),
  // UK and Irish years named with what pupils do in them ("the year 10 mocks", "Year 9 maths", "its year 8"), Scotland's "in S2",
  // Ireland's "Junior Cert"; Quebec's "sec 3"; Mexico's "segundo de secu"; Colombia's "en noveno", Chile's "octavo básico",
  // "primero medio"; Switzerland's "2. Sek"; Norway's and Denmark's "niende trinn", "går i tiende", "8. klasse"; Czech and
  // Slovak pupils by year ("deváťák", "deviatak"); "I'm in 7th" (not a place, a row or a period).
  gated(`year\\s+(?:[7-9]|1[01])\\s+(?:mocks?|maths?|english|science|history|geography|french|spanish|german|exams?|gcses?|options|form|assembly|camp|trip|disco|prom|formal|group\\s*chat|class(?:es)?|pe|p\\.e\\.|homework|detention|timetable)|(?:it['’]?s|its|i['’]?m|im|we['’]re|were|she['’]?s|he['’]?s)\\s+(?:only\\s+|just\\s+|still\\s+)?(?:in\\s+)?year\\s+(?:[7-9]|1[01])(?![\\p{N}])(?!\\s+(?:of|since|after|before)\\b)`, pairs(["year"], ["7", "8", "9", "10", "11"])),
  { pattern: /(?<![\p{L}])(?:[Ii]['’]?m|[Ss]he['’]?s|[Hh]e['’]?s|[Ww]e['’]re|[Tt]hey['’]re|is|are)\s+(?:only\s+|just\s+|still\s+)?in\s+(?:S[1-4]|P[4-7])(?![\p{L}\p{N}])/gu, family: triggerFamily(pairs(["in"], ["s1", "s2", "s3", "s4", "p4", "p5", "p6", "p7"])) },
  gated(`junior\\s+cert|junior\\s+cycle|secondaire\\s+[1-5]|(?:en|de|le\\s+prof\\s+de)\\s+sec\\s*[1-5](?![\\p{N}])`, ["junior cert", "junior cycle", "secondaire", ...pairs(["sec"], ["1", "2", "3", "4", "5"]), "sec1", "sec2", "sec3", "sec4", "sec5"]),
  gated(`(?:primero|segundo|tercero|1ro|2do|3ro|1º|2º|3º)\\s+(?:de\\s+)?(?:secu|secundaria|prepa)|(?:en|estoy\\s+en|cursando|curso)\\s+(?:sexto|séptimo|septimo|octavo|noveno|décimo|decimo)(?:\\s+grado)?|(?:sexto|séptimo|septimo|octavo)\\s+básico|(?:primero|segundo|tercero)\\s+medio`, ["secu", "secundaria", "prepa", "sexto", "séptimo", "septimo", "octavo", "noveno", "décimo", "decimo", "básico", ...pairs(["primero", "segundo", "tercero"], ["medio"])]),
  gated(`[1-3]\\.\\s*(?:sek|sekundar|sekundarschule|oberstufe|real)(?![\\p{L}])`, pairs(["1", "2", "3"], ["sek", "sekundar", "sekundarschule", "oberstufe", "real"])),
  gated(`(?:femte|sjette|sjuende|syvende|åttende|ottende|niende|tiende)\\s+(?:trinn|klasse)|(?:[5-9]|10)\\.\\s*(?:trinn|klasse)|går\\s+i\\s+(?:femte|sjette|sjuende|syvende|åttende|ottende|niende|tiende|[5-9]\\.|10\\.)`, ["trinn", "klasse", "går"]),
  gated(`(?:i['’]?m|im|she['’]?s|he['’]?s|we['’]re|were|(?!(?:it|that|what|there|here|who|where|which|this)['’]s)\\p{L}+['’]s)\\s+(?:only\\s+|just\\s+|still\\s+)?in\\s+(?:[4-9]|1[0-2])(?:th|st|nd|rd)(?![\\p{L}])(?!\\s+(?:place|position|row|period|inning|round|gear|century|dimension|floor|level|chair|seat|line|spot|rank|lap|minute|hour|week|month|year|term|semester)\\b)`, pairs(["in"], ["4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"])),
  // Egypt's preparatory and primary years in Arabizi ("tanya e3dady", "talta e3dadi"); the Philippines' "grade 8 po ako"; India's "10th standard",
  // "9th std"; Tamil "ஒன்பதாம் வகுப்பு"; Kenya's "niko form 2"; Urdu "نویں جماعت"; Hindi "आठवीं कक्षा"; Amharic "8ኛ ክፍል"; Latvian "6. klasē";
  // Icelandic "9. bekk"; Estonian "seitsmendas klassis"; Argentina's "2do año del secundario"; Brazil's "no nono ano"; Flanders' "tweede
  // middelbaar"; Czech and Slovak "v devítce", "v deviatke"; Sweden's "i sjuan"; Malaysia's "tingkatan 3"; Taiwan's "國三".
  gated(`(?:ola|oula|ula|oola|tanya|tania|tanieh|talta|talteh|talata)\\s+(?:e3dad[iy]|e3dadi|i3dadi|ebtda2[iy]|ebtedai)|(?:rab3a|khamsa|sadsa|sata)\\s+(?:ebtda2[iy]|ebtedai)`, ["e3dadi", "e3dady", "i3dadi", "ebtda2i", "ebtda2y", "ebtedai"]),
  gated(`grade\\s+(?:[1-9]|1[0-2])\\s+(?:po|ako|na\\s+ako|pa\\s+lang|student\\s+ako)(?![\\p{L}])|(?:[5-9]|1[0-2])(?:th|st|nd|rd)?\\s+(?:standard|std)(?![\\p{L}])`, ["grade", "standard", "std"]),
  gated(`(?:ஆறாம்|ஏழாம்|எட்டாம்|ஒன்பதாம்|பத்தாம்)\\s+(?:வகுப்பு|வகுப்பில்)`, ["வக", "வகுப்பு"]),
  gated(`(?:niko|nipo|yuko|yupo|tuko)\\s+form\\s+[1-4](?![\\p{N}])`, pairs(["form"], ["niko", "nipo", "yuko", "yupo", "tuko"])),
  gated(`(?:چھٹی|ساتویں|آٹھویں|نویں|دسویں)\\s+(?:جماعت|کلاس)|(?:छठी|सातवीं|आठवीं|नौवीं|दसवीं)\\s+(?:कक्षा|क्लास)`, ["جماعت", "کلاس", "कक्षा", "क्लास"]),
  { pattern: /(?<![\p{N}])(?:[1-9]|1[0-2])ኛ\s*ክፍል/gu, family: DIGIT },
  gated(`(?:[1-9]|1[0-2])\\.\\s*(?:klasē|klase|klases|bekk|bekkur|bekkjar|klassis|klassi|klass)`, ["klasē", "klase", "klases", "bekk", "bekkur", "bekkjar", "klassis", "klassi", "klass"]),
  gated(`(?:viiendas|kuuendas|seitsmendas|kaheksandas|üheksandas)\\s+klassis|(?:sjötta|sjöunda|áttunda|níunda|tíunda)\\s+bekk\\p{L}*`, ["klassis", "bekk", "bekkur", "bekkjar"]),
  gated(`(?:1er|1ro|2do|3ro|4to|5to|primer|segundo|tercer|cuarto|quinto)\\s+año\\s+(?:del|de)\\s+(?:secundario|secundaria|colegio|liceo|la\\s+secundaria)`, pairs(["año"], ["secundario", "secundaria", "colegio", "liceo"])),
  gated(`(?:no|do|na|da)\\s+(?:sexto|sétimo|setimo|oitavo|nono)\\s+ano`, pairs(["sexto", "sétimo", "setimo", "oitavo", "nono"], ["ano"])),
  gated(`(?:eerste|tweede|derde|vierde)\\s+middelbaar`, ["middelbaar"]),
  gated(`v\\s+(?:šestce|sedmičce|osmičce|devítce|devitce|šiestke|siedmičke|ôsmičke|osmicke|deviatke)`, ["šestce", "sedmičce", "osmičce", "devítce", "devitce", "šiestke", "siedmičke", "ôsmičke", "osmicke", "deviatke"]),
  gated(`i\\s+(?:femman|sexan|sjuan|åttan|nian)`, ["femman", "sexan", "sjuan", "åttan", "nian"]),
  gated(`tingkatan\\s+[1-5](?![\\p{N}])(?!\\s+dari)`, ["tingkatan"]),
  // English-speaking schools' years told other ways: "a second-year high school student", "her first year of high school" (not
  // a memory: "…was rough"), the GCSE years ("sitting her GCSEs"), Malaysia's and Kenya's "in Form 4", England's "lower sixth".
  gated(
    `(?:first|second|third|1st|2nd|3rd|freshman|sophomore)[- ]years?\\s+(?:(?:student|pupil)\\s+)?(?:(?:of|in|at)\\s+)?(?:high|middle|junior\\s+high|secondary)[- ]?school(?:er|ers)?(?!\\s+(?:was|were|had)\\b)`,
    pairs(["first", "second", "third", "1st", "2nd", "3rd", "freshman", "sophomore"], ["year", "years"]),
  ),
  gated(`(?:doing|sitting|taking|revising\\s+for|studying\\s+for|preparing\\s+for|cramming\\s+for|starts?|starting)\\s+(?:(?:my|his|her|their|our|your|the)\\s+)?(?:mock\\s+)?gcses?|gcse\\s+(?:year|student|students|pupil|pupils|coursework|revision|options)`, ["gcse", "gcses"]),
  gated(`form\\s+(?:one|two|three|four|five|[1-5])\\s+(?:student|pupil|girl|boy|kid|learner)s?|(?:i['’]?m|im|am|she['’]?s|he['’]?s|we['’]re|they['’]re|is|are)\\s+(?:only\\s+|just\\s+|still\\s+|now\\s+)?in\\s+form\\s+(?:[1-5]|one|two|three|four|five)(?![\\p{L}\\p{N}])(?!\\s+(?:of|in|on)\\b)`, pairs(["form"], ["one", "two", "three", "four", "five", "1", "2", "3", "4", "5"])),
  gated(`lower[- ]sixth(?:ers?|\\s+form(?:ers?)?)?`, ["lower sixth", "lower sixther", "lower sixthers"]),
  gated(`(?:just\\s+started|starting|starts|about\\s+to\\s+start|will\\s+start|['’]ll\\s+start|going\\s+into|entering)\\s+(?:high|middle|junior\\s+high|elementary|primary|secondary)[- ]?school`, pairs(["started", "starting", "starts", "start", "into", "entering"], ["high", "middle", "elementary", "primary", "secondary"], ["school"])),
  gated(`(?:last|final)\\s+year\\s+(?:of|in|at)\\s+(?:middle\\s+school|junior\\s+high|primary\\s+school|elementary(?:\\s+school)?)(?!\\s+(?:was|were|had)\\b)`, pairs(["last", "final"], ["year"], ["middle", "junior", "primary", "elementary"])),
  // Singapore's and Scotland's "Primary 5", "Secondary 2"; school years in words ("in grade seven", "in year seven", "a year 10",
  // "the Year 11s"); the teens' early and middle years; a teenage person.
  gated(`(?:in|a)\\s+(?:primary|secondary|sec)\\s*[1-6](?![\\p{N}])(?!\\s+(?:of|colou?rs?)\\b)|(?:primary|secondary|sec)\\s*[1-6]\\s+(?:student|pupil|learner|girl|boy|kid|class)s?`, pairs(["primary", "secondary", "sec"], ["1", "2", "3", "4", "5", "6"])),
  gated(`(?:i['’]?m|im|she['’]?s|he['’]?s|we['’]re|they['’]re|is|are)\\s+(?:only\\s+|just\\s+|still\\s+|now\\s+)?in\\s+(?:grade\\s+(?:five|six|seven|eight|nine|ten|eleven|twelve)|year\\s+(?:seven|eight|nine|ten|eleven))(?![\\p{L}])`, pairs(["grade", "year"], ["five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])),
  gated(`(?:i['’]?m|im|she['’]?s|he['’]?s|we['’]re|they['’]re|is|are)\\s+(?:only\\s+|just\\s+|still\\s+)?(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?year\\s+(?:[7-9]|1[01])(?![\\p{N}])|year\\s+(?:[7-9]|1[01])s(?![\\p{L}])`, pairs(["year"], ["7", "8", "9", "10", "11", "7s", "8s", "9s", "10s", "11s"])),
  gated(`(?:early|mid)[- ]teens|(?:teenage|teenaged|teen)\\s+(?:girl|boy|son|daughter|kid|sister|brother|niece|nephew|cousin|runaway|student|pupil)s?`, ["early teens", "mid teens", "midteens", ...pairs(["teenage", "teenaged", "teen"], ["girl", "boy", "son", "daughter", "kid", "sister", "brother", "niece", "nephew", "cousin", "runaway", "student", "pupil", "girls", "boys", "sons", "daughters", "kids", "sisters", "brothers", "students"])]),
  gated(`(?:doing|sitting|taking|revising\\s+for|studying\\s+for|preparing\\s+for|cramming\\s+for)\\s+(?:(?:my|his|her|their|our|your|the)\\s+)?(?:mock\\s+)?(?:o[- ]levels?|igcses?|(?:10th|tenth)\\s+boards?|spm|pt3|ncea\\s+level\\s+[12])|ncea\\s+level\\s+[12]\\s+(?:student|pupil)s?`, ["o level", "o levels", "olevel", "olevels", "igcse", "igcses", "boards", "board", "spm", "pt3", "ncea"]),
  // A chat's "year 9 is so long", "grade 11 is supposed to be the year", "year 10 … mocks … gcses" (a pupil's complaint; a
  // teacher's is read as one by TEACHER_BEFORE).
  gated(`(?:year\\s+(?:[7-9]|1[01])|grade\\s+(?:[6-9]|1[01]))\\s+(?:is|doesn['’]?t|doesnt|does\\s+not|sucks|has\\s+been)\\s+(?:even\\s+)?(?:so|actually|literally|kinda|lowkey|honestly|way|such|brutal|hard|long|boring|killing|rough|tough|hell|the\\s+worst|supposed|gonna|going|matter|stressful|insane|crazy|hectic|busy|intense|exhausting|chaotic|no\\s+joke|too\\s+much)(?![\\p{L}])|year\\s+(?:[7-9]|1[01])(?=[^.!?\\n]{0,60}(?<![\\p{L}])(?:mocks|gcses?|options\\s+evening)(?![\\p{L}]))|year\\s+6(?=[^.!?\\n]{0,60}(?<![\\p{L}])sats(?![\\p{L}]))|(?<=(?<![\\p{L}])sats(?![\\p{L}])[^!?\\n]{0,40})year\\s+6(?![\\p{N}])`, pairs(["year", "grade"], ["6", "7", "8", "9", "10", "11"])),
  // A freshman or a sophomore where the same text names a high school and no college ("counselor at Lincoln High. {{user}} is
  // Jade, a sophomore"): see FRESHMAN_AT_A_HIGH_SCHOOL.
  // A pupil's year with what they do in it: "I'm wasting Year 11", "she's starting Year 7 in September", "he's repeating grade 8".
  gated(`(?:i['’]?m|im|i\\s+am|she['’]?s|he['’]?s|she\\s+is|he\\s+is|you['’]?re|we['’]?re)\\s+(?:\\p{L}+\\s+)?(?:wasting|failing|repeating|starting|finishing|doing|going\\s+into|moving\\s+up\\s+to|halfway\\s+through)\\s+(?:year\\s+(?:[5-9]|1[01])|grade\\s+(?:[4-9]|1[01]))(?![\\p{N}])(?!\\s+(?:of|at\\s+(?:uni|university|college)|piano|violin|guitar|theory|ballet)(?![\\p{L}]))`, pairs(["wasting", "failing", "repeating", "starting", "finishing", "doing", "into", "to", "through"], ["year", "grade"])),
  // More English-speaking systems: Kenya's, Malaysia's and Hong Kong's "Form Two", "F.1"; Singapore's "Sec 3", "P5", "JC1";
  // Nigeria's "JSS2", "SS1"; Scotland's and Hong Kong's "S2 prelims", "started S1", "a P4 boy"; Quebec's "Secondary III"; the
  // Philippines' and South Africa's "Grade 8" without "in" and "Grade R"; India's "Std VII", "class 6 maths"; the first years'
  // "Prep", "UKG", "kindy"; Ireland's "Transition Year"; national exams of primary and lower secondary pupils.
  { pattern: /(?<![\p{L}\p{N}.])(?:F\.[1-5]|(?:Sec|SEC)\s?[1-4]|JC\s?1|JSS\s?[1-3]|SSS?\s?[1-3]|Secondary\s+(?:I|II|III|IV|V))(?![\p{L}\p{N}])/gu, family: triggerFamily(["f", "sec", "sec1", "sec2", "sec3", "sec4", "jc", "jc1", "jss", "jss1", "jss2", "jss3", "ss", "ss1", "ss2", "ss3", "sss", "sss1", "sss2", "sss3", "secondary"]) },
  gated(`(?:sec|jss)\\s?[1-4]\\s+(?:student|pupil|girl|boy|kid|lor|leh|liao|sia|class)s?(?![\\p{L}])|in\\s+jss\\s?[1-4](?![\\p{L}\\p{N}])`, ["sec", "jss", "sec1", "sec2", "sec3", "sec4", "jss1", "jss2", "jss3"]),
  { pattern: /(?<![\p{L}])(?:(?:[Ii]n|[Aa]|[Oo]nly|[Ss]tarted|[Ss]tarting|is|am|['’]m|['’]s|[Aa]ll)\s+P[1-6](?![\p{L}\p{N}])(?!\s+(?:masks?|respirators?|filters?|cartridges?|plates?|licen[cs]es?|visas?|grades?\s+(?:steel|bolt)))|P[1-6]\s+(?:boy|girl|kid|pupil|student|class|classes|child|children)s?(?![\p{L}]))/gu, family: triggerFamily(["p1", "p2", "p3", "p4", "p5", "p6"]) },
  { pattern: /(?<![\p{L}])(?:(?:[Ss]tarted|[Ss]tarting|[Ss]tarts|is|am|['’]m|['’]s)\s+S[1-4](?![\p{L}\p{N}])|S[1-4]\s+(?:prelims?|exams?|pupils?|students?|class|classes|girl|boy|kid|kids|disco|dance|trip|camp|maths|english|science|french|homework|timetable|assembly|register|guidance|option\s+choices)(?![\p{L}]))/gu, family: triggerFamily(["s1", "s2", "s3", "s4"]) },
  gated(`(?:i['’]?m|im|we['’]re|both|she['’]?s|he['’]?s|they['’]re|starting|start|starts|started|entering|into|repeating)\\s+grade\\s+(?:[1-9]|1[0-2]|r)(?![\\p{L}\\p{N}])|grade\\s+(?:[1-9]|1[0-2]|r)s(?![\\p{L}])|grade\\s+r(?![\\p{L}\\p{N}])`, ["grade", ...pairs(["grade"], ["r", "1s", "2s", "3s", "4s", "5s", "6s", "7s", "8s", "9s", "10s", "11s", "12s"])]),
  gated(`std\\.?\\s*(?:[1-9]|1[0-2]|i|ii|iii|iv|v|vi|vii|viii|ix|x)(?![\\p{L}\\p{N}])|in\\s+standard\\s+(?:[1-9]|1[0-2]|i|ii|iii|iv|v|vi|vii|viii|ix|x)(?![\\p{L}\\p{N}])`, ["std", "standard"]),
  gated(`class\\s+(?:[1-9]|1[0-2])(?:th|st|nd|rd)?\\s+(?:maths?|science|english|exams?|tests?|boards?|syllabus|results?|textbooks?|books?|homework|kids)(?![\\p{L}])|class\\s+(?:[1-9]|1[0-2])(?:th|st|nd|rd)?\\s+(?:at|in)\\s+(?:a\\s+|the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}school`, ["class"]),
  { pattern: /(?<![\p{L}])(?:[Ii]n|[Ss]tarted|[Ss]tarting|[Ss]tarts)\s+(?:Reception(?!\s+(?:desk|area|room|hall|party|staff|drinks))|Prep|UKG|LKG|ukg|lkg|[Kk]indy|[Kk]inder|[Kk]indergarten|[Pp]re-?[Kk]|[Pp]reschool|[Nn]ursery\s+school|[Rr]eception\s+class)(?![\p{L}])/gu, family: triggerFamily(["reception", "prep", "ukg", "lkg", "kindy", "kinder", "kindergarten", "pre k", "prek", "preschool", "nursery school", "reception class"]) },
  gated(`transition\\s+year|(?:in|for|doing)\\s+ty(?![\\p{L}])`, ["transition year", "ty"]),
  gated(`(?:taking|take|sit|sits|sat|sitting(?:\\s+for)?|write|writes|writing|pass|passed|doing|preparing\\s+for|studying\\s+for|revising\\s+for|cramming\\s+for|have|has|got|finished|just\\s+finished|for)\\s+(?:(?:my|his|her|their|our|your|the)\\s+)?(?:psle|upsr|pt3|naplan|csec|bece|spm|matric|common\\s+entrance|11[-\\s]?(?:\\+|plus)|eleven[-\\s]plus)(?![\\p{L}\\p{N}])`, ["psle", "upsr", "pt3", "naplan", "csec", "bece", "spm", "matric", "common entrance", "11", "plus"]),
  gated(`\\(\\s*year\\s+(?:[1-9]|1[01])\\s*[,)]|,\\s*year\\s+(?:[1-9]|1[01])\\s*,|year\\s+[1-6]\\s+(?:residential|nativity|sats|leavers|assembly|play|class|teacher)|(?:in|am in|i['’]?m in|she['’]?s in|he['’]?s in|['’]s in)\\s+year\\s+[1-4](?![\\p{N}])(?!\\s+(?:of|since|after|before|at\\s+uni\\p{L}*|at\\s+college)\\b)`, pairs(["year"], ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"])),
  // A bar or bat mitzvah still to come: twelve or thirteen.
  gated(`(?:his|her|my|your|their|\\p{L}+['’]s)\\s+(?:upcoming\\s+)?(?:bar|bat|b['’]nai)\\s+mitzvah\\s+(?:is|next|this|in|on|practice|lessons?|portion)`, ["mitzvah"]),
  // A baby in the scene, as only a born one is: in a buggy, on a hip, crying or asleep.
  gated(`(?:a|the|her|his|my|our|their)\\s+baby\\s+(?:in\\s+(?:a|the|her|his)\\s+(?:buggy|pram|stroller|pushchair|cot|crib|carrier|highchair|high\\s+chair|sling|car\\s+seat|bouncer)|on\\s+(?:her|his|my)\\s+(?:back|hip|lap)|(?:is\\s+|was\\s+)?(?:crying|cries|asleep|sleeping|napping|teething|fussing|babbling|giggling|gurgling|wailing|bawls|bawling))(?![\\p{L}])`, pairs(["baby"], ["buggy", "pram", "stroller", "pushchair", "cot", "crib", "carrier", "highchair", "chair", "sling", "seat", "bouncer", "back", "hip", "lap", "crying", "cries", "asleep", "sleeping", "napping", "teething", "fussing", "babbling", "giggling", "gurgling", "wailing", "bawls", "bawling"])),
  gated(`[1-4]\\.?\\s?[ºo°]\\s*d[ae]\\s+(?:la\\s+)?eso`, ["eso"]),
  gated(`(?:أول|اول|ثاني|تاني|ثالث|تالت|رابع|خامس|سادس)\\s+(?:متوسط|ابتدائي|إعدادي|اعدادي|ابتدائى|اعدادى)`, ["متوسط", "ابتدائي", "إعدادي", "اعدادي", "ابتدائى", "اعدادى"]),
  gated(`(?:v\\s+)?(?:piatom|šiestom|siestom|siedmom|ôsmom|osmom|deviatom|pátém|patem|šestém|sestem|sedmém|sedmem|osmém|osmem|devátém|devatem)\\s+ročníku|(?:piatom|šiestom|siestom|siedmom|ôsmom|osmom|deviatom|pátém|patem|šestém|sestem|sedmém|sedmem|osmém|osmem|devátém|devatem)\\s+rocniku`, ["ročníku", "rocniku"]),
  gated(`(?:class|kaksha)\\s*(?:[1-9]|1[0-2])\\s+(?:ma|maa)\\s+(?:padchu|padhchu|padhchhu|padchhu|padhdai|padhdaichu|chu|chhu)`, pairs(["ma", "maa"], ["padchu", "padhchu", "padhchhu", "padchhu", "padhdai", "padhdaichu", "chu", "chhu"])),
  gated(`(?:aku|saya|sy|gua|gue|i|adik|adik\\s+aku)\\s+(?:masih\\s+|baru\\s+)?form\\s+[1-5](?![\\p{N}])`, pairs(["form"], ["aku", "saya", "sy", "gua", "gue", "i", "adik"])),
  gated(`(?:freshman|sophomore|junior)\\s+at\\s+[\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+)?\\s+(?:high|middle|junior\\s+high)(?:\\s+school)?(?![\\p{L}])(?!\\s+(?:teacher|staff|principal|coach)s?\\b)`, pairs(["freshman", "sophomore", "junior"], ["high", "middle"])),
  // Too young to vote for some years still: under eighteen ("two years too young to vote", "can't even vote for 2 more years").
  gated(`(?:(?:two|three|four|five|a\\s+few|[1-5])\\s+years?\\s+too\\s+young\\s+to\\s+vote|(?:can['’]?t|cannot|can\\s+not|cant|won['’]?t\\s+be\\s+able\\s+to)\\s+(?:even\\s+|legally\\s+)?vote\\s+(?:for|until)\\s+(?:another\\s+)?(?:two|three|four|five|a\\s+few|[1-5]|a\\s+couple(?:\\s+of)?)\\s+(?:more\\s+)?years?)`, ["vote"]),
  // An answer that begins with the form: "form 3 mak long." (Malaysia, Kenya).
  { pattern: /(?:^|\n)\s*[Ff]orm\s+[1-5](?![\p{L}\p{N}])(?!\s+(?:of|in|on)\b)/gu, family: triggerFamily(pairs(["form"], ["1", "2", "3", "4", "5"])) },
  gated(`(?:bin|bist|ist|sind|gehe|geht|gehst)\\s+(?:jetzt\\s+|erst\\s+|noch\\s+|grad\\s+)?in\\s+(?:der|die)\\s+(?:[5-9]|1[0-2])\\.(?!\\d)`, pairs(["der", "die"], ["5", "6", "7", "8", "9", "10", "11", "12"])),
  gated(`v\\s+(?:šestce|sestce|sedmičce|sedmicce|osmičce|osmicce|devítce|devitce)|(?:v|je\\s+v|jsem\\s+v)\\s+(?:prváku|prvaku|druháku|druhaku)\\s+na\\s+(?:střední|stredni|gymplu|gymnáziu|gymnaziu)|(?:do|v)\\s+(?:primy|primě|sekundy|sekundě|tercie|tercii|kvarty|kvartě)(?:\\s+na\\s+(?:osmiletém|osmiletem)\\s+(?:gymplu|gymnáziu|gymnaziu))?`, ["šestce", "sestce", "sedmičce", "sedmicce", "osmičce", "osmicce", "devítce", "devitce", "prváku", "prvaku", "druháku", "druhaku", "primy", "primě", "sekundy", "sekundě", "tercie", "tercii", "kvarty", "kvartě"]),
  gated(`(?:în|in|sunt\\s+in|sunt\\s+în|e\\s+în|e\\s+in)\\s+(?:clasa\\s+)?a\\s+(?:v|vi|vii|viii|ix|x|xi|[5-9]|1[01])-?a(?![\\p{L}])`, pairs(["a"], ["v", "vi", "vii", "viii", "ix", "x", "xi", "5", "6", "7", "8", "9", "10", "11", "5a", "6a", "7a", "8a", "9a", "10a", "11a"])),
  gated(`(?:pao|paw|phgainw|pigeno|eimai|ime)\\s+(?:sthn\\s+|stin\\s+)?[abgΑΒΓ]['΄’]?\\s*(?:gymnasiou|gumnasiou|gimnasiou|lykeiou|lukeiou|likeiou|dimotikou)|[abg]['΄’]\\s*(?:gymnasiou|gumnasiou|lykeiou|lukeiou|dimotikou)`, ["gymnasiou", "gumnasiou", "gimnasiou", "lykeiou", "lukeiou", "likeiou", "dimotikou"]),
  gated(`(?:học|hoc|đang\\s+học|dang\\s+hoc|e|em)\\s+(?:lớp|lop)\\s+(?:[1-9]|1[0-2])(?![\\p{N}])|thi\\s+(?:vào|vao)\\s+(?:lớp\\s+|lop\\s+)?10(?![\\p{N}])`, ["lớp", "lop", "thi"]),
  gated(`(?:chuu|chū|chu)\\s?[1-3](?![\\p{N}])|(?:kou|kō)\\s?[12](?![\\p{N}])`, ["chuu1", "chuu2", "chuu3", "chu1", "chu2", "chu3", "chū1", "chū2", "chū3", "kou1", "kou2", "kō1", "kō2", ...pairs(["chuu", "chu", "chū", "kou", "kō"], ["1", "2", "3"])]),
  gated(`lukion\\s+(?:ekalla|ekaa|ekalle|tokalla|tokaa|ensimmäisellä|ensimmaisella|toisella)`, ["lukion"]),
  gated(`(?:kelas|klas|class)\\s+(?:haftom|hashtom|nohom|dahom)\\p{L}*`, ["haftom", "hashtom", "nohom", "dahom", "haftomam", "hashtomam", "nohomam", "dahomam"]),
  gated(`(?:[1-9]|1[01])\\.\\s*évfolyam\\p{L}*`, ["évfolyam", "évfolyamos", "évfolyamba", "évfolyamon"]),
  gated(`(?:z|ze)\\s+[4-8][a-f](?![\\p{L}\\p{N}])`, ["4a", "4b", "4c", "5a", "5b", "5c", "6a", "6b", "6c", "7a", "7b", "7c", "8a", "8b", "8c", "4d", "5d", "6d", "7d", "8d"]),
  // A school year between commas, as a lorebook or a cast list writes it: "Danny Price, Year 8, always…", "Zhi Wei, P3, lost…".
  gated(`(?<=[,(]\\s*)(?:(?:grade|class|form|primary|standard|std|sec|p)\\s*(?:[1-9]|1[0-2])|(?:year|yr)\\s*(?:[1-9]|1[01])|pp[1-3]|jk|sk)(?=\\s*[,;)]|\\s+and\\s)`, [
    // Written apart ("Year 8") or glued ("P3", "Sec2"): the quick pass reads the glued form as one word.
    ...["grade", "class", "form", "primary", "standard", "std", "sec", "p", "year", "yr"].flatMap((word) => ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"].flatMap((n) => [`${word} ${n}`, `${word}${n}`])),
    "pp1", "pp2", "pp3", "jk", "sk",
  ]),
  // An age about to be reached by its party ("planning her sweet sixteen"); being under eighteen said as such ("she's not 18 yet").
  gated(`(?:plan|plans|planning|throw|throwing|having|organi[sz]ing)\\s+(?:her|his|my|your|their|a)\\s+sweet\\s+(?:sixteen|16)|sweet\\s+(?:sixteen|16)\\s+(?:party\\s+)?(?:is|will\\s+be)\\s+(?:next|this|on|in|coming|tomorrow|soon)`, ["sweet sixteen", "sweet 16"]),
  gated(
    `(?:i['’]?m|im|i\\s+am|she['’]?s|she\\s+is|he['’]?s|he\\s+is|you['’]?re|you\\s+are|they['’]?re|they\\s+are)\\s+(?:still\\s+|only\\s+)?(?:not\\s+(?:18|eighteen)\\s+yet|not\\s+yet\\s+(?:18|eighteen)|under\\s+(?:the\\s+age\\s+of\\s+)?(?:18|eighteen)|below\\s+(?:18|eighteen)|not\\s+(?:an\\s+)?adult\\s+yet)(?![\\p{N}])(?!\\s*(?:stone|st|kilos?|kg|lbs?|pounds|minutes|mins|seconds|secs|hours|miles|km|percent|%))`,
    ["18 yet", "eighteen yet", "yet 18", "yet eighteen", "under 18", "under eighteen", "below 18", "below eighteen", "adult yet"],
  ),
  { pattern: /(?<![中美英法德韓韩泰全各本外大王帝民])[國国][一二三](?![十百千年])/gu, family: UNSPACED },
  // Thai school years, written inside runs of letters: primary "ป.1" to "ป.6", lower and upper secondary "ม.1" to "ม.5".
  { pattern: /(?:ป\.\s?[1-6]|ม\.\s?[1-5])(?![\p{N}])/gu, family: UNSPACED },
  // Japanese in romaji: "chuugaku ni-nensei", "shougaku 3nensei", "koukou ichi-nensei" (the third year of high school is 17 or 18).
  gated(
    `(?:shougaku|shōgaku|shogaku)\\s+${romajiYear("ichi|ni|san|yon|go|roku|[1-6]")}|(?:chuugaku|chūgaku|chugaku)\\s+${romajiYear("ichi|ni|san|[1-3]")}|(?:koukou|kōkō|koukō)\\s+${romajiYear("ichi|ni|[12]")}`,
    [...pairs(["shougaku", "shōgaku", "shogaku", "chuugaku", "chūgaku", "chugaku", "koukou", "kōkō", "koukō"], ["nensei", ...["ichi", "ni", "san", "yon", "go", "roku", "1", "2", "3", "4", "5", "6"].map((n) => `${n}nensei`)])],
  ),
];

/** Numbers up to eighteen for babies' ages, in months or weeks. */
const SMALL = "(?<![\\p{N}])(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)";
const MONTHS = ["month", "months", "week", "weeks", "day", "days"];
const BABY_NOUNS = "baby|babies|son|daughter|boy|girl|twins?|niece|nephew|brother|sister|grandson|granddaughter|grandchild|child|infant|newborn|kid";
const MONTH_WORDS = ["months", "month", "mos", "weeks", "week", "wks", "meses", "mois", "mesi", "monate", "monaten", "bulan", "μηνών", "месяцев", "місяців"];
/**
 * Babies and toddlers, whose ages are told in months and weeks or as a noun: "an 18-month-old son", "she's 8 months old",
 * "Ivy (8 months)", "μωρό έξι μηνών", "bebé de 8 meses", "a two-year-old" (a person: "a two-year-old laptop" is not). "She's
 * 8 months old" after its subject is DAYS_OLD's (english-ages.ts).
 */
const BABY_AGES: readonly GatedPattern[] = [
  gated(`${SMALL}[- ](?:month|week|day)s?[- ]old\\s+(?:${BABY_NOUNS})|(?:baby|newborn|infant)\\s+(?:[\\p{L}-]+\\s*,?\\s*)?${SMALL}\\s+(?:months?|weeks?|days?)\\s+old|(?:my|our|her|his|their)\\s+${SMALL}[- ](?:month|week|day)s?[- ]old(?![\\p{L}])`, pairs(MONTHS, ["old"])),
  { pattern: new RegExp(`(?<![\\p{L}])(?:\\p{Lu}\\p{Ll}+|baby|newborn|infant)\\s*\\(\\s*(?:\\d{1,2})\\s*(?:${MONTH_WORDS.join("|")})\\s*\\)`, "gu"), family: triggerFamily(MONTH_WORDS) },
  { pattern: new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}+,\\s*${SMALL}[- ](?:months?|weeks?|days?)[- ]old`, "giu"), family: triggerFamily(pairs(["month", "months", "week", "weeks", "day", "days"], ["old"])) },
  gated(`(?:beb[éê]|bébé|neonat[oa]|bayi|baby|μωρό)\\s+(?:de\\s+|di\\s+|von\\s+)?(?:\\d{1,2}|${NUMBER.slice(1, -1)})\\s+(?:${MONTH_WORDS.join("|")})`, pairs(["bebé", "bebê", "bébé", "neonato", "neonata", "bayi", "baby", "μωρό"], MONTH_WORDS)),
  gated(`(?:a|an)\\s+(?:one|two|three|four|five)[- ]year[- ]old(?![\\p{L}])${NOT_AN_OBJECT}`, pairs(["a", "an"], ["one", "two", "three", "four", "five"], ["year old"])),
];

/** When an age is reached soon: "in two months", "next year", "on Sunday" (then the age today is one less). */
const SOON = "(?=\\s+(?:in\\s+(?:like\\s+|about\\s+|around\\s+|just\\s+)?(?:a|an|two|three|four|five|six|\\d+|a\\s+few|like)\\s+(?:days?|weeks?|months?)|in\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|next\\s+(?:week|month|year|spring|summer|autumn|fall|winter|term|semester)|this\\s+(?:week|month|year|summer|spring|fall|autumn|winter|friday|saturday|sunday)|tomorrow|tmrw|tmr|soon|on\\s+\\p{L}+day|on\\s+\\p{L}+\\s+day|on\\s+(?:christmas|new\\s+year['’]s)(?:\\s+(?:eve|day))?|on\\s+(?:her|his|their|my)\\s+birthday|in\\s+the\\s+(?:school\\s+)?(?:hols|holidays|break)|over\\s+the\\s+(?:holidays|hols|summer)|in\\s+(?:the\\s+)?(?:spring|summer|autumn|fall|winter|new\\s+year)|in\\s+(?:a|one|two)\\s+fortnights?|after\\s+the\\s+(?:summer|holidays|break)))";
/**
 * An age about to be reached: "I'll be 16 in May", "she turns 18 next month" (seventeen today: eighteen counts here), and an age in a
 * profile's line beside pronouns: "15 | she/her", "me: 14, he/him".
 */
const FUTURE_AGE = gated(
  `(?:(?:i['’]?ll\\s+be|ill\\s+be|i\\s+will\\s+be|she['’]ll\\s+be|he['’]ll\\s+be|(?:she|he|i|who|you|u)\\s+turns?|turning|gonna\\s+be|gonna\\s+turn|imma\\s+be|ima\\s+be|i['’]ma\\s+be|i['’]?m|im|she['’]?s|he['’]?s)\\s+(?:1[0-8]|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve)|(?:son|daughter|goddaughter|godson|brother|sister|nephew|niece|cousin|grandson|granddaughter|kid|child|boy|girl|baby|twins|fella|one|who|${DIALECT_KIN.join("|")})(?:['’]s)?\\s+(?:turns|turn|is\\s+turning|are\\s+turning|turning)\\s+(?:1[0-8]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen))${SOON}`,
  [...pairs(["ll be", "will be", "turn", "turns", "turning", "gonna be", "imma be", "ima be", "ma be", "m", "s", "im"], ["10", "11", "12", "13", "14", "15", "16", "17", "18", "eighteen", "seventeen", "sixteen", "fifteen", "fourteen", "thirteen", "twelve"]), ...pairs(["turns", "turn", "turning"], ["1", "2", "3", "4", "5", "6", "7", "8", "9", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"])],
);
/** A named person's coming birthday: "Ayo turns 18 in three weeks" (a name has its capital: checked on each match, the rest is any case). */
const NAMED_FUTURE_AGE = gated(
  `(?!(?:${NOT_A_NAME})\\b)\\p{L}+\\s+(?:turns|turn|is\\s+turning|will\\s+be|['’]ll\\s+be)\\s+(?:1[0-8]|[2-9]|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|eleven|ten|nine|eight|seven|six|five|four|three|two)(?![\\p{L}\\p{N}])${SOON}`,
  pairs(["turns", "turn", "turning", "be"], ["10", "11", "12", "13", "14", "15", "16", "17", "18", "2", "3", "4", "5", "6", "7", "8", "9", "eighteen", "seventeen", "sixteen", "fifteen", "fourteen", "thirteen", "twelve", "eleven", "ten", "nine", "eight", "seven", "six", "five", "four", "three", "two"]),
);
/**
 * A small child's age in words after a name, a relative or a pronoun, with nothing after it but the sentence's end, "and" or
 * "years old": "Little Fiadh's three.", "Ethan's five and skates…", "my wee sister is six", "she only two" (a name has its
 * capital: checked on each match). Small numbers in words are everywhere else ("she's two steps ahead"), so only these.
 */
const SMALL_WORDS = "two|three|four|five|six|seven|eight|nine";
const SMALL_WORD_AGE = gated(
  `(?:${KIN_IS}|(?:she|he)(?:['’]s|\\s+is|\\s+only|\\s+just)|who(?:['’]s|\\s+is|\\s+are)|i['’]?m|im|i\\s+am|(?!(?:${NOT_A_NAME})\\b)\\p{L}+(?:['’]s|\\s+is))\\s+(?:only\\s+|just\\s+|barely\\s+|nearly\\s+|almost\\s+)?(?:${SMALL_WORDS})(?:\\s+and\\s+a\\s+half)?(?:\\s+years?\\s+old)?(?:\\s+now)?(?=\\s*[,.!;)]|\\s*$|\\s+an\\s|\\s+and\\s+(?!a\\s+half\\s+(?:feet|foot|inches|hours|minutes|miles|pounds|stone|kilos?|metres|meters|weeks|months|days)))`,
  SMALL_WORDS.split("|"),
);
const PRONOUN_OR_KIN = new RegExp(`^(?:${KIN_IS}|(?:she|he|who)(?![\\p{L}]))`, "iu");
/**
 * A small age between commas after a name or a word for a child: "The twins, barely four, are…", "Little Ali, just four,
 * insists…", "The wean next door, barely five,"; and, with no word before the number, as a story introduces a small child:
 * "Maisie, four, has been allowed…", "Little Ollie, three and a half, is under the table". With no such word, only after a
 * name (not a word of counting or of answering) and before a word that goes on the sentence: "Okay, two, three, four" is
 * counting. Group 1 is the word before the number.
 */
const SMALL_AGE_ADVERBS = ["barely", "only", "just", "not yet", "maybe", "about", "around", "all of", "aged"];
const SMALL_AGE_BETWEEN: GatedPattern = {
  pattern: new RegExp(`,\\s*(?:(${SMALL_AGE_ADVERBS.map((word) => word.replace(" ", "\\s+")).join("|")})\\s+)?(?:${SMALL_WORDS}|[2-9])(?:\\s+and\\s+a\\s+half)?(?:\\s+years?\\s+old)?\\s*[,—–]`, "giu"),
  family: triggerFamily([...SMALL_WORDS.split("|"), ...pairs(SMALL_AGE_ADVERBS.map((word) => word.split(" ").at(-1)!), ["2", "3", "4", "5", "6", "7", "8", "9"])]),
};
const CHILD_BEFORE_COMMA = /(?<![\p{L}])(?:\p{Lu}\p{Ll}+|twins|one|kid|kids|boy|girl|child|wean|bairn|laddie|lassie|bub|baby|toddler|son|daughter|brother|sister|niece|nephew|cousin|grandson|granddaughter|laaitie|pikin)\s*$/u;
const PERSON_NOUN_BEFORE = new RegExp(`${PERSON_NOUN}\\s*$`, "u");
const NAME_BEFORE_COMMA = new RegExp(`(?:(?<![\\p{L}])(?!(?:${NOT_A_NAME}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Okay|Ok|Right|So|Yes|No|Yeah|Well|Fine|Alright|Now|Then|Hmm|Um|Oh|Look|Listen|Wait|See|Sure|Nope|Yep|Please|Thanks|Sorry|Hey|Hi|Hello|Maybe|Ready|Go)\\b)\\p{Lu}\\p{Ll}+|(?<![\\p{L}])(?:${KIN_NOUNS}|toddler|baby|twins))$`, "u");
const NOT_COUNTING_AFTER = new RegExp(`^\\s*(?!(?:${SMALL_WORDS}|one|ten|eleven|twelve|and|or|maybe|then)(?![\\p{L}]))\\p{Ll}`, "u");
function smallAgeBetween(text: string, match: RegExpExecArray): number | null {
  const end = match.index + match[0].length;
  const before = text.slice(Math.max(0, match.index - 40), match.index);
  const person = match[1] !== undefined
    ? CHILD_BEFORE_COMMA.test(before) || PERSON_NOUN_BEFORE.test(before)
    : !/\d/u.test(match[0]) && NAME_BEFORE_COMMA.test(before.slice(-30)) && NOT_COUNTING_AFTER.test(text.slice(end, end + 12));
  return person && !notAnAgeNow(text, match.index, end, 3, false) ? 0.9 : null;
}

/**
 * An age told by comparison with a stated one: "two years younger than his brother, who is 15" (13), "a decade younger than
 * their 25-year-old brother" (15), "three years older than her cousin (12)". The subject is the one compared; in the past
 * ("was two years younger than…") it says nothing of now.
 */
const ENGLISH_NUMBER = `(\\d{1,2}|${[...ENGLISH_CARDINALS.keys()].sort((a, b) => b.length - a.length).map((word) => word.replace(/[ -]/g, "[\\s-]")).join("|")})`;
const RELATIVE_AGE = gated(
  `(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+couple\\s+of|a\\s+decade|a\\s+dozen)(?:\\s+(?:years?|yrs?|year))?\\s+(younger|older)\\s+than\\s+[^.!?\\n]{0,50}?(?:who(?:['’]s|\\s+is|\\s+just\\s+turned|\\s+turned|\\s+turns)\\s+(?:only\\s+|just\\s+|now\\s+)?${ENGLISH_NUMBER}(?![\\p{L}\\p{N}])|${ENGLISH_NUMBER}[- ](?:year|yr)s?[- ]old|[(,]\\s*${ENGLISH_NUMBER}\\s*[),])`,
  pairs(["younger", "older"], ["than"]),
);
/** An English number, in digits or words, as a value; "a", "a couple of", "a decade" and "a dozen" too. */
function englishValue(said: string | undefined): number {
  const words = (said ?? "").toLowerCase().replace(/\s+/g, " ");
  return { a: 1, an: 1, "a couple of": 2, "a decade": 10, "a dozen": 12 }[words] ?? ENGLISH_CARDINALS.get(words.replace(/ /g, "-")) ?? Number(words);
}
/** The score of an age worked out by arithmetic: a minor's, or none. */
function workedOutAge(age: number): number | null {
  return age >= 1 && UNDER_18(age) ? 0.9 : null;
}
function relativeAge(text: string, match: RegExpExecArray): number | null {
  const stated = englishValue(match[3] ?? match[4] ?? match[5]);
  const age = match[2].toLowerCase() === "younger" ? stated - englishValue(match[1]) : stated + englishValue(match[1]);
  return /(?<![\p{L}])(?:was|were|had\s+been)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, match.index - 20), match.index)) ? null : workedOutAge(age);
}

/** "Aunt Kate was 22 when Sophie was born, and Kate's 36 now" (14): the age now less the age at the birth. */
const WAS_WHEN_BORN = gated(
  `was\\s+${ENGLISH_NUMBER}\\s+when\\s+(?:[\\p{L}'’]+\\s+){1,3}was\\s+born[^.!?\\n]{0,40}?(?:['’]s|is|i['’]m|i\\s+am|turned|just\\s+turned)\\s+${ENGLISH_NUMBER}(?:\\s+now)?(?![\\p{L}\\p{N}])`,
  pairs(["when"], ["born"]),
);
/** An age still to come, said of oneself or another: "when I turn sixteen", "she's finally turning eighteen" (not today's birthday). */
const WHEN_I_TURN = gated(
  `when\\s+(?:i|she|he|you|they|we)\\s+turns?\\s+(?:1[0-8]|[2-9]|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|eleven|ten)(?![\\p{L}\\p{N}])|(?:i['’]?m|im|i\\s+am|she['’]?s|he['’]?s|she\\s+is|he\\s+is)\\s+(?:finally\\s+|almost\\s+|nearly\\s+|soon\\s+)?turning\\s+(?:18|eighteen)(?![\\p{L}\\p{N}])(?!\\s*(?:today|tonight|this\\s+morning|now))`,
  [...pairs(["turn", "turns"], ["10", "11", "12", "13", "14", "15", "16", "17", "18", "2", "3", "4", "5", "6", "7", "8", "9", "eighteen", "seventeen", "sixteen", "fifteen", "fourteen", "thirteen", "twelve", "eleven", "ten"]), "turning 18", "turning eighteen"],
);
/** The birthday child and the age just turned, in the next words: "There's the birthday boy! Twelve last week, huh?", "our birthday girl, 9 today". */
const BIRTHDAY_CHILD_AGE = gated(
  `birthday\\s+(?:boy|girl|kid)(?![\\p{L}])[^\\n]{0,40}?(?<![\\p{L}\\p{N}])${ENGLISH_NUMBER}(?:\\s+(?:today|yesterday|last\\s+week|this\\s+week|on\\s+\\p{L}+day|now|already))?(?=\\s*[,.!?~]|\\s*$)`,
  pairs(["birthday"], ["boy", "girl", "kid"]),
);
/** A baby born a little while ago: "Riley's baby brother was born … eleven months ago", "born last week". */
const BORN_RECENTLY = gated(
  `(?:was|were|got|been|just)\\s+born\\s+(?:[^.!?\\n]{0,40}?\\s)?(?:(?:\\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a\\s+few|a\\s+couple\\s+of)\\s+(?:days?|weeks?|months?)\\s+ago|last\\s+(?:week|month|night)|yesterday|this\\s+(?:morning|week|month))`,
  pairs(["born"], ["ago", "last", "yesterday", "this"]),
);
/** "Her brother Caleb is nineteen, exactly four years older than she is" (15): the stated age less the difference. */
const OLDER_THAN_SHE = gated(
  `(?:is|['’]s|turned|just\\s+turned)\\s+${ENGLISH_NUMBER}(?![\\p{L}\\p{N}])[^.!?\\n]{0,25}?\\s(?:exactly\\s+|just\\s+)?(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+decade)(?:\\s+(?:years?|yrs?))?\\s+older\\s+than\\s+(?:she|he|i|me|her|him|us|them)(?:\\s+(?:is|am|are))?(?![\\p{L}])`,
  pairs(["older"], ["than"]),
);
const YOUNGER_AFTER = gated(
  `(?:is|am|i['’]?m|im|\\p{L}+['’]s|turned|just\\s+turned)\\s+${ENGLISH_NUMBER}(?![\\p{L}\\p{N}])[^.!?\\n]{0,40}?\\s(?:exactly\\s+|just\\s+)?(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+decade)(?:\\s+(?:years?|yrs?|year))?\\s+younger(?!\\s+than)`,
  pairs(["younger"], ["years", "year", "yrs", "decade"]),
);
const HALF_MY_AGE = gated(
  `half\\s+my\\s+age[^.!?\\n]{0,40}?(?:i['’]?m|i\\s+am|im)\\s+${ENGLISH_NUMBER}(?![\\p{L}\\p{N}])|(?:i['’]?m|i\\s+am|im)\\s+${ENGLISH_NUMBER}(?![\\p{L}\\p{N}])[^.!?\\n]{0,40}?half\\s+my\\s+age|half\\s+(?:(?:his|her|their|your)\\s+)?(?:(?:dad|mum|mom|father|mother|uncle|aunt|auntie|brother|sister|cousin)['’]s|\\p{Lu}\\p{Ll}+['’]s)\\s+age[^.!?\\n]{0,50}?(?:just\\s+turned|turned|is|['’]s|hit)\\s+${ENGLISH_NUMBER}(?![\\p{L}\\p{N}])`,
  pairs(["half"], ["age"]),
);
const HAD_ME_AT = gated(
  `(?:mom|mum|mam|mommy|mummy|dad|daddy|mother|father|mama|papa|ma|pa)(?:['’]s|\\s+is)\\s+${ENGLISH_NUMBER}(?![\\p{L}\\p{N}])[^.!?\\n]{0,30}?had\\s+(?:me|my\\s+(?:brother|sister|little\\s+brother|little\\s+sister))\\s+(?:at|when\\s+(?:she|he)\\s+was)\\s+${ENGLISH_NUMBER}(?![\\p{L}\\p{N}])`,
  pairs(["had"], ["me", "brother", "sister"]),
);
/**
 * "Younger by N years" in many languages, with another's age in digits in the same sentence: "Kuba jest o cztery lata młodszy
 * od siostry, która właśnie skończyła 20" (16), "Dinda tiga tahun lebih muda dari kakaknya, yang … genap 19", "Mihai e cu trei
 * ani mai mic decât sora lui, care a împlinit 18" (15). The difference is a small number with the word for years just before
 * the word for younger; the age, the one other number from 11 to 40 in the sentence (English has rules of its own, which
 * read its past: "was two years younger than…"). Only "younger": with "older" the sentence
 * alone does not say whose the stated age is.
 */
const YOUNGER_WORDS = ["menor", "más joven", "mas joven", "mais nova", "mais novo", "mais jovem", "plus jeune", "più giovane", "più piccola", "più piccolo", "jünger", "juenger", "jonger", "młodszy", "młodsza", "młodsze", "mladší", "mladšia", "mladsi", "младше", "моложе", "молодший", "молодша", "молодше", "küçük", "küçüğüm", "kucuk", "yngre", "nuorempi", "fiatalabb", "mai mic", "mai mică", "mai mica", "mai tânără", "mai tânăr", "μικρότερη", "μικρότερος", "μικροτερη", "μικροτερος", "mlađa", "mlađi", "mladja", "mladji", "млађа", "млађи", "צעירה", "צעיר", "أصغر", "اصغر", "کوچکتر", "کوچیکتر", "کوچیک‌تر", "کوچک‌تر", "کوچیک‌تره", "کوچکتره", "کوچیکتره", "کوچک‌تره", "छोटी", "छोटा", "chhoti", "chhota", "choti", "chota", "lebih muda", "mas bata", "nhỏ hơn", "nho hon", "fiatalabbik", "jaunāka", "jaunāks", "jaunesnė", "jaunesnis", "noorem", "mdogo"];
/** The words for years a difference of ages takes, beyond YEARS_WORD: Greek "χρόνια", Hungarian "évvel" (by years), Turkish "yaş". */
const DIFFERENCE_YEARS = `(?:${YEARS_WORD}|χρόνια|χρονια|évvel|évet|év|yaş|yas|yıl|sene|năm|tuổi|سال|سنوات|سنين|سنة|বছর|বছরের|שנים|roky|rokov|let|godine|godina)`;
const DIFFERENCE = `(\\d{1,2}|két|${[...SMALL_CARDINALS.keys()].filter((word) => (SMALL_CARDINALS.get(word) ?? 99) <= 10 && !hasUnspacedLetter(word)).sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})`;
const YOUNGER_BY = new RegExp(
  // "cztery lata młodszy", "három évvel fiatalabb", "سه سال از برادرش کوچیک‌تره" (the difference first, a few words before the
  // word for younger), or "nhỏ hơn anh trai ba tuổi" (the word for younger first, then the difference).
  `(?<![\\p{L}\\p{N}])${DIFFERENCE}\\s+${DIFFERENCE_YEARS}(?![\\p{L}])\\s+(?:[\\p{L}\\p{M}‌]+\\s+){0,3}?(?:${alternation(YOUNGER_WORDS)})(?![\\p{L}])|(?<![\\p{L}])(?:${alternation(YOUNGER_WORDS)})\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}?${DIFFERENCE}\\s+${DIFFERENCE_YEARS}(?![\\p{L}])`,
  "giu",
);
const YOUNGER_BY_FAMILY = triggerFamily(YOUNGER_WORDS);
/** Another's age in words, eleven to forty, in any language (the longest first: "veintiuno" before "veinte"). */
const ELEVEN_TO_FORTY_WORDS = new RegExp(`(?<![\\p{L}])(?:${[...ELEVEN_TO_FORTY.keys()].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word).replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`, "giu");
function youngerBy(field: ContentField): ContentEvidence[] {
  const { text } = field;
  return evidenceOf(field, YOUNGER_BY, "minor", "stated-age", (match) => {
    const said = (match[1] ?? match[2]).toLowerCase();
    const difference = /^\d+$/.test(said) ? Number(said) : said === "két" ? 2 : (SMALL_CARDINALS.get(said) ?? NaN);
    if (!(difference >= 1 && difference <= 10)) return null;
    // The sentence around it, and its other numbers (not the difference, not a year, not a measure).
    const from = Math.max(text.lastIndexOf(".", match.index), text.lastIndexOf("!", match.index), text.lastIndexOf("?", match.index), text.lastIndexOf("\n", match.index)) + 1;
    const ends = [".", "!", "?", "\n"].map((mark) => text.indexOf(mark, match.index + match[0].length)).filter((at) => at >= 0);
    const sentence = text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length);
    // In digits ("20," ends a clause; "20,5" is no age) or in words ("двадцать").
    const digits = [...sentence.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,2})(?![\p{N}]|[.,]\p{N})/gu)].map((found) => Number(found[1]));
    ELEVEN_TO_FORTY_WORDS.lastIndex = 0;
    const words = [...sentence.matchAll(ELEVEN_TO_FORTY_WORDS)].map((found) => ELEVEN_TO_FORTY.get(foldAccents(found[0].toLowerCase()).replace(/\s+/g, " ")) ?? NaN);
    const ages = [...digits, ...words].filter((value, i, all) => value >= 11 && value <= 40 && all.indexOf(value) === i);
    if (ages.length !== 1) return null;
    return workedOutAge(ages[0] - difference);
  }, YOUNGER_BY_FAMILY);
}

/**
 * English ages told around the number rather than beside it. By arithmetic: a stated age and "N years younger" after it
 * ("I'm 22 and my sister is exactly ten years younger"), "N years older than she is", an age now less the age at a birth,
 * "half my age" beside "I'm 32", a parent's age and the age they had the speaker at ("Dad's 40 and he had me at 28"). And: a
 * name between commas before "is", an age still to come ("when I turn sixteen"), a baby born a little while ago, the birthday
 * child's age just turned.
 */
function agesAround(field: ContentField): ContentEvidence[] {
  return gather(
    evidenceOf(field, YOUNGER_AFTER.pattern, "minor", "stated-age", (match) => workedOutAge(englishValue(match[1]) - englishValue(match[2])), YOUNGER_AFTER.family),
    evidenceOf(field, APPOSED_NAME_IS, "minor", "stated-age", (match) => (UNDER_18(ageOf(match[2])) && !/^[^.!\n]{0,25}\?/u.test(field.text.slice(match.index + match[0].length, match.index + match[0].length + 26)) && !notAnAgeNow(field.text, match.index, match.index + match[0].length, ageOf(match[2]), false) ? 0.9 : null), [NUMBER_WORDS_FAMILY, DIGIT]),
    evidenceOf(field, WAS_WHEN_BORN.pattern, "minor", "stated-age", (match) => workedOutAge(englishValue(match[2]) - englishValue(match[1])), WAS_WHEN_BORN.family),
    evidenceOf(field, WHEN_I_TURN.pattern, "minor", "stated-age", (match) => (isPast(field.text, match.index) ? null : 0.9), WHEN_I_TURN.family),
    evidenceOf(field, BIRTHDAY_CHILD_AGE.pattern, "minor", "stated-age", (match) => workedOutAge(englishValue(match[1])), BIRTHDAY_CHILD_AGE.family),
    evidenceOf(field, BORN_RECENTLY.pattern, "minor", "stated-age", (match) => (aThingsAge(field.text, match.index) || /(?:puppy|puppies|kitten|kittens|foal|calf|lamb|cub|chick|chicks|piglet)s?\s[^.!?\n]{0,30}$/iu.test(sentenceBefore(field.text, match.index)) ? null : 0.9), BORN_RECENTLY.family),
    evidenceOf(field, OLDER_THAN_SHE.pattern, "minor", "stated-age", (match) => workedOutAge(englishValue(match[1]) - englishValue(match[2])), OLDER_THAN_SHE.family),
    evidenceOf(field, HALF_MY_AGE.pattern, "minor", "stated-age", (match) => workedOutAge(Math.floor(englishValue(match[1] ?? match[2] ?? match[3]) / 2)), HALF_MY_AGE.family),
    evidenceOf(field, HAD_ME_AT.pattern, "minor", "stated-age", (match) => workedOutAge(englishValue(match[1]) - englishValue(match[2])), HAD_ME_AT.family),
  );
}

/**
 * School years told in the ways of Ireland, Nigeria, Jamaica, Singapore and the Philippines, with the pupil before them: "she's in
 * sixth class", "Emeka's sister is in primary five", "Shelly-Ann a go first form", "i'm in yr 10", "Migs is Grade 5", "my pikin
 * just enter Nursery 2"; a primary year's exams and graduation ("Pia's Grade 6 graduation"); the exams of the last primary
 * and the lower secondary years ("PSLE results tmr", "his Common Entrance is this Saturday").
 */
const PUPILS_YEAR = gated(
  `(?:i['’]?m|im|she['’]?s|he['’]?s|we['’]re|they['’]re|who['’]s|(?:she|he)\\s+(?:is|a|inna)|${KIN_IS}|(?!(?:${NOT_A_NAME})\\b)\\p{L}+(?:['’]s|\\s+is|\\s+a|\\s+inna))\\s+(?:only\\s+|just\\s+|still\\s+|now\\s+)?(?:in(?:na)?\\s+|go\\s+|going\\s+into\\s+|starting\\s+|entering\\s+|enter\\s+|into\\s+)?(?:junior\\s+infants|senior\\s+infants|(?:first|second|third|fourth|fifth|sixth)\\s+class|primary\\s+(?:one|two|three|four|five|six|[1-6])|(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\\s+form|nursery\\s+(?:[1-3]|one|two|three)|yr\\s*(?:[1-9]|1[01])|grade\\s+(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven))(?![\\p{L}\\p{N}])(?!\\s+(?:of|ticket|tickets|carriage|seat|seats|citizens?|mail|stamps?|post|honours|honors|degree|bolts?|steel)\\b)`,
  [...pairs(["class"], ["first", "second", "third", "fourth", "fifth", "sixth"]), ...pairs(["infants"], ["junior", "senior"]), ...pairs(["primary", "nursery", "grade"], ["1", "2", "3", "4", "5", "6", "one", "two", "three", "four", "five", "six"]), ...pairs(["grade"], ["7", "8", "9", "10", "11", "12", "seven", "eight", "nine", "ten", "eleven"]), ...pairs(["form"], ["first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th"]), "yr", "yr1", "yr2", "yr3", "yr4", "yr5", "yr6", "yr7", "yr8", "yr9", "yr10", "yr11"],
);
const PUPILS_YEAR_EVENTS = gated(
  `(?:grade|primary|class)\\s+(?:[1-6]|one|two|three|four|five|six)\\s+(?:graduation|exams?|results|pupils?|kids|class\\s+photo|moving[- ]up|annual\\s+day|sports\\s+day)|(?:psle|csec|bece|common\\s+entrance|ncea\\s+level\\s+1|matric|spm|pt3|o[- ]levels?)\\s+(?:results?|exams?|papers?|is|are|tomorrow|tmr|tmrw|next|this|starts?|revision|prep|first\\s+year)|(?:a|the|this|that)\\s+(?:grade\\s+(?:[1-9]|1[01])|year\\s+(?:[1-9]|1[0-2])|primary\\s+[1-6]|class\\s+(?:[1-9]|10))\\s+(?:kid|girl|boy|student|pupil|child|learner)s?`,
  ["psle", "csec", "bece", "common entrance", "ncea", "matric", "spm", "pt3", "o level", "o levels", ...pairs(["grade", "primary", "class", "year"], ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "one", "two", "three", "four", "five", "six"])],
);
/**
 * A freshman or sophomore of a high school, told by the words of one near it ("im a sophomore and everyone in my grade…",
 * "a freshman … homeroom"); a college's freshman has no grade, homeroom or locker.
 */
const HIGH_SCHOOL_CLASS = gated(
  `(?:i['’]?m|im|i\\s+am|she['’]?s|he['’]?s|(?:she|he)\\s+is|we['’]re|a|as\\s+a)\\s+(?:a\\s+|an\\s+)?(?:freshman|freshmen|sophomore|sophomores)(?![\\p{L}])(?=[^.!?\\n]{0,80}?(?<![\\p{L}])(?:in\\s+my\\s+grade|my\\s+grade|homeroom|high\\s*school|hs|middle\\s+school|my\\s+locker|jv|study\\s+hall|detention|hall\\s+pass|report\\s+card|my\\s+(?:mom|mum|dad|parents)\\s+(?:won['’]?t|wont|says|said))(?![\\p{L}]))`,
  ["freshman", "freshmen", "sophomore", "sophomores"],
);
/** "i turned 14 in august": a birthday gone by this year (the age now). */
const TURNED_IN = gated(
  `(?:i|she|he|who)\\s+(?:just\\s+)?turned\\s+(?:1[0-7]|[5-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\s+(?:in|last|this)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|the\\s+summer|summer|spring|week|month)(?![\\p{L}])`,
  pairs(["turned"], ["10", "11", "12", "13", "14", "15", "16", "17", "5", "6", "7", "8", "9", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]),
);
/** India's tenth-class board exams: "Class 10 ke boards", "my 10th boards", "board exams of class 10". */
const TENTH_BOARDS = gated(
  `(?:class|kaksha)\\s*(?:10|ten|x)(?:th)?\\s+(?:ke|ki|ka|board)\\s*(?:boards?|exams?|papers?|pariksha)?|(?:class|kaksha|std)\\s*(?:10|ten|x)(?:th)?\\s+(?:cbse|icse|ssc|state|matric)\\s+(?:boards?|exams?)|(?:my|his|her|mere|meri|uske|uski)\\s+(?:10th|tenth|class\\s+10)\\s+boards?|board\\s+exams?\\s+(?:of|for)\\s+class\\s+(?:10|x)`,
  [...pairs(["class", "kaksha"], ["10", "ten", "x", "10th"]), "boards", "board"],
);
/** The first years of school before primary, by their short names, with the pupil before them: "my sister is in K2", "our youngest, in JK", "her son is in PP1". */
const EARLY_YEAR_NAMES = "(?:K[1-3]|JK|SK|PP[12]|KG|LKG|UKG|Nursery\\s+[1-3]|nursery\\s+[1-3])";
const EARLY_YEARS = new RegExp(`(?:(?:(?<![\\p{L}])(?:is|are|[Ii]['’]?m)|['’]s|,)\\s+(?:still\\s+|only\\s+|just\\s+)?in|(?<![\\p{L}])(?:just\\s+)?(?:started|starting|entered|entering|enter)(?:\\s+in)?)\\s+${EARLY_YEAR_NAMES}(?![\\p{L}\\p{N}])`, "gu");
const EARLY_YEARS_FAMILY = triggerFamily(pairs(["in", "started", "starting", "entered", "entering", "enter"], ["k1", "k2", "k3", "jk", "sk", "pp1", "pp2", "kg", "lkg", "ukg", "nursery"]));
/** The subject a match begins with is a pronoun or a relative, or a name with its capital. */
function aPersonFirst(match: RegExpExecArray): boolean {
  return PRONOUN_OR_KIN.test(match[0]) || /^(?:i['’]?m|im|i\s+am|we['’]re|they['’]re|who['’]s)(?![\p{L}])/iu.test(match[0]) || /^\p{Lu}/u.test(match[0]);
}
const PRONOUNS_AGE = gated(`(?:1[0-7])\\s*[,|/•·]\\s*(?:she/her|he/him|they/them|she/they|he/they|it/its)`, ["she her", "he him", "they them", "she they", "he they", "it its"]);

/** Ages in romaji: "juuyon-sai", "hassai", "nana sai" (ten to seventeen, and six to nine). */
const ROMAJI_ONES: Record<string, number> = { ichi: 1, ni: 2, san: 3, yon: 4, go: 5, roku: 6, nana: 7, shichi: 7 };
const ROMAJI_AGE = /(?<![\p{L}])(?:(juu|jyuu|jū)(ichi|ni|san|yon|go|roku|nana|shichi)?[- ]?sai|(roku|nana|hachi|kyuu|kyū)[- ]?sai|(hassai|jussai|jissai))(?![\p{L}])/giu;
const ROMAJI_AGE_FAMILY = triggerFamily(["sai", "hassai", "jussai", "jissai", ...["roku", "nana", "hachi", "kyuu", "kyū"].map((n) => `${n}sai`), ...["juu", "jyuu", "jū"].flatMap((ten) => ["", ...Object.keys(ROMAJI_ONES)].map((n) => `${ten}${n}sai`))]);

function romajiAge(match: RegExpExecArray): number {
  if (match[1] !== undefined) return 10 + (match[2] ? ROMAJI_ONES[match[2].toLowerCase()] : 0);
  if (match[3] !== undefined) return { roku: 6, nana: 7, hachi: 8, kyuu: 9, kyū: 9 }[match[3].toLowerCase()] ?? NaN;
  return match[4].toLowerCase() === "hassai" ? 8 : 10;
}

/** Arabic ages: "عمره سبع سنين" (the plural "years" follows only three to ten), "عمرها ثلاث عشرة سنة" (thirteen to seventeen, and eleven, twelve). */
const ARABIC_AGE = gated(
  `عمر(?:ه|ها|ي|ك)?\\s+(?:ثلاث|ثلاثة|أربع|اربع|أربعة|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثمان|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|[3-9]|10|[٣-٩]|١٠)\\s+(?:سنوات|سنين)|عمر(?:ه|ها|ي|ك)?\\s+(?:أحد|إحدى|احدى|اثنا|اثنتا|اثني|اثنتي|ثلاث|ثلاثة|أربع|اربع|أربعة|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة)\\s+(?:عشر|عشرة)\\s+(?:سنة|سنه|عاما|عام)`,
  ["عمر", "عمره", "عمرها", "عمري", "عمرك"],
);

/**
 * Small numbers in French, Spanish, Italian and Portuguese, an age only with a verb of having and the word for years:
 * "Nathan a neuf ans", "tiene cinco años", "ha otto anni" (not "il y a neuf ans", nine years ago).
 */
const SMALL_FR = "deux|trois|quatre|cinq|six|sept|huit|neuf|onze";
const SMALL_ES = "dos|tres|cuatro|cinco|once";
const SMALL_IT = "due|tre|quattro|cinque|sei|otto";
const SMALL_PT = "dois|duas|três|quatro|cinco";
const HAS_YEARS = gated(
  `(?<!\\by\\s)(?:a|as|j['’]ai)\\s+(?:${SMALL_FR})\\s+ans|(?:tiene|tienes|tengo)\\s+(?:${SMALL_ES})\\s+(?:años|añitos)|(?:ha|hai|ho)\\s+(?:${SMALL_IT})\\s+(?:anni|annetti)|(?:tem|tens|tenho)\\s+(?:${SMALL_PT})\\s+(?:anos|aninhos)`,
  [...pairs(SMALL_FR.split("|"), ["ans"]), ...pairs(SMALL_ES.split("|"), ["años", "añitos"]), ...pairs(SMALL_IT.split("|"), ["anni", "annetti"]), ...pairs(SMALL_PT.split("|"), ["anos", "aninhos"])],
);

/** A birth year and the story's current year in the same text: "Born: March 2010 | Current year: 2025", "Nasceu em 2012; estamos em 2025". */
/** Words that say a year is someone's birth year, before it ("born", "Jahrgang", "rocznik", "syntynyt", "γεννήθηκε", "sinh năm"). */
const BORN_BEFORE = ["born", "dob", "d.o.b.", "d.o.b", "date of birth", "birthdate", "birth date", "fecha de nacimiento", "data de nascimento", "date de naissance", "geburtsdatum", "data urodzenia", "дата рождения", "дата народження", "doğum tarihi", "tanggal lahir", "ngày sinh", "nasci", "nasceu", "nascido", "nascida", "nació", "nacio", "nacido", "nacida", "naci", "nací", "née", "né", "geboren", "jahrgang", "urodzona", "urodzony", "urodzone", "urodził", "urodziła", "urodziłam", "urodziłem", "rocznik", "ročník", "rocnik", "godište", "godiste", "lahir", "dilahirkan", "nato", "nata", "nacque", "nacqui", "classe", "årgang", "årgång", "syntynyt", "syntyi", "född", "fodd", "født", "fødd", "fæddur", "fædd", "γεννήθηκε", "γεννημένος", "γεννημένη", "gennithike", "родился", "родилась", "народився", "народилася", "народилась", "rođen", "rođena", "roden", "rodena", "рођен", "рођена", "narozen", "narozena", "narodil", "narodila", "narodená", "narodený", "született", "sündinud", "dzimis", "dzimusi", "gimęs", "gimusi", "ipinanganak", "pinanganak", "nascut", "nascută", "născut", "născută", "ولد", "ولدت", "متولد", "נולד", "נולדה", "जन्म", "জন্ম", "alizaliwa", "amezaliwa", "የተወለደችው", "የተወለደው", "sinh"];
/** Words after a birth year that make it one: "2009 doğumlu", "2004 года рождения", "2008-го", "2011年生まれ", "2008년생". */
const BORN_AFTER = "doğumlu|dogumlu|года\\s+рождения|г\\.?\\s*р\\.|року\\s+народження|р\\.\\s*н\\.|-го|-ban\\s+született|-ben\\s+született|年生まれ|年生|年出生|年出世|년생|년\\s+생|생";
const BORN = new RegExp(
  `(?<![\\p{L}])(?:${alternation(BORN_BEFORE)})["']?(?:\\s+(?:in|on|em|en|le|am|im|w|pada|tahun|nel|в|у|năm|το|en\\s+el|no|na|u|v|ve|i|vuonna|år|a\\s+)){0,2}[*_]*\\s*[:=\\-]?[*_]*\\s*["']?\\s*(?:[\\p{L}'’]+,?\\s+){0,5}(?:\\d{1,2}[./-]\\d{1,2}[./-]|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:\\p{L}+\\s+)?)?(\\d{3,4})(?!\\d)|(?<![\\p{L}])я\\s+(\\d{4})\\s+(?:года|г\\.?\\s*р\\.?)|(?<![\\p{N}])(\\d{4})(?:['’]?\\p{L}{0,3})?\\s*(?:${BORN_AFTER})|(?<!เรื่อง(?:นี้)?)เกิด(?:เมื่อ)?(?:ปี|พ\\.ศ\\.)?\\s*(?:พ\\.ศ\\.\\s*)?(\\d{4})|(\\d{4})\\s*年\\s*(?:\\d{1,2}\\s*月\\s*)?(?:\\d{1,2}\\s*日\\s*)?(?:生まれ|出生|出世|生)|(?:出生于|出生於|生于|生於)\\s*(\\d{4})|(?<![\\p{L}])(?:born(?:\\s+in)?|class\\s+of)\\s+['’](\\d{2})(?![\\p{N}])|متولد\\s*(\\d{2})(?![\\p{N}])`,
  "giu",
);
const BORN_FAMILY = triggerFamily([...BORN_BEFORE.filter((word) => !hasUnspacedLetter(word)), "года", "г", "р", "року", "doğumlu", "dogumlu", "született"]);
const CURRENT_YEAR = /(?<![\p{L}])(?:(?:story|rp|setting|current|present|scene)[ _-]year["']?\s*[:=]\s*["']?|current(?:\s+[\p{L}-]+){0,2}\s+year(?:\s+\p{L}+){0,2}|the\s+year\s+is|this\s+year\s+is|it\s+is\s+now|it['’]s\s+now|now|estamos\s+(?:em|en)|año\s+actual|ano\s+atual|année\s+en\s+cours|aktuelles\s+jahr|tahun\s+ini|obecny\s+rok|текущий\s+год|сейчас|зараз)\s*(?:is\s*)?[:\-=]?\s*(\d{3,4})(?!\d)|(?<![\p{L}])(?:setting|set\s+in|present\s+day|the\s+present|today|(?:story|tale|chat|roleplay|rp|campaign|game|scene)\s+(?:opens|begins|starts|takes\s+place|is\s+set))[:,]?[^.|\n\d]{0,50}?(\d{3,4})(?!\d)|(?<![\p{L}])(?:it['’]s|it\s+is|(?:here|we['’]re|we\s+are)\s+in)\s+(?:now\s+)?(?:(?:early|late|mid)[- ]?)?(?:(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:of\s+)?)?(\d{4})(?!\d)(?!\s*(?:dollars|bucks|euros|pounds|yen|rupees|miles|km|feet|meters|metres|words|pages|points|people|calories|steps))|(?<![\p{N}])(\d{4})[ \t]+(?:chapter|arc|timeline|setting|storyline)(?![\p{L}])|(?:^|\n)\s*[*\[(]?\s*\p{L}[\p{L}'’ .-]{1,30},\s*(?:(?!(?:since|from|until|till|in|about|around|circa|before|after|desde|depuis|seit|sinds|od|от)\s)\p{L}{3,10}\.?\s+(?:(?:de|of|del|di)\s+)?)?(\d{4})(?=\s*[.:\n—–*\])-])/giu;
/** Words before the story's year, in many languages: "current year:", "the story opens in", "on est en", "wir spielen im Jahr", "sijoittuu vuoteen". */
const STORY_YEAR_BEFORE = [
  "dans le rp", "dans ce rp", "on est en", "nous sommes en", "l'histoire se passe en", "l'histoire se déroule en",
  "en el rol", "el rol pasa en", "la historia pasa en", "la historia es en", "la historia transcurre en", "la historia se sitúa en", "estamos en el", "estamos en",
  "a história se passa em", "se passa em", "a história é em", "estamos em",
  "wir spielen im jahr", "die geschichte spielt", "spielt im jahr", "wir haben das jahr", "wir schreiben das jahr",
  "siamo nel", "la storia è ambientata nel", "ambientata nel", "ambientato nel", "la storia si svolge nel",
  "het verhaal speelt zich af in", "we schrijven", "het is nu",
  "mamy rok", "a mamy", "jest rok", "akcja dzieje się w", "historia dzieje się w", "píše sa rok", "je rok", "píše se rok", "děj se odehrává v roce", "dej sa odohráva v roku",
  "sijoittuu vuoteen", "tarina sijoittuu vuoteen", "nyt on vuosi", "utspelar sig", "berättelsen utspelar sig", "vi skriver år", "foregår i", "historien foregår i", "finder sted i", "vi skriver",
  "διαδραματίζεται το", "διαδραματίζεται στο", "είναι το", "действие происходит в", "сейчас", "на дворе", "сюжет у", "дія відбувається у", "дія відбувається в",
  "radnja je smeštena u", "radnja je smještena u", "sad je", "a sad je", "sada je", "lugu toimub aastal", "stāsts norisinās", "istorija vyksta", "povestea are loc în", "povestea are loc in", "suntem în", "suntem in", "a történet", "játszódik",
  "bối cảnh năm", "lấy bối cảnh năm", "câu chuyện diễn ra năm", "cerita ini berlatar tahun", "berlatar tahun", "ceritanya tahun", "sekarang tahun", "ang kwento ay sa", "taong",
  "الان", "الآن", "اکنون", "حالا", "امسال", "năm nay", "hiện nay", "sekarang", "tahun ini", "ngayong", "ngayon ay",
  "داستان در سال", "القصة في عام", "القصة تدور في", "הסיפור מתרחש ב", "कहानी", "গল্পটি", "hadithi inafanyika mwaka", "ታሪኩ በ",
];
const STORY_YEAR = new RegExp(
  `(?<![\\p{L}])(?:${alternation(STORY_YEAR_BEFORE)})(?:\\s+(?:the\\s+)?(?:year|jahr|año|ano|an|année|anno|jaar|rok|roku|vuosi|år|året|έτος|год|году|рік|році|godina|godine|aastal|gadā|metai|anul|év|évben|năm|tahun|taon|sal|سال|عام|שנת|साल|mwaka))?\\s*[:\\-]?\\s*(\\d{4})(?!\\d)|(?<![\\p{N}])(\\d{4})(?:['’]?\\p{L}{0,4})?\\s+(?:yılında\\s+)?geçiyor|(?:物語は|舞台は|故事发生在|故事發生在|故事背景是|이야기\\s*배경은|배경은|เรื่องนี้เกิด(?:ขึ้น)?(?:ใน)?(?:ปี|พ\\.ศ\\.)?|เรื่องเกิด(?:ขึ้น)?(?:ใน)?(?:ปี)?|ปีนี้|ตอนนี้(?:ปี)?|今年は?|現在は?|现在是|올해는?|지금은)\\s*(?:พ\\.ศ\\.\\s*)?(\\d{4})|(?:^|\\n|[*\\[(])\\s*(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\\s*,?\\s+(\\d{4})(?=\\s*[.,:;*\\])—–-])`,
  "giu",
);
/**
 * A birth year and the story's current year, wherever each is written (a lorebook's entry and the card's setting, or two
 * messages): "Born: March 2010 | Current year: 2025", "born 2411 by the station calendar … the current year aboard is 2426",
 * "я 2011 года, сейчас 2025". Read across the conversation's fields, so `classifyContent` runs it.
 */
export function birthYears(fields: readonly ContentField[]): ContentEvidence[] {
  const read = fields.filter((field) => field.triggers === undefined || hasFamily(field.triggers, DIGIT));
  if (!read.some((field) => field.triggers === undefined || hasFamily(field.triggers, BORN_FAMILY) || hasFamily(field.triggers, UNSPACED))) return [];
  const years: number[] = [];
  for (const field of read) {
    // Every year the text gives as the story's (the first may be another's: "2011 setting" of a sheet's line).
    for (const pattern of [CURRENT_YEAR, STORY_YEAR]) {
      for (const now of field.text.matchAll(pattern)) years.push(Number(now.slice(1).find((group) => group !== undefined)));
    }
  }
  if (years.length === 0) return [];
  return read.flatMap((field) =>
    evidenceOf(field, BORN, "minor", "stated-age", (match) => {
      const said = Number(match.slice(1).find((group) => group !== undefined));
      // A year in two digits ("born in '72", "متولد ۸۸") is in the story year's century, or the one before.
      const bornIn = (year: number) => (said >= 100 ? said : year - (year % 100) + said - (year - (year % 100) + said > year ? 100 : 0));
      return years.some((year) => year > bornIn(year) && UNDER_18(year - bornIn(year))) ? 0.9 : null;
    }, [BORN_FAMILY, UNSPACED]),
  );
}

const STRONG_WORDS = wordsPattern(MINOR_WORDS);
const UNSPACED_WORDS = substringsPattern(UNSPACED_MINOR_WORDS);
/** Ages in kanji and in Korean's own numbers: "十五歳", "열다섯 살" (not the "十歳" of "二十歳", twenty). */
const UNSPACED_AGES = /(?<![一二三四五六七八九十百千])(?:十[一二三四五六七]?|[一二三四五六七八九两兩])(?:歳|才|岁|歲)|(?<![\p{L}])(?:열|열한|열두|열세|열네|열다섯|열여섯|열일곱|여섯|일곱|여덟|아홉|한|두|세|네|다섯)\s*살|我(?:今年)?(?:1[0-7]|[1-9])(?=[，,。！!？?]|岁|歲)/gu;
const MINOR_WORDS_FAMILY = triggerFamily(MINOR_WORDS);

/** "she's a minor", "you are a minor" (not "a minor injury"). */
const IS_A_MINOR = /(?:(?<![\p{L}])(?:is|am|are|was|im|iam|ur)|['’](?:s|re|m))\s+(?:still\s+|only\s+|just\s+)?a\s+minor(?![\p{L}])(?!\s+\p{L})|(?<![\p{L}])(?:im|iam|i['’]m|am)\s+(?:still\s+|only\s+|just\s+)?a\s+minor(?=\s+(?:so|and|but|lol|btw|tho|though|too|rn|still|ok|okay|pls|please|here|irl|fyi|haha|lmao|guys|sorry)(?![\p{L}]))|(?<![\p{L}])(?:est|suis|es|sont|être)\s+(?:encore\s+)?mineure?s?(?![\p{L}])|(?<![\p{L}])(?:un|une)\s+mineure?(?![\p{L}])/giu;

/** "a child", "is a kid", "just a teen": a person named a child by an article or a copula. */
const CHILD_NOUN = /(?<![\p{L}])(?:a|an|the|just\s+a|only\s+a|still\s+a|is\s+a|are|was\s+a|as\s+a|like\s+a|your|their|our)\s+(?:little\s+|small\s+|young\s+)?(?:child|kid|teen|boy\s+child|girl\s+child)(?![\p{L}])(?!-(?:free|friendly|proof|ish|like))/giu;
const CHILD_FAMILY = triggerFamily(["child", "kid", "teen"]);
const OWN_CHILD_FAMILY = triggerFamily(["kid", "kids", "child", "children", "son", "daughter"]);
const IS_A_MINOR_FAMILY = triggerFamily(["minor", "mineur", "mineure", "mineurs", "mineures"]);

/** "my kid(s)/child(ren)": the speaker's own children: a minor is present, more weakly. */
const OWN_CHILD = /(?<![\p{L}])(?:my|her|his)\s+(?:little\s+)?(?:kids?|child|children|son|daughter)(?![\p{L}])/giu;
/** "a child" in the past or in a comparison: "as a child I", "when I was a kid", "like a child would". */
const CHILD_EXCEPTION_BEFORE = /(?:(?:not|no\s+longer|isn['’]?t|aren['’]?t|ain['’]?t|bukan|no\s+soy|no\s+es|não\s+sou|não\s+é|ne\s+suis\s+plus|pas|kein(?:e)?|nicht\s+mehr)\s+(?:a\s+|an\s+|un\s+|una\s+|um\s+|uma\s+)?(?:little\s+)?|when\s+(?:i|she|he|we|they|you)\s+(?:was|were)|since\s+(?:i|she|he|we|they)\s+(?:was|were)|back\s+when|ever\s+since|cuando\s+(?:era|éramos|eras)|de\s+(?:pequeñ[oa]|niñ[oa])|quando\s+(?:eu\s+)?(?:era|éramos)|quand\s+j['’]étais|als\s+ich|(?:waktu|ketika|dulu|sejak)\s+(?:aku|saya|gue|kita)?\s*(?:masih\s+)?)\s*$/i;
const CHILD_EXCEPTION_AFTER = /^\s*(?:i|we|she|he)\s+(?:used|would|had|was|were|loved|liked|always)|^\s*would|^hood|^ish/i;
/**
 * After a word for a child, what makes it something else: an adult's age ("uma menina de 30 anos"), the inner child, idioms
 * ("la niña de mis ojos", "schoolboy error", "juvenile humour"), a look ("mladistvý vzhled").
 */
const NOT_A_CHILD_AFTER = /^\s*(?:gibi|gibisin|kimi|cũ|っぽい|みたい|漫画|マンガ|アニメ|小説|manga|anime|병|입맛|ipmat|관람|心|雞|鸡|wa\s+mama|տարիներին|teachers?|öğretmen\p{L}*|(?:de|di|of|von|van)\s+(?:1[89]|[2-9]\d)(?![\p{N}])|interior|intérieur|interiore|inner|de\s+(?:mis|tus|sus)\s+ojos|importância|importancia|importance|error|mistake|errors|humou?r|jokes?|behaviou?r|vzhled|vzhľad|look|looks|looking|appearance|aussehen|aspecto|attardée?|du\s+pays|fields?|parks?|diamonds?|grounds?)/iu;
/** Before it, an "eternal" or "inner" child: "eterna ragazzina", "forever a teenager", "inner child". */
const NOT_A_CHILD_BEFORE = /(?:(?<![\p{L}])(?:eterna|eterno|eternal|eternally|forever|inner|inneres|innere|как|like|comme|wie|come|como|jak|kao|kayak|kaya|seperti|parang|như|cựu|former|ex|ehemalige\p{L}*|ancien\p{L}*|antigu[oa]s?)\s+|เหมือน|(?<![\p{N}])(?:1[89]|[2-9]\d)(?:\s*[\p{L}\p{M}]+)?\s*)$/iu;

/** "mistaken for a high schooler", "could pass for a teenager": what the person is not. */
const MISTAKEN_BEFORE = /(?<![\p{L}])(?:(?:mistaken|mistook\s+\p{L}+|taken|confused|pass(?:es|ed|ing)?)\s+(?:for|as)|(?:think|thinks|thought|believe|believes|assume|assumes|assumed)\s+(?:that\s+)?(?:i['’]?m|i\s+am|she['’]?s|she\s+is|he['’]?s|he\s+is|you['’]re|you\s+are))\s+(?:a\s+|an\s+)?$/iu;
/**
 * "mi niña", "minha menina", "moje dziecko", "mein Kind", "mon enfant": a possessive before a word for a child makes it an
 * endearment, said to adults too (a parent's to a grown son). An age or a school year beside it still counts.
 */
const ENDEARMENT_BEFORE = /(?<![\p{L}])(?:mi|tu|minha|meu|mia|mio|moje|mój|moja|mein|meine|mon|ma|mijn|min|mitt|moj|мой|моя|моё|мое|мій|моє|mé|môj|moje)\s+$/iu;
/** "I'm basically still a kid", "you're still the kid": a word for a child said of "I" or "you"… */
const SELF_BEFORE = /(?<![\p{L}])(?:i['’]?m|i\s+am|im|you['’]?re|you\s+are|soy|eres|sou|és|suis|bin|bist)(?:\s+[\p{L}'’]+){0,3}\s+$/iu;
/** …in a text where "I" or "you" state an adult age ("I'm 19 and…", "And I'm 40, so you're still the kid"). */
const ADULT_SELF = /(?<![\p{L}])(?:i['’]?m|i\s+am|im|you['’]?re|you\s+are|tengo|tienes|tenho|j['’]ai|ich\s+bin)\s+(?:literally\s+|already\s+|like\s+|ya\s+|já\s+)?(?:1[89]|[2-9]\d)(?![\p{N}])/iu;

/** A word for a child in a script without spaces: not in the past ("中学の時", "중학교 때", "สมัยเรียน…") or an idiom ("少女漫画", "중2병"). */
function unspacedChildWord(text: string, match: RegExpExecArray): number | null {
  const end = match.index + match[0].length;
  return PAST_AFTER.test(text.slice(end, end + 12)) || notAChild(text, match.index, end) || inThePast(text, match.index, end) ? null : 0.8;
}

/** Whether a word for a child at `index` says what someone is not, or is a nickname or endearment. */
function notAChild(text: string, index: number, end = index): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  return (
    CHILD_EXCEPTION_BEFORE.test(before) || MISTAKEN_BEFORE.test(before) || ENDEARMENT_BEFORE.test(before) || NOT_A_CHILD_BEFORE.test(before) || TEACHER_BEFORE.test(before) || COMPARISON_BEFORE.test(before) ||
    (end > index && (NOT_A_CHILD_AFTER.test(text.slice(end, end + 24)) || COMPARISON_AFTER.test(text.slice(end, end + 24)))) || (SELF_BEFORE.test(before) && ADULT_SELF.test(text))
  );
}

/** English words for a child that are also nicknames: written with a capital mid-sentence, with no article before, they name someone ("a bouncer everyone calls Toddler"). */
const NICKNAME_WORDS = /^(?:toddler|teenager|teen|preteen|tween|schoolgirl|schoolboy|kiddo|baby)$/i;
function nickname(text: string, match: RegExpExecArray): boolean {
  if (!NICKNAME_WORDS.test(match[0]) || !/^\p{Lu}/u.test(match[0])) return false;
  const before = text.slice(Math.max(0, match.index - 20), match.index);
  return /[\p{Ll},]\s+$/u.test(before) && !/(?<![\p{L}])(?:a|an|the|my|your|his|her|our|their|this|that|ein|eine|einen|der|die|das|den|dem|kein|keine|is|ist|was|war|sind|are)\s+$/iu.test(before);
}

/** "my little girl", "daddy's little girl": what parents call a child of any age (a stated age or a school year still counts). */
function parentsEndearment(text: string, match: RegExpExecArray): boolean {
  return /^little\s+(?:girl|boy)$/i.test(match[0]) && /(?<![\p{L}])(?:my|our|daddy['’]s|mommy['’]s|mummy['’]s|mama['’]s|papa['’]s)\s+$/iu.test(text.slice(Math.max(0, match.index - 12), match.index));
}

/**
 * "a kid", "the child": below the threshold alone (in the development sets one such word was a nickname, an elf's or a
 * memory eight times for every child it found), a sign that adds to another: a second such word, an own child, an age.
 */
const CHILD_NOUN_SCORE = 0.4;
function childWords(field: ContentField): ContentEvidence[] {
  return evidenceOf(field, CHILD_NOUN, "minor", "child-noun", (match) => {
    const after = field.text.slice(match.index + match[0].length, match.index + match[0].length + 30);
    if (notAChild(field.text, match.index) || CHILD_EXCEPTION_AFTER.test(after) || /as\s+a$/i.test(match[0].split(/\s+/).slice(0, 2).join(" "))) return null;
    return /\b(?:like|as)\s/i.test(match[0]) ? null : CHILD_NOUN_SCORE;
  }, CHILD_FAMILY);
}

/** An age in words with its unit ("dieciséis años", "quinze ans"): a thing's age when a thing is named before it. */
const AGE_UNIT_IN = /(?<![\p{L}])(?:años|anos|ans|jahre|anni|jaar|år|lat|let|лет|років|yaş\p{L}*|tahun|vuotias|éves\p{L}*|χρονών|ani)(?![\p{L}])/iu;
/**
 * A word for a child or for a place only children learn in, unless said of an adult, of the past or of its teachers: a
 * nickname, an endearment ("bambina mia"), "since kindergarten", "a kindergarten teacher", a thing's age in words. Its
 * score, or null.
 */
function wordForAChild(text: string, match: RegExpExecArray): number | null {
  const end = match.index + match[0].length;
  return notAChild(text, match.index, end) || (AGE_UNIT_IN.test(match[0]) && aThingsAge(text, match.index)) || TEACHER_AFTER.test(text.slice(end, end + 24)) || endearedAfter(text, match) || parentsEndearment(text, match) || nickname(text, match) || inThePast(text, match.index, end) ? null : 0.8;
}

/** A table's header cell that names the age column: "age", "Age", `"edad"`. */
const AGE_HEADER = new RegExp(`^["'“]?(?:${AGE_KEYS})["'”]?$`, "iu");
const DELIMITERS = [",", "|", "\t", ";"] as const;
/** The header words of an age column (the quick pass's gate: most texts name no age at all). */
const AGE_HEADER_FAMILY = triggerFamily(["age", "ages", "aged", "âge", "edad", "idade", "alter", "umur", "usia", "età", "leeftijd", "wiek", "возраст", "вік", "yaş", "tuổi", "ålder", "alder", "ikä", "életkor", "věk", "vek", "vârsta", "vârstă", "varsta", "ηλικία", "umar", "umra", "उम्र", "आयु", "عمر", "edat", "uzrast", "godine", "узраст", "године", "גיל", "سن", "বয়স", "umri", "starost"]);

/**
 * Ages in a table's age column, as a card's roster writes them in CSV, TSV or Markdown: the header line names the column
 * ("callsign,name,age,unit"), and each row below with as many cells gives its age ("WREN,Aya Kurosawa,13,Unit-03").
 */
function columnAges(field: ContentField): ContentEvidence[] {
  if (field.triggers !== undefined && !(hasFamily(field.triggers, DIGIT) && hasFamily(field.triggers, AGE_HEADER_FAMILY))) return [];
  const { text } = field;
  const found: ContentEvidence[] = [];
  let column: { delimiter: string; index: number; cells: number } | null = null;
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const delimiter = DELIMITERS.find((one) => line.split(one).length >= 3);
    if (delimiter === undefined) {
      column = null;
      continue;
    }
    const cells = line.split(delimiter);
    const header = cells.findIndex((cell) => AGE_HEADER.test(cell.trim()));
    if (header >= 0) {
      column = { delimiter, index: header, cells: cells.length };
      continue;
    }
    if (column === null || delimiter !== column.delimiter || Math.abs(cells.length - column.cells) > 1) continue;
    const cell = cells[column.index] ?? "";
    const age = /^\s*["']?(\d{1,2})["']?\s*$/.exec(cell);
    if (age === null || !UNDER_18(Number(age[1]))) continue;
    const at = start + cells.slice(0, column.index).reduce((length, one) => length + one.length + delimiter.length, 0);
    found.push({ tag: "minor", field: field.field, start: at, end: at + cell.length, rule: "stated-age", score: 0.9 });
  }
  return found;
}

/** Months and weeks in every language, split by whether the script is written with spaces (then a word ends at a letter). */
const ALL_MONTH_WORDS = [...new Set([...CLDR_MONTH_WORDS, ...MONTH_FORMS])];
const SPACED_MONTHS = ALL_MONTH_WORDS.filter((word) => !hasUnspacedLetter(word));
const UNSPACED_MONTHS = ALL_MONTH_WORDS.filter((word) => hasUnspacedLetter(word));
/** A number of months or weeks: digits, or a number in words of any language ("oito meses", "семь месяцев", "6개월"). */
const MONTHS_OF_AGE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])|(?<=[\\u0e00-\\u0e7f\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]))(?:(\\d{1,2})\\s*-?\\s*|(${alternation([...new Set([...SMALL_CARDINALS.keys(), ...[...SMALL_NUMBERS_BY_LANGUAGE.values()].flatMap(({ words }) => [...words.keys()]).filter((word) => [...word].length >= 3)])])})(?:\\s+|\\s*-\\s*))(?:(?:${alternation(SPACED_MONTHS)})(?![\\p{L}])|(?:${alternation(UNSPACED_MONTHS)}))`,
  "giu",
);
const MONTHS_FAMILY = triggerFamily(SPACED_MONTHS.flatMap((word) => word.split(/\s+/).slice(-1)));
const BABY_BEFORE = wordsPattern(BABY_WORDS);
const BABY_FAMILY = triggerFamily(BABY_WORDS);
const BABY_CARE_FAMILY = triggerFamily(BABY_CARE_WORDS);
const BABY_CARE_ANY = new RegExp(wordsPattern(BABY_CARE_WORDS).source, "iu");

/** A partner called "baby": after a greeting ("hola bebé"), or "my baby" said to someone ("Mi bebé, ¿me pasas…"). */
const BABY_CALLED = /(?<![\p{L}])(?:hola|hey|hi|oi|olá|ola|salut|coucou|ciao|hallo|hej)\s+(?:mi\s+|mon\s+|meu\s+|minha\s+|mein\s+|mio\s+|my\s+)?$/iu;
const BABY_MINE = /(?<![\p{L}])(?:mi|mon|ma|meu|minha|mein|meine|mio|mia|my)\s+$/iu;
/** A baby named in any language, with what only a baby has in the same sentence (see `BABY_CARE_WORDS`), now. */
function babyCaredFor(field: ContentField): ContentEvidence[] {
  if (!(mayHold(field, BABY_FAMILY) && mayHold(field, BABY_CARE_FAMILY))) return NO_EVIDENCE;
  const { text } = field;
  return evidenceOf(field, BABY_BEFORE, "minor", "minor-word", (match) => {
    const end = match.index + match[0].length;
    if (BABY_CALLED.test(text.slice(Math.max(0, match.index - 16), match.index)) || (BABY_MINE.test(text.slice(Math.max(0, match.index - 8), match.index)) && /^\s*[,!?]/u.test(text.slice(end, end + 3)))) return null;
    return BABY_CARE_ANY.test(sentenceAround(text, match.index, end)) && !inThePast(text, match.index, end) ? 0.85 : null;
  }, BABY_FAMILY);
}
const UNSPACED_BABY_BEFORE = substringsPattern(UNSPACED_BABY_WORDS);
/** Before the number: a span of time, not an age ("in 6 months", "hace 6 meses", "за 6 месяцев", "embarazada de 6 meses"). */
const SPAN_BEFORE = /(?<![\p{L}])(?:in|for|after|within|en|dentro\s+de|después\s+de|durante|por|hace|em|daqui\s+a|há|dans|pendant|depuis|il\s+y\s+a|in|nach|seit|vor|für|tra|fra|per|da|binnen|na|za|przez|od|po|за|через|на|протягом|після|după|de|alatt|múlva|om|i|efter|sedan|jälkeen|σε|για|içinde|sonra|selama|dalam|sejak|nang|trong|sau|pregnant\s+(?:for|with)|embarazada\s+de|grávida\s+de|enceinte\s+de|schwanger\s+im)\s+$/iu;
const SPAN_AFTER = /^\s*(?:ago|atrás|hace|temu|назад|тому|önce|lalu|trước|geleden|sedan|siden|fa|zpátky|pregnant|embarazada|grávida|enceinte|schwanger|incinta|zwanger|w\s+ciąży|sober|clean|later|from\s+now|left|more|straight|in\s+a\s+row|until|till)(?![\p{L}])/iu;
/**
 * A baby's age in months or weeks: the number just after a baby, a baby's relative or a small child was named in the sentence
 * ("A bebé da vizinha tem oito meses", "bebelusul surorii mele are 7 luni", "宝宝才6个月"), not a span of time.
 */
/** The text of the sentence before `index`, at most 60 characters back. */
function sentenceBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 60), index);
  return before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf("!"), before.lastIndexOf("?"), before.lastIndexOf("\n")) + 1);
}

function babyMonths(field: ContentField): ContentEvidence[] {
  // In a script without spaces the quick pass cannot see a month word: look for one before running the pattern at every letter.
  const unspacedMonth = field.triggers === undefined || (hasFamily(field.triggers, UNSPACED) && UNSPACED_MONTHS.some((word) => field.text.includes(word)));
  if (!unspacedMonth && !hasFamily(field.triggers!, MONTHS_FAMILY)) return [];
  return evidenceOf(field, MONTHS_OF_AGE, "minor", "stated-age", (match) => {
    const { text } = field;
    if (match[1] !== undefined && Number(match[1]) > 24) return null;
    const sentence = sentenceBefore(text, match.index);
    if (SPAN_BEFORE.test(sentence) || SPAN_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 20))) return null;
    BABY_BEFORE.lastIndex = 0;
    UNSPACED_BABY_BEFORE.lastIndex = 0;
    return BABY_BEFORE.test(sentence) || UNSPACED_BABY_BEFORE.test(sentence) ? 0.9 : null;
  });
}

/** One to five years, in digits or any language's words, with the word for years: "deux ans", "tre år", "dua tahun", "سه ساله". */
const SMALL_YEARS_WORDS = [...new Set([...YEAR_WORDS, "годика", "годиков", "годик", "годинки", "годинка", "anys", "jaartjes", "godinice", "سنين", "سنوات", "שנים", "latka", "latek", "anișori", "anisori", "añitos", "aninhos", "annetti", "roky", "roků", "anni", "ans", "jahr", "jahre", "jahren", "jaar", "år", "lat", "lata", "godine", "godina", "χρονών", "χρονων", "yaşında", "yaşlarında", "ساله", "سال", "سالشه", "साल", "বছর", "bochor", "tahun", "taon", "tuổi", "saal", "sene", "years", "year", "yrs", "anos", "años", "roky", "let", "rokov", "éves", "vuotta", "vuotias", "років", "лет", "года"])];
const SMALL_YEARS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:([1-5])\\s*-?\\s*|(${alternation([...SMALL_CARDINALS].filter(([, value]) => value <= 5).map(([word]) => word))})(?:\\s+|\\s*-\\s*))(?:${alternation(SMALL_YEARS_WORDS)})(?![\\p{L}])`,
  "giu",
);
const SMALL_YEARS_FAMILY = triggerFamily(SMALL_YEARS_WORDS.flatMap((word) => word.split(/\s+/).slice(-1)));
/** "about three" beside a small child, the word for years left out: "Der kleine Knirps, vielleicht drei,", "Ένα πιτσιρίκι γύρω στα τρία". */
const ABOUT_WORDS = ["gerade mal", "grad mal", "knapp", "kaum", "à peine", "apenas", "appena", "ledwo", "едва", "ledva", "alig", "tuskin", "knappt", "nauwelijks", "amper", "μόλις", "tek", "about", "around", "maybe", "perhaps", "vielleicht", "etwa", "ungefähr", "environ", "peut-être", "unos", "unas", "como", "uns", "umas", "circa", "forse", "około", "może", "около", "приблизно", "десь", "γύρω", "περίπου", "asi", "kolem", "körülbelül", "noin", "ehkä", "kanske", "omkring", "cirka", "sekitar", "kira-kira", "mga", "chừng", "khoảng", "yaklaşık", "tahminen", "ongeveer", "aproximadamente"];
const ABOUT_SMALL = new RegExp(
  `(?<![\\p{L}])(?:${alternation(ABOUT_WORDS)})(?:\\s+(?:στα|sa|de|os|as))?\\s+(?:([2-5])|(${alternation([...SMALL_CARDINALS].filter(([, value]) => value >= 2 && value <= 5).map(([word]) => word))}))(?![\\p{L}\\p{N}])(?!\\s*(?:[\\p{L}]+\\s+)?(?:feet|foot|ft|inches|meters|metres|m|km|miles|minutes|mins|hours|days|weeks|months|times|people|of|more|steps|seconds|o['’]clock|am|pm|hundred|thousand|[.,:]\\d))`,
  "giu",
);
const ABOUT_FAMILY = triggerFamily(ABOUT_WORDS);
const SMALL_CHILD = wordsPattern(SMALL_CHILD_WORDS);
const SMALL_CHILD_IN = new RegExp(SMALL_CHILD.source, "iu");
const SMALL_CHILD_FAMILY = triggerFamily(SMALL_CHILD_WORDS);
/** A toddler's or small child's age: one to five years in the same sentence as a word for a small child, not a span of time. */
function smallChildAges(field: ContentField): ContentEvidence[] {
  const has = (family: number) => mayHold(field, family);
  if (!has(SMALL_CHILD_FAMILY)) return [];
  const patterns = [has(SMALL_YEARS_FAMILY) ? SMALL_YEARS : null, has(ABOUT_FAMILY) ? ABOUT_SMALL : null].filter((pattern) => pattern !== null);
  if (patterns.length === 0) return [];
  const { text } = field;
  // The numbers are read only near a word for a small child (few texts hold one; the pattern of every language's small numbers is slow).
  const found: ContentEvidence[] = [];
  for (const pattern of patterns) {
    let after = 0;
    SMALL_CHILD.lastIndex = 0;
    for (let child = SMALL_CHILD.exec(text); child !== null; child = SMALL_CHILD.exec(text)) {
      const limit = Math.min(text.length, child.index + child[0].length + 100);
      pattern.lastIndex = Math.max(after, child.index - 100);
      for (let match = pattern.exec(text); match !== null && match.index < limit; match = pattern.exec(text)) {
        const end = match.index + match[0].length;
        const before = sentenceBefore(text, match.index);
        const sentence = before + text.slice(match.index, end + 40).split(/[.!?\n]/u)[0];
        if (SPAN_BEFORE.test(before) || SPAN_AFTER.test(text.slice(end, end + 20)) || notAnAgeNow(text, match.index, end, 3, true) || !SMALL_CHILD_IN.test(sentence)) continue;
        found.push({ tag: "minor", field: field.field, start: match.index, end, rule: "stated-age", score: 0.9 });
      }
      after = limit;
    }
  }
  return found;
}

/**
 * A child's age told roughly: "about", "maybe" or "at most" and a number up to fifteen beside a word for a child in the same
 * sentence ("пацан …, лет 11 ему", "onaj balavac, ima jedno 11 godina", "Grannens unge, kanske 8 år", "knægten ovenpå, max 11
 * år", "O moleque, uns dez anos no máximo", "Le gamin, neuf piges à tout casser"). Russian and Ukrainian put the word for years
 * first for "about" ("лет 11", "років трьох").
 */
const ROUGHLY_BEFORE = [...ABOUT_WORDS, "max", "maximum", "höchstens", "como mucho", "a lo sumo", "от силы", "не больше", "не старше", "максимум", "jedno", "nagyjából", "mniej więcej", "zo'n", "typ", "kb", "tipo", "at most", "no more than", "roughly"];
const ROUGHLY_AFTER = ["à tout casser", "au plus", "max", "no máximo", "como mucho", "a lo sumo", "от силы", "höchstens", "at most", "tops"];
const ROUGH_AGE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(ROUGHLY_BEFORE)})(?:\\s+(?:στα|sa|de|os|as|los|las|de\\s+los))?\\s+(\\d{1,2}|${NUMBER.slice(1, -1)})(?![\\p{L}\\p{N}])(?=\\s*(?:${YEARS_WORD}|piges|balais|godina|godine|år|ár|év|éves)?\\s*(?:[,.!?;)—–]|$|\\s+(?:and|und|et|y|e|i|и|і|ve|och|og|ja|a|és|ему|ей|йому|їй|th[ea]\\p{L}*|θα)\\s))|(?<![\\p{L}])(?:лет|года|годков|годиков|років|роки|рочків)\\s+(\\d{1,2}|${NUMBER.slice(1, -1)}|три|четыре|пять|трьох|чотирьох|п['’]яти)(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(\\d{1,2}|${NUMBER.slice(1, -1)})\\s+(?:${YEARS_WORD}|piges|balais)?\\s*(?:${alternation(ROUGHLY_AFTER)})(?![\\p{L}])`,
  "giu",
);
const ROUGH_FAMILY = triggerFamily([...ROUGHLY_BEFORE, ...ROUGHLY_AFTER, "лет", "года", "годков", "годиков", "років", "роки", "рочків"].map((word) => word.split(" ")[0]));
const CHILD_IN_SENTENCE = new RegExp(`${SMALL_CHILD.source}|${wordsPattern(OLDER_CHILD_WORDS).source}`, "iu");
const OLDER_CHILD_FAMILY = triggerFamily([...OLDER_CHILD_WORDS]);
function roughAges(field: ContentField): ContentEvidence[] {
  const has = (family: number) => mayHold(field, family);
  if (!has(ROUGH_FAMILY) || !(has(OLDER_CHILD_FAMILY) || has(SMALL_CHILD_FAMILY))) return [];
  const { text } = field;
  return evidenceOf(field, ROUGH_AGE, "minor", "stated-age", (match) => {
    const value = ageOf(match[1] ?? match[2] ?? match[3]) || ({ три: 3, четыре: 4, пять: 5, трьох: 3, чотирьох: 4, "п'яти": 5, "п’яти": 5 } as Record<string, number>)[(match[2] ?? "").toLowerCase()] || NaN;
    const end = match.index + match[0].length;
    const sentence = sentenceAround(text, match.index, end);
    return value >= 1 && value <= 15 && CHILD_IN_SENTENCE.test(sentence) && !SPAN_BEFORE.test(sentenceBefore(text, match.index)) && !SPAN_AFTER.test(text.slice(end, end + 20)) && !notAnAgeNow(text, match.index, end, value, false) ? 0.9 : null;
  });
}

const KINDERGARTEN = wordsPattern(KINDERGARTEN_WORDS);
const KINDERGARTEN_FAMILY = triggerFamily(KINDERGARTEN_WORDS);
const UNSPACED_KINDERGARTEN = substringsPattern(UNSPACED_KINDERGARTEN_WORDS);

/** A youth team's category: "U13", "sub-13", "JO11", "P12-laget", "under-12", "زیر ۱۲", or one named by a word ("alevín", "pulcini", "D-Jugend"). */
const YOUTH_CATEGORY = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])|(?<=[\\u0e00-\\u0e7f\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]))(?:(?:U|u|sub|Sub|SUB|JO|MO|Κ|K)[- ]?(?:[5-9]|1[0-7])(?![\\p{N}])|[PGFJ](?:[5-9]|1[0-7])-(?:lag|laget|holdet|hold|joukkue\\p{L}*)|(?:under|bawah|unter|زیر|تحت|انڈر|অনূর্ধ্ব)[- ]?(?:[5-9]|1[0-7])(?![\\p{N}])|${alternation(YOUTH_CATEGORY_WORDS.flatMap((word) => [word, word[0].toUpperCase() + word.slice(1)]))}(?![\\p{L}]))`,
  "gu",
);
const YOUTH_AGES = Array.from({ length: 13 }, (_, i) => String(i + 5));
const YOUTH_CATEGORY_FAMILY = triggerFamily([
  ...YOUTH_CATEGORY_WORDS,
  ...pairs(["u", "sub", "jo", "mo", "k", "κ", "under", "bawah", "unter", "زیر", "تحت", "انڈر", "অনূর্ধ্ব"], [...YOUTH_AGES, ...YOUTH_AGES.map((age) => `${age}s`)]),
  ...["u", "jo", "mo", "k", "κ", "p", "g", "f", "j"].flatMap((letter) => YOUTH_AGES.flatMap((age) => [`${letter}${age}`, `${letter}${age}s`, `${letter}${age}a`, `${letter}${age}b`])),
]);
const TEAM_WORD = wordsPattern(TEAM_WORDS);
/** A youth category is a child's only in a sentence about sport: a team or playing word within the same stretch of text. */
/** A team in the scripts written without spaces, found inside runs of letters: "U-12 팀", "U12足球队", "U12チーム". */
const UNSPACED_TEAM_WORD = /팀|队|隊|チーム|クラブ|ทีม|俱乐部|俱樂部/u;
function youthTeams(field: ContentField): ContentEvidence[] {
  return evidenceOf(field, YOUTH_CATEGORY, "minor", "school-year", (match) => {
    const around = field.text.slice(Math.max(0, match.index - 50), match.index + match[0].length + 50);
    TEAM_WORD.lastIndex = 0;
    return (TEAM_WORD.test(around) || UNSPACED_TEAM_WORD.test(around)) && !inThePast(field.text, match.index, match.index + match[0].length) ? 0.85 : null;
  }, [YOUTH_CATEGORY_FAMILY, UNSPACED]);
}

/** A person just before: a pronoun, a name, a relative or a word for a child ("who", "Baby", "Siobhan's little one", "my pamangkin"). */
const PERSON_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:[Ss]he|[Hh]e|[Ww]ho|[Ii]|[Yy]ou|[Ww]e|[Tt]hey|[Bb]aby|[Bb]ub|[Bb]ubba|[Nn]ewborn|(?:[Ll]ittle|[Ww]ee|[Yy]oung)\\s+one|${KIN_NOUNS})|(?<![\\p{L}])(?!(?:${NOT_A_NAME})\\b)\\p{Lu}\\p{Ll}+(?:-\\p{L}+)*)(?:['’](?:s|m|re|ll))?(?:\\s+(?:is|just|only|finally|already|has|will|now|exactly))*\\s*$`, "u");
function personBefore(text: string, index: number): boolean {
  return PERSON_BEFORE.test(text.slice(Math.max(0, index - 40), index));
}
/**
 * Whether the subject a match begins with is a person: a pronoun of a person, a name or a word for a person before "'s"
 * ("Chun-hei's in Form 4"), or a person before a bare "is" ("my cuz is Year 5"; "the steel is grade 8" is a grade of steel).
 * A match that begins with a verb of starting has no subject to check.
 */
const PERSON_PRONOUN_FIRST = /^(?:i['’]?m|im|i\s+am|ah['’]m|she['’]?s|he['’]?s|we['’]re|they['’]re|you['’]re)(?![\p{L}])/iu;
function subjectIsAPerson(text: string, match: RegExpExecArray): boolean {
  if (PERSON_PRONOUN_FIRST.test(match[0])) return true;
  if (/^(?:is|are|am)(?![\p{L}])/iu.test(match[0])) return personBefore(text, match.index);
  const owner = /^(\p{L}+)['’]s(?![\p{L}])/u.exec(match[0]);
  return owner === null || personBefore(text, match.index + owner[1].length);
}
const AN_OBJECT_AFTER = new RegExp(`^(?!${NOT_AN_OBJECT})`, "iu");
/** The sentence around a place: from the last stop before it to the next after it. */
function sentenceAround(text: string, start: number, end: number): string {
  return sentenceBefore(text, start) + text.slice(start, end + 60).split(/[.!?\n]/u)[0];
}
/**
 * Hebrew gives an age as "son of" or "daughter of" a number in words: "בת שנתיים וחצי" (two and a half), "בן העשר" (the
 * ten-year-old), "בת שלוש עשרה", "בת חמישה חודשים" (five months). Every number here is under eighteen.
 */
const HEBREW_NUMBERS = ["שנה", "שנתיים", "שלוש", "שלושה", "ארבע", "ארבעה", "חמש", "חמישה", "שש", "שישה", "שבע", "שבעה", "שמונה", "תשע", "תשעה", "עשר", "עשרה",
  ...[["אחת", "אחד"], ["שתים", "שנים"], ["שלוש", "שלושה"], ["ארבע", "ארבעה"], ["חמש", "חמישה"], ["שש", "שישה"], ["שבע", "שבעה"]].flatMap(([feminine, masculine]) => [`${feminine} עשרה`, `${masculine} עשר`])];
const HEBREW_AGE = gated(`(?:בת|בן)\\s+ה?(?:${alternation(HEBREW_NUMBERS)})(?:\\s+וחצי)?(?:\\s+(?:חודשים|שבועות|ימים))?`, pairs(["בת", "בן"], HEBREW_NUMBERS.flatMap((number) => [number.split(" ")[0], `ה${number.split(" ")[0]}`])));
/** Birthdays and rites (see birthdays.ts). */
/**
 * Each month's name in the languages of TURNING_VERBS, from CLDR (through `Intl`): the stem its standalone and its date forms
 * share, any ending after it, so that the cases a month takes are found too ("grudzień", "w grudniu"; "joulukuu",
 * "joulukuussa"; "декабрь", "в декабре").
 */
const MONTH_STEMS = (() => {
  const stems = new Set<string>();
  for (const locale of ["es", "pt", "it", "ca", "fr", "pl", "cs", "sk", "ro", "hr", "sr", "ru", "uk", "bg", "fi", "sv", "nb", "da", "el", "id", "ms", "de", "nl", "en"]) {
    const alone = new Intl.DateTimeFormat(locale, { month: "long" });
    const inDate = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long" });
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2025, month, 15));
      const a = alone.format(date).toLowerCase();
      const b = (inDate.formatToParts(date).find((part) => part.type === "month")?.value ?? a).toLowerCase();
      let common = 0;
      while (common < a.length && a[common] === b[common]) common++;
      const stem = a.slice(0, Math.max(common, 4));
      for (const form of [stem, withoutAccents(stem)]) stems.add(escapeRegExp(form));
    }
  }
  return `(?:${[...stems].sort((x, y) => y.length - x.length).join("|")})\\p{L}*`;
})();
/** Words between the number and a time to come: "i", "w", "em", "no", "în", "в" before a month; "vasta", "abia", "dopiero" (only). */
const TIME_FILLERS = "no|na|em|en|in|i|în|im|am|w|we|v|ve|u|в|у|во|на|τον|το|pada|el|la|il|le|o|a|abia|vasta|först|først|erst|only|just|solo|sólo|só|apenas|dopiero|teprve|až|только|лише|само|μόλις|baru";
/** "Next" before any word ("next spring", "ensi keväänä", "nästa vecka", "le mois prochain" is in the list below). */
const NEXT_WORDS = "next|nästa|neste|næste|ensi|próxim[oa]|proxim[oa]|prochaine?|nächste[nmrs]?|volgende|następn\\p{L}*|příští\\p{L}*|budúc\\p{L}*|următo\\p{L}*|следующ\\p{L}*|наступн\\p{L}*|επόμεν\\p{L}*";
/**
 * A time still to come just after a birthday, in the languages of TURNING_VERBS ("cumple 18 el otro mes", "faz 18 em março",
 * "para o ano", "fyller 18 i desember", "täytän 18 vasta ensi keväänä"): then eighteen is turned later, seventeen now.
 */
const NEXT_TIME = new RegExp(
  `^\\s*(?:(?:años|anos|anni|ans|lat|let|ani|år|vuotta|лет|років|години|χρονών|tahun)\\s+)?(?:(?:${TIME_FILLERS})\\s+){0,2}(?:(?:${String.raw`para\s+o\s+ano|el\s+año\s+que\s+viene|el\s+(?:próximo|proximo)\s+año|l['’]an\s+prochain|l['’]année\s+prochaine|l['’]anno\s+prossimo|w\s+przyszłym\s+roku|za\s+rok|в\s+следующем\s+году|через\s+год|наступного\s+року|догодина|догодине|ensi\s+vuonna|nästa\s+år|neste\s+år|næste\s+år|tahun\s+depan|anul\s+viitor|next\s+year|este\s+año|este\s+ano|quest['’]anno|w\s+tym\s+roku|tänä\s+vuonna|i\s+år|el\s+otro\s+mes|el\s+(?:próximo|proximo)\s+mes|la\s+otra\s+semana|la\s+(?:próxima|proxima)\s+semana|(?:mês|mes)\s+que\s+vem|semana\s+que\s+vem|(?:en|em|daqui\s+a)\s+(?:un|una|dos|tres|unas|unos|um|uma|duas|três)\s+(?:semanas?|meses|mes|mês|días|dias)|(?:en|em)\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)|este\s+(?:mes|verano)|esse\s+(?:mês|ano)|mañana|amanhã`})(?![\\p{L}])|${MONTH_STEMS}|(?:${NEXT_WORDS})\\s+\\p{L}+|(?:mes|semana|año|verano|invierno)\\s+que\\s+viene|(?:mois|semaine|année|an)\\s+prochaine?|(?:mese|settimana|anno)\\s+prossim[oa])`,
  "iu",
);
const TURNING_AGE = turningAge(NUMBER);
const SPACED_RITES = wordsPattern(RITE_WORDS.filter((word) => !hasUnspacedLetter(word)));
/** A birthday or a rite told in the past later in its sentence: "my 12th birthday was a disaster", "his communion, we went to…". */
const PAST_LATER = /^[^.!?\n]{0,40}?(?<![\p{L}])(?:was|were|had|got|gave|did|went|threw|bought|made\s+me|fue|foi|war|était|era|był|była|было|была|был)(?![\p{L}])/iu;
const BIRTHDAY_FAMILIES = [HEBREW_AGE.family, TURNING_AGE.family, TURNING_AFTER.family, ORDINAL_BIRTHDAY.family, RITES_FAMILY, UNSPACED];
/** A past verb earlier in the sentence ("we had his 12th birthday at the zoo"); "she's got", "I've got" are "has", "have". */
const PAST_EARLIER = /(?<![\p{L}])(?:(?<!(?:['’]s|['’]ve|has|have|ve)\s+)got|had|was|were|went|received|gave|celebrated|spent|חגגתי|חגגנו|היה|הייתה|tuve|tive|hatte|feierte|miałam|miałem)(?![\p{L}])[^.!?\n]{0,40}$/iu;
/** "When" just before an age already turned: "quand j'ai eu 15 ans", "cuando cumplí quince", "quando fiz 15 anos" (then, not now). */
const WHEN_BEFORE = /(?<![\p{L}])(?:quand|lorsque|lorsqu['’]|cuando|quando|als|toen|när|da|kiedy|když|kdy)\s*$/iu;
function birthdays(field: ContentField): ContentEvidence[] {
  if (!anyFamily(field, BIRTHDAY_FAMILIES)) return NO_EVIDENCE;
  const { text } = field;
  const past = (match: RegExpExecArray) =>
    inThePast(text, match.index, match.index + match[0].length) || PAST_LATER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 60)) || PAST_EARLIER.test(sentenceBefore(text, match.index));
  return gather(
    evidenceOf(field, HEBREW_AGE.pattern, "minor", "stated-age", (match) => (past(match) || notAnAgeNow(text, match.index, match.index + match[0].length, 5, false) ? null : 0.9), HEBREW_AGE.family),
    evidenceOf(field, TURNING_AGE.pattern, "minor", "stated-age", (match) => {
      const end = match.index + match[0].length;
      const value = ageOf(match[1]);
      const after = text.slice(end, end + 40);
      if (UNIT_AFTER.some(([verb, unit]) => verb.test(match[0]) && !unit.test(after))) return null;
      if (TURNED_ALREADY.test(match[0]) && WHEN_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
      return (UNDER_18(value) || (value === 18 && NEXT_TIME.test(after) && !TURNED_ALREADY.test(match[0]))) && !TURNING_GUARD.test(after) && !notAnAgeNow(text, match.index, end, value, false) ? 0.9 : null;
    }, TURNING_AGE.family),
    evidenceOf(field, TURNING_AFTER.pattern, "minor", "stated-age", (match) => (UNDER_18(Number(match[1] ?? match[2] ?? match[3])) && !isPast(text, match.index) && !aThingsAge(text, match.index) ? 0.9 : null), TURNING_AFTER.family),
    evidenceOf(field, ORDINAL_BIRTHDAY.pattern, "minor", "stated-age", (match) => {
      const said = match.slice(1).find((group) => group !== undefined) ?? "";
      const value = ORDINAL_WORD_VALUES.get(said.toLowerCase()) ?? Number(said);
      return UNDER_18(value) && !past(match) && !aThingsAge(text, match.index) ? 0.9 : null;
    }, ORDINAL_BIRTHDAY.family),
    evidenceOf(field, SPACED_RITES, "minor", "school-year", (match) => (past(match) ? null : 0.85), RITES_FAMILY),
    evidenceOf(field, UNSPACED_RITES, "minor", "school-year", (match) => (past(match) ? null : 0.85), UNSPACED),
  );
}

const AT_AGE = atAge(NUMBER);
const BEING_AGE = beingAge(NUMBER);
const CANDLES = candlesAndCards(NUMBER);
const WINTERS_SEEN = wintersSeen(NUMBER);
/** A clock's time in the sentence: "at 7 she wakes up" is an hour, not an age. */
const TIME_OF_DAY = /(?<![\p{L}])(?:o['’]clock|am|pm|a\.m\.|p\.m\.|tonight|tomorrow|today|morning|evening|night|noon|midnight|sharp|daily|every\s+day|wakes?|arrives?|leaves?|meets?|opens?|closes?|lunch|dinner|breakfast|bus|train|shift|alarm)(?![\p{L}])/iu;
/** Every family the everyday English rules need: a field with none of them skips them all at once. */
const EVERYDAY_ENGLISH_FAMILIES = [...SCHOOL_YEAR_CODES, ...SPOKEN_YEARS, SCHOOL_YEAR_CODE_CASED, SCHOOL_STAGES, SMALL_YEARS_OLD, TURNED_SMALL, DAYS_OLD, UNDER_TEN, BABY_SUBJECT, ...RITES, AT_AGE, BEING_AGE, YEARS_TO_EIGHTEEN, CANDLES, ...CHILDS_OWN, CHILDS_OWN_CASED, WINTERS_SEEN, YOUTH_TEAM_SHORT].map((rule) => rule.family);
function anyFamily(field: ContentField, families: readonly number[]): boolean {
  return families.some((family) => mayHold(field, family));
}
/** The everyday English ways (see english-ages.ts), each with the checks that keep its matches to a child now. */
function everydayEnglish(field: ContentField): ContentEvidence[] {
  if (!anyFamily(field, EVERYDAY_ENGLISH_FAMILIES)) return NO_EVIDENCE;
  const { text } = field;
  const pupil = (match: RegExpExecArray) => (notAPupilsYear(text, match.index, match.index + match[0].length) || !subjectIsAPerson(text, match) ? null : 0.85);
  const babyCared = (match: RegExpExecArray) => (BABY_CARE.test(sentenceAround(text, match.index, match.index + match[0].length)) && !inThePast(text, match.index, match.index + match[0].length) ? 0.85 : null);
  return gather(
    evidenceOfAll(field, SCHOOL_YEAR_CODES, "minor", "school-year", pupil),
    evidenceOf(field, SCHOOL_YEAR_CODE_CASED.pattern, "minor", "school-year", pupil, SCHOOL_YEAR_CODE_CASED.family),
    evidenceOf(field, SCHOOL_STAGES.pattern, "minor", "school-year", (match) => (notAPupilsYear(text, match.index, match.index + match[0].length) ? null : 0.85), SCHOOL_STAGES.family),
    evidenceOf(field, SMALL_YEARS_OLD.pattern, "minor", "stated-age", (match) => {
      const end = match.index + match[0].length;
      return AN_OBJECT_AFTER.test(text.slice(end, end + 40)) || notAnAgeNow(text, match.index, end, 3, true) ? null : 0.9;
    }, SMALL_YEARS_OLD.family),
    evidenceOf(field, TURNED_SMALL.pattern, "minor", "stated-age", (match) => (personBefore(text, match.index) && !notAnAgeNow(text, match.index, match.index + match[0].length, 3, false) ? 0.9 : null), TURNED_SMALL.family),
    evidenceOf(field, DAYS_OLD.pattern, "minor", "stated-age", (match) => {
      const person = /^(?:all|barely|aged)\s/iu.test(match[0]) ? /\p{Lu}\p{Ll}+|baby|newborn|infant|bub/u.test(sentenceBefore(text, match.index)) : personBefore(text, match.index);
      return person && !aThingsAge(text, match.index) && !isPast(text, match.index) ? 0.9 : null;
    }, DAYS_OLD.family),
    evidenceOf(field, UNDER_TEN.pattern, "minor", "stated-age", (match) => (inThePast(text, match.index, match.index + match[0].length) ? null : 0.85), UNDER_TEN.family),
    evidenceOf(field, BABY_SUBJECT.pattern, "minor", "minor-word", babyCared, BABY_SUBJECT.family),
    evidenceOf(field, BABY_NAMED, "minor", "minor-word", babyCared, BABY_SUBJECT.family),
    evidenceOfAll(field, RITES, "minor", "school-year", (match) => (inThePast(text, match.index, match.index + match[0].length) ? null : 0.85)),
    evidenceOfAll(field, SPOKEN_YEARS, "minor", "school-year", (match) => (inThePast(text, match.index, match.index + match[0].length) ? null : 0.85)),
    evidenceOf(field, AT_AGE.pattern, "minor", "stated-age", (match) => {
      const value = ageOf(match[1] ?? match[2]) || englishValue(match[1] ?? match[2]);
      const sentence = sentenceAround(text, match.index, match.index + match[0].length);
      const leads = match[2] !== undefined || /^(?:even|only|already|now|still)\s/iu.test(match[0]) || /^\s*(?:he|she|i|you|they)\s/iu.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8)) || /(?:^|[.!?\n*"“]\s*)$/u.test(text.slice(Math.max(0, match.index - 3), match.index));
      return UNDER_18(value) && leads && PRESENT_CLAUSE.test(sentence) && !PAST_CLAUSE.test(sentence) && !TIME_OF_DAY.test(sentence) && !aThingsAge(text, match.index) && !COMPARISON_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)) ? 0.9 : null;
    }, AT_AGE.family),
    evidenceOf(field, BEING_AGE.pattern, "minor", "stated-age", (match) => (UNDER_18(ageOf(match[1]) || englishValue(match[1])) && !isPast(text, match.index) && !aThingsAge(text, match.index) ? 0.9 : null), BEING_AGE.family),
    evidenceOf(field, YEARS_TO_EIGHTEEN.pattern, "minor", "stated-age", (match) => (isPast(text, match.index) || /(?<![\p{L}])(?:was|were)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, match.index - 20), match.index)) ? null : 0.9), YEARS_TO_EIGHTEEN.family),
    evidenceOf(field, CANDLES.pattern, "minor", "stated-age", (match) => (UNDER_18(ageOf(match[1] ?? match[2] ?? match[3])) && !inThePast(text, match.index, match.index + match[0].length) ? 0.9 : null), CANDLES.family),
    evidenceOfAll(field, CHILDS_OWN, "minor", "school-year", pupil),
    evidenceOf(field, CHILDS_OWN_CASED.pattern, "minor", "minor-word", (match) => (/^(?:Mum|Mom|Dad|Mummy|Mommy|Daddy|Mama|Papa|Gran|Granny|Grandma|Grandpa|Grandad|Nana|Nan|Auntie|Aunty|Uncle)['’]/u.test(match[0]) || inThePast(text, match.index, match.index + match[0].length) ? null : 0.85), CHILDS_OWN_CASED.family),
    evidenceOf(field, WINTERS_SEEN.pattern, "minor", "stated-age", (match) => (UNDER_18(ageOf(match[1] ?? match[2])) && !isPast(text, match.index) ? 0.9 : null), WINTERS_SEEN.family),
    evidenceOf(field, YOUTH_TEAM_SHORT.pattern, "minor", "school-year", (match) => {
      const around = text.slice(Math.max(0, match.index - 50), match.index + match[0].length + 50);
      TEAM_WORD.lastIndex = 0;
      return (TEAM_WORD.test(around) || /roster|tournament|division|rugby|cricket|netball|hockey|soccer|football|basketball|volleyball|speel|span/iu.test(around)) && !inThePast(text, match.index, match.index + match[0].length) ? 0.85 : null;
    }, YOUTH_TEAM_SHORT.family),
  );
}

export function detectMinor(field: ContentField): ContentEvidence[] {
  return gather(
    statedAges(field),
    columnAges(field),
    babyMonths(field),
    babyCaredFor(field),
    smallChildAges(field),
    roughAges(field),
    youthTeams(field),
    evidenceOf(field, KINDERGARTEN, "minor", "minor-word", (match) => wordForAChild(field.text, match), KINDERGARTEN_FAMILY),
    evidenceOf(field, UNSPACED_KINDERGARTEN, "minor", "minor-word", (match) => (inThePast(field.text, match.index, match.index + match[0].length) ? null : 0.8), UNSPACED),
    compoundAges(field),
    tableAges(field),
    tableWords(field),
    evidenceOfAll(field, SCHOOL_YEAR, "minor", "school-year", (match) => (notAPupilsYear(field.text, match.index, match.index + match[0].length) ? null : 0.85)),
    freshmanAtAHighSchool(field),
    evidenceOf(field, STRONG_WORDS, "minor", "minor-word", (match) => wordForAChild(field.text, match), MINOR_WORDS_FAMILY),
    evidenceOf(field, IS_A_MINOR, "minor", "minor-word", (match) => (/^\s+(?:en|in)\s+\p{L}/iu.test(field.text.slice(match.index + match[0].length, match.index + match[0].length + 12)) ? null : 0.8), IS_A_MINOR_FAMILY),
    childWords(field),
    evidenceOf(field, OWN_CHILD, "minor", "own-child", 0.3, OWN_CHILD_FAMILY),
    evidenceOf(field, UNSPACED_WORDS, "minor", "minor-word", (match) => unspacedChildWord(field.text, match), UNSPACED),
    evidenceOfAll(field, BABY_AGES, "minor", "stated-age", 0.9),
    evidenceOf(field, ROMAJI_AGE, "minor", "stated-age", (match) => (UNDER_18(romajiAge(match)) && !PAST_AFTER.test(field.text.slice(match.index + match[0].length, match.index + match[0].length + 12)) ? 0.9 : null), ROMAJI_AGE_FAMILY),
    evidenceOf(field, ARABIC_AGE.pattern, "minor", "stated-age", (match) => (isPast(field.text, match.index) ? null : 0.9), ARABIC_AGE.family),
    evidenceOf(field, HAS_YEARS.pattern, "minor", "stated-age", (match) => (isPast(field.text, match.index) ? null : 0.9), HAS_YEARS.family),
    evidenceOf(field, FUTURE_AGE.pattern, "minor", "stated-age", 0.9, FUTURE_AGE.family),
    evidenceOf(field, NAMED_FUTURE_AGE.pattern, "minor", "stated-age", (match) => (/^\p{Lu}/u.test(match[0]) ? 0.9 : null), NAMED_FUTURE_AGE.family),
    evidenceOf(field, SMALL_WORD_AGE.pattern, "minor", "stated-age", (match) => (aPersonFirst(match) && !notAnAgeNow(field.text, match.index, match.index + match[0].length, 5, false) ? 0.9 : null), SMALL_WORD_AGE.family),
    evidenceOf(field, RELATIVE_AGE.pattern, "minor", "stated-age", (match) => relativeAge(field.text, match), RELATIVE_AGE.family),
    evidenceOf(field, PUPILS_YEAR.pattern, "minor", "school-year", (match) => (aPersonFirst(match) && !notAPupilsYear(field.text, match.index, match.index + match[0].length) ? 0.85 : null), PUPILS_YEAR.family),
    evidenceOf(field, PUPILS_YEAR_EVENTS.pattern, "minor", "school-year", (match) => (notAPupilsYear(field.text, match.index, match.index + match[0].length) ? null : 0.85), PUPILS_YEAR_EVENTS.family),
    evidenceOf(field, HIGH_SCHOOL_CLASS.pattern, "minor", "school-year", (match) => (notAPupilsYear(field.text, match.index, match.index + match[0].length) ? null : 0.85), HIGH_SCHOOL_CLASS.family),
    evidenceOf(field, TURNED_IN.pattern, "minor", "stated-age", (match) => (isPast(field.text, match.index) ? null : 0.9), TURNED_IN.family),
    evidenceOf(field, TENTH_BOARDS.pattern, "minor", "school-year", (match) => (notAPupilsYear(field.text, match.index, match.index + match[0].length) ? null : 0.85), TENTH_BOARDS.family),
    evidenceOf(field, EARLY_YEARS, "minor", "school-year", (match) => (notAPupilsYear(field.text, match.index, match.index + match[0].length) || (/^(?:[,'’]|is|are)/iu.test(match[0]) && !personBefore(field.text, match.index)) ? null : 0.85), EARLY_YEARS_FAMILY),
    evidenceOf(field, SMALL_AGE_BETWEEN.pattern, "minor", "stated-age", (match) => smallAgeBetween(field.text, match), SMALL_AGE_BETWEEN.family),
    agesAround(field),
    youngerBy(field),
    evidenceOf(field, PRONOUNS_AGE.pattern, "minor", "stated-age", 0.9, PRONOUNS_AGE.family),
    everydayEnglish(field),
    birthdays(field),
    evidenceOf(field, UNSPACED_AGES, "minor", "stated-age", (match) => (PAST_AFTER.test(field.text.slice(match.index + match[0].length, match.index + match[0].length + 12)) ? null : 0.9), UNSPACED),
  );
}

/** A question about someone's age, by language: "how old are you?", "¿cuántos años tienes?", "wie alt bist du", "몇 살이야", "何歳". */
const AGE_QUESTION = new RegExp(
  [
    "how\\s+old\\s+(?:are|r)\\s+(?:you|u|ya)", "how\\s+old\\s+(?:you|u)\\s+(?:are|r)", "what['’]?s\\s+your\\s+age", "your\\s+age", "(?<![\\p{L}])(?:age|asl)\\s*\\?", "cu[aá]ntos\\s+años\\s+(?:tienes|tenés|tiene)", "qu[aá]ntos\\s+anos\\s+(?:você\\s+tem|voce\\s+tem|tens|cê\\s+tem|vc\\s+tem|tem)",
    "quel\\s+âge\\s+(?:as[- ]tu|avez[- ]vous|t['’]as|tu\\s+as)", "wie\\s+alt\\s+bist\\s+du", "hoe\\s+oud\\s+ben\\s+(?:je|jij)", "ile\\s+(?:masz|ty\\s+masz)\\s+lat", "сколько\\s+тебе\\s+лет", "скільки\\s+тобі\\s+років",
    "kaç\\s+yaşında(?:sın|sin)", "berapa\\s+(?:umur|usia)", "umur\\s+(?:kamu|lo|lu|mu|km)\\s+berapa", "ilang\\s+taon\\s+ka", "bao\\s+nhiêu\\s+tuổi", "quanti\\s+anni\\s+hai", "hány\\s+éves\\s+vagy",
    "kolik\\s+(?:ti|je\\s+ti)\\s+je", "koľko\\s+máš\\s+rokov", "koliko\\s+(?:imaš|imas)\\s+godina", "πόσων\\s+(?:χρονών|χρονων)\\s+είσαι", "câți\\s+ani\\s+ai", "cati\\s+ani\\s+ai", "hur\\s+gammal\\s+är\\s+du",
    "hvor\\s+gammel\\s+er\\s+du", "kuinka\\s+vanha\\s+olet", "kitni\\s+(?:umar|umr|age)", "كم\\s+عمرك", "عمرك\\s+كم", "چند\\s+سالته", "چند\\s+سالت", "בן\\s+כמה\\s+אתה", "בת\\s+כמה\\s+את",
    "una\\s+miaka\\s+mingapi", "何歳", "何才", "몇\\s*살", "几岁", "幾歲", "多大了", "อายุเท่าไหร่", "กี่ขวบ",
    ...[tableAgeQuestions()].filter((questions) => questions !== ""),
  ].join("|"),
  "iu",
);
/** An answer that is an age: the message begins with the number, perhaps after "um", "I'm", "tengo": "twelve.", "15 lol", "im 14". */
const AGE_ANSWER = new RegExp(
  `^\\s*(?:(?:um+|uh+|erm|well|lol|haha|so|i['’]?m|im|i\\s+am|tengo|tenho|j['’]ai|ich\\s+bin|ik\\s+ben|mam|мне|aku|ako|em|sono|vagyok|olen)[\\s,.…]+){0,2}(\\d{1,2}|${NUMBER})(?![\\p{L}\\p{N}])(?=\\s*(?:(?:${YEARS_WORD})(?![\\p{L}])|[,.!?;:~)(\\-]|\\p{Extended_Pictographic}|$|${CLAUSE_GOES_ON}))`,
  "iu",
);

/**
 * Ages given as answers: a message that asks someone's age, and the next one (the greeting's question and the first reply
 * count) beginning with a number under 18: "how old are you?" "twelve. my mom said…". Read across messages, so not a
 * per-field detector: `classifyContent` runs it over the conversation's turns.
 */
export function ageAnswers(turns: readonly ContentField[]): ContentEvidence[] {
  const found: ContentEvidence[] = [];
  for (let i = 1; i < turns.length; i++) {
    // The answer first: anchored at the message's start, it fails at once on almost every message.
    const answer = AGE_ANSWER.exec(turns[i].text);
    if (answer === null || !AGE_QUESTION.test(turns[i - 1].text)) continue;
    const value = ageOf(answer[1]);
    const start = answer.index + answer[0].length - answer[1].length;
    if (UNDER_18(value)) found.push({ tag: "minor", field: turns[i].field, start, end: start + answer[1].length, rule: "stated-age", score: 0.9 });
  }
  return found;
}

/**
 * The reference table's cues (see age-table.ts), each gated by its one gating word (a phrase of all its words would be checked
 * at the end of every quick pass that saw its anchor word). A cue with no word of its own beside the number ("3andi {N}",
 * "{N}yo") is read after digits only, gated by them; one in a script without spaces, wherever such letters are.
 */
const TABLE_CUES = numberCues(NOT_A_UNIT, CLAUSE_GOES_ON).map((cue) => ({
  ...cue,
  digitsOnly: cue.gate === "" && !cue.unspaced,
  family: cue.gate !== "" ? triggerFamily([cue.gate]) : cue.unspaced ? UNSPACED : DIGIT,
}));
const TABLE_DIGITS = /\d{1,2}(?!\d)/g;
/** The cues by the family that gates them: a text's families are checked once each, not once per cue. */
const CUES_BY_FAMILY = groupByFamily(TABLE_CUES);

/** Items by the family that gates them. */
function groupByFamily<T extends { family: number }>(items: readonly T[]): ReadonlyMap<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(item.family, [...(groups.get(item.family) ?? []), item]);
  return groups;
}

/** The items whose families a text holds, read from the set bits of its triggers (a handful) rather than by asking each family. */
function presentIn<T>(triggers: Uint32Array, byFamily: ReadonlyMap<number, T[]>): T[] {
  const present: T[] = [];
  for (let word = 0; word < triggers.length; word++) {
    for (let bits = triggers[word]; bits !== 0; bits &= bits - 1) {
      const items = byFamily.get(word * 32 + (31 - Math.clz32(bits & -bits)));
      if (items) for (const item of items) present.push(item);
    }
  }
  return present;
}

/**
 * Each language's numbers one to eleven in words (see `SMALL_NUMBERS_BY_LANGUAGE`), found only where one of that language's
 * age statements is gated in, and tried only against those: "tiene tres años", "are doi ani", "net drie jaar oud".
 */
const SMALL_NUMBER_SCANS: ReadonlyMap<string, { pattern: RegExp; words: ReadonlyMap<string, number>; parts: ReadonlySet<string> }> = new Map(
  [...SMALL_NUMBERS_BY_LANGUAGE].map(([code, { words, parts }]) => [
    code,
    {
      words,
      parts,
      pattern: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’])(?:${[...words.keys()].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word).replace(/[ -]/g, "[\\s-]").replace(/'/g, "['’]")).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "giu"),
    },
  ]),
);

/** A small number in words that is part of a bigger one or beside digits ("treinta y cinco", "dix-huit", "dalawampu't limang", "700 năm"). */
function partOfANumber(text: string, start: number, end: number, parts: ReadonlySet<string>): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  return [before, after].some((word) => word !== undefined && (/^\p{N}+$/u.test(word) || parts.has(foldAccents(word.toLowerCase()).replace(/['’]t$/, ""))));
}

/** Ages and grade numbers stated as the table's languages state them: "jag är 15 år", "je mi 14", "15살이야", "går i 8:an". */
function tableAges(field: ContentField): ContentEvidence[] {
  // Most texts hold no word of the table's cues (English is read by the patterns above): nothing to try.
  const active = field.triggers === undefined ? TABLE_CUES : presentIn(field.triggers, CUES_BY_FAMILY);
  if (active.length === 0) return [];
  // The languages whose age statements may hold a small number in words.
  const smallIn = new Set(active.filter((cue) => cue.max === 17 && !cue.unspaced && !cue.digitsOnly && SMALL_NUMBER_SCANS.has(cue.language)).map((cue) => cue.language));
  // Nor, most of the rest, a digit or a number in words: nothing to read.
  if (field.triggers !== undefined && !hasFamily(field.triggers, DIGIT) && !hasFamily(field.triggers, NUMBER_WORDS_FAMILY) && smallIn.size === 0) return [];
  const { text } = field;
  const numbers: { start: number; end: number; value: number; digits: boolean; language?: string }[] = [];
  TABLE_DIGITS.lastIndex = 0;
  for (let match = TABLE_DIGITS.exec(text); match !== null; match = TABLE_DIGITS.exec(text)) {
    if (gluedBefore(text, match.index)) continue;
    numbers.push({ start: match.index, end: match.index + match[0].length, value: Number(match[0]), digits: true });
  }
  if (field.triggers === undefined || hasFamily(field.triggers, NUMBER_WORDS_FAMILY)) {
    for (const match of numberWordsIn(text)) numbers.push({ start: match.index, end: match.index + match.word.length, value: match.value, digits: false });
  }
  const taken = new Set(numbers.map((number) => number.start));
  for (const language of smallIn) {
    const scan = SMALL_NUMBER_SCANS.get(language)!;
    scan.pattern.lastIndex = 0;
    for (let match = scan.pattern.exec(text); match !== null; match = scan.pattern.exec(text)) {
      const value = scan.words.get(match[0].toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'"));
      if (value !== undefined && !taken.has(match.index) && !partOfANumber(text, match.index, match.index + match[0].length, scan.parts)) numbers.push({ start: match.index, end: match.index + match[0].length, value, digits: false, language });
    }
  }
  if (numbers.length === 0) return [];
  const found: ContentEvidence[] = [];
  for (const number of numbers) {
    if (!(number.value >= 1)) continue;
    const after = text.slice(number.end, number.end + 40);
    for (const cue of active) {
      // A small number in words is read in its own language's age statements only.
      if (number.language !== undefined && (cue.language !== number.language || cue.max !== 17)) continue;
      // School years from the third: the first and second are also a train's or a ticket's class ("1. Klasse Ticket"), unless
      // the template names the school ("고등학교 1학년").
      if (number.value > cue.max || (cue.max !== 17 && number.value < (cue.fromFirst ? 1 : 3)) || (cue.digitsOnly && !number.digits)) continue;
      const following = cue.after.exec(after);
      if (following === null) continue;
      cue.before.lastIndex = number.start;
      if (!cue.before.test(text)) continue;
      const end = number.end + following[0].length;
      if (cue.narrower.some((form) => number.value > form.max && form.after.test(text.slice(end, end + 40)))) continue;
      // A cue with nothing before the number ("{N} years old") leaves it bare, as the patterns above do.
      if (cue.max === 17 && notAnAgeNow(text, number.start, end, number.value, cue.bare)) continue;
      if (cue.max !== 17 && notAPupilsYear(text, number.start, end)) continue;
      found.push({ tag: "minor", field: field.field, start: number.start, end, rule: cue.max === 17 ? "stated-age" : "school-year", score: cue.max === 17 ? 0.9 : 0.85 });
      break;
    }
  }
  return found;
}

/** School years with an ordinal word, and the table's words for minors and for school stages only minors attend. */
const ORDINAL_YEARS = ordinalSchoolYears();
const TABLE_ORDINAL_YEARS: readonly GatedPattern[] = ORDINAL_YEARS.map(({ source, gates, unspaced }) => (unspaced ? { pattern: new RegExp(source, "giu"), family: UNSPACED } : gated(source, gates)));
/** The ordinal patterns by the family that gates them, read from a text's set bits as the cues are. */
const ORDINAL_YEARS_BY_FAMILY = groupByFamily(TABLE_ORDINAL_YEARS);
const HAND_WORDS = new Set([...MINOR_WORDS, ...UNSPACED_MINOR_WORDS].map((word) => word.toLowerCase()));
/** The table's words that the lists above lack (theirs keep the exceptions written for them: "my little girl"). */
const TABLE_WORDS = tableMinorWords().filter((word) => !HAND_WORDS.has(word.toLowerCase()));
const TABLE_SPACED_WORDS = TABLE_WORDS.filter((word) => !hasUnspacedLetter(word));
const TABLE_UNSPACED_WORDS = TABLE_WORDS.filter((word) => hasUnspacedLetter(word));
const TABLE_WORD_GROUPS = wordGroups(TABLE_SPACED_WORDS);
const TABLE_UNSPACED_PATTERN = substringsPattern(TABLE_UNSPACED_WORDS);

/** A possessive after a word for a child makes it an endearment in Romanian, Italian, Greek and Hebrew ("fetița mea", "copilul meu", "bambina mia", "to paidi mou", "התינוק שלי"). */
function endearedAfter(text: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  return /^\s+(?:mea|meu|noastră|noastra|nostru|mia|mio|μου|mou|שלי|שלך|שלו|שלה|שלנו)(?![\p{L}])/iu.test(text.slice(end, end + 12));
}

/** A German noun after an ordinal that stands for the class ("in der dritten Person", "in der zweiten Runde"): not a school year. */
const ANOTHER_NOUN_AFTER = /^\s+(?!Klasse|Klassen|Stufe|Jahrgangsstufe)\p{Lu}\p{Ll}+/u;
function tableWords(field: ContentField): ContentEvidence[] {
  return [
    ...evidenceOfAll(field, field.triggers === undefined ? TABLE_ORDINAL_YEARS : presentIn(field.triggers, ORDINAL_YEARS_BY_FAMILY), "minor", "school-year", (match) =>
      notAPupilsYear(field.text, match.index, match.index + match[0].length) || ANOTHER_NOUN_AFTER.test(field.text.slice(match.index + match[0].length, match.index + match[0].length + 24)) ? null : 0.85,
    ),
    ...evidenceOfGroups(field, TABLE_WORD_GROUPS, "minor", "minor-word", (match) => wordForAChild(field.text, match)),
    ...evidenceOf(field, TABLE_UNSPACED_PATTERN, "minor", "minor-word", (match) => unspacedChildWord(field.text, match), UNSPACED),
  ];
}
