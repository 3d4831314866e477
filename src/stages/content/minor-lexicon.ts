/**
 * Words that say a person is a minor, whoever says them, by language. Each names a child, a
 * teenager or a pupil of a school only minors attend; words that are also endearments for adults
 * ("малыш", "девочка", "em bé", "baby") or plain words elsewhere (German "Kind", English "kind")
 * are left out. Scripts written without spaces are matched inside runs of letters.
 */
export const MINOR_WORDS = [
  "teenager", "teenagers", "preteen", "pre-teen", "tween", "underage", "under age", "schoolgirl", "schoolboy", "toddler", "loli", "shota",
  // What only a small child has or does, the scene's child named by it: baby teeth, a high chair, a stroller, T-ball, a
  // kindergarten year of South Africa or India.
  "baby teeth", "baby tooth", "high chair", "highchair", "stroller", "pushchair", "baby monitor", "sippy cup", "potty training", "potty-training",
  "potty trained", "potty-trained", "tee-ball", "t-ball", "little league", "auskick", "brownie pack", "cub scouts", "grade r", "ukg", "lkg",
  "little girl", "little boy", "young girl", "young boy", "adolescent", "pubescent", "prepubescent",
  "menor de edad", "menor de idade", "niña", "niño", "adolescente", "chiquilla", "criança", "menina", "menino", "colegiala", "colegial de secundaria",
  "minderjährig", "minderjährige", "jugendliche", "jugendlicher", "teenagerin", "grundschüler", "grundschülerin", "gymnasiastin", "gamine", "fillette", "petite fille", "petit garçon",
  "remaja", "di bawah umur", "bocah", "anak kecil", "anak-anak",
  // Italian, Dutch, Polish, Russian, Turkish, Vietnamese, Swedish, Danish, Norwegian, Finnish, Hungarian, Czech, Arabic, Hindi.
  "minorenne", "minorenni", "ragazzina", "ragazzino", "bambina", "bambino", "liceale",
  "minderjarig", "minderjarige", "tiener", "tienermeisje", "tienerjongen", "kleuter", "scholier", "scholiere", "basisschoolleerling",
  "nastolatka", "nastolatek", "nastolatki", "niepełnoletni", "niepełnoletnia", "gimnazjalista", "gimnazjalistka", "podstawówce", "podstawówki",
  "подросток", "подростки", "несовершеннолетний", "несовершеннолетняя", "несовершеннолетняя", "школьница", "школьник", "школьники", "ребёнок", "ребенок",
  "reşit olmayan", "ergen", "lise öğrencisi", "ortaokul öğrencisi", "ilkokul öğrencisi", "ilkokulda",
  "vị thành niên", "học sinh", "trẻ con", "cấp hai", "cấp ba",
  "tonåring", "tonåringar", "minderårig", "mindreårig", "högstadiet", "mellanstadiet", "lågstadiet", "ungdomsskolen", "folkeskolen",
  "alaikäinen", "teini", "teini-ikäinen", "yläaste", "yläasteella", "ala-asteella",
  "kiskorú", "tinédzser", "általános iskolás",
  "nezletilý", "nezletilá", "náctiletá", "náctiletý", "puberťák", "školačka", "školák",
  "قاصر", "قاصرة", "مراهق", "مراهقة", "طفلة",
  "nabalig", "naabalig", "नाबालिग",
  // Danish, Norwegian, Swedish, Finnish, Slovak, Czech, Croatian, Serbian, Hebrew, Persian, Bengali, Greek, Romanian,
  // Hungarian, Russian, Ukrainian, Polish, German, Dutch, Spanish, Portuguese, Indonesian, Tagalog, Turkish, Hindi.
  "tenåring", "tenåringer", "tenåringsjente", "tenåringsgutt", "skolejente", "skolegutt", "skolepige", "skoledreng", "teenagepige", "folkeskoleelev", "ungdomsskoleelev", "barneskoleelev",
  "tonårstjej", "tonårskille", "skolflicka", "högstadieelev", "mellanstadieelev", "grundskoleelev",
  "koululainen", "koululaistyttö", "ala-asteikäinen", "yläasteikäinen", "yläastelainen",
  "maloletý", "maloletá", "maloleta", "tínedžer", "tínedžerka", "školáčka", "školák", "žiačka", "žiak", "základnej škole", "na základke",
  "žákyně", "na základce", "základní škole", "puberťačka",
  "maloljetnik", "maloljetnica", "maloljetna", "maloletnik", "maloletnica", "maloletna", "малолетник", "малолетница", "малолетна", "tinejdžer", "tinejdžerka", "тинејџер", "тинејџерка",
  "osnovnoškolac", "osnovnoškolka", "srednjoškolac", "srednjoškolka", "osnovnoj školi", "основној школи",
  "קטין", "קטינה", "מתבגר", "מתבגרת", "תלמידת תיכון", "תלמיד תיכון", "חטיבת ביניים",
  "نوجوان", "دختربچه", "دختر بچه", "پسربچه", "پسر بچه", "زیر سن قانونی", "دبیرستانی", "دانش‌آموز", "دانش آموز",
  "কিশোরী", "নাবালিকা", "নাবালক", "স্কুলছাত্রী", "স্কুলছাত্র",
  "ανήλικη", "ανήλικος", "ανήλικο", "ανήλικοι", "έφηβη", "έφηβος", "έφηβοι", "μαθήτρια γυμνασίου", "μαθητής γυμνασίου", "μαθήτρια δημοτικού", "μαθητής δημοτικού", "κοριτσάκι", "αγοράκι", "παιδάκι",
  "adolescentă", "adolescenta", "școlăriță", "scolarita", "școlar", "copilă", "puștoaică", "pustoaica", "la gimnaziu",
  "kamasz", "kamaszlány", "kamaszfiú", "tinilány", "hetedikes", "nyolcadikos", "hatodikos", "ötödikes", "negyedikes", "harmadikos",
  "малолетка", "малолетний", "малолетняя", "первоклашка", "школота", "підліток", "неповнолітній", "неповнолітня", "школярка", "школяр",
  "uczennica", "uczeń", "gimnazjum", "licealistka", "licealista", "małolata", "małolat",
  "teenie", "realschüler", "realschülerin", "hauptschüler", "hauptschülerin",
  "brugklasser", "puber", "pubermeisje", "basisschool",
  "chamaquita", "escuincla", "escuincle", "chavalita", "pibita", "en la prepa", "estudiante de prepa",
  "pirralha", "pirralho", "no fundamental", "ensino fundamental",
  "abg", "bocil", "anak smp", "anak sma", "anak sd", "dalagita", "binatilyo", "küçük kız", "küçük oğlan", "reşit değil",
  "une ado", "un ado", "les ados",
  // Czech and Slovak pupils by their year; Korean school years romanised ("jung3", "go1").
  "šesťák", "sedmák", "osmák", "deváťák", "devatak", "šesťačka", "sedmačka", "osmačka", "deváťačka", "šiestak", "siedmak", "ôsmak", "osmak", "deviatak", "deviataci", "deviatačka", "deviatacka", "ôsmaci", "ôsmačka", "piatak",
  "jung1", "jung2", "jung3", "go1", "go2", "cho4", "cho5", "cho6",
  // Lithuanian pupils by year; Finnish "seiskalla" (in seventh); Hungarian graders in the plural.
  "penktokas", "šeštokas", "septintokas", "aštuntokas", "devintokas", "penktokė", "šeštokė", "septintokė", "aštuntokė", "devintokė", "penktokai", "šeštokai", "septintokai", "aštuntokai", "devintokai", "astuntokas", "astuntokai",
  "seiskalla", "kasilla", "ysillä", "ysilla", "kutosella", "kuutosella", "vitosella",
  "nyolcadikosok", "hetedikesek", "hatodikosok", "tizedikesek", "kilencedikesek", "tizedikes", "kilencedikes",
  // Babies and the youngest pupils; Japanese pupils in romaji.
  "infant", "infants", "newborn", "newborns", "toddlers", "kindergartner", "kindergartners", "kindergartener", "kindergarteners", "preschooler", "preschoolers", "pre-schooler", "pre-schoolers", "teenaged", "schoolkid", "schoolkids", "school kid", "school kids", "schoolchild", "schoolchildren", "school children", "cub scout", "cub scouts",
  "shougakusei", "shōgakusei", "shogakusei", "chuugakusei", "chūgakusei", "chugakusei", "koukousei", "kōkōsei", "joshikousei",
  // The same words for an infant, a newborn or a toddler in other languages: those no one calls an adult ("bebé", "Baby",
  // "μωρό", "малыш", "bebek" and "vauva" are endearments too, and need what only a baby has beside them: young-children.ts).
  "nourrisson", "nourrissons", "nouveau-né", "nouveau-née", "nouveau-nés", "säugling", "säuglinge", "säuglings", "neugeborene", "neugeborenes", "kleinkind", "kleinkinder",
  "recién nacido", "recién nacida", "recién nacidos", "lactante", "lactantes", "recém-nascido", "recém-nascida", "lactente", "neonato", "neonata", "lattante",
  "zuigeling", "zuigelingen", "pasgeborene", "peuter", "peuters", "niemowlę", "niemowlęcia", "niemowlak", "niemowlaka", "noworodek", "noworodka",
  "miminko", "miminka", "miminku", "kojenec", "kojence", "novorozenec", "novorozeně", "batole", "batolete", "bábätko", "bábätka", "dojča", "novorodenec", "batoľa",
  "младенец", "младенца", "младенцу", "новорождённый", "новорожденный", "новорождённая", "новорожденная", "грудничок", "грудничка", "немовля", "немовляти", "новонароджений", "новонароджена",
  "новородено", "новороденото", "novorođenče", "novorođenčad", "csecsemő", "csecsemőt", "újszülött", "újszülöttet", "nou-născut", "nou-născută", "nou-nascut",
  "spädbarn", "spädbarnet", "nyfödd", "nyfödda", "spedbarn", "spedbarnet", "nyfødt", "nyfødte", "spædbarn", "spædbarnet", "vastasyntynyt", "imeväinen",
  "βρέφος", "νεογέννητο", "νεογέννητη", "yenidoğan", "kūdikis", "kūdikį", "kūdikio", "naujagimis", "nadó", "nadons", "imik", "vastsündinu",
  "תינוק", "תינוקת", "התינוק", "התינוקת", "رضيع", "رضيعة", "الرضيع", "الرضيعة", "نوزاد", "نوزادش", "शिशु", "नवजात", "নবজাতক", "نومولود",
  "bayi", "bayinya", "sanggol", "jariri", "jaririn", "trẻ sơ sinh", "mtoto mchanga",
];

/** The same in scripts without spaces: Japanese, Chinese, Korean, Thai. */
export const UNSPACED_MINOR_WORDS = [
  "中学生", "小学生", "高校生", "未成年", "中学校", "小学校", "女子高生", "男子高校生", "幼稚園", "園児", "中学一年", "中学二年", "中学三年", "高校一年", "高校二年",
  "初中生", "高中生", "初中", "高一", "高二", "初一", "初二", "初三",
  "중학생", "고등학생", "초등학생", "미성년자", "미성년", "고딩", "중딩", "초딩", "중학교", "초등학교", "고1", "고2", "중1", "중2", "중3",
  "เด็กนักเรียน", "ผู้เยาว์", "ประถม", "มัธยมต้น", "วัยรุ่น", "เด็กม.",
  "청소년", "여중생", "남중생", "여고생", "남고생", "잼민이", "초1", "초2", "초3", "초4", "초5", "초6",
  // Not Japanese "赤ちゃん", a team's youngest adult's nickname as often.
  "赤ん坊", "乳児", "新生児", "婴儿", "嬰兒", "新生儿", "新生兒", "신생아", "갓난아기", "갓난아이", "ทารก",
  // Hong Kong's secondary forms said with "study at" or "go up to" ("我讀中四", "升中一"); not alone ("中二病", "途中四回").
  "讀中一", "讀中二", "讀中三", "讀中四", "讀中五", "读中一", "读中二", "读中三", "读中四", "读中五", "升中一", "升中",
  "萝莉", "蘿莉", "正太", "ロリ", "ショタ", "小学", "中学", "高校1年", "高校2年", "高1", "高2", "生後", "생후", "中1", "中2", "中3", "小5", "小6", "國中生", "国中生",
];

/** Every prefix joined to every suffix: "achtklässlerin", "ósmoklasistka", "восьмиклассница", "kasiluokkalainen". */
function joined(prefixes: readonly string[], suffixes: readonly string[]): string[] {
  return prefixes.flatMap((prefix) => suffixes.map((suffix) => prefix + suffix));
}

/**
 * Pupils named by their school year, one word, third year to tenth (first and second are also a train's class, or a
 * university's): German "Achtklässlerin", Polish "ósmoklasistka", Russian "восьмиклассница", Ukrainian "восьмикласниця",
 * Finnish "kasiluokkalainen" (not "одноклассник", a classmate).
 */
export const SCHOOL_YEAR_WORDS = [
  ...joined(["dritt", "viert", "fünft", "funft", "sechst", "siebt", "acht", "neunt", "zehnt"], ["klässler", "klässlerin", "klässlerinnen", "klassler", "klasslerin"]),
  ...joined(["trzecio", "czwarto", "piąto", "piato", "szósto", "szosto", "siódmo", "siodmo", "ósmo", "osmo"], ["klasista", "klasistka", "klasisty", "klasistki", "klasistą", "klasistką", "klasistce", "klasiści", "klasistów"]),
  ...joined(["третье", "четверо", "пяти", "шести", "семи", "восьми", "девяти", "десяти"], ["классник", "классница", "классники", "классницы", "классника", "классницу", "классницей", "классников"]),
  ...joined(["п'яти", "п’яти", "шести", "семи", "восьми", "дев'яти", "дев’яти", "десяти"], ["класник", "класниця", "класники", "класниці", "класника", "класницю"]),
  ...joined(["kolmas", "neljäs", "viides", "kuudes", "seitsemäs", "kahdeksas", "yhdeksäs", "kolmos", "nelos", "vitos", "kutos", "seiska", "kasi", "ysi"], ["luokkalainen", "luokkalaisen", "luokkalaiset", "luokkalaista", "luokkalaisena", "luokalla", "luokalle", "luokkaa"]),
];
