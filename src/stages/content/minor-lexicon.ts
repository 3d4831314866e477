/**
 * Words that say a person is a minor, whoever says them, by language. Each names a child, a
 * teenager or a pupil of a school only minors attend; words that are also endearments for adults
 * ("малыш", "девочка", "em bé", "baby") or plain words elsewhere (German "Kind", English "kind")
 * are left out. Scripts written without spaces are matched inside runs of letters.
 */
export const MINOR_WORDS = [
  "teenager", "teenagers", "preteen", "pre-teen", "tween", "underage", "under age", "schoolgirl", "schoolboy", "toddler", "loli", "shota",
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
  // Babies and the youngest pupils; Japanese pupils in romaji.
  "infant", "infants", "newborn", "newborns", "toddlers", "kindergartner", "kindergartners", "kindergartener", "kindergarteners",
  "shougakusei", "shōgakusei", "shogakusei", "chuugakusei", "chūgakusei", "chugakusei", "koukousei", "kōkōsei", "joshikousei",
];

/** The same in scripts without spaces: Japanese, Chinese, Korean, Thai. */
export const UNSPACED_MINOR_WORDS = [
  "中学生", "小学生", "高校生", "未成年", "中学校", "小学校", "女子高生", "男子高校生", "幼稚園", "園児", "中学一年", "中学二年", "中学三年", "高校一年", "高校二年",
  "初中生", "高中生", "初中", "高一", "高二", "初一", "初二", "初三",
  "중학생", "고등학생", "초등학생", "미성년자", "미성년", "고딩", "중딩", "초딩", "중학교", "초등학교", "고1", "고2", "중1", "중2", "중3",
  "เด็กนักเรียน", "ผู้เยาว์", "ประถม", "มัธยมต้น",
];
