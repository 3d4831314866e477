/**
 * Self-disclosure beyond English: the phrases people use to give their name, nickname, age,
 * birthday, home and family in Spanish, Portuguese, French, German, Italian, Indonesian/Malay,
 * Tagalog and Russian, and the informal English forms ("everyone calls me jo", "Dana here",
 * "16 f", "17m", "im seventeen"). Each pattern captures only the part to redact; the caller
 * (self-disclosure) scores and filters them like its English patterns. Runs in a browser.
 */
import type { Candidate, DetectionContext, PiiType } from "../types.js";
import { COMMON_WORDS, MAJOR_PLACE_SET } from "../word-lists.js";
import { allMatches } from "../text-utils.js";
import { WORD_SURNAMES } from "../name-data.js";
import { escapeRegExp } from "../../../base/escape-regexp.js";

const join = (phrases: readonly string[]) => phrases.map((phrase) => escapeRegExp(phrase).replace(/'/g, "['’]?").replace(/ /g, "[ \\t]+")).join("|");

/** Phrases after which the next word is the speaker's name, in any letter case. */
const NAME_CUES = [
  "calls me", "everyone calls me", "everybody calls me", "people call me", "they call me", "my friends call me", "friends call me", "you can call me", "u can call me", "i go by", "i usually go by",
  "me llamo", "mi nombre es", "me dicen", "me llaman", "todos me dicen", "todos me llaman", "dime", "decime", "decíme", "puedes decirme", "me puedes decir",
  "me chamo", "eu me chamo", "meu nome é", "meu nome e", "me chamam de", "me chamam", "pode me chamar de", "podes me chamar de", "me chama de", "pode me chamar",
  "je m'appelle", "mon nom est", "mon nom c'est", "on m'appelle", "appelle-moi", "appelle moi", "appelez-moi", "moi c'est", "moi c", "j'm'appelle", "jm'appelle", "chu", "tu peux m'appeler", "vous pouvez m'appeler",
  "ich heiße", "ich heisse", "mein name ist", "nennt mich", "nenn mich", "man nennt mich", "alle nennen mich",
  "mi chiamo", "il mio nome è", "il mio nome e", "mi chiamano", "chiamami", "puoi chiamarmi", "chiamatemi",
  "nama saya", "nama aku", "namaku", "nama gue", "nama gw", "panggil aku", "panggil saya", "panggil gue", "panggil aja", "panggil saja", "biasa dipanggil",
  "ako si", "ako po si", "pangalan ko ay", "pangalan ko", "tawagin mo akong", "tawagin mo kong", "tawag mo sakin", "tawagin mo na lang akong", "tawagin mo na lang ako", "tawagin niyo akong", "tawagin nyo akong", "tawagin mo ako", "tawag sa akin ay",
  "меня зовут", "моё имя", "мое имя", "зовите меня", "можешь звать меня", "называй меня", "зовут меня", "называют меня", "меня называют", "зови меня",
];
/** Phrases after which a capitalised word that no dictionary knows is the speaker's name. */
const WEAK_NAME_CUES = ["soy", "sou", "eu sou", "je suis", "ich bin", "i bin", "sono", "io sono", "saya", "aku", "gue", "ako", "я"];
const NAME = "([\\p{L}][\\p{L}'’-]+)(?:[ \\t]+([\\p{Lu}][\\p{L}'’-]+))?";
/** Whether a word starts with a capital letter (the patterns match case-insensitively). */
const capitalised = (word: string) => word[0] !== word[0].toLowerCase();
/** The leading capitalised words of a phrase ("Cádiz jaja" → "Cádiz"), without trailing marks. */
function capitalisedRun(phrase: string): string {
  const words = phrase.split(/[ \t]+/);
  let end = 0;
  // A sentence's end closes the place ("Sevilla. Sorry").
  while (end < words.length && capitalised(words[end])) if (/[.!?,;:]$/.test(words[end++])) break;
  return words.slice(0, end).join(" ").replace(/[.'’]+$/, "");
}
/** A cue around the name: "du kannst mich Jojo nennen", "ihr könnt mich Lu nennen". */
const NAME_BETWEEN = /(?<![\p{L}])(?:(?:kannst|könnt|koennt|dürft|darfst)[ \t]+mich[ \t]+([\p{L}][\p{L}'’-]+)[ \t]+nennen|меня[ \t]+([\p{Lu}][\p{L}-]+)[ \t]+зовут|(?:pero|tapos)[ \t]+([\p{Lu}][\p{L}'’-]+)[ \t]+na[ \t]+lang|([\p{Lu}][\p{L}'’-]+)[ \t]+na[ \t]+lang[ \t]+(?:itawag|tawag|ang[ \t]+itawag))/gud;
const NAME_PHRASE = new RegExp(`(?<![\\p{L}])(?:${join(NAME_CUES)})[ \\t,:-]+${NAME}`, "giud");
/** "soy la Vale", "sou a Bia", "ich bin der Jonas", "sono la Giuli": informal articles before a name. */
const NAME_ARTICLE = "(?:(?:el|la|o|a|der|die|le|il|lo)[ \\t]+)?";
const WEAK_NAME_PHRASE = new RegExp(`(?<![\\p{L}])(?:${join(WEAK_NAME_CUES)})[ \\t]+${NAME_ARTICLE}([\\p{Lu}][\\p{L}'’-]+(?:[ \\t]+[\\p{Lu}][\\p{L}'’-]+)?)(?=[ \\t]*(?:[,.!;)]|$|[ \\t](?:y|e|et|und|dan|at|и|de|da|di|aus|dari|taga|from|btw)\\b))`, "gmud");
/** "Dana here", "(Deborah Hill here)": a name at the start of a turn or a bracket, then "here". */
const HERE_PHRASE = /(?:^|[([][ \t]*)([\p{Lu}][\p{L}'’-]+)(?:[ \t]+([\p{Lu}][\p{L}'’-]+))?[ \t]+here\b/gmud;

const NUMBER_WORD = "[\\p{L}-]{3,20}";
/** Ages 10 to 20 in words, in the languages above: the ages a form never asks and a chat gives. */
const AGE_WORDS = [
  "diez|once|doce|trece|catorce|quince|dieci(?:séis|seis|siete|ocho|nueve)|veinte",
  "dez|onze|doze|treze|catorze|quatorze|quinze|deze(?:sseis|ssete|nove)|deza(?:sseis|ssete|nove)|dezoito|vinte",
  "dix|douze|treize|seize|dix-sept|dix-huit|dix-neuf|vingt",
  "zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig",
  "dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti",
  "sepuluh|sebelas|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)[ \\t]+belas|dua[ \\t]+puluh",
  "sampu|labing-isa|labindalawa|labintatlo|labing-apat|labinlima|labing-anim|labimpito|labingwalo|labinsiyam|dalawampu",
  "десять|одиннадцать|двенадцать|тринадцать|четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|двадцать",
].join("|");

/** An age, with its unit where the language has one: "tengo 17 años", "j'ai seize ans", "мне 16 лет". */
const AGE_PHRASES = [
  `(?:tengo|cumplo|cumplí)[ \\t]+((?:\\d{1,2}|${NUMBER_WORD})[ \\t]+años)`,
  `(?:tenho|faço|fiz)[ \\t]+((?:\\d{1,2}|${NUMBER_WORD})[ \\t]+anos)`,
  `(?:j['’]ai|jai)[ \\t]+((?:\\d{1,2}|${NUMBER_WORD})[ \\t]+ans)`,
  `(?:ich[ \\t]+bin|bin|werde)[ \\t]+((?:\\d{1,2}|${NUMBER_WORD})[ \\t]+jahre(?:[ \\t]+alt)?|\\d{1,2}(?=[ \\t]*[.,!)]|[ \\t]+(?:und|aus|jahre)))`,
  `(?:ho|compio)[ \\t]+((?:\\d{1,2}|${NUMBER_WORD})[ \\t]+anni)`,
  `(?:umur|umurku|usia|usiaku|umur[ \\t]+(?:aku|saya|gue))[ \\t]+(\\d{1,2}(?:[ \\t]*(?:tahun|thn|th))?)`,
  `(\\d{1,2}[ \\t]+(?:taong[ \\t]+gulang|taon[ \\t]+na))`,
  `(?:мне)[ \\t]+((?:\\d{1,2}|${NUMBER_WORD})[ \\t]+(?:лет|год|года))`,
  `(?:мне|мне уже)[ \\t]+(\\d{1,2})(?![\\p{N}])(?=[ \\t]*(?:[,.!?;)]|$|и[ \\t]))`,
  `(\\d{1,2})[ \\t]+na[ \\t]+(?:po[ \\t]+)?ako(?![\\p{L}])`,
  `(?:tengo|tenho|j['’]ai|jai|ho|bin|мне)[ \\t]+(${AGE_WORDS})(?![\\p{L}])(?=[ \\t]*(?:[,.!?;)]|$|\\p{Extended_Pictographic}|(?:y|e|et|und|and|jaja|kkk|mdr|lol|haha)(?![\\p{L}])))`,
  `(?:tengo|tenho|j['’]ai|jai|ho)[ \\t]+(\\d{1,2})(?![\\p{N}])(?=[ \\t]*(?:[,.!?;)]|$|(?:y|e|et|and|jaja|kkk|mdr|lol|haha)(?![\\p{L}])))`,
];
/**
 * An age as a number and its unit with no verb ("15 años", "ya 16 anos", "Шестнадцать годков"),
 * but not a span of time ("hace 15 años", "il y a 15 ans", "15 anni fa", "15 tahun lalu").
 */
const BARE_AGE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!(?:hace|há|faz|y a|vor|sejak|после|через|since|for)[ \\t]+)((?:\\d{1,2}|${AGE_WORDS})[ \\t]+(?:años|anos|ans|jahre|anni|tahun|thn|taon|лет|года?|годков|годиков))(?![\\p{L}])(?![ \\t]+(?:fa|lalu|atrás|atras|ago|назад|depois|después|despues|plus tard|später|dopo|later|de casad[oa]s?|de experiencia|de experiência|d['’]expérience|na ang nakalipas|yang lalu))`,
  "giud",
);
const AGE_PHRASE = new RegExp(`(?<![\\p{L}])(?:${AGE_PHRASES.join("|")})`, "giud");
/** "16 f from leeds", "17m", "(f19)": an age with a sex letter, as people introduce themselves online. */
const AGE_SEX = /(?:^|[\s(,/|])((?:1[0-9]|[2-7][0-9])(?:[ \t]?[fF]|[mM])|[mfMF][ \t]?(?:1[0-9]|[2-7][0-9]))(?![\p{L}\p{N}])(?=[ \t]*(?:[,.;!)/|]|$|\b(?:from|here|lol|btw|and|irl|but|if|so)\b))/gmud;
/**
 * English ages in the shapes forms and chat give them: "a 65-year-old", "aged about 39", "Age: 41",
 * "my son is 14 and …", "you're 80 already", and "Name Surname, 45, City".
 */
const NOT_A_UNIT = "(?![\\d.,:]?\\d)(?![ \\t]*(?:%|percent|dollars|bucks|\\$|€|£|min|mins|minutes|hours?|hrs?|days?|weeks?|months?|miles?|km|kg|lbs?|pounds|feet|ft|cm|times|points|pts|am|pm|:\\d))";
const ENGLISH_AGE_SHAPES = new RegExp(
  [
    "(?<![\\p{L}\\p{N}])(\\d{1,2})-(?:years?-old|yrs?-old|yo)(?![\\p{L}])",
    `(?<![\\p{L}])(?:[Aa]ged|[Aa]ge|AGE)[ \\t]*[:=]?[ \\t]*(?:about|around|approximately|approx\\.?|roughly|nearly|almost)?[ \\t]*(\\d{1,2})${NOT_A_UNIT}`,
    `(?<![\\p{L}])(?:son|daughter|brother|sister|kid|child|baby|boy|girl|mom|mum|dad|wife|husband|friend|grandma|grandpa|nephew|niece|cousin|he|she|you|i)(?:[ \\t]+(?:is|was|turns|turned|just[ \\t]+turned)|['’]s|['’]re|[ \\t]+are|['’]m|[ \\t]+am)[ \\t]+(?:only[ \\t]+|almost[ \\t]+|nearly[ \\t]+)?(\\d{1,2})${NOT_A_UNIT}(?=[ \\t]*(?:[,.!?;)]|$|and\\b|already\\b|now\\b|years?\\b|yrs?\\b|this\\b|next\\b|today\\b|tomorrow\\b|but\\b))`,
    "(?<![\\p{L}])[\\p{Lu}][\\p{L}'’-]+[ \\t]+[\\p{Lu}][\\p{L}'’-]+,[ \\t]*(\\d{1,2}),[ \\t]*[\\p{Lu}]",
    // News and records: "Dana Whitfield (34)", "Whitfield, 34, of Leeds", "at the age of 34", "34 years of age", "Maria is 34.".
    "(?<![\\p{L}])[\\p{Lu}][\\p{L}'’-]+[ \\t]+[\\p{Lu}][\\p{L}'’-]+[ \\t]*\\((\\d{1,2})\\)",
    "(?<![\\p{L}])[\\p{Lu}][\\p{L}'’-]+,[ \\t]*(\\d{1,2}),[ \\t]*(?:of|from|who|a|an|the)[ \\t]",
    "(?<![\\p{L}])(?:[Aa]t[ \\t]+)?(?:the[ \\t]+)?age[ \\t]+of[ \\t]+(\\d{1,2})(?![\\p{N}])",
    "(?<![\\p{L}\\p{N}])(\\d{1,2})[ \\t]+years?[ \\t]+of[ \\t]+age",
  ].join("|"),
  "gmud",
);
/** "Priya is 29.": a first name a list knows (checked by the caller), then its age. */
const NAME_IS_AGE = new RegExp(`(?<![\\p{L}])([\\p{Lu}][\\p{L}'’-]+)[ \\t]+(?:is|was|turned|turns|will be)[ \\t]+(\\d{1,2})${NOT_A_UNIT}(?=[ \\t]*(?:[,.!?;)]|$|and\\b|years?\\b|yrs?\\b|this\\b|next\\b|today\\b|now\\b))`, "gmud");
const ENGLISH_AGES = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|forty|fifty";
const ENGLISH_AGE_WORDS = new RegExp(`(?<![\\p{L}])(?:(?:i'?m|i’m|im|i am|turning|turned|just turned)[ \\t]+(?:only[ \\t]+)?(${ENGLISH_AGES})(?![\\p{L}])(?![ \\t]+(?:minutes|hours|days|weeks|months|times|percent))|(${ENGLISH_AGES})[ \\t]+(?:years?[ \\t]+old|yrs?[ \\t]+old|yo)(?![\\p{L}]))`, "giud");

const MONTHS = [
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre",
  "janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro",
  "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre",
  "januar|februar|märz|maerz|juni|juli|oktober|dezember",
  "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre",
  "januari|februari|maret|mei|juni|juli|agustus|oktober|desember",
  "pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre",
  "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
].join("|");
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th|er|º|°|\\.)?(?:[ \\t]+(?:de|of))?[ \\t]+(?:${MONTHS})(?:[ \\t,]+\\d{4})?|(?:${MONTHS})[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?:,?[ \\t]+\\d{4})?|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)(?![\\p{L}\\p{N}])`;
const BIRTHDAY_CUES = "birthday|bday|b-day|born on|nací|naci|nasci|je suis née?|suis née?|geboren|sono nat[oa]|nata il|nato il|lahir|ipinanganak|родил(?:ся|ась)|cumpleaños|cumple|aniversário|aniversario|anniv|anniversaire|geburtstag|compleanno|ultah|ulang tahun|kaarawan|день рождения|днюха|др";
const BIRTHDAY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${BIRTHDAY_CUES})(?![\\p{L}])[^.!\\n]{0,40}?(${DATE})`, "giud");
/** Turning an age on a date: "va avoir 8 ans le 9 novembre", "ne faccio sedici il 2 febbraio", "turning 15 on 7/21". */
const TURNING_ON = new RegExp(`(?<![\\p{L}])(?:va avoir|vais avoir|cumple|cumplo|cumplirá|faz|faço|fará|ne faccio|compie|compio|wird|werde|turns|turning|turn|genap|mag-?\\d{1,2})[^.!?\\n]{0,25}?(?:le|el|il|am|on|no|em|tanggal|sa)[ \\t]+(${DATE})`, "giud");
const BIRTHDAY_AFTER = new RegExp(`(${DATE})[^.!?\\n]{0,15}?(?<![\\p{L}])(?:${BIRTHDAY_CUES})(?![\\p{L}])`, "giud");

/** Family and friends, then their name: "mi hermano Leo", "adikku namanya Putri", "kuya ko si Migs". */
const RELATIVE_CUES = [
  "mi hermanito", "mi hermanita", "mi hermano", "mi hermana", "mi mamá", "mi mama", "mi papá", "mi papa", "mi madre", "mi padre", "mi amigo", "mi amiga", "mi novio", "mi novia", "mi primo", "mi prima", "mi mejor amigo", "mi mejor amiga",
  "meu irmãozinho", "minha irmãzinha", "meu irmão", "meu irmao", "minha irmã", "minha irma", "minha mãe", "meu pai", "meu amigo", "minha amiga", "meu namorado", "minha namorada", "meu primo", "minha prima",
  "mon petit frère", "ma petite sœur", "ma petite soeur", "mon grand frère", "ma grande sœur", "mon frère", "mon frere", "ma sœur", "ma soeur", "ma mère", "mon père", "mon pote", "mon ami", "mon amie", "ma copine", "mon copain", "mon cousin", "ma cousine", "ma meilleure amie", "mon meilleur ami",
  "meine oma", "mein opa", "meine mama", "mein papa", "meine tante", "mein onkel", "mein kleiner bruder", "meine kleine schwester", "mein großer bruder", "meine große schwester", "mein bruder", "meine schwester", "meine mutter", "mein vater", "mein freund", "meine freundin", "mein kumpel", "meine cousine", "mein cousin", "meine beste freundin", "mein bester freund",
  "mia mamma", "mio papà", "mio papa", "mio babbo", "mia nonna", "mio nonno", "mia zia", "mio zio", "col cugino", "mio cugino", "il mio fratellino", "la mia sorellina", "mio fratellino", "mia sorellina", "mio fratello", "mia sorella", "mia madre", "mio padre", "il mio amico", "la mia amica", "mio cugino", "mia cugina", "il mio ragazzo", "la mia ragazza",
  "adekku", "adek aku", "adek gue", "kakak gue", "adikku", "adik aku", "adik saya", "adik gue", "kakakku", "kakak aku", "kakak saya", "abangku", "abang aku", "temanku", "teman aku", "sahabatku", "pacarku", "mamaku", "ibuku", "ayahku",
  "kapatid ko", "ate ko", "kuya ko", "sa kuya", "sa ate", "si kuya", "si ate", "nanay ko", "tatay ko", "kaibigan ko", "pinsan ko", "bunso ko", "bestfriend ko",
  "бабушке", "бабушка", "бабуле", "дедушке", "дедушка", "маме", "папе", "мой младший брат", "моя младшая сестра", "мой старший брат", "моя старшая сестра", "мой парень", "моя девушка", "мой брат", "моя сестра", "моя мама", "мой папа", "мой друг", "моя подруга",
];
const RELATIVE_PHRASE = new RegExp(`(?<![\\p{L}])(?:${join(RELATIVE_CUES)})(?:[ \\t]+(?:se llama|chamado|chamada|qui s['’]appelle|heißt|heisst|si chiama|namanya|bernama|si|по имени|зовут))?[ \\t,:]+([\\p{Lu}][\\p{L}'’-]+|(?<=[ \\t]si[ \\t]+)[\\p{L}][\\p{L}'’-]+)`, "giud");

/** Home phrases whose next capitalised words are the place; the weak ones need a place a list knows. */
const HOME_CUES = ["eu sou de", "bin aus", "ich bin aus", "wohn in", "sto a", "abito vicino a", "aku asli", "asli", "aku orang", "rumahku di", "rumah aku di", "rumah saya di", "rumah gue di", "dito ako sa", "родом из", "я родом из", "vivo en", "vivo cerca de", "soy de", "soy originario de", "soy originaria de", "sou de", "moro em", "moro no", "moro na", "vivo em", "j'habite à", "j'habite a", "jhabite a", "j'habite en", "j'habite près de", "je viens de", "je vis à", "chu de", "ich wohne in", "wohne in", "ich komme aus", "komme aus", "ich lebe in", "sono di", "vivo a", "abito a", "abito in", "vengo da", "tinggal di", "aku tinggal di", "saya tinggal di", "asalku dari", "asal dari", "taga", "nakatira sa", "nakatira ako sa", "galing sa", "я из", "живу в", "я живу в"];
const WEAK_HOME_CUES = ["aus", "dari", "de", "di", "da", "from", "in"];
const PLACE = "([\\p{Lu}][\\p{L}'’.-]+(?:[ \\t]+[\\p{Lu}][\\p{L}'’.-]+){0,2})";
const HOME_PHRASE = new RegExp(`(?<![\\p{L}])(?:${join(HOME_CUES)})[ \\t]+${PLACE}`, "giud");
const WEAK_HOME_PHRASE = new RegExp(`(?<![\\p{L}])(?:${join(WEAK_HOME_CUES)})[ \\t]+${PLACE}`, "gud");


/** Words that are never a name after a cue ("me llamo la atención", "ich bin müde"). */
const NOT_A_NAME = new Set(["la", "el", "le", "les", "der", "die", "das", "un", "una", "uno", "ein", "eine", "il", "lo", "si", "ya", "yang", "itu", "ini", "na", "ng", "po", "sa", "ang", "не", "the", "a", "an", "not", "so", "just", "like"]);

/**
 * Each pattern with a cheap test of what a text must hold for it to match at all: most turns hold
 * none, and the tests (plain alternations, no Unicode classes but where needed) cost far less
 * than the patterns.
 */
const GATES = {
  name: /call|go by|llam|nombre|dicen|\bdime\b|decime|decíme|decirme|decir\b|\bchu\b|moi c|na lang|зовут|cham|nome|appel|nom |moi c|hei(?:ß|ss)e|name|nenn|chiam|nama|panggil|dipanggil|ako si|ako po|pangalan|tawag|зов|называ|имя/i,
  weakName: /(?:soy|sou|suis|bin|sono|saya|aku|gue|ako|я)[ \t]+(?:(?:el|la|o|a|der|die|le|il|lo)[ \t]+)?\p{Lu}/u,
  here: /[ \t]here\b/,
  age: /años|anos|ans\b|jahre|anni|umur|usia|tahun|thn|taon|лет|год|мне|\d[ \t]+na[ \t]|\b(?:bin|werde|tengo|tenho|j['’]?ai|ho)[ \t]+(?:\d|[a-zäöüéèçñ]{3,})/i,
  ageSex: /\d[ \t]?[mfMF]\b|\b[mfMF][ \t]?\d/,
  ageWords: /teen\b|twent|thirt|forty|fifty|\bten\b|eleven|twelve/i,
  ageShapes: /\d-y|\bage|(?:is|was|turn\w*|['’](?:s|re|m)|are|am|will be)[ \t]+(?:only[ \t]+|almost[ \t]+|nearly[ \t]+)?\d|, ?\d\d?, ?[A-Za-z]|\(\d\d?\)/i,
  birthday: /va avoir|vais avoir|cumpl|faço|fará|faccio|compi|wird|werde|turn|genap|birth|b-?day|born|cumple|aniv|anniv|geburt|geboren|compleanno|ultah|ulang|kaarawan|nac[ií]|nasci|née?\b|nat[oa]\b|lahir|ipinanganak|родил|рожд|днюх|др/i,
  relative: /бабуш|бабул|дедуш|маме|папе|\bcol cugino|\bsa (?:kuya|ate)|\bsi (?:kuya|ate)|\b(?:mi|meu|minha|mon|ma|mein|meine|mio|mia|il mio|la mia|kapatid|ate|kuya|nanay|tatay|kaibigan|pinsan|bunso|bestfriend)[ \t]|adik|adek|kakak|abang|teman|sahabat|pacar|mamaku|ibuku|ayahku|мой|моя/i,
  home: /vivo|soy de|sou de|moro|habite|viens|vis à|chu de|wohne?\b|komme|lebe|bin aus|sono di|sto a|abito|vengo|tinggal|asal|asli|orang|rumah|taga|nakatira|galing|dito ako|из|живу/i,
  weakHome: /(?:aus|dari|de|di|da)[ \t]+\p{Lu}/u,
};
/** All the gates but the cheap ones in one pass: a turn that fails it is done with ("here" and digits aside). */
const ANY_GATE = new RegExp(
  [GATES.name, GATES.age, GATES.ageWords, GATES.birthday, GATES.relative, GATES.home].map((gate) => gate.source).join("|") + "|(?:soy|sou|suis|bin|sono|saya|aku|gue|ako|я|aus|dari|de|di|da)[ \\t]",
  "i",
);

const DIGIT = /\d/;

/** Candidates from the phrases above in one human turn. */
export function detectDisclosurePhrases(text: string, context: DetectionContext): Candidate[] {
  const found: Candidate[] = [];
  const cued = ANY_GATE.test(text);
  // Cheap gates of their own: "here", digits beside an age's words.
  const ownGate = (gate: RegExp) => gate === GATES.here || gate === GATES.ageSex || gate === GATES.ageShapes;
  // Age shapes, ages with a sex letter and dates all need a digit; most turns hold none.
  const hasDigit = DIGIT.test(text);
  const needsDigit = (gate: RegExp) => gate === GATES.ageShapes || gate === GATES.ageSex || gate === GATES.birthday;
  const matches = (gate: RegExp, pattern: RegExp) => ((ownGate(gate) || cued) && (hasDigit || !needsDigit(gate)) && gate.test(text) ? allMatches(pattern, text) : []);
  const add = (start: number, value: string, type: PiiType, score: number, rule: string) => {
    if (value.length > 0) found.push({ start, end: start + value.length, type, score, rule });
  };
  const at = (match: RegExpExecArray, group: number) => (match as RegExpExecArray & { indices: [number, number][] }).indices[group]?.[0] ?? -1;
  const isStory = (value: string) => context.allowNames.has(value.toLowerCase());
  const isPlainWord = (value: string) => {
    const lower = value.toLowerCase();
    return COMMON_WORDS.has(lower) || NOT_A_NAME.has(lower);
  };
  // A second capitalised word after a name is its surname, also when English knows it ("Hill").
  const isSurname = (value: string | undefined) => value !== undefined && capitalised(value) && !isStory(value) && (!isPlainWord(value) || WORD_SURNAMES.has(value.toLowerCase()));

  for (const match of matches(GATES.name, NAME_PHRASE)) {
    const [first, second] = [match[1], match[2]];
    if (isStory(first) || isPlainWord(first)) continue;
    // An English cue takes an English word only when some list knows it as a name ("i go by drew").
    if (/^(?:every|people|they|my|friends|you|u |i |calls)/i.test(match[0]) && context.dictionary.has(first.toLowerCase()) && !context.names.first.has(first.toLowerCase())) continue;
    const withSurname = isSurname(second);
    add(at(match, 1), withSurname ? text.slice(at(match, 1), at(match, 2) + second.length) : first, "USER", 0.9, "disclosure/name");
  }
  for (const match of matches(GATES.name, NAME_BETWEEN)) {
    const group = [1, 2, 3, 4].find((k) => match[k] !== undefined)!;
    if (!isStory(match[group]) && !isPlainWord(match[group])) add(at(match, group), match[group], "USER", 0.85, "disclosure/name");
  }
  for (const match of matches(GATES.weakName, WEAK_NAME_PHRASE)) {
    const name = match[1];
    const lower = name.toLowerCase();
    if (isStory(name) || isPlainWord(name) || (context.dictionary.has(lower) && !context.names.first.has(lower))) continue;
    add(at(match, 1), name, "USER", 0.7, "disclosure/name");
  }
  for (const match of matches(GATES.here, HERE_PHRASE)) {
    const [first, second] = [match[1], match[2]];
    const lower = first.toLowerCase();
    const listed = context.names.first.has(lower);
    if (isStory(first) || isPlainWord(first) || (!listed && context.dictionary.has(lower))) continue;
    add(at(match, 1), isSurname(second) ? text.slice(at(match, 1), at(match, 2) + second.length) : first, "USER", listed ? 0.8 : 0.6, "disclosure/name-here");
  }
  for (const [gate, pattern] of [[GATES.age, AGE_PHRASE], [GATES.ageSex, AGE_SEX], [GATES.ageWords, ENGLISH_AGE_WORDS], [GATES.ageShapes, ENGLISH_AGE_SHAPES]] as const) {
    for (const match of matches(gate, pattern)) {
      const group = match.findIndex((value, i) => i > 0 && value !== undefined);
      if (group > 0) add(at(match, group), match[group], "AGE", 0.75, "disclosure/age");
    }
  }
  for (const match of matches(GATES.age, BARE_AGE)) add(at(match, 1), match[1], "AGE", 0.6, "disclosure/age");
  for (const match of matches(GATES.ageShapes, NAME_IS_AGE)) {
    if (context.names.first.has(match[1].toLowerCase())) add(at(match, 2), match[2], "AGE", 0.75, "disclosure/age");
  }
  for (const pattern of [BIRTHDAY_BEFORE, BIRTHDAY_AFTER, TURNING_ON]) {
    for (const match of matches(GATES.birthday, pattern)) add(at(match, 1), match[1], "DATE", 0.8, "disclosure/birthday");
  }
  for (const match of matches(GATES.relative, RELATIVE_PHRASE)) {
    const name = match[1];
    // "mi hermano Leo": capitalised, unless "si" (Tagalog's name marker) says it is a name.
    if (isStory(name) || isPlainWord(name) || (!capitalised(name) && !/si[ \t]+$/i.test(match[0].slice(0, -name.length)))) continue;
    add(at(match, 1), name, "PERSON", 0.75, "disclosure/relative");
  }
  for (const match of matches(GATES.home, HOME_PHRASE)) {
    const place = capitalisedRun(match[1]);
    if (place && !isStory(place) && !isPlainWord(place)) add(at(match, 1), place, "LOCATION", 0.75, "disclosure/home");
  }
  // "soy Mateo, de Sevilla": after the person said who they are, "de/aus/dari X" is where they are
  // from even when no list knows X; alone it needs a place a list knows.
  const introduced = found.some((candidate) => candidate.type === "USER" || candidate.type === "AGE");
  for (const match of matches(GATES.weakHome, WEAK_HOME_PHRASE)) {
    const place = capitalisedRun(match[1]);
    const lower = place.toLowerCase();
    if (isStory(place)) continue;
    if (MAJOR_PLACE_SET.has(lower) || context.names.places.has(lower)) add(at(match, 1), place, "LOCATION", 0.65, "disclosure/home");
    else if (introduced && !isPlainWord(place) && !context.dictionary.has(lower.split(" ")[0])) add(at(match, 1), place, "LOCATION", 0.6, "disclosure/home-after-introduction");
  }
  return found;
}
