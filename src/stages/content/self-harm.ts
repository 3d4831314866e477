/**
 * `self-harm`: someone saying they hurt themselves, or mean to end their life. Idioms ("this
 * homework is killing me", "i'm dead lol") name no act on oneself and are not matched.
 */
import { evidenceOf, evidenceOfAll, gated, pairs, substringsPattern, wordsPattern, type GatedPattern } from "./match-all.js";
import { triggerFamily, UNSPACED } from "./triggers.js";
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
  // A gun, a blade or the sword's ritual ("put a bullet in my head", "eating my gun", "seppuku" and its second, the kaishakunin).
  "shoot myself", "shooting myself", "put a bullet in my head", "a bullet in my head", "blow my brains out", "eat my gun", "eating my gun", "fall on my blade", "fall upon my blade",
  "seppuku", "harakiri", "hara-kiri", "kaishakunin",
  // Hurting oneself told plainly: "punch my own legs", "burns herself with a lighter", Indonesian "nyilet", Russian "режу руки", Romanian "mă tai pe încheieturi".
  "punch my own legs", "punching my own legs", "punch my own arms", "hit myself until", "burns herself with a lighter", "burn myself with a lighter", "burning myself with",
  "nyilet", "nyilet tangan", "menyilet", "menyayat tangan", "режу руки", "режу вены", "резала руки", "порезала руки", "режу запястья", "mă tai pe încheieturi", "mă tai pe mâini",
  // The word for suicide, and taking one's life, in more languages.
  "mettre fin à mes jours", "mettre fin à ses jours", "mettre fin à tes jours", "mettre fin à vos jours", "ta livet av mig", "ta mitt liv", "självmord", "selvmord", "itsemurha",
  "samobójstwo", "zabiję się", "zabije sie", "sebevražda", "zabiju se", "öngyilkos", "sinucidere", "să mă sinucid", "αυτοκτονία", "να αυτοκτονήσω", "انتحار", "أنتحر", "انتحر", "आत्महत्या", "khudkushi",
  // Not wanting to live, cutting and burning oneself, taking one's life, in the languages a collection holds.
  "don't want to be alive", "dont want to be alive", "do not want to be alive", "fall on my sword", "fall upon my sword",
  "уйти из жизни", "устал жить", "устала жить", "не хочу жить", "покончу с собой", "режу руку", "режу себе", "порезала себя", "порезал себя", "наглотаться таблеток",
  "się tnę", "tnę się", "pocięłam się", "pociąłem się", "nie chcę żyć", "naglaslas", "maglaslas", "ayoko nang mabuhay", "gusto ko na lang mawala",
  "नींद की गोलियाँ", "सब ख़त्म कर दूँ", "सब खत्म कर दूँ", "जीना नहीं चाहता", "जीना नहीं चाहती", "मरना चाहता", "मरना चाहती", "ख़ुदकुशी", "खुदकुशी",
  "ছাদ থেকে লাফ", "আত্মহত্যা", "মরে যেতে চাই", "বাঁচতে চাই না",
  "pálila ruku", "pálím se", "řežu se", "pořezala jsem se", "pořezal jsem se", "nechci žít", "zabít se", "ublížit si",
  "vuelto a cortar", "volví a cortarme", "me cortei", "me cortando", "não quero mais viver", "automutilação", "je me scarifie", "je me coupe", "en finir avec la vie", "mi taglio", "voglio morire", "non voglio più vivere",
  "snijd mezelf", "mezelf snijden", "zelfbeschadiging", "niet meer leven", "mir das leben nehmen", "will nicht mehr leben",
  "skærer mig", "skar mig", "skade mig selv", "selvskade", "jeg vil ikke leve", "skär mig", "skadar mig själv", "självskada", "vill inte leva", "kutter meg", "skader meg selv", "selvskading", "vil ikke leve",
  "viillän itseäni", "viiltelen", "viiltely", "haluan kuolla", "en halua elää", "vagdosom magam", "megvágtam magam", "önsértés", "meg akarok halni", "nem akarok élni",
  "κόβω τον εαυτό μου", "θέλω να πεθάνω", "δεν θέλω να ζω", "vreau să mor", "nu mai vreau să trăiesc", "autovătămare",
  "režem se", "porezala sam se", "porezao sam se", "samoozljeđivanje", "želim umrijeti", "ne želim živjeti", "ubit ću se", "samoubojstvo", "samoubistvo", "самоубиство",
  "לחתוך את עצמי", "חותכת את עצמי", "חותך את עצמי", "להתאבד", "התאבדות", "רוצה למות", "פגיעה עצמית", "خودکشی", "رگمو زدم", "میخوام بمیرم", "خودزنی",
  "kujiua", "nataka kufa", "kujidhuru", "kujikata", "kendimi kesiyorum", "kollarımı kestim", "rạch tay", "tự làm đau", "أؤذي نفسي", "جرحت نفسي", "بدي موت", "عايز اموت", "نفسي اموت",
];

/** The same in scripts written without spaces: "死にたい", "自殺", "자해", "손목을 그어", "ฆ่าตัวตาย". */
const UNSPACED_SELF_HARM = ["消えたい", "リストカット", "飛び降り", "不想活", "跳楼", "安眠药", "죽고 싶", "죽고싶", "뛰어내리면", "กรีดแขน", "กรีดข้อมือ", "死にたい", "自殺", "自杀", "自残", "自殘", "割腕", "リスカ", "自傷", "電車に飛び込", "想死", "자살", "자해", "손목을 그", "팔을 그", "ฆ่าตัวตาย", "อยากตาย", "ทำร้ายตัวเอง"];

/**
 * Signs that need another beside them (0.45 each): thoughts of not being there ("better off without me", "a goodbye note",
 * "no despertarme más"), and the answer a disclosure gets, a crisis line or "are you safe right now?".
 */
const IDEATION_WORDS = [
  "better off without me", "better off dead", "want to be here anymore", "wanna be here anymore", "goodbye note", "goodbye letter", "farewell letter", "farewell letters",
  "no despertarme más", "no despertarme mas", "no despertar más", "mejor me muero", "mieux sans moi", "besser ohne mich", "лучше без меня", "легче без меня", "не проснуться",
];
const CRISIS_WORDS = [
  "crisis line", "crisis hotline", "crisis text line", "suicide hotline", "suicide prevention", "lifeline", "samaritans", "are you safe right now", "are you safe now", "helpline",
  "línea de ayuda", "linha de apoio", "линию помощи", "линия помощи", "телефон доверия",
  "estás a salvo", "estas a salvo", "línea de prevención", "êtes-vous en danger", "в безопасности", "i säkerhet", "självmordslinjen", "telefonul copilului", "telefon zaufania",
];
const CALL_988 = /(?<![\p{L}\p{N}])(?:call|text|dial)\s+(?:or\s+text\s+)?988(?![\p{N}])/giu;
const UNSPACED_CRISIS = ["いのちの電話", "생명의전화", "생명의 전화"];
const SELF_HARM = wordsPattern(SELF_HARM_WORDS);
const UNSPACED_HARM = substringsPattern(UNSPACED_SELF_HARM);
const IDEATION = wordsPattern(IDEATION_WORDS);
const IDEATION_FAMILY = triggerFamily(IDEATION_WORDS);
const CRISIS = wordsPattern(CRISIS_WORDS);
const CRISIS_FAMILY = triggerFamily([...CRISIS_WORDS, "988"]);
const UNSPACED_CRISIS_LINES = substringsPattern(UNSPACED_CRISIS);

/**
 * Idioms that use the same words: "I want to die of embarrassment", Vietnamese "nóng muốn chết" (so hot I could die), where
 * "muốn chết" follows an adjective instead of the person.
 */
const IDIOM_AFTER = /^\s*(?:of|from)\s+(?:embarrassment|shame|laughter|boredom|cringe|cuteness|jealousy)|^\s*laughing/iu;
const IDIOM_BEFORE: Readonly<Record<string, RegExp>> = { "muốn chết": /(?<![\p{L}])(?:tôi|em|anh|mình|tao|con|chị|tớ)\s+(?:thật\s+sự\s+|thực\s+sự\s+|chỉ\s+|rất\s+)?$/iu };

/** Someone else doing it: Portuguese "minha mãe vai me matar", Spanish "me va a matar" (my mother will kill me). */
const SOMEONE_ELSE_BEFORE = /(?<![\p{L}])(?:vai|vão|vais|ia|iam|va\s+a|van\s+a|iba\s+a)\s+$/iu;

function idiom(text: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  const before = IDIOM_BEFORE[match[0].toLowerCase()];
  const preceding = text.slice(Math.max(0, match.index - 25), match.index);
  if (/^me\s+matar$|^matarme$/i.test(match[0]) && SOMEONE_ELSE_BEFORE.test(preceding)) return true;
  return IDIOM_AFTER.test(text.slice(end, end + 30)) || (before !== undefined && !before.test(preceding));
}

const INTEND = ["want", "wants", "wanted", "wanting", "planning", "plan", "plans", "planned", "going", "gonna", "trying", "tried", "try", "mean", "means", "meant", "intend", "intends"];
const OWN = ["my", "his", "her", "their", "your"];
const CUT = ["cut", "cuts", "cutting", "cutted", "slice", "slicing", "sliced", "burn", "burning", "burned", "scratch", "scratched", "scratching", "carve", "carved", "carving"];
const BODY = ["arm", "arms", "wrist", "wrists", "thigh", "thighs", "leg", "legs", "skin", "forearm", "forearms", "stomach", "hips", "hip"];
const KEEP = ["been", "started", "start", "keep", "kept", "stopped", "stop", "back"];
const BLADE = ["blade", "razor", "knife", "shard"];
const SWALLOW = ["swallowed", "took", "taken", "taking", "downed"];
const PILLS = ["pills", "tablets", "painkillers", "paracetamol", "tylenol", "acetaminophen", "ibuprofen", "codeine", "aspirin", "meds"];
const HOARD = ["saving", "saved", "stockpiling", "stockpiled", "hoarding", "hoarded", "collecting", "collected"];
const GUN = ["gun", "pistol", "revolver", "barrel", "rifle", "shotgun"];
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
  // "sometimes i cut", "i cut on my thigh", "i still cut" (not "I cut the bread").
  gated(`(?:i|she|he)\\s+(?:still\\s+|sometimes\\s+|started\\s+to\\s+|used\\s+to\\s+)?cut(?=\\s*[.,!;]|\\s*$|\\s+on\\s+(?:my|her|his)\\s)`, pairs(["i", "she", "he"], ["cut"])),
  gated(`(?:burn|burns|burned|burnt|burning)\\s+(?:myself|herself|himself)\\s+(?:with\\s+(?:a\\s+)?(?:lighter|cigarette|cigarettes|match|matches|an?\\s+iron)|on\\s+purpose|again)`, pairs(["burn", "burns", "burned", "burnt", "burning"], ["myself", "herself", "himself"])),
  gated(`(?:punch|punched|punching|hit|hitting)\\s+(?:my|her|his)\\s+own\\s+(?:head|face|legs?|arms?|stomach)|hit\\s+(?:myself|herself|himself)\\s+(?:till|until|so\\s+hard)`, [...pairs(["punch", "punched", "punching", "hit", "hitting"], ["own"]), ...pairs(["hit"], ["myself", "herself", "himself"])]),
  gated(`(?:${HOARD.join("|")})\\s+(?:up\\s+)?(?:[\\p{L}'’]+\\s+){0,2}?(?:sleeping\\s+)?(?:${PILLS.join("|")})`, pairs(HOARD, PILLS)),
  gated(`(?:put|putting|puts|hold|holding|held|press|presses|pressed|pressing)\\s+(?:the\\s+|my\\s+|a\\s+|his\\s+|her\\s+)?(?:${GUN.join("|")})\\s+(?:in|into|to|against|under)\\s+(?:my|his|her)\\s+(?:mouth|head|temple|chin)`, pairs(GUN, ["mouth", "head", "temple", "chin"])),
  gated(`(?:${JUMP.join("|")})\\s+(?:off|from)\\s+(?:the|a|this)\\s+(?:${HIGH_PLACE.join("|")})`, pairs(JUMP, HIGH_PLACE)),
  gated(`(?:outside|edge|other\\s+side|wrong\\s+side)\\s+of\\s+(?:the|a)\\s+(?:bridge\\s+)?(?:railing|rail|ledge|bridge)`, pairs(["outside of", "edge of", "side of"], ["railing", "rail", "ledge", "bridge"])),
  gated(`ritze\\s+mich|ritzt\\s+sich|me\\s+(?:corto|cortei|cortaba)|me\\s+mutilo`, ["ritze", "ritzt", "me corto", "me cortei", "me cortaba", "me mutilo"]),
  // Spanish "me volví a cortar los brazos", "me estoy lastimando los brazos".
  gated(
    `me\\s+(?:\\p{L}+\\s+){0,2}?(?:cortar|corto|corté|cortando|cortaba|lastimando|lastimo|lastimé|lastimar|quemando|quemo|quemé)\\s+(?:los|las|mis)\\s+(?:brazos|muñecas|piernas|muslos)`,
    pairs(["me"], ["cortar", "corto", "corté", "cortando", "cortaba", "lastimando", "lastimo", "lastimé", "lastimar", "quemando", "quemo", "quemé"], ["brazos", "muñecas", "piernas", "muslos"]),
  ),
];
const SELF_HARM_FAMILY = triggerFamily(SELF_HARM_WORDS);

export function detectSelfHarm(field: ContentField): ContentEvidence[] {
  return [
    ...evidenceOf(field, SELF_HARM, "self-harm", "self-harm-phrase", (match) => (idiom(field.text, match) ? null : 0.7), SELF_HARM_FAMILY),
    ...evidenceOfAll(field, SELF_HARM_ACTS, "self-harm", "self-harm-act", (match) => (idiom(field.text, match) ? null : 0.6)),
    ...evidenceOf(field, UNSPACED_HARM, "self-harm", "self-harm-phrase", 0.7, UNSPACED),
    ...evidenceOf(field, IDEATION, "self-harm", "ideation", 0.45, IDEATION_FAMILY),
    ...evidenceOf(field, CRISIS, "self-harm", "crisis-reply", 0.45, CRISIS_FAMILY),
    ...evidenceOf(field, CALL_988, "self-harm", "crisis-reply", 0.45, CRISIS_FAMILY),
    ...evidenceOf(field, UNSPACED_CRISIS_LINES, "self-harm", "crisis-reply", 0.45, UNSPACED),
  ];
}
