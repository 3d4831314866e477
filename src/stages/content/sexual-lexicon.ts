/**
 * The words of the `sexual` detector, by language.
 *
 * `FROM_LIST` holds the sexual-act and genital terms of the List of Dirty, Naughty, Obscene and
 * Otherwise Bad Words (the `naughty-words` package, CC-BY-4.0), chosen by hand per language: the
 * list mixes them with insults, drugs, profanity used as an exclamation ("fuck off") and plain
 * words ("cerveja"), which say nothing of a scene; words with an everyday sense in their language
 * are left out too (Turkish "am", Italian "sega" and "fava", Dutch "paal" and "naaien", Finnish
 * "panna", French "baiser" and "chatte", Korean "보지" and "자지", which are also "don't look" and
 * "don't sleep", French "bite" and Italian "fica", which are English "bite" and Portuguese "stays", German "fick" alone, which is Swedish "got",
 * Tagalog "puke" and "tite", which are English "puke" and French "p'tite"), and so are words that are names as well (Hungarian "pina", Swedish "pitt", Hindi "lund"). A test checks that each term is in its language's list, so the choice stays visible.
 * `ADDED` holds what role-play writes and the list lacks, named apart.
 *
 * Scripts written without spaces (Chinese, Japanese, Korean with its particles, Thai) are matched
 * inside runs of letters: their words sit in `UNSPACED_FROM_LIST` and `UNSPACED_ADDED`, and are
 * chosen long or particular enough not to sit inside an unrelated word (Thai "หี" is left out: it
 * begins "หีบ", a chest).
 */

/** Acts and genitals, from the list, by its file name. */
export const FROM_LIST: Readonly<Record<string, readonly string[]>> = {
  en: [
    "anal", "anilingus", "blowjob", "blow job", "clit", "clitoris", "cock", "cum", "cumming", "cunnilingus", "deepthroat", "deep throat", "dick", "dildo", "ejaculation", "fellatio",
    "fingering", "fisting", "gangbang", "genitals", "handjob", "hand job", "intercourse", "jerk off", "jack off", "masturbate", "masturbating", "masturbation", "nipple", "nipples",
    "orgasm", "orgy", "pussy", "semen", "sodomy", "spread legs", "strapon", "strap on", "threesome", "vagina", "vulva", "vibrator", "wank",
  ],
  es: ["follar", "mamada", "semen", "sexo oral", "verga", "pezón", "coño"],
  pt: ["coito", "foder", "gozar", "pênis", "transar", "vibrador", "clitoris", "boceta", "xochota", "chochota", "esporra", "queca"],
  fr: ["branler", "jouir", "branlette", "turlute"],
  de: ["ficken", "bumsen", "vögeln", "penis", "orgasmus", "onanieren", "titten", "muschi", "möse", "wichsen", "pimmel", "poppen"],
  it: ["cazzo", "figa", "sborra", "sborrata", "bocchino", "pompino", "chiavare", "chiavata", "scopare", "scopata", "trombare", "ditalino", "sveltina", "pecorina", "tette", "zinne", "spompinare", "sverginare"],
  nl: ["pik", "lul", "neuken", "beffen", "vingeren", "klaarkomen", "afrukken", "kontneuken", "een wip maken", "een nummertje maken"],
  pl: ["kutas", "fiut", "cipa", "ruchać", "pieprzyć", "obciągać loda", "robić loda", "robic loda", "lizać pałę", "obciągać fiuta", "obciągać chuja"],
  ru: ["дрочить", "ебать", "секс", "сиськи", "половое сношение", "малофья", "ёбарь"],
  tr: ["sik", "sikmek", "yarak", "amcık", "taşak", "taşaklar"],
  cs: ["mrdat", "šoustat", "prcat", "kunda", "čurák", "mrdka"],
  sv: ["knulla", "kuk", "fitta", "runka"],
  da: ["fisse", "pik"],
  no: ["pikk", "kuk", "fitte", "ståpikk"],
  fi: ["nussia", "nussinta", "pillu", "kulli", "kyrpä", "runkata", "runkkaus"],
  hu: ["baszik", "punci", "csöcs", "geci", "pöcs"],
  fil: ["kantot", "jakol", "burat", "bayag"],
  hi: ["choot", "choochi", "chuchi", "boobe", "chudai khanaa", "chudam chudai"],
  ar: ["سكس", "نيك", "جماع", "قضيب", "زب", "كس", "بظر", "حلمة"],
};

/** Acts and body words the list lacks, as role-play writes them. Moaning is not among them: it is a cue (`SUGGESTIVE_WORDS`), heard in pain too. */
export const ADDED = [
  "penis", "erection", "thrusting into her", "thrust into her", "thrusts into her", "thrusting into him", "thrust into him",
  "climaxed", "climaxing", "came inside", "moaning his name", "moaning her name",
  "bare breasts", "her breasts", "his cock", "her clit", "naked bodies", "sexual intercourse", "had sex", "having sex", "making love", "penetrate", "penetrated", "penetration",
  "oral sex", "went down on her", "went down on him", "pre-cum", "precum",
  "se corre", "penetra", "penetró", "pechos desnudos", "tetas", "seios", "penetrou", "gozou", "excitada", "mouillée", "pénètre", "seins nus",
  "erregt", "dringt in sie ein", "brüste",
  "bercinta", "berhubungan badan", "menggenjot", "payudara", "penisnya", "vaginanya", "orgasme", "kontol", "memek", "xoxota", "ngentot", "ngewe",
  "pik", "lul", "член", "секс", "cazzo", "figa", "sborra", "ma bite", "sa bite", "ta bite", "une bite", "la bite", "iyot", "seks", "dick", "pussy",
  "chudai", "chodna", "choda", "chodo", "chodte", "चुदाई", "लंड", "चूत", "सेक्स",
  "vagine", "orgasmo", "orgasmi", "orgazm", "оргазм", "orgasme", "orgasmus", "pénis", "pênis", "clitóris", "clítoris", "clitoride", "mamilos", "capezzoli", "pezones", "tétons",
] as const;

/**
 * Acts and genitals by language, for the languages the list lacks (Greek, Romanian, Vietnamese, Indonesian and Malay
 * slang, Tagalog, Arabic and its Latin-letter chat form, Hindi, Japanese in romaji) and the inflected and slang forms it
 * lacks in the others. A word that is plain in another language is only taken in a phrase: Romanian "pula" is Tagalog
 * "red", Portuguese "pila" is Spanish "battery" and Tagalog "queue", Spanish "polla" is a young hen.
 */
export const ADDED_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ["eats you out", "ate you out", "eat you out", "eating you out", "eats her out", "ate her out", "eat her out", "eating her out", "ate me out", "eat me out", "eats me out",
    "doggy style", "doggystyle", "throbbing member", "his member", "his manhood", "her womanhood", "spills his seed", "spilled his seed", "spilling his seed", "his seed inside", "his seed within", "her wet folds", "his hardness"],
  es: ["garchar", "garcho", "garchamos", "te garcho", "cogeme", "cógeme", "cogerte", "me coge", "te cojo", "chíngame", "mámamela", "chupámela", "chúpamela", "la pija", "tu pija", "su pija", "métemela", "metémela", "métemelo", "me la metes", "te la meto", "se la mete", "la polla", "tu polla", "su polla", "mi polla", "correrse", "me corro", "te corres", "se corrió", "haciendo el amor", "hacer una paja"],
  pt: ["a tua pila", "a minha pila", "a pila dele", "pila na boca", "venho-me", "vim-me", "cavalga-te", "cavalgar-te", "cona"],
  de: ["fickt", "fickte", "fickst", "gefickt", "bläst ihm einen", "blies ihm einen", "blase dir einen", "bläst dir einen"],
  cs: ["kundu", "kundy", "do tebe zajede", "zajede do tebe", "udělej se pro mě", "ptáka do pusy", "ptaka do pusy", "jeho ptáka", "tvýho ptáka", "tvého ptáka", "šukat", "šuká", "šukej", "šukal", "šukali", "šukám", "píchali"],
  el: ["πούτσα", "πούτσας", "πούτσο", "μουνί", "μουνάκι", "σε γαμάω", "τη γαμάει", "τη γαμάω", "με γαμάει", "σε γαμάει", "γαμιόμαστε", "μπαίνει μέσα σου", "μπαίνει μέσα της", "μπαίνει μέσα μου", "μπήκε μέσα σου", "μπήκε μέσα της", "τελειώνει μέσα"],
  ro: ["pizdă", "pizda", "fute-mă", "fute-ma", "prinde pula", "pula în", "țâțele", "intru în ea", "pula lui", "pula ta", "pula mea", "pula din", "pulă", "te fute", "o fute", "mă fute", "ne futem", "futut", "futai", "muie", "intră în tine", "intră în ea", "intră în mine"],
  vi: ["đút vào", "nắc", "con cu", "cặc", "lồn", "địt", "bú cu", "bú cặc", "liếm lồn", "xuất tinh"],
  id: ["crot", "ngecrot", "keluar bareng", "keluarin di dalem", "keluarin di dalam", "pancut dalam", "buah dada", "masukin kontol"],
  fil: ["nilabasan", "labasan"],
  ar: ["زبك", "زبه", "زبي", "زبو", "كسها", "كسك", "نيكني", "ينيكها", "ينيكني", "تقذف داخلها", "يقذف داخلها", "قذف داخلها", "يقذف داخلي", "أدخله فيها", "يدخله فيها", "ادخله فيها"],
  "ar-Latn": ["zebbak", "zebbe", "zebbo", "kessi", "kessik", "kessa", "binikha", "bnikik", "nikak", "zobro", "zobri", "zobak", "zobo", "zob", "yenikni", "nikni", "yedakhalo", "dakhalo feeki"],
  hi: ["सख़्त लिंग", "सख्त लिंग", "अंदर झड़", "चरम सुख"],
  // Slovak, Croatian and Serbian, Hebrew, Persian, Bengali, Swahili, the Nordic languages, Hungarian, Ukrainian, Russian, Turkish
  // and Polish forms the list lacks. Left out as plain elsewhere: Hebrew "זין" alone (also a weapon), Persian "آلت" (an instrument),
  // Bengali "বাড়া" (to grow), Swahili "kuma" alone (Japanese "bear"), Russian "кончил" (also "finished"), Hungarian "dugja" (plugs in), Polish "loda" (ice), Dutch "pikken" (to peck).
  sk: ["jebať", "jebe ju", "jebal ju", "pojebať", "trtkať", "trtká", "piča", "pičku", "piču", "piče", "kokot", "kokota", "orgazmus", "ojebem", "vyjebem", "jebni", "jebem ju", "vystriekam sa", "striekam do"],
  hr: ["jebati", "jebe je", "jebem te", "jebala", "jebao", "ševiti", "ševili", "ševimo", "kurac", "kurca", "kurcem", "pička", "pičku", "pičke", "svršio u", "orgazam", "јебати", "јебе", "курац", "пичка"],
  he: ["את הזין", "הכוס שלי", "הכוס שלה", "הכוס שלך", "תזיין", "תזיין אותי", "זיון", "לזיין", "זיינתי", "מזיין", "מזדיינים", "הזין שלו", "הזין שלך", "מציצה", "אורגזמה", "גמר בתוכה", "פין", "דגדגן", "פטמות"],
  fa: ["کیرت", "کسم", "کسش", "کست", "sex mikonam", "sex mikonim", "sex kardim", "kiret", "kiram", "kosam", "kosesh", "سکس", "کیر", "کیرش", "کیرم", "کوس", "کص", "گاییدن", "میگامت", "گاییدمش", "ساک زدن", "ساک میزنه", "ارگاسم", "ارضا شد"],
  bn: ["চোদা", "চুদি", "চুদছে", "চুদাচুদি", "চোদাচুদি", "ধোন", "গুদ", "গুদে", "সেক্স", "যৌনাঙ্গ", "বীর্য", "স্তনবৃন্ত"],
  sw: ["kumtomba", "namtomba", "uume wako", "uume wake", "uke wake", "uke wako", "unamwaga ndani", "kutomba", "kutombana", "anamtomba", "nakutomba", "alimtomba", "tunatombana", "mboo", "kuma lake", "kuma yake", "ngono", "kufanya mapenzi", "shahawa"],
  nordic: ["kneppe", "knepper", "kneppede", "fissen", "knulle", "knuller", "knullet", "knullar", "knullade", "pule", "puler", "pulet", "kuken", "fittan", "fitten", "orgasme", "orgasm"],
  hu: ["dugni", "megdugta", "dugunk", "megbaszta", "faszt", "faszát", "pinája", "puncija", "elélvezett", "orgazmus", "leszopta"],
  uk: ["трахати", "трахає", "трахав", "трахала", "піхва", "хуй", "пизда", "мінет"],
  ru: ["трахает", "трахал", "трахала", "трахаются", "трахать", "трахнул", "минет", "хуй", "пизда", "влагалище", "отсосала"],
  tr: ["sikiş", "sikişmek", "sikti", "sikiyor", "yarağı", "amını", "boşaldı"],
  pl: ["rucha", "ruchał", "ruchała", "pieprzył", "pieprzyła", "bzykać", "bzyka", "bzykali", "wytrysk", "orgazm", "cipka", "cipkę", "kutasa"],
  // Korean romanised (hangul is matched inside runs of letters, below).
  "fr-CA": ["fourre-moé", "fourre-moi", "fourrer", "te fourrer", "je te fourre", "la fourrer"],
  "hi-Latn": ["chodta", "chodti", "chodunga", "chudwa", "jhad jaati", "jhad jaate", "jhad gaya", "jhad gayi", "lund pakad", "mera lund", "tera lund", "uska lund"],
  "ko-Latn": ["sapib", "sapibhae", "jeolajeong", "neoeo juseyo", "neoeo jwo", "nae boji", "boji-reul", "jaji-reul", "neo jaji", "jaji neoheo", "bakka jwo", "bakka-jwo", "ane ssa"],
  "ja-Latn": ["sounyuu", "sōnyū", "bishobisho", "mune o momi", "sekkusu", "chinko", "chinpo", "manko", "omanko", "nakadashi", "naka de dashite", "naka ni dashite", "naka de dashita", "ecchi shiyo", "ecchi shiyou", "ecchi shitai", "katai no wo"],
  // English acts the list names only in one form ("ejaculation", "jerk off"), and climaxes told with where or how.
  "en-acts": ["ejaculated", "ejaculates", "ejaculating", "deepthroated", "deepthroating", "deepthroats", "climaxes", "jerked off", "jerking off", "jerks off", "jacked off", "jacking off",
    "jerked him off", "jerking him off", "jerks him off", "sucked him off", "sucking him off", "sucks him off", "blew him", "blowing him", "fingered her", "fingering her", "fingers her",
    "fingered herself", "fingering herself", "fingers herself", "fingered myself", "fingering myself", "fingered me", "shagged", "shagging", "his shaft", "your shaft",
    "came in her mouth", "came in his mouth", "came in my mouth", "came all over her", "came all over his", "came all over my", "came all over your", "came on his cock", "came around him", "came around his cock", "came on his fingers", "came on his tongue",
    "come inside her", "come inside me", "cum inside me", "emptied himself", "length into your mouth", "length into her mouth", "length into my mouth", "moving inside her", "moved inside her", "moving inside me", "him in her mouth", "him into her mouth", "him in my mouth", "want to fuck you", "want to fuck me", "wanna fuck you", "wanna fuck me", "made her come", "made her cum", "made him come", "made him cum", "make me cum", "cum for me", "coming inside", "cum inside", "cumming inside", "penetrative"],
  // Acts, genitals and climaxes in the languages and forms the list lacks, each a word or phrase with no plain sense beside it.
  af: ["genaai", "gepyp", "klitoris", "ingedring"],
  "ar-acts": ["بينيكها", "بينيك", "عم ينيك", "قضيبه", "قضيبك", "قضيبي", "قضيبها", "بظرها", "مهبل", "مهبلها", "مهبلي", "ناكها", "ينيك", "نيكها", "جامعها", "يجامعها", "الجماع"],
  bg: ["чукахме се", "чукаме се", "чука я", "чукаше я", "ебах я", "ебе я", "да се ебем", "члена си", "члена ти", "члена му", "оргазъм", "оргазма", "пенис", "вагина", "клитор", "пичка", "путка"],
  "bn-acts": ["বাঁড়া", "বাঁড়ায়", "ঠাপাতে", "ঠাপ", "ঠাপাচ্ছে", "বীর্যপাত", "ভগাঙ্কুর", "যোনি", "অর্গাজম", "সঙ্গম", "চুদল", "চুদে", "চুদলো"],
  ca: ["em corro", "et corres", "es corre", "es va córrer", "es van córrer", "em vaig córrer", "correr-se", "fer una palla", "et faig una palla", "coit", "ejaculació", "penis", "vagina"],
  "cs-acts": ["honím ti ho", "honit mu ho", "honila mu ho", "vykouřila mu", "vykouřit mu", "kouřila mu", "udělal se do", "klitoris", "orgasmu", "orgasmus", "ejakuloval"],
  "de-acts": ["fick mich", "fick sie", "fick ihn", "wichste", "wichst", "wichste ihm", "in ihr kam", "in mir kam", "in ihr gekommen", "ritt ihn", "ritt mich", "Kitzler", "Klitoris", "einen geblasen", "vögelte", "gevögelt", "Samenerguss"],
  "el-acts": ["γάμησε", "τη γάμησε", "γαμηθήκαμε", "γαμιόμασταν", "εκσπερμάτωσε", "εκσπερμάτωση", "οργασμό", "οργασμός", "οργασμού", "πέος", "κλειτορίδα", "τσιμπούκι"],
  "es-acts": ["eyaculó", "eyaculación", "eyacular", "nos corrimos", "me corrí", "se corrieron", "relaciones sexuales", "me puso en cuatro", "sexo anal"],
  "fa-acts": ["ارضا شدم", "ارضا شد", "ارضا می‌شم", "ارضا شدن", "ساک زد", "آبش آمد", "آبش اومد", "آبم اومد", "آبم آمد", "تلمبه زد", "تلمبه میزد", "چوچوله"],
  fi: ["klitoris", "klitorista", "siemensyöksy", "siemensyöksyi", "yhdyntä", "yhdynnän", "orgasmin", "orgasmi", "sai orgasmin"],
  fr: ["l'a sucé", "le suce", "l'a sucée", "éjacule", "éjaculé", "éjaculation", "éjaculer", "sodomisée", "sodomise", "sodomie", "branlant", "le branle", "branlé", "me branle"],
  "he-acts": ["הזדיינו", "זיין אותה", "זיין אותי", "מזדיין", "מזדיינת", "מצצה לו", "מוצצת לו", "מצץ לה", "דגדגן", "הדגדגן", "לאורגזמה"],
  "hi-acts": ["चोदा", "चोदने", "चोदता", "चोदती", "संभोग", "वीर्य", "स्खलन"],
  "hi-Latn-acts": ["chodne", "chodne laga", "jhad jao", "jhadne wali", "jhadne wala", "andar hi jhad", "lund pe", "lund muh"],
  "hr-acts": ["popušila mu", "popušio", "drkao", "drkam", "drkati", "drkala", "klitoris", "orgazma", "orgazmu"],
  "hu-acts": ["dugta meg", "keféltünk", "keféltek", "megkefélte", "csikló", "csiklóját", "csiklóját"],
  "id-acts": ["menggenjotnya", "menggenjotku", "menggenjotmu", "nyepong", "sepong", "ngaceng", "memeknya"],
  "it-acts": ["fare sesso", "fatto sesso", "facendo sesso", "eiaculato", "eiaculazione", "clitoride", "mi ha scopata", "l'ha scopata"],
  ms: ["zakar", "zakarnya", "kelentit", "bersetubuh", "setubuh", "menghenjut", "air mani"],
  "nordic-acts": ["kom i henne", "kom i mig", "kom inuti", "pikken hans", "pikken din", "pikk", "klitorisen", "sugde pikken", "knullet", "kneppede", "sædafgang"],
  nl: ["pijpte", "pijpen", "pijpt", "befte", "zichzelf aftrok", "trok hem af", "geslachtsgemeenschap", "ejaculatie", "ejaculeerde"],
  "pl-acts": ["wchodzi w nią", "w nią wchodzi", "wszedł w nią", "wchodzi we mnie", "wszedł we mnie", "łechtaczkę", "łechtaczka", "łechtaczki", "walić konia", "waliła mu konia", "wali konia", "spuścił się", "masturbowałam", "masturbował"],
  "pt-acts": ["pau duro", "ejaculação", "ejaculou", "penetração", "relação sexual", "me comeu de quatro", "chupou o pau", "meu pau", "teu pau", "seu pau"],
  "ro-acts": ["a ejaculat", "ejaculare", "clitorisul", "vaginul", "penisul"],
  "ru-acts": ["кончил в неё", "кончил в нее", "кончил ей", "клитор", "клитору", "клитором", "эякуляция", "половой акт", "отсосала", "отсосал"],
  "sk-acts": ["vyfajčila mu", "vystriekal", "vystriekal sa", "jebali", "jebal", "klitoris", "klitorise"],
  "sw-acts": ["kisimi", "tulitombana", "tombana", "kumtomba"],
  ta: ["ஆண்குறி", "ஆண்குறியை", "பெண்குறி", "பெண்குறியை", "விந்து", "விந்தை", "உடலுறவு"],
  "tl-acts": ["titi mo", "titi ng", "titi niya", "tinggil", "nagkantutan", "kantutan", "lalabasan", "kinantot"],
  "tr-acts": ["sakso", "sikini", "sikimi", "klitoris", "orgazma", "vajinal ilişki"],
  "uk-acts": ["кінчила", "кінчив", "кінчаю", "кінчиш", "кінчили", "відсмоктала", "клітор", "еякуляція", "статевий акт"],
  ur: ["لنڈ", "سیکس", "شرمگاہ", "چودا", "چودنا"],
  "vi-acts": ["bắn vào trong", "âm vật", "cực khoái", "đụ nhau"],
};

/** Unspaced scripts, from the list (ja, zh, ko, th). */
export const UNSPACED_FROM_LIST: Readonly<Record<string, readonly string[]>> = {
  ja: ["セックス", "オーガズム", "フェラチオ", "クンニリングス", "挿入", "射精", "中出し", "乳首", "ペニス", "まんこ", "オマンコ", "ちんこ", "手コキ", "性交", "精液", "騎上位", "正常位", "後背位", "オナニー", "クリトリス", "ディルド", "バイブレーター"],
  zh: ["做爱", "性交", "口交", "射精", "乳头", "鸡巴", "抽插", "屄", "插你", "乳交", "淫水", "叫床"],
  ko: ["섹스", "빠구리", "씹물"],
  th: ["เย็ด", "ควย", "จู๋", "จิ๋ม", "น้ําแตก"],
};
export const UNSPACED_ADDED = [
  "アソコ", "イッちゃ", "阴茎", "阴道", "肉棒", "高潮了", "삽입", "젖꼭지", "น้ำแตก",
  // Traditional Chinese, and acts told in verbs ("插進去", "抽送", "射在妳"); Korean prose ("그녀 안으로 들어갔다", "단단해진 그것"); Thai "สอดใส่", "ร่วมรัก".
  "做愛", "陰莖", "陰道", "雞巴", "乳頭", "插進去", "插进去", "抽送", "射在你", "射在妳", "射在我", "內射", "内射",
  "イっちゃう", "イっちゃ", "イく", "挿れて", "奥まで突", "おっぱい", "자지를", "자지가", "보지를", "박아줘", "박아 줘", "세게 박", "박는다", "안에 싸", "싸줘", "빨아줘", "빨아준다", "넣어줘", "정액", "애액", "단단해진 것", "단단해진 그것", "안으로 밀어 넣", "그녀 안으로 들어", "당신 안으로 들어", "내 안으로 들어", "안에 사정", "안에서 사정", "천천히 넣", "깊게 박",
  "สอดใส่", "ร่วมรัก", "เอากัน", "ขย่ม",
  // Japanese prose of a climax inside ("彼女の中で果てる", "中に出して").
  "中で果て", "中に出し", "中で出し", "中に出す",
  // Acts and parts named outright in Japanese, Chinese, Korean and Thai prose and chat ("ちんぽ", "操她", "阴蒂", "클리토리스").
  "射在她", "แตกใส่", "ちんぽ", "挿れる", "挿れた", "奥で果て", "射咗", "插入去", "入面射", "イった", "エッチして", "エッチした", "操她", "操你", "操我", "阴蒂", "陰蒂", "插入她", "插入我", "클리토리스", "คลิตอริส", "อวัยวะเพศ", "แตกใน",
] as const;

/** Words that lean sexual without saying it: they only add to strong evidence. */
export const SUGGESTIVE_WORDS = [
  "moan", "moans", "moaned", "moaning", "naked", "nude", "undress", "undresses", "undressing", "horny", "kinky", "lewd", "aroused", "arousal", "lust", "lustful",
  "thrust", "thrusts", "thrusting", "panting", "grinds", "grinding", "strip", "strips", "stripping", "bed", "sheets", "lingerie", "erotic", "sexy", "seductive", "sensual",
  // Not French "nu": it is "no" in Romanian and "now" in Dutch, Swedish and Danish.
  "gime", "desnuda", "desnudo", "desnudos", "nua", "nue", "nackt", "telanjang", "mendesah",
  // Moaning and nakedness, the commonest cues beside an explicit word, in more languages.
  "gemía", "gimiendo", "gemido", "gemidos", "geme", "gemendo", "gemeu", "gémit", "gémissant", "stöhnt", "stöhnen", "stöhnend", "desahan", "desah", "ungol", "umuungol",
  "napaungol", "jęczy", "jęknęła", "jęknął", "стонет", "стоны", "стон", "inliyor", "inledi", "kreunt", "kreunend", "rên", "rên rỉ", "hubad", "nago", "голая", "голый",
  "çıplak", "naakt", "khỏa thân", "nuda",
  "gemeva", "gemito", "gemiti", "ansima", "ansimava", "nudo", "nudi", "naga", "nagi", "nagie", "jęki", "обнажённая", "обнаженная", "стонала", "стонал", "naken", "stönade", "stönar",
  "nøgen", "stønnede", "stønner", "stønnet", "alasti", "voihki", "voihkii", "meztelen", "nyögött", "nyög", "sténá", "sténala", "nahá", "nahý", "arrapato", "arrapata", "eccitata",
  "geil", "opgewonden", "nangi", "عارية", "شهوة", "ثدي", "ثديها",
  // Kisses, beds and clothes coming off: intimacy, which beside an explicit word makes a scene.
  "kiss", "kisses", "kissed", "kissing", "undresses", "unbuttons", "unzips", "gasps",
  "besa", "besó", "besando", "besos", "cama", "jadea", "jadeando", "desnuda", "desviste",
  "beija", "beijou", "beijando", "beijos", "ofegante", "despe",
  "embrasse", "embrassé", "embrassant", "haletant", "haletante", "déshabille",
  "küsst", "küsste", "küssen", "bett", "keucht", "auszieht",
  "bacia", "baciò", "baciando", "baci", "letto", "spoglia",
  "kust", "kuste", "zoent", "zoende", "hijgt",
  "całuje", "pocałował", "pocałowała", "łóżko", "łóżku", "dyszy", "rozbiera",
  "целует", "поцеловал", "поцеловала", "кровать", "постель", "постели", "раздевает",
  "öper", "öptü", "yatak", "yatağa", "soyar", "soyuyor",
  "mencium", "menciumnya", "cium", "ranjang", "kasur", "terengah",
  "hinalikan", "halik", "kama", "hinubad",
  "hôn", "giường", "cởi",
  "líbá", "postel", "postele", "svléká",
  "kysser", "kysste", "sängen", "sengen", "kysset",
  "csókol", "csókolja", "ágy", "ágyba",
  // Greek, Romanian, Hindi, Arabic, Arabizi, Indonesian and Malay, Tagalog, Czech, German, romaji: kisses, moans, heat, "putting in".
  "φιλάει", "φιλιά", "φιλί", "βογκάει", "βογκητό", "γυμνή", "γυμνός", "κρεβάτι", "sărută", "sărutat", "goală", "चूमता", "चूमती", "चूमा", "बिस्तर", "नंगी", "नंगा", "धक्के",
  "تتأوه", "يتأوه", "آهات", "النشوة", "السرير", "yebos", "sereer", "sange", "masukin", "genjot", "ngos-ngosan", "ipinasok", "tigas na tigas", "sténá", "zasténá", "lecken", "leckt",
  // Slovak, Croatian and Serbian, Hebrew, Persian, Bengali, Swahili, Ukrainian: moans, nakedness, beds and kisses.
  "vzdychá", "nahá", "posteľ", "bozkáva", "stenje", "stenjala", "krevet", "ljubi", "poljubio", "גונחת", "גניחות", "עירומה", "מיטה", "מנשק",
  "ناله", "لخت", "برهنه", "بوسید", "خیس", "khis shodam", "geeli hoon", "matiti yake", "kileleni", "dur", "নগ্ন", "উলঙ্গ", "বিছানা", "চুমু", "kitanda", "alimbusu", "стогне", "гола", "ліжко", "цілує",
  "ecchi", "etchi", "nureteru", "kimochi ii", "irete", "bends you over", "bent you over", "bends her over", "bent her over", "pounding you", "pounding her", "pounding into",
  // What a body does in a scene, and climaxes told in a verb that also means "finish" or "come" (Croatian "svršio", Russian
  // "кончил", Greek "τελείωσαν"): alone each says nothing, beside an explicit word they make the scene.
  "licked", "licks", "licking", "sucked", "sucking", "swallowed", "straddles", "straddled", "straddling", "groaned", "groans", "throbbing", "pulsing", "wetness",
  "squirted", "squirting", "pounded", "rode him", "riding him", "came so hard", "came twice", "lube", "bend me over", "bent me over", "stroke it", "stroking it", "her climax", "his climax", "their climax", "found release", "found his release", "found her release",
  "his length", "her core", "her sex", "took him in", "takes him in", "taking him in",
  "molhada", "molhadinha", "peitos", "goza", "gozo", "مبلولة", "صدرها", "تجيبها", "kochają się", "kochali się",
  "لحس", "يلحس", "مصت", "مصّت", "يمص", "الذروة", "ارتعشت", "يقذف", "قذف", "تقذف",
  "свърших", "свърши", "свършвам", "свършиха", "смуча", "ближеха", "яхна", "চুষে", "চুষল",
  "cavalcar", "llepar", "lízal", "lízala", "udělala", "neudělal", "ztopořený", "slikkede", "sutter", "sprøjtede",
  "spritzte", "leckte", "geleckt", "Stöße", "Stößen", "gekommen", "χύσεις", "έχυσα", "έχυσε", "έγλειφε", "γλείφοντας", "τελείωσαν", "τελειώνω",
  "me vine", "embisto", "embestidas", "chupó", "me chupó", "acabé", "لیس", "laukesi", "laukean", "laukeat", "lauesin", "nuoli",
  "léchée", "léché", "lèche", "chevauche", "גומר", "גומרת", "גמרתי", "בתוכי", "בתוכה",
  "झड़", "झड़ गई", "झड़ा", "झड़ने", "चूसा", "चूसने", "योनि", "choosa", "chusa", "jhad",
  "svršio", "svršila", "svršavam", "svršiš", "svršili", "élvezett", "nyalta", "muncrat", "menelan",
  "venuta", "vennero", "sto venendo", "leccata", "leccato", "succhiando", "succhia", "pancut", "mengulum", "sugde", "kåt", "likte",
  "ssąc", "ssie", "lizał", "chupou", "me chupou", "rebolar", "rebolando", "gozei", "me comeu",
  "supt", "termin", "кончила", "кончил", "кончаю", "кончили", "лижу", "лизал", "сосала", "udelám", "udelala", "neudelala", "prirážal",
  "sprutade", "kumwaga", "alipomwaga", "umwage", "alimnyonya", "உச்சம்", "உச்சமடை", "நக்கி",
  "dinilaan", "sinubo", "nilunok", "yaladı", "emdi", "лизав", "смоктала", "فارغ", "دھکے", "چوسا", "liếm", "nhún",
];
/** The same, in unspaced scripts. */
export const UNSPACED_SUGGESTIVE = ["濡れて", "濡れてる", "しゃぶ", "舐め", "絶頂", "舔", "抽动", "抽動", "사정했", "핥", "เลีย", "ถึงจุดสุดยอด", "吻你", "吻妳", "吻著", "脫掉", "內褲", "内裤", "절정에", "속옷 벗", "เสียว", "喘ぎ", "喘い", "喘ぐ", "裸", "呻吟", "高潮", "赤裸", "裸体", "신음", "알몸", "คราง", "เปลือย", "キス", "ベッド", "脱が", "亲吻", "床上", "脱掉", "키스", "침대", "จูบ", "เตียง"];

/**
 * Words that open the `sexual` model's reading of a line and are no evidence at all, not even a leaning sign: a moan, "harder",
 * "deeper", "don't stop", "I'm coming", in the languages the sets hold. A scene told in a chat's moans names no act and no
 * body ("ahh… ja… dieper… niet stoppen… ik kom!!"); the same words are heard at the gym and over a good meal, so the model,
 * which weighs the whole line, decides.
 */
export const MODEL_CUES = [
  "ahh", "ahhh", "ahhhh", "aah", "aahh", "aaah", "aaahh", "mmh", "mmhh", "mmmh", "nngh", "hnngh", "ngh", "åhh", "ååh", "aach", "ách", "ахх", "ааах", "آه",
  "harder", "deeper", "don't stop", "dont stop", "i'm coming", "im coming", "i'm cumming", "fuck me",
  "dieper", "niet stoppen", "ik kom", "tiefer", "härter", "hör nicht auf", "ich komme", "ich komm", "djupare", "hårdare", "sluta inte", "jag kommer",
  "dybere", "hårdere", "stop ikke", "jeg kommer", "dypere", "hardere", "ikke stopp", "syvemmälle", "kovempaa", "kovemmin", "älä lopeta", "mä tuun",
  "mocniej", "głębiej", "nie przestawaj", "dochodzę", "silněji", "hlouběji", "nepřestávej", "už budu", "silnejšie", "hlbšie", "neprestávaj",
  "plus fort", "plus profond", "ne t'arrête pas", "je jouis", "más fuerte", "más duro", "más adentro", "no pares", "me vengo", "me corro", "més fort", "no paris", "em corro",
  "mais forte", "mais fundo", "não para", "não pare", "vou gozar", "più forte", "più a fondo", "non fermarti", "sto venendo", "mai tare", "mai adânc", "nu te opri",
  "keményebben", "mélyebben", "ne hagyd abba", "élvezek", "daha sert", "daha derin", "sakın durma", "boşalıyorum", "lebih keras", "lebih dalam", "jangan berhenti",
  "mau keluar", "sige pa", "lalabasan", "mạnh nữa", "mạnh lên", "đừng dừng", "sắp ra", "usisimame", "nakaribia kufika", "сильнее", "глубже", "не останавливайся",
  "сильніше", "глибше", "не зупиняйся", "по-силно", "не спирай", "πιο δυνατά", "πιο βαθιά", "μη σταματάς", "لا تتوقف", "أقوى", "أعمق", "אל תפסיק", "חזק יותר", "עמוק יותר",
  "aur tez", "aur zor se", "ruko mat", "और ज़ोर से", "रुको मत", "আরও জোরে", "থেমো না", "இன்னும் வேகமா", "நிறுத்தாதே", "اور زور سے", "رکو مت", "jače", "dublje", "ne prestaj",
  "moenie ophou nie", "ek kom",
];
/** The same, in unspaced scripts. */
export const UNSPACED_MODEL_CUES = ["别停", "不要停", "用力", "もっと激しく", "やめないで", "イク", "イっちゃう", "더 세게", "멈추지 마", "แรงอีก", "อย่าหยุด"];
