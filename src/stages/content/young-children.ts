/**
 * Words for the youngest children and the places and teams only children are in, by language: babies (whose age is told in
 * months), kindergartens and nurseries, and youth sport categories. Hand-written, small, and read only beside the cue that
 * makes them an age (a number of months after a baby, a team word beside a category); see minor.ts.
 */

/** Babies and small children, and the relatives a baby is most often named by ("my sister's baby", "a bebê da vizinha"). */
export const BABY_WORDS = [
  "baby", "babies", "newborn", "infant", "bub", "bubba", "nephew", "niece", "grandson", "granddaughter", "grandchild",
  "bebé", "bebito", "bebita", "recién nacido", "recién nacida", "bebê", "nenê", "neném", "bebezinho", "bebezinha",
  "bébé", "nourrisson", "nouveau-né", "säugling", "neugeborene", "neugeborenes", "neonato", "neonata", "baby'tje", "zuigeling",
  "bobas", "niemowlę", "niemowlak", "dzidziuś", "maleństwo", "miminko", "mimino", "mrně", "batole", "bábätko", "bábo",
  "bebeluș", "bebelus", "bebelușul", "bebelusul", "bebelușa", "kisbaba", "kisbabája", "kisbabánk", "csecsemő", "babája", "babánk",
  "bebis", "bebisen", "bäbis", "babyen", "babyer", "vauva", "vauvamme", "vauvani", "μωρό", "μωράκι", "νεογέννητο",
  "bebek", "bebeği", "bebeğim", "bebeğimiz", "младенец", "малышке", "малышка", "малыш", "немовля", "малятко", "малій", "малюку",
  "beba", "bebica", "bebi", "беба", "бебица", "بيبي", "رضيع", "رضيعة", "البيبي", "الرضيع", "תינוק", "תינוקת", "התינוק", "התינוקת",
  "نی‌نی", "نی نی", "نوزاد", "بچه", "बच्चा", "बच्ची", "शिशु", "bacha", "bachcha", "bachi", "bachchi", "বাচ্চা", "বাচ্চাটা", "শিশু",
  "بچہ", "بچی", "beti", "bayi", "dedek", "sanggol", "em bé", "ทารก", "เบบี๋", "ลูก",
] as const;

/**
 * What only a baby has or is given, in languages other than English (whose list, with its verbs, is `BABY_CARE` in
 * english-ages.ts): a cradle, a pram, a feeding bottle, a nappy, a dummy, a high chair, being breastfed. Beside a word for a
 * baby in the same sentence it puts a real baby in the scene ("Babyen pludrer i barnevognen", "O bebê … a mamadeira"), not
 * a partner called "bebé". Words that are common words elsewhere are left out (Danish "ble" is Norwegian "became", Turkish
 * "bez" is cloth, Indonesian "dot" is a dot).
 */
export const BABY_CARE_WORDS = [
  "cuna", "cochecito", "carriola", "biberón", "biberon", "pañal", "pañales", "chupete", "chupón", "trona", "amamanta", "amamantar",
  "berço", "carrinho", "mamadeira", "fralda", "fraldas", "chupeta", "cadeirão", "amamenta", "amamentar",
  "berceau", "poussette", "landau", "biberons", "couches", "tétine", "chaise haute", "allaite", "allaiter",
  "wiege", "kinderwagen", "fläschchen", "windel", "windeln", "schnuller", "hochstuhl", "gestillt",
  "culla", "passeggino", "carrozzina", "pannolino", "pannolini", "ciuccio", "seggiolone", "allatta",
  "wieg", "flesje", "luier", "luiers", "speen", "kinderstoel",
  "kołyska", "kołysce", "wózek", "wózku", "butelkę", "pieluszka", "pieluchę", "pieluchy", "smoczek", "smoczkiem",
  "kolébka", "kolébce", "kočárek", "kočárku", "lahvička", "lahvičku", "plenka", "plenky", "plenku", "dudlík",
  "vagga", "vaggan", "barnvagn", "barnvagnen", "nappflaska", "blöja", "blöjan", "nappen", "vugge", "vuggen", "barnevogn", "barnevognen", "sutteflaske", "smokk", "smokken",
  "kehto", "kehdossa", "vaunut", "vaunuissa", "tuttipullo", "vaippa", "vaipan", "tutti",
  "κούνια", "καρότσι", "καροτσάκι", "μπιμπερό", "πάνα", "πάνες", "πιπίλα",
  "beşik", "beşikte", "emzik", "emzikle", "emziğini", "mama sandalyesi",
  "колыбель", "колыбели", "коляска", "коляске", "бутылочка", "бутылочку", "подгузник", "подгузники", "соска", "соску", "люлька", "люльке", "колиска", "колисці", "візочок", "візочку", "пляшечка", "пляшечку", "підгузок",
  "leagăn", "leagănul", "cărucior", "căruciorul", "scutec", "scutece", "suzetă",
  "bölcső", "bölcsőben", "babakocsi", "babakocsiban", "cumisüveg", "pelenka", "pelenkát", "cumi",
  "مهد", "المهد", "رضاعة", "حفاض", "حفاضات", "لهاية", "عربة الأطفال",
  "עריסה", "בעריסה", "חיתול", "חיתולים", "מוצץ", "עגלת תינוק",
  "पालना", "पालने", "डायपर", "ayunan", "kereta bayi", "kereta sorong", "botol susu", "popok", "lampin", "menyusu", "menyusui", "duyan", "nôi", "xe đẩy", "bình sữa",
] as const;
/** The same in scripts written without spaces. */
export const UNSPACED_BABY_WORDS = ["아기", "애기", "아가", "宝宝", "婴儿", "嬰兒", "寶寶", "赤ちゃん", "赤ん坊", "ลูก", "ทารก"] as const;

/**
 * A number of months or weeks as a baby's age is said (besides CLDR's unit words, in age-words.ts): the inflected and chat
 * forms ("8 mahine ka", "6 aylık", "شش ماهشه", "6개월").
 */
export const MONTH_FORMS = [
  "mos", "meses", "mois", "monate", "monaten", "mesi", "maanden", "miesięcy", "miesiące", "miesiecy", "měsíců", "měsíce", "mesiacov", "mesiace",
  "luni", "hónapos", "hónap", "månader", "måneder", "kuukautta", "kuukauden", "μηνών", "μηνων", "aylık", "aylik", "месяцев", "месяца", "місяців", "місяці",
  "mjeseci", "mjeseca", "meseci", "месеци", "شهور", "أشهر", "اشهر", "شهر", "חודשים", "ماه", "ماهشه", "ماهه", "ماهش", "महीने", "महीना", "mahine", "mahina",
  "maheene", "মাসের", "মাস", "مہینے", "مہینہ", "bulan", "buwan", "tháng", "เดือน", "개월", "个月", "個月", "か月", "ヶ月", "カ月",
] as const;

/** Kindergartens, nurseries and pre-schools, where only young children are pupils. */
export const KINDERGARTEN_WORDS = [
  "kindergarten", "preschool", "pre-school", "nursery school", "daycare", "kindy", "jardín de infantes", "jardín de niños", "jardin de infantes", "kínder", "guardería",
  "educação infantil", "pré-escola", "creche", "maternelle", "école maternelle", "kindergarten", "kiga", "asilo nido", "scuola dell'infanzia",
  "scuola materna", "kleuterschool", "peuterspeelzaal", "kinderdagverblijf", "przedszkole", "przedszkolu", "przedszkola", "żłobek", "żłobku", "školka", "školky", "školce",
  "škôlka", "škôlky", "škôlke", "mateřská škola", "mateřské škole", "grădiniță", "gradinita", "grădinița", "gradinita", "óvoda", "oviba", "oviban", "óvodás", "ovis",
  "förskola", "förskolan", "dagis", "barnehage", "barnehagen", "børnehave", "børnehaven", "vuggestue", "päiväkoti", "päiväkodissa", "päiväkotiin", "eskari", "eskarissa",
  "esikoulu", "esikoulussa", "νηπιαγωγείο", "νηπιαγωγείου", "παιδικό σταθμό", "anaokulu", "anaokuluna", "anaokulunda", "kreş", "kreşe", "kreşte",
  "детском саду", "детсад", "садик", "садике", "ясли", "садочок", "садочку", "дитсадок", "дитячий садок", "vrtić", "vrtiću", "вртић", "вртићу",
  "الروضة", "بالروضة", "روضة", "الحضانة", "حضانة", "גן חובה", "גן ילדים", "בגן חובה", "בגן הילדים", "مهدکودک", "کودکستان", "پیش‌دبستانی",
  "आंगनवाड़ी", "नर्सरी", "प्ले स्कूल", "नर्सरी", "নার্সারি", "কেজি", "کنڈرگارٹن", "نرسری", "taman kanak-kanak", "tadika", "paud", "mẫu giáo", "nhà trẻ",
  "playgroup", "playschool", "pre-nursery", "ukg", "lkg",
] as const;

/** The same in scripts written without spaces. */
export const UNSPACED_KINDERGARTEN_WORDS = ["幼稚園", "保育園", "幼儿园", "幼兒園", "托儿所", "유치원", "어린이집", "유치원생", "อนุบาล"] as const;

/** Words for playing in or being on a team, by language: a youth category means a child only in a sentence about sport. */
export const TEAM_WORDS = [
  "team", "squad", "side", "club", "league", "tournament", "match", "game", "plays", "play", "playing", "played", "cup", "final", "training",
  "joue", "jouer", "équipe", "joga", "jogar", "time", "equipe", "juega", "jugar", "equipo", "categoría", "spielt", "spielen", "mannschaft", "turnier",
  "gioca", "giocare", "squadra", "speelt", "elftal", "gra", "grać", "drużyna", "drużynie", "hraje", "tým", "týmu", "joacă", "echipa", "echipă", "meci",
  "játszik", "focizik", "csapat", "csapatban", "spelar", "laget", "lag", "spiller", "holdet", "hold", "pelaa", "joukkue", "joukkueessa", "παίζει", "ομάδα",
  "oynuyor", "takım", "takımında", "играет", "команда", "команде", "команду", "грає", "команді", "igra", "ekipa", "momčad", "tim", "يلعب", "فريق", "משחק",
  "קבוצה", "بازی", "تیم", "खेलता", "टीम", "খেলে", "দল", "দলে", "کھیلتا", "ٹیم", "main", "bermain", "pasukan", "naglalaro", "koponan", "chơi", "đội",
] as const;

/** Youth sport categories named by a word, not an age: benjamines and alevines, pulcini and esordienti, orliki, žáci, pioniri, D-Jugend. */
export const YOUTH_CATEGORY_WORDS = [
  "benjamín", "benjamines", "alevín", "alevines", "infantiles", "pulcini", "esordienti", "giovanissimi", "orliki", "orlikach", "żaki", "żakach", "trampkarze",
  "přípravka", "přípravce", "mladší žáci", "starší žáci", "mladších žáků", "starších žáků", "mladší žáky", "starší žáky", "pioniri", "pionire", "pionira",
  "b-jugend", "c-jugend", "d-jugend", "e-jugend", "f-jugend", "b-junioren", "c-junioren", "d-junioren", "e-junioren",
] as const;

/**
 * Toddlers and small children, the nouns a story names them by: with a small number of years in the same sentence, the
 * number is the child's age ("un bambin d'à peine deux ans", "En liten knodd på kanske tre år", "balita kira-kira dua tahun").
 */
export const SMALL_CHILD_WORDS = [
  "toddler", "toddlers", "bambin", "bambine", "gamin", "gamine", "gosse", "enfant", "knirps", "kleinkind",
  "bimbo", "bimba", "bambino", "bambina", "piccolo", "piccola", "niño", "niña", "chiquito", "chiquita", "peque", "menino", "menina", "moleque", "criança",
  "peuter", "kleuter", "kleuterke", "kindje", "brzdąc", "maluch", "dziecko", "dzieciak", "prcek", "dítě", "kluk", "holčička", "mrně", "țânc", "tanc", "copil", "copilaș",
  "csöppség", "gyerek", "kisgyerek", "kislány", "kisfiú", "knodd", "gutt", "jente", "pojke", "flicka", "tumling", "dreng", "pige", "taapero", "poika", "tyttö", "πιτσιρίκι", "παιδί", "παιδάκι", "ufaklık", "çocuk", "мелкий", "малыш", "ребёнок", "ребенок", "малюк", "дитина", "klinac", "dijete", "dete",
  "طفل", "طفلٌ", "طفلة", "פעוט", "ילד", "ילדה", "فسقلی", "بچه", "बच्चा", "नन्हा", "नन्ही", "পিচ্চি", "বাচ্চা", "بچہ", "بچی", "ننھی", "ننھا", "balita", "bocah",
  "chikiting", "em bé", "bebé", "bebê", "bébé", "bebek", "vauva", "μωρό",
  // "the little one" as each language says it of a small child (with a small age beside it: "Die Kleine … ist grad mal vier").
  "die kleine", "der kleine", "mała", "mały", "malá", "malej", "maly", "micuța", "micuțul", "micuta", "micutul", "kicsi", "si kecil", "la petite", "le petit", "guttungen", "jentungen", "pikkuinen", "малышка", "малеча",
  "мелкая", "малката", "малкия", "малкият", "малкото", "la petita", "el petit", "lilla", "lille", "lillen", "lillan", "הקטנה", "הקטן", "de kleine", "kleintje", "het kleintje",
] as const;

/**
 * Older children, the nouns a story or a neighbour names them by ("пацан с соседнего подъезда", "onaj balavac", "o moleque",
 * "le gamin", "knægten ovenpå", "ابن الجيران"): with "about" or "at most" and a number, the number is the child's age. Read
 * together with SMALL_CHILD_WORDS, whose words are not repeated here.
 */
export const OLDER_CHILD_WORDS = [
  "boy", "girl", "kid", "lad", "lass", "пацан", "пацанка", "мальчишка", "мальчик", "девочка", "девчонка", "хлопчик", "дівчинка", "хлопець", "пацанчик",
  "balavac", "klinka", "dečak", "devojčica", "dječak", "djevojčica", "garoto", "garota", "moleca", "môme", "minot",
  "chaval", "chavala", "chico", "chica", "morrito", "morrita", "pibe", "piba", "chamaco", "chamaca", "chavo", "chava", "ragazzino", "ragazzina", "regazzino",
  "junge", "bub", "mädchen", "jongen", "meisje", "knul", "chłopak", "chłopiec", "dziewczynka", "holka", "chlapec", "πιτσιρίκος", "πιτσιρίκα", "αγόρι", "κορίτσι",
  "oğlan", "velet", "ولد", "الواد", "بنت", "ابن الجيران", "پسر", "دختر", "پسره", "دختره", "ছেলে", "মেয়ে", "ছেলেটা", "মেয়েটা", "ladka", "ladki", "लड़का", "लड़की", "anak", "bata",
  "cậu bé", "cô bé", "thằng bé", "knægten", "knægt", "ungen", "unge", "grabben", "tjejen", "pojken", "flickan", "gutten", "jenta", "poju", "fiú", "lány", "kölyök", "kissrác",
  "băiat", "băiatul", "fetița", "puști", "copilul",
] as const;
