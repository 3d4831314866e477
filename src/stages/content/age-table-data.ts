/**
 * How people state a young person's age and school year, by language: a reference table written for this
 * project (no maintained source holds it), compiled by `age-table.ts`. Per language: age statements with {N}
 * where the number goes, age questions, school years with {G} (a grade number) or {ORD} (an ordinal word) and
 * the highest grade every pupil of that system is still under 18 in, ordinals, names of school stages only
 * minors attend, words for minors, and phrases with those words that do not mean a minor (`adult_traps`, which
 * the tests hold the detector to). Forms are written as chats write them, unaccented and misspelled ones too.
 */
export interface AgeTableLanguage {
  language: string;
  code: string;
  age_statements: readonly string[];
  age_questions: readonly string[];
  school_years: readonly { pattern: string; max_minor_grade: number }[];
  ordinals: Readonly<Record<string, readonly string[]>>;
  school_names: readonly string[];
  minor_words: readonly string[];
  adult_traps: readonly string[];
}

export const AGE_TABLE: readonly AgeTableLanguage[] = [
 {
  "language": "English",
  "code": "en",
  "age_statements": [
   "I'm {N}",
   "im {N}",
   "i am {N}",
   "I'm {N} years old",
   "im {N} years old",
   "I am {N} years old",
   "im {N} yrs old",
   "I'm {N} yo",
   "{N} years old",
   "{N} yrs old",
   "{N}yrs old",
   "{N} yo",
   "{N}yo",
   "{N} y/o",
   "{N}y/o",
   "{N}-year-old",
   "{N} year old",
   "{N} yr old",
   "she's {N}",
   "he's {N}",
   "shes {N}",
   "hes {N}",
   "she is {N} years old",
   "he is {N} years old",
   "I just turned {N}",
   "just turned {N}",
   "I'm only {N}",
   "im only {N}",
   "aged {N}",
   "age {N}",
   "{N}f",
   "{N}m",
   "{N} f",
   "{N}/f",
   "{N} (f)",
   "i'm {N} and",
   "ima {N}"
  ],
  "age_questions": [
   "how old are you",
   "how old r u",
   "how old are u",
   "how old r you",
   "how old ru",
   "how old ur",
   "hw old r u",
   "how old are you?",
   "what's your age",
   "whats your age",
   "wats ur age",
   "what is your age",
   "ur age?",
   "your age?",
   "age?",
   "asl",
   "a/s/l",
   "what age are you",
   "how old is she",
   "how old is he",
   "how old",
   "hold old are you"
  ],
  "school_years": [
   {
    "pattern": "in {ORD} grade",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} grade",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} grader",
    "max_minor_grade": 11
   },
   {
    "pattern": "in grade {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "grade {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "gr {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "gr. {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "in year {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "year {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "yr {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "y{G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} year of high school",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} year in high school",
    "max_minor_grade": 3
   },
   {
    "pattern": "in S{G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "in P{G}",
    "max_minor_grade": 7
   },
   {
    "pattern": "in form {G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "sec {G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "JC{G}",
    "max_minor_grade": 1
   }
  ],
  "ordinals": {
   "1": [
    "first",
    "1st",
    "frist"
   ],
   "2": [
    "second",
    "2nd",
    "2d"
   ],
   "3": [
    "third",
    "3rd",
    "3d",
    "thrid"
   ],
   "4": [
    "fourth",
    "4th",
    "forth"
   ],
   "5": [
    "fifth",
    "5th",
    "fith"
   ],
   "6": [
    "sixth",
    "6th",
    "sixt"
   ],
   "7": [
    "seventh",
    "7th"
   ],
   "8": [
    "eighth",
    "8th",
    "eigth",
    "eight"
   ],
   "9": [
    "ninth",
    "9th",
    "nineth",
    "9nth"
   ],
   "10": [
    "tenth",
    "10th"
   ],
   "11": [
    "eleventh",
    "11th"
   ],
   "12": [
    "twelfth",
    "12th",
    "twelth",
    "twelvth"
   ]
  },
  "school_names": [
   "middle school",
   "middle skool",
   "middle",
   "jr high",
   "junior high",
   "junior high school",
   "elementary",
   "elementary school",
   "grade school",
   "primary school",
   "primary",
   "intermediate school",
   "junior school",
   "K-8",
   "lower school",
   "mid school"
  ],
  "minor_words": [
   "minor",
   "underage",
   "under age",
   "under-age",
   "underaged",
   "under 18",
   "not 18 yet",
   "not eighteen yet",
   "teenager",
   "young teen",
   "preteen",
   "pre-teen",
   "tween",
   "middle schooler",
   "middle-schooler",
   "high schooler",
   "highschooler",
   "high school freshman",
   "high school sophomore",
   "high school junior",
   "freshman in high school",
   "sophomore in high school",
   "schoolgirl",
   "schoolboy",
   "school girl",
   "school boy",
   "schoolkid",
   "seventh grader",
   "eighth grader",
   "ninth grader",
   "7th grader",
   "8th grader",
   "9th grader",
   "juvenile",
   "adolescent",
   "child",
   "little girl",
   "little boy",
   "thirteen-year-old",
   "fourteen-year-old",
   "fifteen-year-old",
   "sixteen-year-old",
   "seventeen-year-old",
   "GCSE student",
   "year 9 student"
  ],
  "adult_traps": [
   "{N} years ago",
   "when I was {N}",
   "since I was {N}",
   "back when I was {N}",
   "I was {N} when",
   "at age {N}",
   "for {N} years",
   "been {N} years",
   "{N} years of experience",
   "{N} years married",
   "{N} year anniversary",
   "my car is {N} years old",
   "{N} year old whisky",
   "{N}-year-old scotch",
   "{N} minutes",
   "minor issue",
   "minor detail",
   "minor key",
   "minor league",
   "minor injury",
   "minor in psychology",
   "a minor in",
   "teen titans",
   "teen wolf",
   "teen mom",
   "teenage mutant ninja turtles",
   "high school reunion",
   "high school sweetheart",
   "back in high school",
   "when I was in middle school",
   "in 9th grade I",
   "I teach {ORD} grade",
   "{ORD} grade teacher",
   "year {G} teacher",
   "grade 8 piano",
   "grade 5 violin",
   "inner child",
   "child at heart",
   "child of the 90s",
   "old school",
   "school of thought",
   "schoolboy error",
   "juvenile humor",
   "pupil of the eye",
   "dilated pupils",
   "class of 2010",
   "I feel {N} again",
   "forever {N}"
  ]
 },
 {
  "language": "Spanish",
  "code": "es",
  "age_statements": [
   "tengo {N} años",
   "tengo {N} anos",
   "tengo {N} anios",
   "tengo {N}",
   "tngo {N}",
   "tng {N} años",
   "yo tengo {N} años",
   "tengo {N} añitos",
   "tiene {N} años",
   "tiene {N} anos",
   "ella tiene {N} años",
   "él tiene {N} años",
   "el tiene {N}",
   "cumplí {N}",
   "cumpli {N}",
   "acabo de cumplir {N}",
   "ya tengo {N}",
   "solo tengo {N} años",
   "tengo apenas {N}",
   "{N} años",
   "de {N} años",
   "una chica de {N} años",
   "un chico de {N} años",
   "voy a cumplir {N}",
   "tengo {N} años y"
  ],
  "age_questions": [
   "cuántos años tienes",
   "cuantos años tienes",
   "cuantos anos tienes",
   "cuantos anios tienes",
   "cuántos años tenés",
   "cuantos años tenes",
   "cuantos tienes",
   "qué edad tienes",
   "que edad tienes",
   "q edad tienes",
   "qué edad tenés",
   "que edad tenes",
   "cuántos años tiene",
   "cuantos años tiene usted",
   "cuántos años tenéis",
   "cuantos añitos tienes",
   "tu edad?",
   "y tu edad",
   "edad?",
   "k edad tienes",
   "cuantos años tiene ella"
  ],
  "school_years": [
   {
    "pattern": "{ORD} de primaria",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} de la ESO",
    "max_minor_grade": 4
   },
   {
    "pattern": "{ORD} de ESO",
    "max_minor_grade": 4
   },
   {
    "pattern": "{ORD} ESO",
    "max_minor_grade": 4
   },
   {
    "pattern": "{ORD} de la eso",
    "max_minor_grade": 4
   },
   {
    "pattern": "{ORD} de bachillerato",
    "max_minor_grade": 1
   },
   {
    "pattern": "{ORD} de bachiller",
    "max_minor_grade": 1
   },
   {
    "pattern": "{ORD} de bach",
    "max_minor_grade": 1
   },
   {
    "pattern": "{ORD} de secundaria",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} de secu",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} año de secundaria",
    "max_minor_grade": 4
   },
   {
    "pattern": "{ORD} de prepa",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} semestre de prepa",
    "max_minor_grade": 4
   },
   {
    "pattern": "{ORD} medio",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} básico",
    "max_minor_grade": 8
   },
   {
    "pattern": "{ORD} basico",
    "max_minor_grade": 8
   },
   {
    "pattern": "{ORD} grado",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}° grado",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "primero",
    "primer",
    "primera",
    "1º",
    "1°",
    "1ro",
    "1er",
    "1o",
    "1ero"
   ],
   "2": [
    "segundo",
    "segunda",
    "2º",
    "2°",
    "2do",
    "2o"
   ],
   "3": [
    "tercero",
    "tercer",
    "tercera",
    "3º",
    "3°",
    "3ro",
    "3er",
    "3o"
   ],
   "4": [
    "cuarto",
    "cuarta",
    "4º",
    "4°",
    "4to",
    "4o"
   ],
   "5": [
    "quinto",
    "quinta",
    "5º",
    "5°",
    "5to"
   ],
   "6": [
    "sexto",
    "sexta",
    "6º",
    "6°",
    "6to"
   ],
   "7": [
    "séptimo",
    "septimo",
    "séptima",
    "7º",
    "7°",
    "7mo"
   ],
   "8": [
    "octavo",
    "octava",
    "8º",
    "8°",
    "8vo"
   ],
   "9": [
    "noveno",
    "novena",
    "9º",
    "9°",
    "9no"
   ],
   "10": [
    "décimo",
    "decimo",
    "10º",
    "10°",
    "10mo"
   ],
   "11": [
    "undécimo",
    "undecimo",
    "onceavo",
    "decimoprimero",
    "11º",
    "11°",
    "11vo"
   ],
   "12": [
    "duodécimo",
    "duodecimo",
    "doceavo",
    "decimosegundo",
    "12º",
    "12°",
    "12vo"
   ]
  },
  "school_names": [
   "primaria",
   "la primaria",
   "la escuela primaria",
   "la ESO",
   "la eso",
   "la secu",
   "la básica",
   "la basica",
   "el kínder",
   "la escuela"
  ],
  "minor_words": [
   "menor de edad",
   "menor de 18",
   "soy menor",
   "es menor",
   "todavía no tengo 18",
   "no tengo 18",
   "adolescente",
   "preadolescente",
   "púber",
   "puber",
   "puberto",
   "puberta",
   "colegiala",
   "colegial",
   "estudiante de secundaria",
   "alumna de secundaria",
   "alumno de primaria",
   "alumna de la ESO",
   "secundariano",
   "secundariana",
   "escuincle",
   "escuincla",
   "quinceañera",
   "niña de primaria",
   "chica de la ESO",
   "trece años",
   "catorce años",
   "quince años",
   "dieciséis años",
   "diecisiete años"
  ],
  "adult_traps": [
   "hace {N} años",
   "cuando tenía {N}",
   "cuando tenia {N} años",
   "desde los {N}",
   "a los {N} años",
   "llevo {N} años",
   "{N} años de experiencia",
   "{N} años de casados",
   "un coche de {N} años",
   "el carro tiene {N} años",
   "menor importancia",
   "en menor medida",
   "al por menor",
   "la menor de mis hermanas",
   "hermano menor",
   "hermana menor",
   "mi hija menor",
   "la más menor",
   "do menor",
   "escala menor",
   "cuando estaba en la secundaria",
   "en mis tiempos de prepa",
   "amigos de la secundaria",
   "maestra de primaria",
   "profe de 3º de la ESO",
   "la niña de mis ojos",
   "cuando cumplí quince",
   "eres una cría"
  ]
 },
 {
  "language": "Portuguese",
  "code": "pt",
  "age_statements": [
   "tenho {N} anos",
   "tenho {N}",
   "eu tenho {N} anos",
   "tnh {N} anos",
   "tenho {N} aninhos",
   "tenho só {N} anos",
   "tenho so {N}",
   "ela tem {N} anos",
   "ele tem {N} anos",
   "tem {N} anos",
   "fiz {N} anos",
   "acabei de fazer {N}",
   "vou fazer {N}",
   "tô com {N} anos",
   "to com {N} anos",
   "estou com {N} anos",
   "minha idade é {N}",
   "minha idade e {N}",
   "{N} anos",
   "uma menina de {N} anos",
   "um menino de {N} anos",
   "uma rapariga de {N} anos",
   "tenho {N} anoss"
  ],
  "age_questions": [
   "quantos anos você tem",
   "quantos anos voce tem",
   "quantos anos vc tem",
   "qts anos vc tem",
   "qnts anos vc tem",
   "qntos anos",
   "quantos anos tu tem",
   "quantos anos tens",
   "tens quantos anos",
   "vc tem quantos anos",
   "tem quantos anos",
   "qual a sua idade",
   "qual sua idade",
   "qual tua idade",
   "qual é a tua idade",
   "que idade tens",
   "q idade tens",
   "idade?",
   "quantos anos ela tem"
  ],
  "school_years": [
   {
    "pattern": "{ORD} ano do fundamental",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} ano do ensino fundamental",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} ano do fund",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} ano do médio",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} ano do medio",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} ano do ensino médio",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} do médio",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} do EM",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} colegial",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} série do médio",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} série",
    "max_minor_grade": 8
   },
   {
    "pattern": "{ORD} serie",
    "max_minor_grade": 8
   },
   {
    "pattern": "{ORD} ano do secundário",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} ano",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} ano do básico",
    "max_minor_grade": 9
   }
  ],
  "ordinals": {
   "1": [
    "primeiro",
    "primeira",
    "1º",
    "1°",
    "1o",
    "1ª",
    "1a"
   ],
   "2": [
    "segundo",
    "segunda",
    "2º",
    "2°",
    "2o",
    "2ª",
    "2a"
   ],
   "3": [
    "terceiro",
    "terceira",
    "3º",
    "3°",
    "3o",
    "3ª",
    "3a"
   ],
   "4": [
    "quarto",
    "quarta",
    "4º",
    "4°",
    "4o",
    "4ª"
   ],
   "5": [
    "quinto",
    "quinta",
    "5º",
    "5°",
    "5o",
    "5ª"
   ],
   "6": [
    "sexto",
    "sexta",
    "6º",
    "6°",
    "6o",
    "6ª"
   ],
   "7": [
    "sétimo",
    "setimo",
    "sétima",
    "7º",
    "7°",
    "7o",
    "7ª"
   ],
   "8": [
    "oitavo",
    "oitava",
    "8º",
    "8°",
    "8o",
    "8ª"
   ],
   "9": [
    "nono",
    "nona",
    "9º",
    "9°",
    "9o"
   ],
   "10": [
    "décimo",
    "decimo",
    "10º",
    "10°",
    "10o"
   ],
   "11": [
    "décimo primeiro",
    "decimo primeiro",
    "11º",
    "11°",
    "11o"
   ],
   "12": [
    "décimo segundo",
    "decimo segundo",
    "12º",
    "12°",
    "12o"
   ]
  },
  "school_names": [
   "ensino fundamental",
   "fundamental II",
   "ginásio",
   "ginasio",
   "primário",
   "primario",
   "escola primária",
   "ensino básico",
   "2º ciclo",
   "3º ciclo",
   "ciclo preparatório",
   "primeira fase do fundamental"
  ],
  "minor_words": [
   "menor de idade",
   "de menor",
   "sou de menor",
   "é de menor",
   "menor",
   "ainda não tenho 18",
   "nao tenho 18",
   "adolescente",
   "pré-adolescente",
   "pre adolescente",
   "aborrecente",
   "aluna do fundamental",
   "aluno do fundamental",
   "estudante do ensino médio",
   "aluna do 9º ano",
   "colegial",
   "pirralha",
   "pirralho",
   "criança",
   "menina de escola",
   "treze anos",
   "catorze anos",
   "quatorze anos",
   "quinze anos",
   "dezesseis anos",
   "dezasseis anos",
   "dezessete anos",
   "dezassete anos"
  ],
  "adult_traps": [
   "há {N} anos",
   "ha {N} anos",
   "{N} anos atrás",
   "faz {N} anos",
   "quando eu tinha {N}",
   "desde os {N}",
   "aos {N} anos",
   "{N} anos de casados",
   "{N} anos de experiência",
   "carro com {N} anos",
   "irmã menor",
   "menor preço",
   "menor problema",
   "de menor importância",
   "no mínimo",
   "na minha época de colegial",
   "quando eu tava no ensino médio",
   "professora do fundamental",
   "3º ano da faculdade",
   "3º ano de direito",
   "1º ano de medicina",
   "criança interior",
   "escola da vida",
   "tempos de escola",
   "quando fiz 15 anos"
  ]
 },
 {
  "language": "French",
  "code": "fr",
  "age_statements": [
   "j'ai {N} ans",
   "jai {N} ans",
   "j ai {N} ans",
   "j'ai {N}ans",
   "moi j'ai {N} ans",
   "j'ai que {N} ans",
   "j'ai seulement {N} ans",
   "il a {N} ans",
   "elle a {N} ans",
   "elle a {N}",
   "âgé de {N} ans",
   "âgée de {N} ans",
   "agee de {N} ans",
   "age de {N} ans",
   "je viens d'avoir {N} ans",
   "j'viens d'avoir {N} ans",
   "je vais avoir {N} ans",
   "une fille de {N} ans",
   "un garçon de {N} ans",
   "jsuis {N} ans"
  ],
  "age_questions": [
   "tu as quel âge",
   "tu as quel age",
   "t'as quel âge",
   "t'as quel age",
   "tas quel age",
   "ta quel age",
   "t quel age",
   "tu a quel age",
   "quel âge as-tu",
   "quel age as tu",
   "quel âge tu as",
   "quel age ta",
   "vous avez quel âge",
   "quel âge avez-vous",
   "t'as kel age",
   "kel age",
   "ton âge ?",
   "ton age",
   "quel âge elle a",
   "elle a quel âge",
   "t'as quel âge toi"
  ],
  "school_years": [
   {
    "pattern": "je suis en {ORD}",
    "max_minor_grade": 6
   },
   {
    "pattern": "en classe de {ORD}",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} secondaire",
    "max_minor_grade": 5
   },
   {
    "pattern": "en {ORD} secondaire",
    "max_minor_grade": 5
   },
   {
    "pattern": "secondaire {G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "{ORD} primaire",
    "max_minor_grade": 6
   },
   {
    "pattern": "en {ORD} année",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} année primaire",
    "max_minor_grade": 6
   }
  ],
  "ordinals": {
   "1": [
    "première",
    "premiere",
    "1ère",
    "1ere",
    "1re",
    "premier",
    "1er"
   ],
   "2": [
    "seconde",
    "2nde",
    "2de",
    "deuxième",
    "deuxieme",
    "2e",
    "2ème",
    "2eme"
   ],
   "3": [
    "troisième",
    "troisieme",
    "3e",
    "3ème",
    "3eme"
   ],
   "4": [
    "quatrième",
    "quatrieme",
    "4e",
    "4ème",
    "4eme"
   ],
   "5": [
    "cinquième",
    "cinquieme",
    "5e",
    "5ème",
    "5eme"
   ],
   "6": [
    "sixième",
    "sixieme",
    "6e",
    "6ème",
    "6eme"
   ],
   "7": [
    "septième",
    "septieme",
    "7e",
    "7ème"
   ],
   "8": [
    "huitième",
    "huitieme",
    "8e",
    "8ème"
   ],
   "9": [
    "neuvième",
    "neuvieme",
    "9e",
    "9ème"
   ],
   "10": [
    "dixième",
    "dixieme",
    "10e",
    "10ème"
   ],
   "11": [
    "onzième",
    "onzieme",
    "11e",
    "11ème"
   ],
   "12": [
    "douzième",
    "douzieme",
    "12e",
    "12ème"
   ]
  },
  "school_names": [
   "collège",
   "au collège",
   "au college",
   "en CP",
   "CP",
   "CE1",
   "CE2",
   "CM1",
   "CM2",
   "en sixième",
   "en troisième",
   "en 2nde",
   "primaire",
   "en primaire",
   "au primaire",
   "école primaire",
   "ecole primaire",
   "maternelle"
  ],
  "minor_words": [
   "mineur",
   "mineure",
   "je suis mineur",
   "je suis mineure",
   "pas encore majeur",
   "pas majeure",
   "moins de 18 ans",
   "une ado",
   "adolescent",
   "adolescente",
   "préado",
   "preado",
   "préadolescente",
   "collégien",
   "collégienne",
   "collegienne",
   "collegien",
   "lycéenne",
   "lyceenne",
   "lycéen",
   "écolière",
   "ecoliere",
   "écolier",
   "fillette",
   "élève de 3e",
   "élève de primaire",
   "treize ans",
   "dix-sept ans",
   "je passe le brevet",
   "brevet blanc"
  ],
  "adult_traps": [
   "il y a {N} ans",
   "y a {N} ans",
   "ya {N} ans",
   "quand j'avais {N} ans",
   "depuis {N} ans",
   "depuis mes {N} ans",
   "à {N} ans",
   "{N} ans de mariage",
   "{N} ans d'expérience",
   "une voiture de {N} ans",
   "un vin de {N} ans",
   "mineur de fond",
   "mode mineur",
   "accord mineur",
   "une mineure en",
   "infraction mineure",
   "un problème mineur",
   "en première année de fac",
   "en 3e année de licence",
   "billet de première classe",
   "prof de collège",
   "prof de 3e",
   "âge mental de {N} ans",
   "ado attardé",
   "quand j'étais au collège",
   "à l'époque du lycée",
   "enfant du pays"
  ]
 },
 {
  "language": "German",
  "code": "de",
  "age_statements": [
   "ich bin {N}",
   "ich bin {N} jahre alt",
   "ich bin {N} Jahre alt",
   "ich bin {N} jahre",
   "ich bin {N} j",
   "ich bin erst {N}",
   "ich bin grad {N} geworden",
   "bin gerade {N} geworden",
   "ich werde {N}",
   "sie ist {N}",
   "er ist {N}",
   "sie ist {N} Jahre alt",
   "er ist {N} jahre alt",
   "{N} Jahre alt",
   "{N} jahre",
   "{N} J.",
   "{N}-jährige",
   "{N}jährige",
   "{N}-Jährige",
   "{N}-jähriger",
   "{N} jährig",
   "{N}-jaehrige",
   "ich bin {N} jahre jung"
  ],
  "age_questions": [
   "wie alt bist du",
   "wie alt bist du?",
   "wie alt biste",
   "wie alt bist",
   "wie alt bisch du",
   "wie alt bist du eigentlich",
   "wie alt bist denn du",
   "wie alt sind Sie",
   "wie alt sind sie",
   "wie alt bist du nochmal",
   "wie alt?",
   "alter?",
   "wie alt ist sie",
   "wie alt is sie",
   "wie alt ist er",
   "wie alt seid ihr",
   "wi alt bist du",
   "wie alt bisst du"
  ],
  "school_years": [
   {
    "pattern": "in der {G}. Klasse",
    "max_minor_grade": 11
   },
   {
    "pattern": "in der {ORD} Klasse",
    "max_minor_grade": 11
   },
   {
    "pattern": "in die {G}. Klasse",
    "max_minor_grade": 11
   },
   {
    "pattern": "in die {ORD} Klasse",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. Klasse",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} Klasse",
    "max_minor_grade": 11
   },
   {
    "pattern": "Klasse {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "in der {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. Klässler",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. Klässlerin",
    "max_minor_grade": 11
   },
   {
    "pattern": "Jahrgangsstufe {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. Klasse Gymnasium",
    "max_minor_grade": 7
   },
   {
    "pattern": "{G}. Klasse Gym",
    "max_minor_grade": 7
   },
   {
    "pattern": "in der {G}. Sek",
    "max_minor_grade": 3
   },
   {
    "pattern": "{G}. Oberstufe",
    "max_minor_grade": 3
   }
  ],
  "ordinals": {
   "1": [
    "erste",
    "ersten",
    "1.",
    "1te",
    "1ten"
   ],
   "2": [
    "zweite",
    "zweiten",
    "2.",
    "2te",
    "2ten"
   ],
   "3": [
    "dritte",
    "dritten",
    "3.",
    "3te",
    "3ten"
   ],
   "4": [
    "vierte",
    "vierten",
    "4.",
    "4te",
    "4ten"
   ],
   "5": [
    "fünfte",
    "fünften",
    "fuenften",
    "funften",
    "5.",
    "5te",
    "5ten"
   ],
   "6": [
    "sechste",
    "sechsten",
    "6.",
    "6te",
    "6ten"
   ],
   "7": [
    "siebte",
    "siebten",
    "siebente",
    "siebenten",
    "7.",
    "7te",
    "7ten"
   ],
   "8": [
    "achte",
    "achten",
    "8.",
    "8te",
    "8ten"
   ],
   "9": [
    "neunte",
    "neunten",
    "9.",
    "9te",
    "9ten"
   ],
   "10": [
    "zehnte",
    "zehnten",
    "10.",
    "10te",
    "10ten"
   ],
   "11": [
    "elfte",
    "elften",
    "11.",
    "11te"
   ],
   "12": [
    "zwölfte",
    "zwölften",
    "zwoelften",
    "zwolften",
    "12.",
    "12te"
   ]
  },
  "school_names": [
   "Grundschule",
   "grundschule",
   "in der Grundschule",
   "Unterstufe",
   "Mittelstufe",
   "Sek I",
   "Sekundarstufe I",
   "Volksschule",
   "Hauptschule",
   "Realschule",
   "Mittelschule",
   "NMS",
   "Werkrealschule",
   "Orientierungsstufe",
   "Primarschule",
   "Primar",
   "Sek",
   "Förderschule"
  ],
  "minor_words": [
   "minderjährig",
   "minderjaehrig",
   "minderjarig",
   "Minderjährige",
   "minderjährige",
   "unter 18",
   "noch nicht 18",
   "U18",
   "Teenager",
   "Teenie",
   "Jugendliche",
   "Jugendlicher",
   "Pubertierende",
   "Schulmädchen",
   "Schuljunge",
   "Grundschülerin",
   "Grundschüler",
   "Hauptschülerin",
   "Realschülerin",
   "Unterstufenschülerin",
   "Fünftklässlerin",
   "Siebtklässler",
   "Achtklässlerin",
   "Neuntklässler",
   "Göre",
   "Dreizehnjährige",
   "Vierzehnjährige",
   "Fünfzehnjährige",
   "Sechzehnjährige",
   "Siebzehnjährige"
  ],
  "adult_traps": [
   "vor {N} Jahren",
   "als ich {N} war",
   "seit {N} Jahren",
   "seit ich {N} bin",
   "mit {N} Jahren",
   "{N} Jahre verheiratet",
   "{N} Jahre Berufserfahrung",
   "das Auto ist {N} Jahre alt",
   "{N} Jahre alter Whisky",
   "Klasse!",
   "erste Klasse fahren",
   "1. Klasse Ticket",
   "Weltklasse",
   "Kreisklasse",
   "Führerscheinklasse",
   "Klassentreffen",
   "Jugendherberge",
   "Jugendsünde",
   "Kindskopf",
   "Kind der 80er",
   "Lehrerin der 5. Klasse",
   "ich unterrichte die 8. Klasse",
   "damals in der Schule",
   "ich arbeite beim Jugendamt"
  ]
 },
 {
  "language": "Italian",
  "code": "it",
  "age_statements": [
   "ho {N} anni",
   "io ho {N} anni",
   "o {N} anni",
   "ho {N}anni",
   "ho solo {N} anni",
   "ne ho {N}",
   "ha {N} anni",
   "lei ha {N} anni",
   "lui ha {N} anni",
   "{N} anni",
   "di {N} anni",
   "ho compiuto {N} anni",
   "ho appena compiuto {N} anni",
   "ho fatto {N} anni",
   "compio {N} anni",
   "sto per compiere {N} anni",
   "una ragazza di {N} anni",
   "un ragazzo di {N} anni",
   "ho {N} anni e"
  ],
  "age_questions": [
   "quanti anni hai",
   "quanti anni hai?",
   "quanti anni ai",
   "qanti anni hai",
   "quanti anni c'hai",
   "quanti anni ha",
   "quanti anni ha lei",
   "quanti anni avete",
   "che età hai",
   "che eta hai",
   "ma quanti anni hai",
   "anni?",
   "età?",
   "eta?",
   "di che anno sei",
   "quanti ne hai"
  ],
  "school_years": [
   {
    "pattern": "in {ORD} media",
    "max_minor_grade": 3
   },
   {
    "pattern": "faccio la {ORD} media",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} superiore",
    "max_minor_grade": 3
   },
   {
    "pattern": "in {ORD} superiore",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} anno delle superiori",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} liceo",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} anno di liceo",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} elementare",
    "max_minor_grade": 5
   },
   {
    "pattern": "{ORD} elementari",
    "max_minor_grade": 5
   },
   {
    "pattern": "in {ORD} elementare",
    "max_minor_grade": 5
   },
   {
    "pattern": "{ORD} ginnasio",
    "max_minor_grade": 5
   }
  ],
  "ordinals": {
   "1": [
    "prima",
    "primo",
    "1°",
    "1ª",
    "1a",
    "I"
   ],
   "2": [
    "seconda",
    "secondo",
    "2°",
    "2ª",
    "2a",
    "II"
   ],
   "3": [
    "terza",
    "terzo",
    "3°",
    "3ª",
    "3a",
    "III"
   ],
   "4": [
    "quarta",
    "quarto",
    "4°",
    "4ª",
    "4a",
    "IV"
   ],
   "5": [
    "quinta",
    "quinto",
    "5°",
    "5ª",
    "5a",
    "V"
   ],
   "6": [
    "sesta",
    "sesto",
    "6°",
    "6a"
   ],
   "7": [
    "settima",
    "settimo",
    "7°"
   ],
   "8": [
    "ottava",
    "ottavo",
    "8°"
   ],
   "9": [
    "nona",
    "nono",
    "9°"
   ],
   "10": [
    "decima",
    "decimo",
    "10°"
   ],
   "11": [
    "undicesima",
    "undicesimo",
    "11°"
   ],
   "12": [
    "dodicesima",
    "dodicesimo",
    "12°"
   ]
  },
  "school_names": [
   "alle medie",
   "le medie",
   "medie",
   "scuola media",
   "scuole medie",
   "alle elementari",
   "elementari",
   "scuola elementare",
   "primaria",
   "scuola primaria",
   "secondaria di primo grado",
   "in terza media",
   "al biennio",
   "biennio"
  ],
  "minor_words": [
   "minorenne",
   "sono minorenne",
   "minore",
   "non ancora maggiorenne",
   "under 18",
   "adolescente",
   "preadolescente",
   "ragazzina",
   "ragazzino",
   "ragazzina delle medie",
   "studentessa delle medie",
   "studente delle medie",
   "alunna",
   "alunno",
   "scolaretta",
   "scolaro",
   "liceale",
   "tredicenne",
   "quattordicenne",
   "quindicenne",
   "sedicenne",
   "diciassettenne",
   "dodicenne"
  ],
  "adult_traps": [
   "{N} anni fa",
   "quando avevo {N} anni",
   "da {N} anni",
   "a {N} anni",
   "sposati da {N} anni",
   "{N} anni di esperienza",
   "la macchina ha {N} anni",
   "fratello minore",
   "sorella minore",
   "la minore",
   "minore di",
   "in misura minore",
   "tono minore",
   "ai tempi delle medie",
   "ai tempi del liceo",
   "professoressa delle medie",
   "insegno in terza media",
   "prima classe",
   "di prima categoria",
   "studentessa universitaria",
   "eterna ragazzina"
  ]
 },
 {
  "language": "Dutch",
  "code": "nl",
  "age_statements": [
   "ik ben {N}",
   "ik ben {N} jaar",
   "ik ben {N} jaar oud",
   "ik ben {N} jr",
   "ik ben {N}j",
   "kben {N}",
   "ik ben pas {N}",
   "ik ben net {N} geworden",
   "ik word {N}",
   "zij is {N}",
   "ze is {N}",
   "hij is {N} jaar",
   "ze is {N} jaar oud",
   "{N} jaar oud",
   "{N} jaar",
   "{N}-jarige",
   "{N}jarige",
   "{N} jarig",
   "ik ben {N} jaar jong"
  ],
  "age_questions": [
   "hoe oud ben je",
   "hoe oud ben jij",
   "hoe oud ben je?",
   "hoe oud ben je eigenlijk",
   "hoe oud ben je nu",
   "hoe oud bn je",
   "hoe oud ben jy",
   "hoeoud ben je",
   "hoe oud bent u",
   "hoe oud ben u",
   "hoe oud is ze",
   "hoe oud is zij",
   "hoe oud is hij",
   "wat is je leeftijd",
   "leeftijd?",
   "hoe oud",
   "hoe oud zijn jullie"
  ],
  "school_years": [
   {
    "pattern": "groep {G}",
    "max_minor_grade": 8
   },
   {
    "pattern": "in groep {G}",
    "max_minor_grade": 8
   },
   {
    "pattern": "ik zit in groep {G}",
    "max_minor_grade": 8
   },
   {
    "pattern": "klas {G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "in de {ORD} klas",
    "max_minor_grade": 5
   },
   {
    "pattern": "{ORD} klas",
    "max_minor_grade": 5
   },
   {
    "pattern": "{G} havo",
    "max_minor_grade": 5
   },
   {
    "pattern": "{G}havo",
    "max_minor_grade": 5
   },
   {
    "pattern": "{G} vwo",
    "max_minor_grade": 5
   },
   {
    "pattern": "{G}vwo",
    "max_minor_grade": 5
   },
   {
    "pattern": "{G} vmbo",
    "max_minor_grade": 4
   },
   {
    "pattern": "{G} mavo",
    "max_minor_grade": 4
   },
   {
    "pattern": "{ORD} middelbaar",
    "max_minor_grade": 5
   },
   {
    "pattern": "{ORD} jaar middelbaar",
    "max_minor_grade": 5
   },
   {
    "pattern": "{ORD} secundair",
    "max_minor_grade": 5
   },
   {
    "pattern": "{ORD} leerjaar",
    "max_minor_grade": 6
   }
  ],
  "ordinals": {
   "1": [
    "eerste",
    "1e",
    "1ste"
   ],
   "2": [
    "tweede",
    "2e",
    "2de"
   ],
   "3": [
    "derde",
    "3e",
    "3de"
   ],
   "4": [
    "vierde",
    "4e",
    "4de"
   ],
   "5": [
    "vijfde",
    "5e",
    "5de"
   ],
   "6": [
    "zesde",
    "6e",
    "6de"
   ],
   "7": [
    "zevende",
    "7e",
    "7de"
   ],
   "8": [
    "achtste",
    "8e",
    "8ste"
   ],
   "9": [
    "negende",
    "9e",
    "9de"
   ],
   "10": [
    "tiende",
    "10e",
    "10de"
   ],
   "11": [
    "elfde",
    "11e",
    "11de"
   ],
   "12": [
    "twaalfde",
    "12e",
    "12de"
   ]
  },
  "school_names": [
   "basisschool",
   "de basisschool",
   "op de basisschool",
   "brugklas",
   "de brugklas",
   "in de brugklas",
   "onderbouw",
   "lagere school",
   "de lagere school",
   "basisonderwijs",
   "vmbo",
   "het vmbo",
   "mavo",
   "de mavo",
   "havo",
   "de havo",
   "eerste graad",
   "tweede graad",
   "groep 8",
   "middenschool"
  ],
  "minor_words": [
   "minderjarig",
   "minderjarige",
   "onder de 18",
   "nog geen 18",
   "tiener",
   "tienermeisje",
   "tienerjongen",
   "puber",
   "pubermeisje",
   "scholier",
   "scholiere",
   "schoolmeisje",
   "schooljongen",
   "brugklasser",
   "brugpieper",
   "basisschoolleerling",
   "leerling van groep 8",
   "vmbo'er",
   "havist",
   "jochie",
   "dertienjarige",
   "veertienjarige",
   "vijftienjarige",
   "zestienjarige",
   "zeventienjarige"
  ],
  "adult_traps": [
   "{N} jaar geleden",
   "toen ik {N} was",
   "sinds ik {N} was",
   "al {N} jaar",
   "{N} jaar getrouwd",
   "{N} jaar ervaring",
   "de auto is {N} jaar oud",
   "eerste klas reizen",
   "eerste klas treinkaartje",
   "wereldklasse",
   "klasse!",
   "puberaal gedrag",
   "toen ik op de middelbare zat",
   "juf van groep {G}",
   "leraar van groep {G}",
   "ik geef les aan {G} havo",
   "mentor van de brugklas",
   "kind aan huis"
  ]
 },
 {
  "language": "Polish",
  "code": "pl",
  "age_statements": [
   "mam {N} lat",
   "mam {N}lat",
   "mam dopiero {N} lat",
   "mam tylko {N} lat",
   "ja mam {N} lat",
   "ona ma {N} lat",
   "on ma {N} lat",
   "ma {N} lat",
   "skończyłam {N} lat",
   "skonczylam {N} lat",
   "skończyłem {N} lat",
   "skonczylem {N}",
   "kończę {N} lat",
   "koncze {N}",
   "{N}-latka",
   "{N}latka",
   "{N}-latek",
   "{N}latek",
   "{N} latka"
  ],
  "age_questions": [
   "ile masz lat",
   "ile masz lat?",
   "ile ty masz lat",
   "ile lat masz",
   "ile masz latek",
   "ile maz lat",
   "ile masz",
   "ile ty masz",
   "a ty ile masz",
   "ile lat",
   "ile pani ma lat",
   "ile ma lat",
   "ile ona ma lat",
   "wiek?",
   "ile masz lat w ogóle"
  ],
  "school_years": [
   {
    "pattern": "w {ORD} klasie",
    "max_minor_grade": 8
   },
   {
    "pattern": "jestem w {ORD} klasie",
    "max_minor_grade": 8
   },
   {
    "pattern": "chodzę do {ORD} klasy",
    "max_minor_grade": 8
   },
   {
    "pattern": "chodze do {ORD} klasy",
    "max_minor_grade": 8
   },
   {
    "pattern": "{ORD} klasa",
    "max_minor_grade": 8
   },
   {
    "pattern": "klasa {G}",
    "max_minor_grade": 8
   },
   {
    "pattern": "{G} klasa",
    "max_minor_grade": 8
   },
   {
    "pattern": "w {G} klasie",
    "max_minor_grade": 8
   },
   {
    "pattern": "{ORD} klasa podstawówki",
    "max_minor_grade": 8
   },
   {
    "pattern": "{ORD} klasa liceum",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} klasie liceum",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} klasa technikum",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} klasie technikum",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} gimnazjum",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} klasa gimnazjum",
    "max_minor_grade": 3
   },
   {
    "pattern": "{G} gim",
    "max_minor_grade": 3
   }
  ],
  "ordinals": {
   "1": [
    "pierwsza",
    "pierwszej",
    "pierwszą",
    "I"
   ],
   "2": [
    "druga",
    "drugiej",
    "drugą",
    "II"
   ],
   "3": [
    "trzecia",
    "trzeciej",
    "trzecią",
    "III"
   ],
   "4": [
    "czwarta",
    "czwartej",
    "czwartą",
    "IV"
   ],
   "5": [
    "piąta",
    "piątej",
    "piata",
    "piatej",
    "V"
   ],
   "6": [
    "szósta",
    "szóstej",
    "szosta",
    "szostej",
    "VI"
   ],
   "7": [
    "siódma",
    "siódmej",
    "siodma",
    "siodmej",
    "VII"
   ],
   "8": [
    "ósma",
    "ósmej",
    "osma",
    "osmej",
    "VIII"
   ],
   "9": [
    "dziewiąta",
    "dziewiątej",
    "dziewiata",
    "dziewiatej"
   ],
   "10": [
    "dziesiąta",
    "dziesiątej",
    "dziesiata"
   ],
   "11": [
    "jedenasta",
    "jedenastej"
   ],
   "12": [
    "dwunasta",
    "dwunastej"
   ]
  },
  "school_names": [
   "podstawówka",
   "podstawowka",
   "w podstawówce",
   "w podstawowce",
   "do podstawówki",
   "szkoła podstawowa",
   "szkole podstawowej",
   "podstawówki",
   "gimnazjum",
   "w gimnazjum",
   "do gimnazjum",
   "gimbaza",
   "w gimbazie",
   "zerówka",
   "przedszkole"
  ],
  "minor_words": [
   "niepełnoletnia",
   "niepełnoletni",
   "niepelnoletnia",
   "niepelnoletni",
   "nieletnia",
   "nieletni",
   "małoletnia",
   "maloletnia",
   "małolata",
   "malolata",
   "małolat",
   "nastolatka",
   "nastolatek",
   "uczennica",
   "uczennica podstawówki",
   "uczeń podstawówki",
   "gimnazjalistka",
   "gimnazjalista",
   "licealistka",
   "licealista",
   "ósmoklasistka",
   "osmoklasistka",
   "ósmoklasista",
   "dziewczynka",
   "chłopiec",
   "dziecko",
   "trzynastolatka",
   "czternastolatka",
   "piętnastolatka",
   "pietnastolatka",
   "szesnastolatka",
   "siedemnastolatka",
   "poniżej 18 lat",
   "nie mam jeszcze 18"
  ],
  "adult_traps": [
   "{N} lat temu",
   "jak miałam {N} lat",
   "jak mialam {N} lat",
   "jak miałem {N} lat",
   "od {N} lat",
   "w wieku {N} lat",
   "mając {N} lat",
   "{N} lat doświadczenia",
   "{N} lat po ślubie",
   "samochód ma {N} lat",
   "pierwsza klasa!",
   "klasa biznes",
   "klasa średnia",
   "ty gimbazo",
   "zachowujesz się jak gimbus",
   "za czasów podstawówki",
   "nauczycielka w podstawówce",
   "uczę w 8 klasie",
   "wychowawczyni 7 klasy"
  ]
 },
 {
  "language": "Czech",
  "code": "cs",
  "age_statements": [
   "je mi {N}",
   "je mi {N} let",
   "je mi {N}let",
   "je mi teprve {N}",
   "je mi jen {N}",
   "bude mi {N}",
   "právě mi bylo {N}",
   "prave mi bylo {N}",
   "zrovna mi bylo {N}",
   "je jí {N} let",
   "je ji {N}",
   "je mu {N} let",
   "jsem {N}letá",
   "jsem {N}letý",
   "{N}letá",
   "{N}letý",
   "{N}-letá",
   "{N} letá",
   "{N}leta",
   "{N}lety",
   "mám {N} let"
  ],
  "age_questions": [
   "kolik ti je",
   "kolik ti je?",
   "kolik ti je let",
   "kolik je ti let",
   "kolik je ti",
   "kolik ti je roků",
   "kolik máš let",
   "kolik mas let",
   "kolik vám je",
   "kolik vam je",
   "kolik jí je",
   "kolik ji je",
   "jak jsi stará",
   "jak jsi stara",
   "jak jsi starý",
   "jak jsi stary",
   "věk?"
  ],
  "school_years": [
   {
    "pattern": "{G}. třída",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. trida",
    "max_minor_grade": 9
   },
   {
    "pattern": "v {G}. třídě",
    "max_minor_grade": 9
   },
   {
    "pattern": "chodím do {G}. třídy",
    "max_minor_grade": 9
   },
   {
    "pattern": "chodim do {G}. tridy",
    "max_minor_grade": 9
   },
   {
    "pattern": "v {ORD} třídě",
    "max_minor_grade": 9
   },
   {
    "pattern": "do {ORD} třídy",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} třída",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. ročník",
    "max_minor_grade": 2
   },
   {
    "pattern": "{G}. rocnik",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} ročník",
    "max_minor_grade": 2
   },
   {
    "pattern": "{G}. ročník střední",
    "max_minor_grade": 2
   },
   {
    "pattern": "{G}. ročník na gymplu",
    "max_minor_grade": 2
   },
   {
    "pattern": "v {ORD} ročníku",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "první",
    "prvni",
    "1."
   ],
   "2": [
    "druhé",
    "druhá",
    "druhý",
    "druhou",
    "druhe",
    "druha",
    "druhy",
    "2."
   ],
   "3": [
    "třetí",
    "treti",
    "3."
   ],
   "4": [
    "čtvrté",
    "čtvrtá",
    "čtvrtý",
    "ctvrte",
    "ctvrta",
    "ctvrty",
    "4."
   ],
   "5": [
    "páté",
    "pátá",
    "pátý",
    "pate",
    "pata",
    "paty",
    "5."
   ],
   "6": [
    "šesté",
    "šestá",
    "seste",
    "sesta",
    "6."
   ],
   "7": [
    "sedmé",
    "sedmá",
    "sedme",
    "sedma",
    "7."
   ],
   "8": [
    "osmé",
    "osmá",
    "osme",
    "osma",
    "8."
   ],
   "9": [
    "deváté",
    "devátá",
    "devate",
    "devata",
    "9."
   ],
   "10": [
    "desáté",
    "desátá",
    "desate",
    "10."
   ],
   "11": [
    "jedenácté",
    "jedenacte",
    "11."
   ],
   "12": [
    "dvanácté",
    "dvanacte",
    "12."
   ]
  },
  "school_names": [
   "základka",
   "zakladka",
   "na základce",
   "na zakladce",
   "základní škola",
   "zakladni skola",
   "ZŠ",
   "na ZŠ",
   "druhý stupeň",
   "na druhém stupni",
   "první stupeň",
   "na prvním stupni",
   "nižší gympl",
   "v primě",
   "v sekundě",
   "v tercii",
   "v kvartě"
  ],
  "minor_words": [
   "nezletilá",
   "nezletilý",
   "nezletila",
   "nezletily",
   "mladistvá",
   "mladistvý",
   "náctiletá",
   "nactileta",
   "náctiletý",
   "puberťačka",
   "pubertacka",
   "puberťák",
   "školačka",
   "skolacka",
   "školák",
   "žákyně",
   "žačka",
   "zacka",
   "žák",
   "holčička",
   "holcicka",
   "dítě",
   "deváťačka",
   "prvňáček",
   "třináctiletá",
   "čtrnáctiletá",
   "patnáctiletá",
   "patnactileta",
   "šestnáctiletá",
   "sedmnáctiletá",
   "ještě mi není 18"
  ],
  "adult_traps": [
   "před {N} lety",
   "pred {N} lety",
   "když mi bylo {N}",
   "kdyz mi bylo {N}",
   "od {N} let",
   "v {N} letech",
   "{N} let praxe",
   "{N} let zkušeností",
   "{N} let ženatý",
   "auto je {N} let staré",
   "jízdenka do první třídy",
   "světová třída",
   "učitelka na základce",
   "učím v 8. třídě",
   "mladistvý vzhled",
   "mladistvě vypadá",
   "na základce jsem byla"
  ]
 },
 {
  "language": "Slovak",
  "code": "sk",
  "age_statements": [
   "mám {N} rokov",
   "mam {N} rokov",
   "mám {N}",
   "mám {N}r",
   "mám iba {N} rokov",
   "mám len {N}",
   "mam len {N}",
   "budem mať {N}",
   "práve som mala {N}",
   "ona má {N} rokov",
   "má {N} rokov",
   "on má {N} rokov",
   "som {N}-ročná",
   "{N}-ročná",
   "{N}ročná",
   "{N} ročná",
   "{N}rocna",
   "{N}-ročný",
   "{N}rocny"
  ],
  "age_questions": [
   "koľko máš rokov",
   "kolko mas rokov",
   "kolko mas rokov?",
   "koľko rokov máš",
   "kolko rokov mas",
   "koľko máš",
   "kolko mas",
   "koľko máte rokov",
   "kolko mate rokov",
   "koľko má rokov",
   "kolko ma rokov",
   "aký si starý",
   "aky si stary",
   "aká si stará",
   "aka si stara",
   "koľko ti je",
   "vek?"
  ],
  "school_years": [
   {
    "pattern": "{G}. trieda",
    "max_minor_grade": 9
   },
   {
    "pattern": "v {G}. triede",
    "max_minor_grade": 9
   },
   {
    "pattern": "chodím do {G}. triedy",
    "max_minor_grade": 9
   },
   {
    "pattern": "chodim do {G}. triedy",
    "max_minor_grade": 9
   },
   {
    "pattern": "v {ORD} triede",
    "max_minor_grade": 9
   },
   {
    "pattern": "do {ORD} triedy",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} trieda",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. ročník",
    "max_minor_grade": 2
   },
   {
    "pattern": "{G}. rocnik",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} ročník",
    "max_minor_grade": 2
   },
   {
    "pattern": "v {ORD} ročníku",
    "max_minor_grade": 2
   },
   {
    "pattern": "{G}. ročník strednej",
    "max_minor_grade": 2
   },
   {
    "pattern": "{G}. ročník gymnázia",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "prvá",
    "prvej",
    "prva",
    "prvý",
    "prvy",
    "prvom",
    "1."
   ],
   "2": [
    "druhá",
    "druhej",
    "druha",
    "druhý",
    "druhom",
    "2."
   ],
   "3": [
    "tretia",
    "tretej",
    "tretí",
    "treti",
    "treťom",
    "3."
   ],
   "4": [
    "štvrtá",
    "štvrtej",
    "stvrta",
    "stvrtej",
    "štvrtý",
    "4."
   ],
   "5": [
    "piata",
    "piatej",
    "piaty",
    "5."
   ],
   "6": [
    "šiesta",
    "šiestej",
    "siesta",
    "siestej",
    "6."
   ],
   "7": [
    "siedma",
    "siedmej",
    "7."
   ],
   "8": [
    "ôsma",
    "ôsmej",
    "osma",
    "osmej",
    "8."
   ],
   "9": [
    "deviata",
    "deviatej",
    "9."
   ],
   "10": [
    "desiata",
    "desiatej",
    "10."
   ],
   "11": [
    "jedenásta",
    "jedenasta",
    "11."
   ],
   "12": [
    "dvanásta",
    "dvanasta",
    "12."
   ]
  },
  "school_names": [
   "základka",
   "zakladka",
   "na základke",
   "na zakladke",
   "základná škola",
   "zakladna skola",
   "ZŠ",
   "na ZŠ",
   "druhý stupeň",
   "na druhom stupni",
   "prvý stupeň",
   "na prvom stupni",
   "v príme",
   "v sekunde",
   "v tercii",
   "v kvarte"
  ],
  "minor_words": [
   "maloletá",
   "maloletý",
   "maloleta",
   "neplnoletá",
   "neplnoletý",
   "neplnoleta",
   "mladistvá",
   "mladistvý",
   "násťročná",
   "nastrocna",
   "tínedžerka",
   "tinedzerka",
   "puberťáčka",
   "žiačka",
   "ziacka",
   "žiak",
   "školáčka",
   "skolacka",
   "dievčatko",
   "dievcatko",
   "dieťa",
   "deviatačka",
   "ôsmačka",
   "trinásťročná",
   "štrnásťročná",
   "pätnásťročná",
   "patnastrocna",
   "šestnásťročná",
   "sedemnásťročná"
  ],
  "adult_traps": [
   "pred {N} rokmi",
   "keď som mala {N}",
   "ked som mal {N}",
   "od {N} rokov",
   "v {N} rokoch",
   "{N} rokov praxe",
   "{N} rokov manželstva",
   "auto má {N} rokov",
   "lístok do prvej triedy",
   "svetová trieda",
   "učiteľka na základke",
   "učím v 8. triede",
   "mladistvý vzhľad",
   "na základke som bola"
  ]
 },
 {
  "language": "Slovenian",
  "code": "sl",
  "age_statements": [
   "imam {N} let",
   "jaz imam {N} let",
   "imam šele {N} let",
   "imam sele {N}",
   "imam samo {N} let",
   "stara sem {N} let",
   "star sem {N} let",
   "stara sem {N}",
   "ona ima {N} let",
   "on ima {N} let",
   "ima {N} let",
   "{N}-letnica",
   "{N}-letna",
   "{N}letna",
   "{N} letna",
   "{N}-letnik",
   "dopolnila sem {N} let",
   "ravno sem dopolnila {N}",
   "ravno sem dopolnil {N}",
   "kmalu bom {N}"
  ],
  "age_questions": [
   "koliko si star",
   "koliko si stara",
   "koliko si star?",
   "koliko si stara?",
   "koliko let imaš",
   "koliko let imas",
   "koliko imaš let",
   "koliko imas let",
   "kolk si stara",
   "kolk si star",
   "kok si star",
   "kok si stara",
   "koliko ste stari",
   "koliko je stara",
   "koliko je star",
   "starost?"
  ],
  "school_years": [
   {
    "pattern": "{G}. razred",
    "max_minor_grade": 9
   },
   {
    "pattern": "v {G}. razredu",
    "max_minor_grade": 9
   },
   {
    "pattern": "hodim v {G}. razred",
    "max_minor_grade": 9
   },
   {
    "pattern": "v {ORD} razredu",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} razred",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. letnik",
    "max_minor_grade": 2
   },
   {
    "pattern": "v {G}. letniku",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} letnik",
    "max_minor_grade": 2
   },
   {
    "pattern": "v {ORD} letniku",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "prvi",
    "prvem",
    "1."
   ],
   "2": [
    "drugi",
    "drugem",
    "2."
   ],
   "3": [
    "tretji",
    "tretjem",
    "3."
   ],
   "4": [
    "četrti",
    "četrtem",
    "cetrti",
    "cetrtem",
    "4."
   ],
   "5": [
    "peti",
    "petem",
    "5."
   ],
   "6": [
    "šesti",
    "šestem",
    "sesti",
    "sestem",
    "6."
   ],
   "7": [
    "sedmi",
    "sedmem",
    "7."
   ],
   "8": [
    "osmi",
    "osmem",
    "8."
   ],
   "9": [
    "deveti",
    "devetem",
    "9."
   ],
   "10": [
    "deseti",
    "desetem",
    "10."
   ],
   "11": [
    "enajsti",
    "enajstem",
    "11."
   ],
   "12": [
    "dvanajsti",
    "dvanajstem",
    "12."
   ]
  },
  "school_names": [
   "osnovna šola",
   "osnovna sola",
   "v osnovni šoli",
   "v osnovni soli",
   "v osnovni",
   "osnovno šolo",
   "OŠ",
   "na OŠ",
   "v OŠ",
   "tretja triada",
   "predmetna stopnja",
   "razredna stopnja"
  ],
  "minor_words": [
   "mladoletna",
   "mladoleten",
   "mladoletnica",
   "mladoletnik",
   "nisem polnoletna",
   "še nisem polnoletna",
   "nisem polnoleten",
   "najstnica",
   "najstnik",
   "učenka",
   "ucenka",
   "učenec",
   "osnovnošolka",
   "osnovnosolka",
   "osnovnošolec",
   "šolarka",
   "solarka",
   "šolar",
   "deklica",
   "otrok",
   "devetošolka",
   "trinajstletnica",
   "štirinajstletnica",
   "petnajstletnica",
   "šestnajstletnica",
   "sedemnajstletnica"
  ],
  "adult_traps": [
   "pred {N} leti",
   "ko sem imela {N} let",
   "ko sem imel {N} let",
   "ko sem bila stara {N}",
   "že {N} let",
   "pri {N} letih",
   "{N} let izkušenj",
   "{N} let poročena",
   "avto je star {N} let",
   "vozovnica za prvi razred",
   "svetovni razred",
   "učiteljica v osnovni šoli",
   "v osnovni sem bila",
   "otročje se obnaša"
  ]
 },
 {
  "language": "Croatian/Serbian/Bosnian (Latin)",
  "code": "hbs-Latn",
  "age_statements": [
   "imam {N} godina",
   "imam {N} god",
   "ja imam {N} godina",
   "imam tek {N} godina",
   "imam samo {N}",
   "imam {N} godine",
   "ona ima {N} godina",
   "on ima {N} godina",
   "ima {N} godina",
   "{N}-godišnjakinja",
   "{N}-godišnja",
   "{N}-godisnja",
   "{N}godisnja",
   "{N} godišnja",
   "{N}-godišnjak",
   "napunila sam {N}",
   "napunio sam {N}",
   "upravo sam napunila {N}",
   "punim {N}"
  ],
  "age_questions": [
   "koliko imaš godina",
   "koliko imas godina",
   "koliko godina imaš",
   "koliko godina imas",
   "kolko imas godina",
   "kol'ko imaš",
   "koliko imaš",
   "koliko imas",
   "koliko ti je godina",
   "koliko imate godina",
   "koliko ste godina",
   "koliko ona ima godina",
   "koje si godište",
   "koje si godiste",
   "godine?",
   "koliko imaš god"
  ],
  "school_years": [
   {
    "pattern": "{G}. razred",
    "max_minor_grade": 9
   },
   {
    "pattern": "u {G}. razredu",
    "max_minor_grade": 9
   },
   {
    "pattern": "idem u {G}. razred",
    "max_minor_grade": 9
   },
   {
    "pattern": "u {ORD} razredu",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} razred",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. razred osnovne",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} osnovne",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. razred srednje",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} razred srednje",
    "max_minor_grade": 2
   },
   {
    "pattern": "{G}. razred gimnazije",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} razred gimnazije",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} srednje",
    "max_minor_grade": 2
   },
   {
    "pattern": "{G}. srednje",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "prvi",
    "prvom",
    "prvog",
    "1.",
    "I."
   ],
   "2": [
    "drugi",
    "drugom",
    "drugog",
    "2.",
    "II."
   ],
   "3": [
    "treći",
    "treci",
    "trećem",
    "trecem",
    "3.",
    "III."
   ],
   "4": [
    "četvrti",
    "cetvrti",
    "četvrtom",
    "cetvrtom",
    "4.",
    "IV."
   ],
   "5": [
    "peti",
    "petom",
    "5.",
    "V."
   ],
   "6": [
    "šesti",
    "sesti",
    "šestom",
    "sestom",
    "6.",
    "VI."
   ],
   "7": [
    "sedmi",
    "sedmom",
    "7.",
    "VII."
   ],
   "8": [
    "osmi",
    "osmom",
    "8.",
    "VIII."
   ],
   "9": [
    "deveti",
    "devetom",
    "9.",
    "IX."
   ],
   "10": [
    "deseti",
    "desetom",
    "10."
   ],
   "11": [
    "jedanaesti",
    "11."
   ],
   "12": [
    "dvanaesti",
    "12."
   ]
  },
  "school_names": [
   "osnovna škola",
   "osnovna skola",
   "osnovnu",
   "idem u osnovnu",
   "u osnovnoj",
   "u osnovnoj školi",
   "u osnovnoj skoli",
   "osnovna",
   "OŠ",
   "predmetna nastava",
   "niži razredi",
   "viši razredi",
   "viši razredi osnovne"
  ],
  "minor_words": [
   "maloljetna",
   "maloljetan",
   "maloljetnica",
   "maloljetnik",
   "maloletna",
   "maloletan",
   "maloletnica",
   "maloletnik",
   "nisam punoljetna",
   "nisam punoletna",
   "ispod 18",
   "tinejdžerka",
   "tinejdzerka",
   "tinejdžer",
   "osnovnoškolka",
   "osnovnoskolka",
   "osnovnoškolac",
   "osnovac",
   "srednjoškolka",
   "srednjoskolka",
   "srednjoškolac",
   "učenica",
   "ucenica",
   "učenik",
   "djevojčica",
   "djevojcica",
   "devojčica",
   "devojcica",
   "dijete",
   "dete",
   "klinka",
   "osmašica",
   "osmakinja",
   "sedmašica",
   "trinaestogodišnjakinja",
   "četrnaestogodišnjakinja",
   "petnaestogodišnjakinja",
   "šesnaestogodišnjakinja",
   "sedamnaestogodišnjakinja"
  ],
  "adult_traps": [
   "prije {N} godina",
   "pre {N} godina",
   "kad sam imala {N}",
   "kad sam imao {N} godina",
   "sa {N} godina",
   "s {N} godina",
   "već {N} godina",
   "{N} godina iskustva",
   "{N} godina braka",
   "auto ima {N} godina",
   "auto je star {N} godina",
   "prva klasa",
   "svjetska klasa",
   "svetska klasa",
   "u osnovnoj sam bila",
   "učiteljica u osnovnoj",
   "razrednica {G}. razreda"
  ]
 },
 {
  "language": "Serbian/Bosnian (Cyrillic)",
  "code": "sr-Cyrl",
  "age_statements": [
   "имам {N} година",
   "имам {N} год",
   "имам {N}",
   "ја имам {N} година",
   "имам тек {N} година",
   "имам само {N}",
   "имам {N} године",
   "она има {N} година",
   "он има {N} година",
   "има {N} година",
   "{N}-годишњакиња",
   "{N}-годишња",
   "{N}годишња",
   "{N}-годишњак",
   "напунила сам {N}",
   "напунио сам {N}",
   "пуним {N}"
  ],
  "age_questions": [
   "колико имаш година",
   "колико година имаш",
   "колко имаш година",
   "колико имаш",
   "колико ти је година",
   "колико имате година",
   "колико она има година",
   "које си годиште",
   "године?",
   "колико имаш год"
  ],
  "school_years": [
   {
    "pattern": "{G}. разред",
    "max_minor_grade": 9
   },
   {
    "pattern": "у {G}. разреду",
    "max_minor_grade": 9
   },
   {
    "pattern": "идем у {G}. разред",
    "max_minor_grade": 9
   },
   {
    "pattern": "у {ORD} разреду",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} разред",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. разред основне",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} основне",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. разред средње",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} разред средње",
    "max_minor_grade": 2
   },
   {
    "pattern": "{G}. разред гимназије",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} средње",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "први",
    "првом",
    "првог",
    "1."
   ],
   "2": [
    "други",
    "другом",
    "другог",
    "2."
   ],
   "3": [
    "трећи",
    "трећем",
    "3."
   ],
   "4": [
    "четврти",
    "четвртом",
    "4."
   ],
   "5": [
    "пети",
    "петом",
    "5."
   ],
   "6": [
    "шести",
    "шестом",
    "6."
   ],
   "7": [
    "седми",
    "седмом",
    "7."
   ],
   "8": [
    "осми",
    "осмом",
    "8."
   ],
   "9": [
    "девети",
    "деветом",
    "9."
   ],
   "10": [
    "десети",
    "десетом",
    "10."
   ],
   "11": [
    "једанаести",
    "11."
   ],
   "12": [
    "дванаести",
    "12."
   ]
  },
  "school_names": [
   "основна школа",
   "основну",
   "идем у основну",
   "у основној",
   "у основној школи",
   "основна",
   "ОШ",
   "виши разреди",
   "нижи разреди",
   "предметна настава"
  ],
  "minor_words": [
   "малолетна",
   "малолетан",
   "малолетница",
   "малолетник",
   "малољетна",
   "малољетан",
   "малољетница",
   "малољетник",
   "нисам пунолетна",
   "нисам пунољетна",
   "испод 18",
   "тинејџерка",
   "тинејџер",
   "основношколка",
   "основношколац",
   "основац",
   "средњошколка",
   "средњошколац",
   "ученица",
   "ученик",
   "девојчица",
   "дјевојчица",
   "дете",
   "дијете",
   "клинка",
   "осмакиња",
   "осмак",
   "седмак",
   "тринаестогодишњакиња",
   "четрнаестогодишњакиња",
   "петнаестогодишњакиња",
   "шеснаестогодишњакиња",
   "седамнаестогодишњакиња"
  ],
  "adult_traps": [
   "пре {N} година",
   "прије {N} година",
   "кад сам имала {N}",
   "кад сам имао {N} година",
   "са {N} година",
   "већ {N} година",
   "{N} година искуства",
   "{N} година брака",
   "ауто има {N} година",
   "прва класа",
   "светска класа",
   "учитељица у основној",
   "у основној сам била",
   "разредна {G}. разреда"
  ]
 },
 {
  "language": "Bulgarian",
  "code": "bg",
  "age_statements": [
   "на {N} години съм",
   "на {N} съм",
   "аз съм на {N}",
   "аз съм на {N} години",
   "на {N} год съм",
   "на {N}г съм",
   "само на {N} съм",
   "тя е на {N}",
   "тя е на {N} години",
   "той е на {N} години",
   "{N}-годишна",
   "{N}годишна",
   "{N}-годишен",
   "навърших {N}",
   "наскоро навърших {N}",
   "станах на {N}",
   "ставам на {N}",
   "na {N} sum",
   "na {N} godini sum",
   "az sum na {N}",
   "na {N} sam"
  ],
  "age_questions": [
   "на колко години си",
   "на колко години си?",
   "на колко си",
   "на колко си?",
   "на колко години сте",
   "колко години имаш",
   "на колко е тя",
   "на колко е",
   "на колко години е",
   "na kolko si",
   "na kolko godini si",
   "kolko godini imash",
   "възраст?"
  ],
  "school_years": [
   {
    "pattern": "в {G} клас",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} клас",
    "max_minor_grade": 10
   },
   {
    "pattern": "в {ORD} клас",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} клас",
    "max_minor_grade": 10
   },
   {
    "pattern": "съм {ORD} клас",
    "max_minor_grade": 10
   },
   {
    "pattern": "уча в {G} клас",
    "max_minor_grade": 10
   },
   {
    "pattern": "v {G} klas",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} klas",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} klas",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "първи",
    "1-ви",
    "1ви",
    "purvi",
    "parvi"
   ],
   "2": [
    "втори",
    "2-ри",
    "2ри",
    "vtori"
   ],
   "3": [
    "трети",
    "3-ти",
    "3ти",
    "treti"
   ],
   "4": [
    "четвърти",
    "4-ти",
    "chetvurti",
    "chetvarti"
   ],
   "5": [
    "пети",
    "5-ти",
    "peti"
   ],
   "6": [
    "шести",
    "6-ти",
    "shesti"
   ],
   "7": [
    "седми",
    "7-ми",
    "7ми",
    "sedmi"
   ],
   "8": [
    "осми",
    "8-ми",
    "8ми",
    "osmi"
   ],
   "9": [
    "девети",
    "9-ти",
    "9ти",
    "deveti"
   ],
   "10": [
    "десети",
    "10-ти",
    "10ти",
    "deseti"
   ],
   "11": [
    "единайсети",
    "единадесети",
    "11-ти",
    "edinaiseti"
   ],
   "12": [
    "дванайсети",
    "дванадесети",
    "12-ти",
    "dvanaiseti"
   ]
  },
  "school_names": [
   "основно училище",
   "в основното",
   "основното училище",
   "прогимназия",
   "в прогимназията",
   "начален курс",
   "в началното",
   "прогимназиален етап",
   "в началния курс",
   "ОУ"
  ],
  "minor_words": [
   "непълнолетна",
   "непълнолетен",
   "непълнолетно",
   "nepalnoletna",
   "nepulnoletna",
   "малолетна",
   "малолетен",
   "под 18",
   "тийнейджърка",
   "тинейджърка",
   "тийнейджър",
   "ученичка",
   "uchenichka",
   "ученик",
   "момиченце",
   "дете",
   "петокласничка",
   "шестокласничка",
   "седмокласничка",
   "седмокласник",
   "осмокласничка",
   "деветокласничка",
   "тринайсетгодишна",
   "четиринайсетгодишна",
   "петнайсетгодишна",
   "шестнайсетгодишна",
   "седемнайсетгодишна"
  ],
  "adult_traps": [
   "преди {N} години",
   "predi {N} godini",
   "когато бях на {N}",
   "от {N} години",
   "на {N} години вече работех",
   "{N} години опит",
   "{N} години брак",
   "колата е на {N} години",
   "първа класа",
   "световна класа",
   "учителка в {G} клас",
   "класна на {G} клас",
   "като бях в училище",
   "детинско поведение"
  ]
 },
 {
  "language": "Russian",
  "code": "ru",
  "age_statements": [
   "мне {N}",
   "мне {N} лет",
   "мне {N} год",
   "мне {N} года",
   "мне {N}л",
   "мне {N} л",
   "мне уже {N}",
   "мне всего {N}",
   "мне только {N}",
   "мне только исполнилось {N}",
   "мне исполнилось {N}",
   "исполнилось {N}",
   "мне щас {N}",
   "мне сейчас {N}",
   "мне {N} годиков",
   "ей {N}",
   "ей {N} лет",
   "ему {N} лет",
   "{N} лет",
   "{N}-летняя",
   "{N}летняя",
   "{N} летняя",
   "{N}-летний",
   "mne {N}",
   "mne {N} let"
  ],
  "age_questions": [
   "сколько тебе лет",
   "сколько тебе лет?",
   "скока тебе лет",
   "скок тебе лет",
   "скок те лет",
   "сколько те лет",
   "сколь тебе лет",
   "сколько тебе",
   "тебе сколько",
   "а тебе сколько",
   "тебе скок",
   "сколько лет",
   "сколько вам лет",
   "сколько ей лет",
   "сколько ему лет",
   "какой у тебя возраст",
   "возраст?",
   "skolko tebe let",
   "skoka tebe let"
  ],
  "school_years": [
   {
    "pattern": "в {G} классе",
    "max_minor_grade": 10
   },
   {
    "pattern": "в {ORD} классе",
    "max_minor_grade": 10
   },
   {
    "pattern": "учусь в {G} классе",
    "max_minor_grade": 10
   },
   {
    "pattern": "учусь в {ORD} классе",
    "max_minor_grade": 10
   },
   {
    "pattern": "перешла в {G} класс",
    "max_minor_grade": 10
   },
   {
    "pattern": "перешёл в {G} класс",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} класс",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} класс",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}-классница",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}-классник",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} кл",
    "max_minor_grade": 10
   },
   {
    "pattern": "v {G} klasse",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "первом",
    "первый",
    "1-м",
    "1-й",
    "1м"
   ],
   "2": [
    "втором",
    "второй",
    "2-м",
    "2-й",
    "2м"
   ],
   "3": [
    "третьем",
    "третий",
    "3-м",
    "3-й",
    "3м"
   ],
   "4": [
    "четвёртом",
    "четвертом",
    "четвёртый",
    "четвертый",
    "4-м",
    "4-й"
   ],
   "5": [
    "пятом",
    "пятый",
    "5-м",
    "5-й",
    "5м"
   ],
   "6": [
    "шестом",
    "шестой",
    "6-м",
    "6-й"
   ],
   "7": [
    "седьмом",
    "седьмой",
    "7-м",
    "7-й",
    "7м"
   ],
   "8": [
    "восьмом",
    "восьмой",
    "8-м",
    "8-й",
    "8м"
   ],
   "9": [
    "девятом",
    "девятый",
    "9-м",
    "9-й",
    "9м"
   ],
   "10": [
    "десятом",
    "десятый",
    "10-м",
    "10-й"
   ],
   "11": [
    "одиннадцатом",
    "одинадцатом",
    "одиннадцатый",
    "11-м",
    "11-й"
   ],
   "12": [
    "двенадцатом",
    "12-м"
   ]
  },
  "school_names": [
   "начальная школа",
   "в начальной школе",
   "началка",
   "в началке",
   "младшие классы",
   "в младших классах",
   "средние классы",
   "в средних классах",
   "в пятом классе"
  ],
  "minor_words": [
   "несовершеннолетняя",
   "несовершеннолетний",
   "несовершенолетняя",
   "несовершеннолетка",
   "малолетка",
   "малолетняя",
   "малолетний",
   "подросток",
   "девочка-подросток",
   "школьница",
   "школьник",
   "школота",
   "ученица",
   "ребёнок",
   "ребенок",
   "тинейджер",
   "тинейджерка",
   "пятиклассница",
   "шестиклассница",
   "семиклассница",
   "восьмиклассница",
   "девятиклассница",
   "десятиклассница",
   "тринадцатилетняя",
   "четырнадцатилетняя",
   "пятнадцатилетняя",
   "шестнадцатилетняя",
   "семнадцатилетняя",
   "мне нет 18",
   "мне ещё нет 18",
   "мне еще нет 18",
   "младше 18",
   "nesovershennoletnyaya",
   "shkolnica"
  ],
  "adult_traps": [
   "{N} лет назад",
   "когда мне было {N}",
   "с {N} лет",
   "в {N} лет",
   "уже {N} лет",
   "{N} лет опыта",
   "{N} лет стажа",
   "{N} лет в браке",
   "машине {N} лет",
   "коньяк {N} лет",
   "первый класс!",
   "первым классом",
   "бизнес-класс",
   "мастер-класс",
   "класс!",
   "высший класс",
   "ведёшь себя как школота",
   "учительница {G} класса",
   "классная руководительница",
   "когда я был в школе",
   "школьные годы",
   "детский сад какой-то"
  ]
 },
 {
  "language": "Ukrainian",
  "code": "uk",
  "age_statements": [
   "мені {N}",
   "мені {N} років",
   "мені {N} рік",
   "мені {N} роки",
   "мені {N} р",
   "мені вже {N}",
   "мені лише {N}",
   "мені тільки {N}",
   "мені виповнилося {N}",
   "мені щойно виповнилось {N}",
   "мені зараз {N}",
   "мені {N} рочків",
   "їй {N}",
   "їй {N} років",
   "йому {N} років",
   "{N} років",
   "{N}-річна",
   "{N}річна",
   "{N}-річний",
   "meni {N}",
   "meni {N} rokiv"
  ],
  "age_questions": [
   "скільки тобі років",
   "скільки тобі років?",
   "скільки тобі",
   "тобі скільки",
   "а тобі скільки",
   "скіки тобі років",
   "скіко тобі",
   "скільки тобі рочків",
   "скільки вам років",
   "скільки їй років",
   "скільки років",
   "який у тебе вік",
   "вік?",
   "skilky tobi rokiv",
   "skilki tobi rokiv"
  ],
  "school_years": [
   {
    "pattern": "в {G} класі",
    "max_minor_grade": 10
   },
   {
    "pattern": "у {G} класі",
    "max_minor_grade": 10
   },
   {
    "pattern": "в {ORD} класі",
    "max_minor_grade": 10
   },
   {
    "pattern": "у {ORD} класі",
    "max_minor_grade": 10
   },
   {
    "pattern": "навчаюсь у {G} класі",
    "max_minor_grade": 10
   },
   {
    "pattern": "навчаюся в {ORD} класі",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} клас",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} клас",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}-класниця",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}-класник",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "першому",
    "перший",
    "1-му",
    "1-й"
   ],
   "2": [
    "другому",
    "другий",
    "2-му",
    "2-й"
   ],
   "3": [
    "третьому",
    "третій",
    "3-му",
    "3-й"
   ],
   "4": [
    "четвертому",
    "четвертий",
    "4-му"
   ],
   "5": [
    "п'ятому",
    "пятому",
    "п’ятому",
    "п'ятий",
    "5-му"
   ],
   "6": [
    "шостому",
    "шостий",
    "6-му"
   ],
   "7": [
    "сьомому",
    "сьомий",
    "7-му"
   ],
   "8": [
    "восьмому",
    "восьмий",
    "8-му"
   ],
   "9": [
    "дев'ятому",
    "девятому",
    "дев’ятому",
    "дев'ятий",
    "9-му"
   ],
   "10": [
    "десятому",
    "десятий",
    "10-му"
   ],
   "11": [
    "одинадцятому",
    "одинадцятий",
    "11-му"
   ],
   "12": [
    "дванадцятому",
    "12-му"
   ]
  },
  "school_names": [
   "початкова школа",
   "в початковій школі",
   "у початковій",
   "в молодшій школі",
   "молодші класи",
   "в молодших класах",
   "середні класи",
   "в середніх класах",
   "в п'ятому класі"
  ],
  "minor_words": [
   "неповнолітня",
   "неповнолітній",
   "малолітня",
   "малолітній",
   "малолітка",
   "підліток",
   "дівчинка-підліток",
   "школярка",
   "школяр",
   "учениця",
   "дитина",
   "тінейджерка",
   "тінейджер",
   "п'ятикласниця",
   "шестикласниця",
   "семикласниця",
   "восьмикласниця",
   "дев'ятикласниця",
   "десятикласниця",
   "тринадцятирічна",
   "чотирнадцятирічна",
   "п'ятнадцятирічна",
   "шістнадцятирічна",
   "сімнадцятирічна",
   "мені нема 18",
   "мені ще немає 18",
   "молодше 18"
  ],
  "adult_traps": [
   "{N} років тому",
   "коли мені було {N}",
   "з {N} років",
   "в {N} років",
   "вже {N} років",
   "{N} років досвіду",
   "{N} років у шлюбі",
   "машині {N} років",
   "перший клас!",
   "бізнес-клас",
   "майстер-клас",
   "клас!",
   "вчителька {G} класу",
   "класна керівниця",
   "коли я була в школі",
   "шкільні роки"
  ]
 },
 {
  "language": "Romanian",
  "code": "ro",
  "age_statements": [
   "am {N} ani",
   "am {N}ani",
   "eu am {N} ani",
   "am doar {N} ani",
   "am numai {N} ani",
   "ea are {N} ani",
   "el are {N} ani",
   "are {N} ani",
   "am împlinit {N} ani",
   "am implinit {N} ani",
   "abia am împlinit {N}",
   "împlinesc {N}",
   "implinesc {N}",
   "o fată de {N} ani",
   "o fata de {N} ani",
   "un băiat de {N} ani",
   "o tipă de {N} ani"
  ],
  "age_questions": [
   "câți ani ai",
   "cati ani ai",
   "câți ani ai?",
   "cati ani ai?",
   "cți ani ai",
   "cț ani ai",
   "tu câți ani ai",
   "cati ani ai tu",
   "cati ai",
   "câți ani are",
   "cati ani are",
   "câți ani aveți",
   "cati ani aveti",
   "ce vârstă ai",
   "ce varsta ai",
   "vârsta?",
   "varsta?"
  ],
  "school_years": [
   {
    "pattern": "clasa {ORD}",
    "max_minor_grade": 10
   },
   {
    "pattern": "în clasa {ORD}",
    "max_minor_grade": 10
   },
   {
    "pattern": "in clasa {ORD}",
    "max_minor_grade": 10
   },
   {
    "pattern": "sunt în clasa {ORD}",
    "max_minor_grade": 10
   },
   {
    "pattern": "sunt in clasa {ORD}",
    "max_minor_grade": 10
   },
   {
    "pattern": "clasa {G}",
    "max_minor_grade": 10
   },
   {
    "pattern": "in clasa {G}",
    "max_minor_grade": 10
   },
   {
    "pattern": "clasa a {G}-a",
    "max_minor_grade": 10
   },
   {
    "pattern": "clasa a {G}a",
    "max_minor_grade": 10
   },
   {
    "pattern": "anul {G} de liceu",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "întâi",
    "intai",
    "I",
    "a I-a",
    "1"
   ],
   "2": [
    "a doua",
    "a II-a",
    "a 2-a",
    "a 2a",
    "II"
   ],
   "3": [
    "a treia",
    "a III-a",
    "a 3-a",
    "a 3a",
    "III"
   ],
   "4": [
    "a patra",
    "a IV-a",
    "a 4-a",
    "a 4a",
    "IV"
   ],
   "5": [
    "a cincea",
    "a V-a",
    "a 5-a",
    "a 5a",
    "V"
   ],
   "6": [
    "a șasea",
    "a şasea",
    "a sasea",
    "a VI-a",
    "a 6-a",
    "a 6a",
    "VI"
   ],
   "7": [
    "a șaptea",
    "a şaptea",
    "a saptea",
    "a VII-a",
    "a 7-a",
    "a 7a",
    "VII"
   ],
   "8": [
    "a opta",
    "a VIII-a",
    "a 8-a",
    "a 8a",
    "VIII"
   ],
   "9": [
    "a noua",
    "a IX-a",
    "a 9-a",
    "a 9a",
    "IX"
   ],
   "10": [
    "a zecea",
    "a X-a",
    "a 10-a",
    "a 10a",
    "X"
   ],
   "11": [
    "a unsprezecea",
    "a unșpea",
    "a unspea",
    "a XI-a",
    "a 11-a",
    "XI"
   ],
   "12": [
    "a douăsprezecea",
    "a douasprezecea",
    "a doișpea",
    "a XII-a",
    "a 12-a",
    "XII"
   ]
  },
  "school_names": [
   "gimnaziu",
   "la gimnaziu",
   "în gimnaziu",
   "in gimnaziu",
   "gimnaziul",
   "școala generală",
   "scoala generala",
   "la generală",
   "la generala",
   "clasa pregătitoare",
   "clasa pregatitoare",
   "ciclul primar",
   "școala primară",
   "scoala primara",
   "la primară",
   "ciclul gimnazial"
  ],
  "minor_words": [
   "minoră",
   "minora",
   "minor",
   "sunt minoră",
   "sunt minora",
   "sunt minor",
   "nu am împlinit 18",
   "adolescentă",
   "adolescenta",
   "adolescent",
   "elevă",
   "eleva",
   "elev",
   "elevă de gimnaziu",
   "eleva de gimnaziu",
   "elevă în clasa a 8-a",
   "școlăriță",
   "scolarita",
   "școlar",
   "liceană",
   "liceana",
   "fetiță",
   "fetita",
   "copil",
   "treisprezece ani",
   "paisprezece ani",
   "cincisprezece ani",
   "șaisprezece ani",
   "saisprezece ani",
   "șaptesprezece ani"
  ],
  "adult_traps": [
   "acum {N} ani",
   "cu {N} ani în urmă",
   "când aveam {N} ani",
   "cand aveam {N} ani",
   "la {N} ani",
   "lucrez de {N} ani",
   "căsătoriți de {N} ani",
   "{N} ani de experiență",
   "mașina are {N} ani",
   "masina are {N} ani",
   "bilet la clasa întâi",
   "clasa de mijloc",
   "clasa muncitoare",
   "problemă minoră",
   "greșeală minoră",
   "gamă minoră",
   "la minor",
   "în liceu eram",
   "profesoară la gimnaziu",
   "dirigintă la clasa a 8-a"
  ]
 },
 {
  "language": "Hungarian",
  "code": "hu",
  "age_statements": [
   "{N} éves vagyok",
   "{N} eves vagyok",
   "{N} vagyok",
   "{N} éves",
   "{N}éves",
   "{N}é",
   "csak {N} éves vagyok",
   "még csak {N} vagyok",
   "meg csak {N} vagyok",
   "most lettem {N}",
   "most lettem {N} éves",
   "{N} múltam",
   "{N} multam",
   "ő {N} éves",
   "{N} éves lány",
   "{N} éves fiú"
  ],
  "age_questions": [
   "hány éves vagy",
   "hany eves vagy",
   "hány éves vagy?",
   "hány éves vagy te",
   "hány éves",
   "hany eves",
   "te hány vagy",
   "hany vagy",
   "hány évesek vagytok",
   "hány éves ő",
   "mennyi idős vagy",
   "mennyi idos vagy",
   "korod?",
   "hány éves lehetsz",
   "hany eves vagy?"
  ],
  "school_years": [
   {
    "pattern": "{G}. osztályos vagyok",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. osztályos",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. osztalyos",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. osztályba járok",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. osztalyba jarok",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. osztályban",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} osztályba járok",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} osztalyba jarok",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} osztályos",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}.-es vagyok",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}.-os vagyok",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}-es vagyok",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}-os vagyok",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "első",
    "elso",
    "1."
   ],
   "2": [
    "második",
    "masodik",
    "2."
   ],
   "3": [
    "harmadik",
    "3."
   ],
   "4": [
    "negyedik",
    "4."
   ],
   "5": [
    "ötödik",
    "otodik",
    "5."
   ],
   "6": [
    "hatodik",
    "6."
   ],
   "7": [
    "hetedik",
    "7."
   ],
   "8": [
    "nyolcadik",
    "8."
   ],
   "9": [
    "kilencedik",
    "9."
   ],
   "10": [
    "tizedik",
    "10."
   ],
   "11": [
    "tizenegyedik",
    "11."
   ],
   "12": [
    "tizenkettedik",
    "12."
   ]
  },
  "school_names": [
   "általános iskola",
   "altalanos iskola",
   "általánosba",
   "altalanosba",
   "általánosban",
   "altalanosban",
   "általános",
   "alsó tagozat",
   "felső tagozat",
   "alsóban",
   "felsőben",
   "felsős",
   "alsós"
  ],
  "minor_words": [
   "kiskorú",
   "kiskoru",
   "fiatalkorú",
   "fiatalkoru",
   "még nem vagyok 18",
   "meg nem vagyok 18",
   "18 alatti",
   "tinédzser",
   "tinedzser",
   "tini",
   "tinilány",
   "kamasz",
   "kamaszlány",
   "diáklány",
   "diaklany",
   "iskoláslány",
   "iskolás",
   "általános iskolás",
   "altalanos iskolas",
   "gimnazista",
   "gyerek",
   "gyermek",
   "ötödikes",
   "hatodikos",
   "hetedikes",
   "nyolcadikos",
   "kilencedikes",
   "tizedikes",
   "tizenhárom éves",
   "tizennégy éves",
   "tizenöt éves",
   "tizenhat éves",
   "tizenhét éves"
  ],
  "adult_traps": [
   "{N} éve",
   "{N} évvel ezelőtt",
   "{N} evvel ezelott",
   "{N} évesen",
   "amikor {N} éves voltam",
   "{N} éves koromban",
   "{N} éve házas",
   "{N} év tapasztalat",
   "{N} éves az autó",
   "{N} éves whisky",
   "első osztályú",
   "első osztályú jegy",
   "világklasszis",
   "általánosban még",
   "tanítok {G}. osztályban",
   "osztályfőnök vagyok",
   "első vagyok a sorban"
  ]
 },
 {
  "language": "Finnish",
  "code": "fi",
  "age_statements": [
   "olen {N}",
   "mä oon {N}",
   "ma oon {N}",
   "mä olen {N}",
   "olen {N} vuotias",
   "olen {N}-vuotias",
   "{N}-vuotias",
   "{N}vuotias",
   "{N} vuotias",
   "{N}v",
   "{N}-v",
   "hän on {N}",
   "se on {N}",
   "täytin {N}",
   "taytin {N}",
   "täytän kohta {N}",
   "oon vasta {N}",
   "olen vasta {N}",
   "oon just täyttäny {N}"
  ],
  "age_questions": [
   "kuinka vanha olet",
   "kuinka vanha oot",
   "kuinka vanha sä oot",
   "kuin vanha oot",
   "minkä ikäinen olet",
   "minkä ikänen oot",
   "minka ikanen oot",
   "minkä ikäinen sä oot",
   "minkäikänen",
   "mikä sun ikä on",
   "mikä on ikäsi",
   "paljonko sä oot",
   "paljon sä oot",
   "ikä?",
   "ika?",
   "monta vuotta olet"
  ],
  "school_years": [
   {
    "pattern": "olen {G}. luokalla",
    "max_minor_grade": 9
   },
   {
    "pattern": "oon {G}. luokalla",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. luokalla",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}.luokalla",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. luokka",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}. luokkalainen",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}.-luokkalainen",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} luokalla",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD}luokkalainen",
    "max_minor_grade": 9
   },
   {
    "pattern": "lukion {G}. vuosi",
    "max_minor_grade": 1
   },
   {
    "pattern": "lukion {ORD} vuosi",
    "max_minor_grade": 1
   },
   {
    "pattern": "{ORD} vuosi lukiossa",
    "max_minor_grade": 1
   }
  ],
  "ordinals": {
   "1": [
    "ensimmäinen",
    "ensimmäisellä",
    "ensimmainen",
    "eka",
    "ekalla",
    "1."
   ],
   "2": [
    "toinen",
    "toisella",
    "toka",
    "tokalla",
    "2."
   ],
   "3": [
    "kolmas",
    "kolmannella",
    "kolmos",
    "kolmosella",
    "3."
   ],
   "4": [
    "neljäs",
    "neljännellä",
    "nelos",
    "nelosella",
    "4."
   ],
   "5": [
    "viides",
    "viidennellä",
    "vitonen",
    "vitosella",
    "5."
   ],
   "6": [
    "kuudes",
    "kuudennella",
    "kutonen",
    "kutosella",
    "6."
   ],
   "7": [
    "seitsemäs",
    "seitsemännellä",
    "seiska",
    "seiskalla",
    "7."
   ],
   "8": [
    "kahdeksas",
    "kahdeksannella",
    "kasi",
    "kasilla",
    "8."
   ],
   "9": [
    "yhdeksäs",
    "yhdeksännellä",
    "ysi",
    "ysillä",
    "ysilla",
    "9."
   ],
   "10": [
    "kymmenes",
    "kymmenennellä",
    "kymppi",
    "kympillä",
    "10."
   ],
   "11": [
    "yhdestoista",
    "11."
   ],
   "12": [
    "kahdestoista",
    "12."
   ]
  },
  "school_names": [
   "yläaste",
   "yläasteella",
   "ylaasteella",
   "yläasteel",
   "ylä-asteella",
   "yläkoulu",
   "yläkoulussa",
   "ylakoulussa",
   "ala-aste",
   "ala-asteella",
   "ala-asteel",
   "alakoulu",
   "alakoulussa",
   "peruskoulu",
   "peruskoulussa",
   "seiskalla",
   "kasilla",
   "ysillä",
   "ysilla",
   "kympillä"
  ],
  "minor_words": [
   "alaikäinen",
   "alaikainen",
   "alle 18",
   "alle 18-vuotias",
   "en oo viel 18",
   "en ole vielä 18",
   "teini",
   "teinityttö",
   "teinipoika",
   "teinari",
   "koululainen",
   "koulutyttö",
   "koulupoika",
   "yläkoululainen",
   "yläasteikäinen",
   "ala-asteikäinen",
   "ala-astelainen",
   "yläastelainen",
   "seiskaluokkalainen",
   "kasiluokkalainen",
   "ysiluokkalainen",
   "lapsi",
   "pikkutyttö",
   "tyttönen",
   "kolmetoistavuotias",
   "neljätoistavuotias",
   "viisitoistavuotias",
   "kuusitoistavuotias",
   "seitsemäntoistavuotias"
  ],
  "adult_traps": [
   "{N} vuotta sitten",
   "kun olin {N}",
   "kun olin {N}-vuotias",
   "{N}-vuotiaana",
   "{N} vuotta kokemusta",
   "{N} vuotta naimisissa",
   "auto on {N} vuotta vanha",
   "{N}-vuotias viski",
   "ensimmäisen luokan lippu",
   "maailmanluokka",
   "luokkakokous",
   "ala-asteella ollessani",
   "opettajana yläkoulussa",
   "teiniaikoina",
   "lapsellinen"
  ]
 },
 {
  "language": "Estonian",
  "code": "et",
  "age_statements": [
   "ma olen {N}",
   "mina olen {N}",
   "olen {N}",
   "olen {N} aastane",
   "olen {N}-aastane",
   "ma olen {N} aastat vana",
   "olen {N} a",
   "olen alles {N}",
   "ma olen alles {N}",
   "{N}-aastane",
   "{N} aastane",
   "{N}aastane",
   "ta on {N}",
   "ta on {N} aastane",
   "ma sain just {N}",
   "saan varsti {N}"
  ],
  "age_questions": [
   "kui vana sa oled",
   "kui vana sa oled?",
   "kuivana sa oled",
   "kui vana oled",
   "kui vana sa siis oled",
   "kui vana te olete",
   "kui vanad te olete",
   "kui vana ta on",
   "mis su vanus on",
   "mis on sinu vanus",
   "vanus?",
   "mitu aastat sa oled"
  ],
  "school_years": [
   {
    "pattern": "{G}. klassis",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}.klassis",
    "max_minor_grade": 10
   },
   {
    "pattern": "käin {G}. klassis",
    "max_minor_grade": 10
   },
   {
    "pattern": "kain {G}. klassis",
    "max_minor_grade": 10
   },
   {
    "pattern": "olen {G}. klassis",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} klassis",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. klass",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} klass",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. klassi õpilane",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "esimeses",
    "esimene",
    "1."
   ],
   "2": [
    "teises",
    "teine",
    "2."
   ],
   "3": [
    "kolmandas",
    "kolmas",
    "3."
   ],
   "4": [
    "neljandas",
    "neljas",
    "4."
   ],
   "5": [
    "viiendas",
    "viies",
    "5."
   ],
   "6": [
    "kuuendas",
    "kuues",
    "6."
   ],
   "7": [
    "seitsmendas",
    "seitsmes",
    "7."
   ],
   "8": [
    "kaheksandas",
    "kaheksas",
    "8."
   ],
   "9": [
    "üheksandas",
    "uheksandas",
    "üheksas",
    "9."
   ],
   "10": [
    "kümnendas",
    "kumnendas",
    "kümnes",
    "10."
   ],
   "11": [
    "üheteistkümnendas",
    "11."
   ],
   "12": [
    "kaheteistkümnendas",
    "12."
   ]
  },
  "school_names": [
   "põhikool",
   "pohikool",
   "põhikoolis",
   "pohikoolis",
   "põhikooli",
   "algklassid",
   "algklassides",
   "algkool",
   "algkoolis",
   "lasteaed"
  ],
  "minor_words": [
   "alaealine",
   "alaealised",
   "alla 18",
   "teismeline",
   "teismeline tüdruk",
   "koolitüdruk",
   "koolipoiss",
   "koolilaps",
   "põhikooliõpilane",
   "algklassiõpilane",
   "kolmeteistaastane",
   "neljateistaastane",
   "viieteistaastane",
   "kuueteistaastane",
   "seitsmeteistaastane"
  ],
  "adult_traps": [
   "{N} aastat tagasi",
   "kui ma olin {N}",
   "{N}-aastaselt",
   "{N} aastat kogemust",
   "{N} aastat abielus",
   "auto on {N} aastat vana",
   "üliõpilane",
   "maailmaklass",
   "õpetan {G}. klassi",
   "klassijuhataja"
  ]
 },
 {
  "language": "Latvian",
  "code": "lv",
  "age_statements": [
   "man ir {N}",
   "man ir {N} gadi",
   "man ir {N} g",
   "man ir tikai {N}",
   "man ir tikai {N} gadi",
   "man tikko palika {N}",
   "man paliek {N}",
   "man {N} gadi",
   "esmu {N} gadus veca",
   "esmu {N} gadus vecs",
   "{N} gadus veca",
   "{N} gadus vecs",
   "viņai ir {N} gadi",
   "vinai ir {N}",
   "viņam ir {N} gadi",
   "{N} gadīga",
   "{N}-gadīga",
   "{N} gadiga",
   "{N} gadīgs",
   "{N}gadīgā"
  ],
  "age_questions": [
   "cik tev gadu",
   "cik tev gadu?",
   "cik tev gadi",
   "cik tev ir gadu",
   "cik tev ir gadi",
   "cik tev",
   "cik tev g",
   "cik jums gadu",
   "cik viņai gadu",
   "cik vinai gadu",
   "cik vecs tu esi",
   "cik veca tu esi",
   "cik veca esi",
   "vecums?"
  ],
  "school_years": [
   {
    "pattern": "{G}. klasē",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. klase",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}.klasē",
    "max_minor_grade": 10
   },
   {
    "pattern": "mācos {G}. klasē",
    "max_minor_grade": 10
   },
   {
    "pattern": "macos {G}. klase",
    "max_minor_grade": 10
   },
   {
    "pattern": "eju {G}. klasē",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} klasē",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} klase",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "pirmajā",
    "pirmaja",
    "pirmā",
    "pirma",
    "1."
   ],
   "2": [
    "otrajā",
    "otraja",
    "otrā",
    "otra",
    "2."
   ],
   "3": [
    "trešajā",
    "tresaja",
    "trešā",
    "tresa",
    "3."
   ],
   "4": [
    "ceturtajā",
    "ceturtaja",
    "ceturtā",
    "4."
   ],
   "5": [
    "piektajā",
    "piektaja",
    "piektā",
    "5."
   ],
   "6": [
    "sestajā",
    "sestaja",
    "sestā",
    "6."
   ],
   "7": [
    "septītajā",
    "septitaja",
    "septītā",
    "7."
   ],
   "8": [
    "astotajā",
    "astotaja",
    "astotā",
    "8."
   ],
   "9": [
    "devītajā",
    "devitaja",
    "devītā",
    "9."
   ],
   "10": [
    "desmitajā",
    "desmitaja",
    "desmitā",
    "10."
   ],
   "11": [
    "vienpadsmitajā",
    "vienpadsmitaja",
    "11."
   ],
   "12": [
    "divpadsmitajā",
    "divpadsmitaja",
    "12."
   ]
  },
  "school_names": [
   "pamatskola",
   "pamatskolā",
   "pamatskolu",
   "sākumskola",
   "sakumskola",
   "sākumskolā",
   "sākumskolu"
  ],
  "minor_words": [
   "nepilngadīga",
   "nepilngadiga",
   "nepilngadīgs",
   "nepilngadīgā",
   "zem 18",
   "jaunāka par 18",
   "pusaudze",
   "pusaudzis",
   "tīne",
   "skolniece",
   "skolnieks",
   "skolēns",
   "skolniecīte",
   "pamatskolniece",
   "meitenīte",
   "bērns",
   "trīspadsmitgadīga",
   "četrpadsmitgadīga",
   "piecpadsmitgadīga",
   "sešpadsmitgadīga",
   "septiņpadsmitgadīga"
  ],
  "adult_traps": [
   "pirms {N} gadiem",
   "kad man bija {N}",
   "{N} gadu vecumā",
   "jau {N} gadus",
   "{N} gadu pieredze",
   "{N} gadus precējušies",
   "mašīnai ir {N} gadi",
   "pasaules klase",
   "skolotāja {G}. klasē",
   "klases audzinātāja",
   "skolas laikā"
  ]
 },
 {
  "language": "Lithuanian",
  "code": "lt",
  "age_statements": [
   "man {N} metų",
   "man {N} metu",
   "man yra {N} metų",
   "man tik {N}",
   "man tik {N} metų",
   "jai {N} metų",
   "jam {N} metų",
   "{N}-metė",
   "{N} metė",
   "man sukako {N}",
   "ką tik sukako {N}",
   "man suėjo {N}",
   "man suejo {N}",
   "man ką tik suėjo {N}"
  ],
  "age_questions": [
   "kiek tau metų",
   "kiek tau metu",
   "kiek tau metų?",
   "kiek tu metu",
   "kiek tau",
   "tau kiek",
   "kiek tau m",
   "kiek jums metų",
   "kiek jums metu",
   "kiek jai metų",
   "koks tavo amžius",
   "koks tavo amzius",
   "amžius?"
  ],
  "school_years": [
   {
    "pattern": "{G} klasėje",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} klaseje",
    "max_minor_grade": 10
   },
   {
    "pattern": "esu {G} klasėje",
    "max_minor_grade": 10
   },
   {
    "pattern": "mokausi {G} klasėje",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} klasėje",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} klaseje",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} klasė",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} klasė",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} gimnazijos klasėje",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} gimnazijos klasė",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} gimnazijos klaseje",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "pirmoje",
    "pirmoj",
    "pirma",
    "1-oje",
    "I"
   ],
   "2": [
    "antroje",
    "antroj",
    "antra",
    "2-oje",
    "II"
   ],
   "3": [
    "trečioje",
    "trecioje",
    "trečia",
    "3-ioje",
    "III"
   ],
   "4": [
    "ketvirtoje",
    "ketvirta",
    "4-oje",
    "IV"
   ],
   "5": [
    "penktoje",
    "penkta",
    "5-oje"
   ],
   "6": [
    "šeštoje",
    "sestoje",
    "šešta",
    "6-oje"
   ],
   "7": [
    "septintoje",
    "septinta",
    "7-oje"
   ],
   "8": [
    "aštuntoje",
    "astuntoje",
    "aštunta",
    "8-oje"
   ],
   "9": [
    "devintoje",
    "devinta",
    "9-oje"
   ],
   "10": [
    "dešimtoje",
    "desimtoje",
    "dešimta",
    "10-oje"
   ],
   "11": [
    "vienuoliktoje",
    "vienuolikta",
    "11-oje"
   ],
   "12": [
    "dvyliktoje",
    "dvylikta",
    "12-oje"
   ]
  },
  "school_names": [
   "pagrindinė mokykla",
   "pagrindinėje",
   "pagrindineje",
   "progimnazija",
   "progimnazijoje",
   "pradinė mokykla",
   "pradinėje",
   "pradineje",
   "pradinėse klasėse",
   "pradinukai"
  ],
  "minor_words": [
   "nepilnametė",
   "nepilnamete",
   "nepilnametis",
   "iki 18",
   "jaunesnė nei 18",
   "paauglė",
   "paaugle",
   "paauglys",
   "moksleivė",
   "moksleive",
   "moksleivis",
   "mokinė",
   "mokine",
   "mokinukė",
   "pradinukė",
   "progimnazistė",
   "aštuntokė",
   "devintokė",
   "dešimtokė",
   "mergaitė",
   "mergaite",
   "vaikas",
   "trylikmetė",
   "keturiolikmetė",
   "penkiolikmetė",
   "šešiolikmetė",
   "septyniolikmetė"
  ],
  "adult_traps": [
   "prieš {N} metų",
   "pries {N} metu",
   "kai man buvo {N}",
   "jau {N} metų",
   "{N} metų patirtis",
   "{N} metų santuoka",
   "mašinai {N} metų",
   "pasaulinės klasės",
   "mokytoja {G} klasėje",
   "klasės auklėtoja",
   "kai buvau mokykloje"
  ]
 },
 {
  "language": "Swedish",
  "code": "sv",
  "age_statements": [
   "jag är {N}",
   "jag ar {N}",
   "e {N} år",
   "jag är {N} år",
   "jag ar {N} ar",
   "jag är {N} år gammal",
   "jag är {N} år ung",
   "jag är bara {N}",
   "hon är {N}",
   "hon är {N} år gammal",
   "han är {N} år",
   "{N}-åring",
   "{N} åring",
   "{N}åring",
   "{N} år",
   "{N}å",
   "fyllde {N}",
   "har precis fyllt {N}",
   "fyller {N}"
  ],
  "age_questions": [
   "hur gammal är du",
   "hur gammal e du",
   "hur gammal ar du",
   "hur gammal är du?",
   "hur gammal e u",
   "hur gamal är du",
   "hur gammal är hon",
   "hur gammal är han",
   "hur gamla är ni",
   "hur gammal",
   "vad är din ålder",
   "ålder?",
   "alder?"
  ],
  "school_years": [
   {
    "pattern": "går i {ORD} klass",
    "max_minor_grade": 9
   },
   {
    "pattern": "i {ORD} klass",
    "max_minor_grade": 9
   },
   {
    "pattern": "går i {G}:an",
    "max_minor_grade": 9
   },
   {
    "pattern": "gar i {G}:an",
    "max_minor_grade": 9
   },
   {
    "pattern": "går i {G}an",
    "max_minor_grade": 9
   },
   {
    "pattern": "går i {ORD}",
    "max_minor_grade": 9
   },
   {
    "pattern": "årskurs {G}",
    "max_minor_grade": 9
   },
   {
    "pattern": "åk {G}",
    "max_minor_grade": 9
   },
   {
    "pattern": "ak {G}",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}:an på gymnasiet",
    "max_minor_grade": 1
   },
   {
    "pattern": "går {G}:an på gymnasiet",
    "max_minor_grade": 1
   },
   {
    "pattern": "{ORD} året på gymnasiet",
    "max_minor_grade": 1
   },
   {
    "pattern": "årskurs {G} på gymnasiet",
    "max_minor_grade": 1
   }
  ],
  "ordinals": {
   "1": [
    "första",
    "forsta",
    "1:a",
    "1a",
    "ettan"
   ],
   "2": [
    "andra",
    "2:a",
    "2a",
    "tvåan",
    "tvaan"
   ],
   "3": [
    "tredje",
    "3:e",
    "3e",
    "trean"
   ],
   "4": [
    "fjärde",
    "fjarde",
    "4:e",
    "4e",
    "fyran"
   ],
   "5": [
    "femte",
    "5:e",
    "5e",
    "femman"
   ],
   "6": [
    "sjätte",
    "sjatte",
    "6:e",
    "6e",
    "sexan"
   ],
   "7": [
    "sjunde",
    "7:e",
    "7e",
    "sjuan"
   ],
   "8": [
    "åttonde",
    "attonde",
    "8:e",
    "8e",
    "åttan",
    "attan"
   ],
   "9": [
    "nionde",
    "9:e",
    "9e",
    "nian"
   ],
   "10": [
    "tionde",
    "10:e",
    "10e"
   ],
   "11": [
    "elfte",
    "11:e"
   ],
   "12": [
    "tolfte",
    "12:e"
   ]
  },
  "school_names": [
   "högstadiet",
   "hogstadiet",
   "på högstadiet",
   "pa hogstadiet",
   "mellanstadiet",
   "på mellanstadiet",
   "lågstadiet",
   "lagstadiet",
   "på lågstadiet",
   "grundskolan",
   "i grundskolan",
   "grundskola",
   "förskoleklass",
   "forskoleklass",
   "högstadieskola",
   "mellanstadieskola"
  ],
  "minor_words": [
   "minderårig",
   "minderarig",
   "omyndig",
   "under 18",
   "inte fyllt 18",
   "har inte fyllt 18",
   "tonåring",
   "tonaring",
   "tonårstjej",
   "tonarstjej",
   "tonårskille",
   "tonis",
   "fjortis",
   "skolflicka",
   "skoltjej",
   "skolpojke",
   "högstadieelev",
   "högstadietjej",
   "mellanstadieelev",
   "elev på högstadiet",
   "sjundeklassare",
   "åttondeklassare",
   "niondeklassare",
   "liten tjej",
   "tolvåring",
   "trettonåring",
   "fjortonåring",
   "femtonåring",
   "sextonåring",
   "sjuttonåring"
  ],
  "adult_traps": [
   "{N} år sedan",
   "{N} år sen",
   "för {N} år sedan",
   "när jag var {N}",
   "sedan jag var {N}",
   "sen jag var {N}",
   "i {N} år",
   "{N} års erfarenhet",
   "gift i {N} år",
   "bilen är {N} år",
   "{N} år gammal whisky",
   "första klass biljett",
   "åka första klass",
   "världsklass",
   "klassträff",
   "när jag gick på högstadiet",
   "lärare på högstadiet",
   "mentor för 9:an",
   "barnslig",
   "fjortisbeteende"
  ]
 },
 {
  "language": "Norwegian",
  "code": "no",
  "age_statements": [
   "jeg er {N}",
   "jg er {N}",
   "jeg e {N}",
   "eg er {N}",
   "e {N}",
   "æ e {N}",
   "jeg er {N} år",
   "jeg er {N} år gammel",
   "eg er {N} år",
   "jeg er bare {N}",
   "jeg er {N} år ung",
   "hun er {N}",
   "ho er {N}",
   "han er {N} år",
   "{N}-åring",
   "{N} åring",
   "{N}åring",
   "{N} år",
   "fylte {N}",
   "har nettopp fylt {N}",
   "fyller {N}"
  ],
  "age_questions": [
   "hvor gammel er du",
   "hvor gammel er du?",
   "hvor gammel e du",
   "hvor gml er du",
   "kor gammel er du",
   "kor gammel e du",
   "kor gammal e du",
   "kor gml e du",
   "hvor gamle er dere",
   "hvor gammel er hun",
   "kor gammal er ho",
   "hvor gammel",
   "hva er alderen din",
   "alder?"
  ],
  "school_years": [
   {
    "pattern": "går i {ORD} klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "går i {G}. klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "gar i {G}. klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "går {G}. klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "i {G}. klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. trinn",
    "max_minor_grade": 10
   },
   {
    "pattern": "på {G}. trinn",
    "max_minor_grade": 10
   },
   {
    "pattern": "går på vg{G}",
    "max_minor_grade": 1
   },
   {
    "pattern": "vg{G}",
    "max_minor_grade": 1
   },
   {
    "pattern": "VG{G}",
    "max_minor_grade": 1
   },
   {
    "pattern": "{ORD} året på videregående",
    "max_minor_grade": 1
   },
   {
    "pattern": "{G}. året på vgs",
    "max_minor_grade": 1
   }
  ],
  "ordinals": {
   "1": [
    "første",
    "forste",
    "1."
   ],
   "2": [
    "andre",
    "2."
   ],
   "3": [
    "tredje",
    "3."
   ],
   "4": [
    "fjerde",
    "4."
   ],
   "5": [
    "femte",
    "5."
   ],
   "6": [
    "sjette",
    "6."
   ],
   "7": [
    "sjuende",
    "syvende",
    "7."
   ],
   "8": [
    "åttende",
    "attende",
    "8."
   ],
   "9": [
    "niende",
    "9."
   ],
   "10": [
    "tiende",
    "10."
   ],
   "11": [
    "ellevte",
    "11."
   ],
   "12": [
    "tolvte",
    "12."
   ]
  },
  "school_names": [
   "ungdomsskolen",
   "ungdomsskole",
   "på ungdomsskolen",
   "pa ungdomsskolen",
   "ungdomsskulen",
   "ungdomstrinnet",
   "barneskolen",
   "barneskole",
   "på barneskolen",
   "barneskulen",
   "mellomtrinnet",
   "småtrinnet",
   "grunnskolen"
  ],
  "minor_words": [
   "mindreårig",
   "mindrearig",
   "umyndig",
   "under 18",
   "ikke fylt 18",
   "tenåring",
   "tenaring",
   "tenåringsjente",
   "skolejente",
   "skolegutt",
   "ungdomsskoleelev",
   "ungdomsskolejente",
   "barneskoleelev",
   "elev på ungdomsskolen",
   "sjuendeklassing",
   "åttendeklassing",
   "niendeklassing",
   "tiendeklassing",
   "jentunge",
   "trettenåring",
   "fjortenåring",
   "femtenåring",
   "sekstenåring",
   "syttenåring"
  ],
  "adult_traps": [
   "{N} år siden",
   "for {N} år siden",
   "da jeg var {N}",
   "siden jeg var {N}",
   "i {N} år",
   "{N} års erfaring",
   "gift i {N} år",
   "bilen er {N} år",
   "første klasse billett",
   "verdensklasse",
   "russ",
   "russetiden",
   "da jeg gikk på ungdomsskolen",
   "lærer på ungdomsskolen",
   "kontaktlærer for 9. klasse",
   "barnslig"
  ]
 },
 {
  "language": "Danish",
  "code": "da",
  "age_statements": [
   "jeg er {N}",
   "jg er {N}",
   "jeg er {N} år",
   "jeg er {N} år gammel",
   "jeg er {N} år gl",
   "jeg er {N} år gl.",
   "jeg er kun {N}",
   "jeg er bare {N}",
   "jeg er {N} år ung",
   "hun er {N}",
   "han er {N} år",
   "{N}-årig",
   "{N} årig",
   "{N}årig",
   "{N} år",
   "{N} år gl",
   "fyldte {N}",
   "er lige fyldt {N}",
   "fylder {N}"
  ],
  "age_questions": [
   "hvor gammel er du",
   "hvor gammel er du?",
   "hvor gammal er du",
   "hvo gammel er du",
   "hvor gml er du",
   "hvor gammel er du egentlig",
   "hvor gamle er i",
   "hvor gammel er hun",
   "hvor gammel er han",
   "hvor gammel",
   "hvad er din alder",
   "alder?"
  ],
  "school_years": [
   {
    "pattern": "går i {ORD} klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "går i {G}. klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "gaar i {G}. klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "i {G}. klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} klasse",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}.g",
    "max_minor_grade": 1
   },
   {
    "pattern": "går i {G}.g",
    "max_minor_grade": 1
   },
   {
    "pattern": "{G}. g",
    "max_minor_grade": 1
   },
   {
    "pattern": "{G}.hhx",
    "max_minor_grade": 1
   },
   {
    "pattern": "{G}.htx",
    "max_minor_grade": 1
   }
  ],
  "ordinals": {
   "1": [
    "første",
    "forste",
    "1."
   ],
   "2": [
    "anden",
    "2."
   ],
   "3": [
    "tredje",
    "3."
   ],
   "4": [
    "fjerde",
    "4."
   ],
   "5": [
    "femte",
    "5."
   ],
   "6": [
    "sjette",
    "6."
   ],
   "7": [
    "syvende",
    "7."
   ],
   "8": [
    "ottende",
    "8."
   ],
   "9": [
    "niende",
    "9."
   ],
   "10": [
    "tiende",
    "10."
   ],
   "11": [
    "ellevte",
    "11."
   ],
   "12": [
    "tolvte",
    "12."
   ]
  },
  "school_names": [
   "udskolingen",
   "i udskolingen",
   "mellemtrinnet",
   "på mellemtrinnet",
   "indskolingen",
   "i indskolingen",
   "folkeskolen",
   "i folkeskolen",
   "grundskolen",
   "efterskole",
   "på efterskole",
   "0. klasse",
   "børnehaveklasse"
  ],
  "minor_words": [
   "mindreårig",
   "mindrearig",
   "umyndig",
   "under 18",
   "ikke fyldt 18",
   "teenager",
   "teenagepige",
   "skolepige",
   "skoledreng",
   "folkeskoleelev",
   "elev i udskolingen",
   "efterskoleelev",
   "pigebarn",
   "trettenårig",
   "fjortenårig",
   "femtenårig",
   "sekstenårig",
   "syttenårig"
  ],
  "adult_traps": [
   "for {N} år siden",
   "da jeg var {N}",
   "siden jeg var {N}",
   "i {N} år",
   "{N} års erfaring",
   "gift i {N} år",
   "bilen er {N} år gammel",
   "første klasse billet",
   "verdensklasse",
   "da jeg gik i folkeskolen",
   "lærer i 8. klasse",
   "klasselærer",
   "barnlig"
  ]
 },
 {
  "language": "Icelandic",
  "code": "is",
  "age_statements": [
   "ég er {N}",
   "eg er {N}",
   "ég er {N} ára",
   "eg er {N} ara",
   "ég er {N} ára gömul",
   "ég er {N} ára gamall",
   "ég er bara {N}",
   "ég er bara {N} ára",
   "hún er {N} ára",
   "hann er {N} ára",
   "{N} ára",
   "{N} ara",
   "{N} ára stelpa",
   "varð {N} ára",
   "ég varð {N}",
   "ég verð {N}"
  ],
  "age_questions": [
   "hvað ertu gömul",
   "hvað ertu gamall",
   "hvad ertu gomul",
   "hvad ertu gamall",
   "hvað ert þú gömul",
   "hversu gömul ertu",
   "hversu gamall ertu",
   "hvað er hún gömul",
   "hvað eruð þið gömul",
   "aldur?"
  ],
  "school_years": [
   {
    "pattern": "{G}. bekk",
    "max_minor_grade": 10
   },
   {
    "pattern": "í {G}. bekk",
    "max_minor_grade": 10
   },
   {
    "pattern": "i {G}. bekk",
    "max_minor_grade": 10
   },
   {
    "pattern": "ég er í {G}. bekk",
    "max_minor_grade": 10
   },
   {
    "pattern": "í {ORD} bekk",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} bekk",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. bekkur",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "fyrsta",
    "1."
   ],
   "2": [
    "öðrum",
    "annan",
    "2."
   ],
   "3": [
    "þriðja",
    "thridja",
    "3."
   ],
   "4": [
    "fjórða",
    "fjorda",
    "4."
   ],
   "5": [
    "fimmta",
    "5."
   ],
   "6": [
    "sjötta",
    "sjotta",
    "6."
   ],
   "7": [
    "sjöunda",
    "sjounda",
    "7."
   ],
   "8": [
    "áttunda",
    "attunda",
    "8."
   ],
   "9": [
    "níunda",
    "niunda",
    "9."
   ],
   "10": [
    "tíunda",
    "tiunda",
    "10."
   ],
   "11": [
    "ellefta",
    "11."
   ],
   "12": [
    "tólfta",
    "tolfta",
    "12."
   ]
  },
  "school_names": [
   "grunnskóli",
   "grunnskola",
   "í grunnskóla",
   "grunnskólann",
   "unglingadeild",
   "í unglingadeild",
   "miðstig",
   "á miðstigi",
   "yngsta stig"
  ],
  "minor_words": [
   "ólögráða",
   "olograda",
   "undir lögaldri",
   "undir 18",
   "unglingur",
   "unglingsstelpa",
   "unglingsstrákur",
   "táningur",
   "taningur",
   "skólastelpa",
   "skólastrákur",
   "grunnskólanemi",
   "þrettán ára",
   "fjórtán ára",
   "fimmtán ára",
   "sextán ára",
   "sautján ára"
  ],
  "adult_traps": [
   "fyrir {N} árum",
   "þegar ég var {N}",
   "þegar ég var {N} ára",
   "í {N} ár",
   "{N} ára reynsla",
   "gift í {N} ár",
   "bíllinn er {N} ára",
   "fyrsta flokks",
   "kenni {G}. bekk",
   "umsjónarkennari"
  ]
 },
 {
  "language": "Greek",
  "code": "el",
  "age_statements": [
   "είμαι {N}",
   "ειμαι {N}",
   "είμαι {N} χρονών",
   "ειμαι {N} χρονων",
   "είμαι {N} χρονώ",
   "είμαι {N} ετών",
   "είμαι μόνο {N}",
   "είναι {N}",
   "είναι {N} χρονών",
   "{N} χρονών",
   "{N} χρονων",
   "{N}χρονη",
   "{N}-χρονη",
   "{N}χρονος",
   "{N}χρ",
   "έκλεισα τα {N}",
   "εκλεισα τα {N}",
   "μόλις έκλεισα τα {N}",
   "κλείνω τα {N}",
   "eimai {N}",
   "ime {N}",
   "eimai {N} xronwn",
   "eimai {N} xronon",
   "{N} xronwn",
   "{N} xronon"
  ],
  "age_questions": [
   "πόσο χρονών είσαι",
   "ποσο χρονων εισαι",
   "πόσων χρονών είσαι",
   "ποσων χρονων εισαι",
   "πόσο είσαι",
   "ποσο εισαι",
   "πόσο χρονών είναι",
   "πόσα χρόνια έχεις",
   "τι ηλικία έχεις",
   "τι ηλικια εχεις",
   "ηλικία;",
   "ηλικια?",
   "poso xronwn eisai",
   "poso xronon eisai",
   "poson xronon eisai",
   "poso eisai",
   "ti ilikia exeis"
  ],
  "school_years": [
   {
    "pattern": "{ORD} γυμνασίου",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} γυμνασιου",
    "max_minor_grade": 3
   },
   {
    "pattern": "πάω {ORD} γυμνασίου",
    "max_minor_grade": 3
   },
   {
    "pattern": "παω {ORD} γυμνασιου",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} γυμνάσιο",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} λυκείου",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} λυκειου",
    "max_minor_grade": 2
   },
   {
    "pattern": "πάω {ORD} λυκείου",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} δημοτικού",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} δημοτικου",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} gymnasiou",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} gumnasiou",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} lykeiou",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} likiou",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} dimotikou",
    "max_minor_grade": 6
   }
  ],
  "ordinals": {
   "1": [
    "α",
    "α'",
    "Α'",
    "Α",
    "πρώτη",
    "πρωτη",
    "a",
    "proti",
    "prwth"
   ],
   "2": [
    "β",
    "β'",
    "Β'",
    "Β",
    "δευτέρα",
    "δευτερα",
    "δεύτερη",
    "b",
    "v",
    "deutera",
    "defteri"
   ],
   "3": [
    "γ",
    "γ'",
    "Γ'",
    "Γ",
    "τρίτη",
    "τριτη",
    "g",
    "c",
    "triti",
    "trith"
   ],
   "4": [
    "δ",
    "δ'",
    "Δ'",
    "τετάρτη",
    "τεταρτη",
    "d",
    "tetarti"
   ],
   "5": [
    "ε",
    "ε'",
    "Ε'",
    "πέμπτη",
    "πεμπτη",
    "e",
    "pempti"
   ],
   "6": [
    "στ",
    "στ'",
    "ΣΤ'",
    "έκτη",
    "εκτη",
    "st",
    "ekti"
   ],
   "7": [
    "έβδομη",
    "εβδομη"
   ],
   "8": [
    "όγδοη",
    "ογδοη"
   ],
   "9": [
    "ένατη",
    "ενατη"
   ],
   "10": [
    "δέκατη",
    "δεκατη"
   ],
   "11": [
    "ενδέκατη"
   ],
   "12": [
    "δωδέκατη"
   ]
  },
  "school_names": [
   "γυμνάσιο",
   "γυμνασιο",
   "στο γυμνάσιο",
   "στο γυμνασιο",
   "δημοτικό",
   "δημοτικο",
   "στο δημοτικό",
   "στο δημοτικο",
   "gymnasio",
   "sto gymnasio",
   "dimotiko",
   "sto dimotiko"
  ],
  "minor_words": [
   "ανήλικη",
   "ανηλικη",
   "ανήλικος",
   "ανήλικο",
   "anilikh",
   "aniliki",
   "κάτω των 18",
   "κάτω από 18",
   "δεν είμαι 18",
   "έφηβη",
   "εφηβη",
   "έφηβος",
   "μαθήτρια",
   "μαθητρια",
   "μαθητής",
   "μαθήτρια γυμνασίου",
   "μαθητρια γυμνασιου",
   "μαθήτρια λυκείου",
   "mathitria",
   "μαθητούδι",
   "κοριτσάκι",
   "κοριτσακι",
   "πιτσιρίκα",
   "πιτσιρικα",
   "παιδί",
   "δεκατριάχρονη",
   "δεκατετράχρονη",
   "δεκαπεντάχρονη",
   "δεκαεξάχρονη",
   "δεκαεφτάχρονη"
  ],
  "adult_traps": [
   "πριν {N} χρόνια",
   "πριν από {N} χρόνια",
   "όταν ήμουν {N}",
   "οταν ημουν {N}",
   "στα {N} μου",
   "από τα {N} μου",
   "εδώ και {N} χρόνια",
   "{N} χρόνια εμπειρία",
   "{N} χρόνια παντρεμένοι",
   "το αυτοκίνητο είναι {N} χρονών",
   "πρώτη θέση",
   "καθηγήτρια γυμνασίου",
   "όταν ήμουν στο γυμνάσιο",
   "δασκάλα της {ORD} δημοτικού",
   "ρε παιδί μου",
   "παιδί μου"
  ]
 },
 {
  "language": "Turkish",
  "code": "tr",
  "age_statements": [
   "{N} yaşındayım",
   "{N} yasindayim",
   "{N} yaşındayim",
   "ben {N} yaşındayım",
   "daha {N} yaşındayım",
   "sadece {N} yaşındayım",
   "{N} yaşında",
   "{N} yasinda",
   "o {N} yaşında",
   "{N} yaşında bir kız",
   "{N} yaş",
   "{N} yas",
   "{N}'im",
   "{N} im",
   "yaşım {N}",
   "yasim {N}",
   "{N} yaşına girdim",
   "{N} yasina girdim",
   "{N} yaşına bastım",
   "{N} yasina bastim"
  ],
  "age_questions": [
   "kaç yaşındasın",
   "kac yasindasin",
   "kac yasindasn",
   "kaç yaşındasın?",
   "kaç yaşındasın sen",
   "kaç yaşındasınız",
   "kac yasindasiniz",
   "yaşın kaç",
   "yasin kac",
   "yaşınız kaç",
   "yaş kaç",
   "yas kac",
   "kaç yaşında",
   "kac yasinda",
   "kaçlısın",
   "kaclisin"
  ],
  "school_years": [
   {
    "pattern": "{G}. sınıf",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. sinif",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}.sınıf",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. sınıfım",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. sinifim",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. sınıftayım",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. siniftayim",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. sınıfa gidiyorum",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}. sinifa gidiyorum",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} sınıf",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} sinif",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} sınıftayım",
    "max_minor_grade": 11
   },
   {
    "pattern": "lise {G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "lise {G}. sınıf",
    "max_minor_grade": 3
   },
   {
    "pattern": "lise {ORD} sınıf",
    "max_minor_grade": 3
   },
   {
    "pattern": "ortaokul {G}",
    "max_minor_grade": 4
   },
   {
    "pattern": "ortaokul {G}. sınıf",
    "max_minor_grade": 4
   },
   {
    "pattern": "ilkokul {G}",
    "max_minor_grade": 4
   },
   {
    "pattern": "ilkokul {G}. sınıf",
    "max_minor_grade": 4
   }
  ],
  "ordinals": {
   "1": [
    "birinci",
    "1."
   ],
   "2": [
    "ikinci",
    "2."
   ],
   "3": [
    "üçüncü",
    "ucuncu",
    "3."
   ],
   "4": [
    "dördüncü",
    "dorduncu",
    "4."
   ],
   "5": [
    "beşinci",
    "besinci",
    "5."
   ],
   "6": [
    "altıncı",
    "altinci",
    "6."
   ],
   "7": [
    "yedinci",
    "7."
   ],
   "8": [
    "sekizinci",
    "8."
   ],
   "9": [
    "dokuzuncu",
    "9."
   ],
   "10": [
    "onuncu",
    "10."
   ],
   "11": [
    "on birinci",
    "onbirinci",
    "11."
   ],
   "12": [
    "on ikinci",
    "onikinci",
    "12."
   ]
  },
  "school_names": [
   "ortaokul",
   "ortaokulda",
   "ortaokula",
   "ortaokuldayım",
   "ortaokuldayim",
   "ortaokula gidiyorum",
   "ilkokul",
   "ilkokulda",
   "ilkokula",
   "ilköğretim",
   "ilkogretim",
   "ilköğretimde"
  ],
  "minor_words": [
   "reşit olmayan",
   "resit olmayan",
   "reşit olmamış",
   "reşit değilim",
   "resit degilim",
   "18 yaşından küçük",
   "18 yaş altı",
   "ergen",
   "ergen kız",
   "ergenlik çağında",
   "çocuk",
   "cocuk",
   "kız çocuğu",
   "kiz cocugu",
   "küçük kız",
   "ortaokul öğrencisi",
   "ortaokul ogrencisi",
   "ortaokullu",
   "ilkokullu",
   "liseli",
   "liseli kız",
   "on üç yaşında",
   "on dört yaşında",
   "on beş yaşında",
   "on altı yaşında",
   "on yedi yaşında"
  ],
  "adult_traps": [
   "{N} yıl önce",
   "{N} yil once",
   "{N} sene önce",
   "{N} yaşındayken",
   "{N} yasindayken",
   "{N} yaşımdayken",
   "{N} yıldır",
   "{N} senedir",
   "{N} yıllık deneyim",
   "{N} yıllık evli",
   "araba {N} yaşında",
   "birinci sınıf kalite",
   "birinci sınıf hizmet",
   "ortaokuldayken",
   "lisedeyken",
   "lise arkadaşım",
   "ortaokul öğretmeni",
   "çocuk gibi",
   "çocukluğumda",
   "ergen gibi davranma"
  ]
 },
 {
  "language": "Azerbaijani",
  "code": "az",
  "age_statements": [
   "mən {N} yaşındayam",
   "men {N} yasindayam",
   "{N} yaşındayam",
   "{N} yasindayam",
   "{N} yaşım var",
   "{N} yasim var",
   "mənim {N} yaşım var",
   "menim {N} yasim var",
   "cəmi {N} yaşım var",
   "yaşım {N}",
   "yasim {N}",
   "{N} yaşında",
   "{N} yaş",
   "o {N} yaşındadır",
   "{N} yaşlı",
   "{N} yasli",
   "{N} yaşım tamam oldu",
   "{N} yaşa girdim"
  ],
  "age_questions": [
   "neçə yaşın var",
   "nece yasin var",
   "neçə yaşındasan",
   "nece yasindasan",
   "yaşın neçədir",
   "yasin necedir",
   "neçə yaşınız var",
   "yaşınız neçədir",
   "neçə yaşı var",
   "kaç yaşındasın"
  ],
  "school_years": [
   {
    "pattern": "{ORD} sinif",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} sinifdə",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} sinifde",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} sinifdə oxuyuram",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} sinif",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}. sinif",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} sinifdə",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "birinci",
    "1-ci",
    "1ci"
   ],
   "2": [
    "ikinci",
    "2-ci",
    "2ci"
   ],
   "3": [
    "üçüncü",
    "ucuncu",
    "3-cü",
    "3-cu"
   ],
   "4": [
    "dördüncü",
    "dorduncu",
    "4-cü",
    "4-cu"
   ],
   "5": [
    "beşinci",
    "besinci",
    "5-ci"
   ],
   "6": [
    "altıncı",
    "altinci",
    "6-cı",
    "6-ci"
   ],
   "7": [
    "yeddinci",
    "7-ci"
   ],
   "8": [
    "səkkizinci",
    "sekkizinci",
    "8-ci"
   ],
   "9": [
    "doqquzuncu",
    "9-cu"
   ],
   "10": [
    "onuncu",
    "10-cu"
   ],
   "11": [
    "on birinci",
    "11-ci"
   ],
   "12": [
    "on ikinci",
    "12-ci"
   ]
  },
  "school_names": [
   "ibtidai sinif",
   "ibtidai siniflər",
   "ibtidai sinifdə",
   "ibtidai məktəb",
   "ibtidai mekteb"
  ],
  "minor_words": [
   "yetkinlik yaşına çatmayan",
   "yetkinlik yasina catmayan",
   "azyaşlı",
   "azyasli",
   "18 yaşdan kiçik",
   "18 yaşım yoxdur",
   "yeniyetmə",
   "yeniyetme",
   "məktəbli",
   "mektebli",
   "məktəbli qız",
   "mektebli qiz",
   "şagird",
   "sagird",
   "şagird qız",
   "uşaq",
   "usaq",
   "qız uşağı",
   "on üç yaşlı",
   "on dörd yaşlı",
   "on beş yaşlı",
   "on altı yaşlı",
   "on yeddi yaşlı"
  ],
  "adult_traps": [
   "{N} il əvvəl",
   "{N} il evvel",
   "{N} yaşımda olanda",
   "{N} yaşında olanda",
   "{N} ildir",
   "{N} illik təcrübə",
   "{N} ildir evliyik",
   "maşın {N} yaşındadır",
   "birinci sinif xidmət",
   "məktəbdə oxuyanda",
   "sinif rəhbəri",
   "uşaq kimi"
  ]
 },
 {
  "language": "Hebrew",
  "code": "he",
  "age_statements": [
   "אני בת {N}",
   "אני בן {N}",
   "אני בת {N} שנים",
   "אני רק בת {N}",
   "אני רק בן {N}",
   "בת {N}",
   "בן {N}",
   "היא בת {N}",
   "הוא בן {N}",
   "כבר בת {N}",
   "בדיוק נהייתי בת {N}",
   "נהייתי בן {N}",
   "אני בת {N} וחצי",
   "ani bat {N}",
   "ani ben {N}"
  ],
  "age_questions": [
   "בת כמה את",
   "בן כמה אתה",
   "בת כמה את?",
   "בן כמה אתה?",
   "בתכמה את",
   "בנכמה אתה",
   "בת כמה היא",
   "בן כמה הוא",
   "בני כמה אתם",
   "מה הגיל שלך",
   "מה גילך",
   "גיל?",
   "bat kama at",
   "ben kama ata"
  ],
  "school_years": [
   {
    "pattern": "בכיתה {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "לכיתה {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "אני בכיתה {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "כיתה {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "תלמידת כיתה {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "תלמיד כיתה {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "כיתה {G}",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "א",
    "א׳",
    "א'"
   ],
   "2": [
    "ב",
    "ב׳",
    "ב'"
   ],
   "3": [
    "ג",
    "ג׳",
    "ג'"
   ],
   "4": [
    "ד",
    "ד׳",
    "ד'"
   ],
   "5": [
    "ה",
    "ה׳",
    "ה'"
   ],
   "6": [
    "ו",
    "ו׳",
    "ו'"
   ],
   "7": [
    "ז",
    "ז׳",
    "ז'"
   ],
   "8": [
    "ח",
    "ח׳",
    "ח'"
   ],
   "9": [
    "ט",
    "ט׳",
    "ט'"
   ],
   "10": [
    "י",
    "י׳",
    "י'"
   ],
   "11": [
    "יא",
    "י״א",
    "י\"א",
    "יא׳"
   ],
   "12": [
    "יב",
    "י״ב",
    "י\"ב",
    "יב׳"
   ]
  },
  "school_names": [
   "חטיבת ביניים",
   "בחטיבת ביניים",
   "חטיבה",
   "בחטיבה",
   "חט״ב",
   "בחט״ב",
   "בחטב",
   "בית ספר יסודי",
   "יסודי",
   "ביסודי",
   "בבית ספר יסודי"
  ],
  "minor_words": [
   "קטינה",
   "קטין",
   "אני קטינה",
   "עוד לא בת 18",
   "מתחת לגיל 18",
   "מתחת ל18",
   "בת עשרה",
   "בן עשרה",
   "מתבגרת",
   "מתבגר",
   "נערה מתבגרת",
   "תיכוניסטית",
   "תיכוניסט",
   "תלמידת תיכון",
   "תלמיד תיכון",
   "תלמידת חטיבה",
   "חטיבניקית",
   "חטיבניק",
   "תלמידת יסודי",
   "ילדה קטנה",
   "ילד",
   "בני נוער",
   "בת שלוש עשרה",
   "בת ארבע עשרה",
   "בת חמש עשרה",
   "בת שש עשרה",
   "בת שבע עשרה",
   "ktina"
  ],
  "adult_traps": [
   "לפני {N} שנים",
   "לפני {N} שנה",
   "כשהייתי בת {N}",
   "כשהייתי בן {N}",
   "בגיל {N}",
   "מגיל {N}",
   "כבר {N} שנים",
   "{N} שנות ניסיון",
   "נשואים {N} שנים",
   "האוטו בן {N}",
   "בן זוג",
   "בת זוג",
   "בן דוד",
   "בת דודה",
   "בן אדם",
   "מחנכת של כיתה {ORD}",
   "מורה בתיכון",
   "כשהייתי בתיכון",
   "חבר מהתיכון"
  ]
 },
 {
  "language": "Arabic (Modern Standard)",
  "code": "ar",
  "age_statements": [
   "عمري {N} سنة",
   "عمري {N} سنه",
   "عمري {N} عاما",
   "عمري {N} عامًا",
   "عمري {N}",
   "أبلغ من العمر {N} عاما",
   "ابلغ من العمر {N} سنة",
   "أنا في ال{N} من عمري",
   "أنا في الـ{N} من عمري",
   "سني {N} سنة",
   "بلغت {N} عاما",
   "أتممت {N} سنة",
   "عمرها {N} سنة",
   "عمره {N} عاما",
   "تبلغ من العمر {N} عاما",
   "يبلغ من العمر {N} عاما",
   "فتاة تبلغ {N} عاما",
   "فتاة في ال{N}",
   "{N} عاما",
   "{N} سنة"
  ],
  "age_questions": [
   "كم عمرك",
   "كم عمرك؟",
   "كم عمرك?",
   "كم عمركِ",
   "ما عمرك",
   "ما هو عمرك",
   "كم سنك",
   "ما سنك",
   "كم سنة عمرك",
   "كم تبلغ من العمر",
   "كم عمرها",
   "كم عمره",
   "العمر؟",
   "عمرك؟"
  ],
  "school_years": [
   {
    "pattern": "الصف {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "في الصف {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "بالصف {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "الصف {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "الصف {ORD} الابتدائي",
    "max_minor_grade": 6
   },
   {
    "pattern": "الصف {ORD} الإعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "الصف {ORD} المتوسط",
    "max_minor_grade": 3
   },
   {
    "pattern": "الصف {ORD} الثانوي",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} ابتدائي",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} إعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} اعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} متوسط",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} ثانوي",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "الأول",
    "الاول",
    "أول",
    "اول",
    "الأولى",
    "الاولى",
    "أولى",
    "اولى"
   ],
   "2": [
    "الثاني",
    "ثاني",
    "الثانية",
    "ثانية"
   ],
   "3": [
    "الثالث",
    "ثالث",
    "الثالثة",
    "ثالثة"
   ],
   "4": [
    "الرابع",
    "رابع",
    "الرابعة",
    "رابعة"
   ],
   "5": [
    "الخامس",
    "خامس",
    "الخامسة",
    "خامسة"
   ],
   "6": [
    "السادس",
    "سادس",
    "السادسة",
    "سادسة"
   ],
   "7": [
    "السابع",
    "سابع"
   ],
   "8": [
    "الثامن",
    "ثامن"
   ],
   "9": [
    "التاسع",
    "تاسع"
   ],
   "10": [
    "العاشر",
    "عاشر"
   ],
   "11": [
    "الحادي عشر",
    "حادي عشر"
   ],
   "12": [
    "الثاني عشر",
    "ثاني عشر"
   ]
  },
  "school_names": [
   "المرحلة المتوسطة",
   "المرحلة الإعدادية",
   "المرحلة الاعدادية",
   "المرحلة الابتدائية",
   "المدرسة الابتدائية",
   "المدرسة الإعدادية",
   "المدرسة المتوسطة",
   "الابتدائية",
   "الإعدادية",
   "الاعدادية",
   "المتوسطة"
  ],
  "minor_words": [
   "قاصر",
   "قاصرة",
   "قاصرات",
   "دون سن الثامنة عشرة",
   "تحت سن 18",
   "أقل من 18",
   "لم أبلغ 18",
   "لم أبلغ الثامنة عشرة",
   "مراهقة",
   "مراهق",
   "في سن المراهقة",
   "طفلة",
   "طفل",
   "تلميذة",
   "تلميذ",
   "طالبة في المدرسة",
   "طالبة ابتدائي",
   "طالبة إعدادي",
   "طالبة متوسط",
   "طالبة ثانوي",
   "فتاة قاصر",
   "صغيرة السن",
   "في الثالثة عشرة",
   "في الرابعة عشرة",
   "في الخامسة عشرة",
   "في السادسة عشرة",
   "في السابعة عشرة"
  ],
  "adult_traps": [
   "قبل {N} سنة",
   "قبل {N} عاما",
   "قبل {N} سنوات",
   "منذ {N} سنة",
   "منذ {N} عاما",
   "عندما كنت في ال{N}",
   "عندما كان عمري {N}",
   "{N} سنة خبرة",
   "{N} عاما من الخبرة",
   "متزوجون منذ {N} عاما",
   "عمر السيارة {N} سنة",
   "الدرجة الأولى",
   "الطفل الذي بداخلي",
   "معلمة الصف {ORD}",
   "أيام المدرسة",
   "أيام الثانوية",
   "طالب جامعي",
   "طالبة جامعية"
  ]
 },
 {
  "language": "Arabic (Egyptian)",
  "code": "arz",
  "age_statements": [
   "عندي {N} سنة",
   "عندي {N} سنه",
   "انا عندي {N} سنة",
   "أنا عندي {N}",
   "عندي {N}",
   "سني {N}",
   "سني {N} سنة",
   "عمري {N}",
   "لسه عندي {N}",
   "لسة {N} سنة",
   "كملت {N}",
   "لسه مكمل {N}",
   "هكمل {N}",
   "داخلة على {N}",
   "هي عندها {N} سنة",
   "عندها {N} سنة",
   "هو عنده {N} سنة",
   "عنده {N}"
  ],
  "age_questions": [
   "عندك كام سنة",
   "عندك كام سنه",
   "انت عندك كام سنة",
   "انتي عندك كام سنة",
   "إنتي عندك كام سنة",
   "عندك كام",
   "سنك كام",
   "سنك اد ايه",
   "عمرك كام",
   "عمرك كام سنة",
   "انتي كام سنة",
   "عندها كام سنة",
   "سنها كام",
   "كام سنة"
  ],
  "school_years": [
   {
    "pattern": "{ORD} إعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} اعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "في {ORD} إعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "سنة {ORD} إعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} ثانوي",
    "max_minor_grade": 2
   },
   {
    "pattern": "في {ORD} ثانوي",
    "max_minor_grade": 2
   },
   {
    "pattern": "سنة {ORD} ثانوي",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} ابتدائي",
    "max_minor_grade": 6
   },
   {
    "pattern": "سنة {ORD} ابتدائي",
    "max_minor_grade": 6
   },
   {
    "pattern": "الصف {ORD} الإعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "الصف {ORD} الثانوي",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "أولى",
    "اولى",
    "أول",
    "اول",
    "الأول",
    "الاولى"
   ],
   "2": [
    "تانية",
    "تانيه",
    "ثانية",
    "تاني",
    "الثاني",
    "التانية"
   ],
   "3": [
    "تالتة",
    "تالته",
    "ثالثة",
    "تالت",
    "الثالث",
    "التالتة"
   ],
   "4": [
    "رابعة",
    "رابعه",
    "الرابع"
   ],
   "5": [
    "خامسة",
    "خامسه",
    "الخامس"
   ],
   "6": [
    "سادسة",
    "سادسه",
    "السادس"
   ],
   "7": [
    "سابعة",
    "السابع"
   ],
   "8": [
    "تامنة",
    "ثامنة",
    "التامن"
   ],
   "9": [
    "تاسعة",
    "التاسع"
   ],
   "10": [
    "عاشرة",
    "العاشر"
   ],
   "11": [
    "حداشر",
    "الحادي عشر"
   ],
   "12": [
    "اتناشر",
    "الثاني عشر"
   ]
  },
  "school_names": [
   "إعدادي",
   "اعدادي",
   "في إعدادي",
   "في اعدادي",
   "في الإعدادية",
   "في الاعدادية",
   "المدرسة الإعدادية",
   "ابتدائي",
   "في ابتدائي",
   "في الابتدائية",
   "المدرسة الابتدائية"
  ],
  "minor_words": [
   "قاصر",
   "قاصرة",
   "تحت السن",
   "تحت 18",
   "لسه مكملتش 18",
   "لسة صغيرة",
   "مراهقة",
   "مراهق",
   "طالبة إعدادي",
   "طالبة اعدادي",
   "طالبة ثانوي",
   "بنت إعدادي",
   "بنت اعدادي",
   "بنت ثانوي",
   "بنت مدارس",
   "تلميذة",
   "طفلة",
   "عيلة صغيرة",
   "لسه في المدرسة"
  ],
  "adult_traps": [
   "من {N} سنة",
   "من {N} سنين",
   "لما كان عندي {N}",
   "لما كنت {N} سنة",
   "بقالي {N} سنة",
   "{N} سنة خبرة",
   "متجوزين من {N} سنة",
   "العربية عندها {N} سنة",
   "درجة أولى",
   "أيام الإعدادي",
   "أيام الثانوي",
   "زي العيال",
   "طالبة جامعة",
   "طالبة في الجامعة"
  ]
 },
 {
  "language": "Arabic (Levantine)",
  "code": "apc",
  "age_statements": [
   "عمري {N}",
   "عمري {N} سنة",
   "عمري {N} سني",
   "انا عمري {N}",
   "أنا {N} سنة",
   "انا {N}",
   "عمري بس {N}",
   "بس {N} سنة",
   "بعدني {N}",
   "صار عمري {N}",
   "صرت {N}",
   "هي عمرا {N} سنة",
   "عمرها {N}",
   "عمرا {N}",
   "عمرو {N}",
   "عمره {N} سنة"
  ],
  "age_questions": [
   "قديش عمرك",
   "قديش عمرك؟",
   "قديه عمرك",
   "أديش عمرك",
   "اديش عمرك",
   "شو عمرك",
   "كم عمرك",
   "كم عمرك انت",
   "عمرك قديش",
   "قديش صار عمرك",
   "قديش عمرا",
   "قديش عمرها"
  ],
  "school_years": [
   {
    "pattern": "بصف {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "بالصف {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "صف {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "الصف {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "انا بصف {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "صف {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} إعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} اعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} ثانوي",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "أول",
    "اول",
    "الأول",
    "الاول"
   ],
   "2": [
    "تاني",
    "ثاني",
    "التاني",
    "الثاني"
   ],
   "3": [
    "تالت",
    "ثالث",
    "التالت",
    "الثالث"
   ],
   "4": [
    "رابع",
    "الرابع"
   ],
   "5": [
    "خامس",
    "الخامس"
   ],
   "6": [
    "سادس",
    "السادس"
   ],
   "7": [
    "سابع",
    "السابع"
   ],
   "8": [
    "تامن",
    "ثامن",
    "التامن",
    "الثامن"
   ],
   "9": [
    "تاسع",
    "التاسع"
   ],
   "10": [
    "عاشر",
    "العاشر"
   ],
   "11": [
    "حادي عشر",
    "الحادي عشر",
    "حداعش"
   ],
   "12": [
    "تاني عشر",
    "الثاني عشر",
    "طناعش"
   ]
  },
  "school_names": [
   "إعدادي",
   "اعدادي",
   "بالإعدادي",
   "بالاعدادي",
   "ابتدائي",
   "بالابتدائي",
   "المدرسة الإعدادية",
   "صف البريفيه",
   "بريفيه"
  ],
  "minor_words": [
   "قاصر",
   "قاصرة",
   "تحت ال18",
   "لسا ما صرت 18",
   "بعدني ما صرت 18",
   "مراهقة",
   "مراهق",
   "طالبة مدرسة",
   "بنت مدرسة",
   "تلميذة",
   "طالبة إعدادي",
   "طالبة تاسع",
   "لسا بالمدرسة",
   "طفلة",
   "ولد صغير"
  ],
  "adult_traps": [
   "من {N} سنة",
   "قبل {N} سنة",
   "لما كان عمري {N}",
   "لما كنت {N}",
   "صرلي {N} سنة",
   "{N} سنة خبرة",
   "متزوجين من {N} سنة",
   "السيارة عمرها {N} سنة",
   "درجة أولى",
   "أيام المدرسة",
   "معلمة صف {ORD}",
   "طالبة جامعة"
  ]
 },
 {
  "language": "Arabic (Gulf)",
  "code": "afb",
  "age_statements": [
   "عمري {N}",
   "عمري {N} سنة",
   "عمري {N} سنه",
   "انا عمري {N}",
   "أنا {N} سنة",
   "عمري بس {N}",
   "بس {N} سنة",
   "{N} سنة بس",
   "توني {N}",
   "توني كملت {N}",
   "صار عمري {N}",
   "عمرها {N}",
   "عمره {N} سنة"
  ],
  "age_questions": [
   "كم عمرك",
   "كم عمرك؟",
   "عمرك كم",
   "كم عمرچ",
   "كم عمرج",
   "عمرچ چم",
   "چم عمرك",
   "شكد عمرك",
   "شكد عمرچ",
   "كم سنك",
   "كم عمرك انتي",
   "كم عمرها"
  ],
  "school_years": [
   {
    "pattern": "{ORD} متوسط",
    "max_minor_grade": 3
   },
   {
    "pattern": "في {ORD} متوسط",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} متوسطة",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} ثانوي",
    "max_minor_grade": 2
   },
   {
    "pattern": "في {ORD} ثانوي",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} ابتدائي",
    "max_minor_grade": 6
   },
   {
    "pattern": "الصف {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "صف {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "الصف {G}",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "أول",
    "اول",
    "الأول",
    "الاول",
    "أولى"
   ],
   "2": [
    "ثاني",
    "الثاني",
    "ثانيه"
   ],
   "3": [
    "ثالث",
    "الثالث",
    "ثالثه"
   ],
   "4": [
    "رابع",
    "الرابع"
   ],
   "5": [
    "خامس",
    "الخامس"
   ],
   "6": [
    "سادس",
    "السادس"
   ],
   "7": [
    "سابع",
    "السابع"
   ],
   "8": [
    "ثامن",
    "الثامن"
   ],
   "9": [
    "تاسع",
    "التاسع"
   ],
   "10": [
    "عاشر",
    "العاشر"
   ],
   "11": [
    "الحادي عشر",
    "حادي عشر"
   ],
   "12": [
    "الثاني عشر",
    "ثاني عشر"
   ]
  },
  "school_names": [
   "متوسط",
   "في المتوسط",
   "بالمتوسط",
   "المتوسطة",
   "في المتوسطة",
   "ابتدائي",
   "في الابتدائي",
   "بالابتدائي",
   "الابتدائية"
  ],
  "minor_words": [
   "قاصر",
   "قاصرة",
   "تحت ال18",
   "ما وصلت 18",
   "مراهقة",
   "مراهق",
   "طالبة متوسط",
   "طالبة ابتدائي",
   "بنت متوسط",
   "طالبة مدرسة",
   "بنت مدرسة",
   "تلميذة",
   "طفلة",
   "ياهل",
   "يهال"
  ],
  "adult_traps": [
   "قبل {N} سنة",
   "من {N} سنة",
   "لما كان عمري {N}",
   "يوم كنت {N}",
   "لي {N} سنة",
   "{N} سنة خبرة",
   "متزوجين من {N} سنة",
   "السيارة عمرها {N} سنة",
   "درجة أولى",
   "أيام المتوسط",
   "أيام الثانوي",
   "معلمة ابتدائي",
   "طالبة جامعة",
   "لا تصير بزر"
  ]
 },
 {
  "language": "Arabic (Maghrebi)",
  "code": "ary",
  "age_statements": [
   "عندي {N} عام",
   "عندي {N} العام",
   "عندي {N} سنة",
   "عندي {N}",
   "أنا عندي {N} عام",
   "انا عندي {N} سنة",
   "عمري {N} سنة",
   "عمري {N} عام",
   "عمري {N}",
   "كملت {N}",
   "عاد كملت {N}",
   "عندها {N} عام",
   "عندها {N} سنة",
   "عندو {N} عام",
   "عندو {N} سنة"
  ],
  "age_questions": [
   "شحال فعمرك",
   "شحال ف عمرك",
   "شحال في عمرك",
   "شحال عمرك",
   "شحال عندك",
   "شحال عندك من عام",
   "قداش عمرك",
   "قداش في عمرك",
   "قداه عمرك",
   "قداش عندك",
   "كم عمرك",
   "شحال فعمرها"
  ],
  "school_years": [
   {
    "pattern": "{ORD} إعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} اعدادي",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} باك",
    "max_minor_grade": 1
   },
   {
    "pattern": "{ORD} ابتدائي",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} متوسط",
    "max_minor_grade": 4
   },
   {
    "pattern": "{G} متوسط",
    "max_minor_grade": 4
   },
   {
    "pattern": "{ORD} ثانوي",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} أساسي",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} اساسي",
    "max_minor_grade": 9
   }
  ],
  "ordinals": {
   "1": [
    "أولى",
    "اولى",
    "الأولى",
    "لولى",
    "اللولى"
   ],
   "2": [
    "ثانية",
    "تانية",
    "الثانية",
    "ثانيه"
   ],
   "3": [
    "ثالثة",
    "تالتة",
    "الثالثة",
    "ثالثه"
   ],
   "4": [
    "رابعة",
    "الرابعة",
    "رابعه"
   ],
   "5": [
    "خامسة",
    "الخامسة"
   ],
   "6": [
    "سادسة",
    "السادسة"
   ],
   "7": [
    "سابعة",
    "السابعة"
   ],
   "8": [
    "ثامنة",
    "تامنة",
    "الثامنة"
   ],
   "9": [
    "تاسعة",
    "التاسعة"
   ],
   "10": [
    "عاشرة",
    "العاشرة"
   ],
   "11": [
    "الحادية عشر"
   ],
   "12": [
    "الثانية عشر"
   ]
  },
  "school_names": [
   "الإعدادي",
   "الاعدادي",
   "فالإعدادي",
   "فالاعدادي",
   "الكوليج",
   "كوليج",
   "فالكوليج",
   "المتوسطة",
   "فالمتوسطة",
   "الطور المتوسط",
   "الابتدائي",
   "فالابتدائي",
   "الجذع المشترك",
   "جذع مشترك",
   "الأساسي"
  ],
  "minor_words": [
   "قاصر",
   "قاصرة",
   "تحت 18",
   "مازال ما وصلتش 18",
   "مازال صغيرة",
   "مراهقة",
   "مراهق",
   "تلميذة",
   "تلميذ",
   "تلميذة فالإعدادي",
   "تلميذة فالكوليج",
   "بنت الكوليج",
   "بنت الإعدادي",
   "طفلة",
   "ولد صغير"
  ],
  "adult_traps": [
   "هادي {N} عام",
   "هادي {N} سنين",
   "من {N} سنة",
   "ملي كان عندي {N}",
   "كي كان عندي {N}",
   "{N} عام ديال الخبرة",
   "مزوجين هادي {N} عام",
   "الطوموبيل عندها {N} عام",
   "فاش كنت فالإعدادي",
   "أستاذة فالإعدادي",
   "طالبة فالجامعة",
   "فالفاك"
  ]
 },
 {
  "language": "Arabic (Arabizi, Latin script)",
  "code": "ar-Latn",
  "age_statements": [
   "3ndi {N} sana",
   "3andi {N} sana",
   "ana 3andi {N} sana",
   "3andi {N}",
   "3ndi {N}",
   "3ndi {N} 3am",
   "3andi {N} l3am",
   "3ndi {N} ans",
   "3omri {N}",
   "3omri {N} sana",
   "3mri {N}",
   "omri {N}",
   "ana {N} sana",
   "senni {N}",
   "lessa 3andi {N}",
   "touni {N}",
   "tawni {N}",
   "3omrha {N}",
   "3andha {N} sana"
  ],
  "age_questions": [
   "3andak kam sana",
   "3andek kam sana",
   "3andik kam sana",
   "3ndk kam sana",
   "sennak kam",
   "senek kam",
   "3omrak kam",
   "3omrek kam",
   "3omrak kam sana",
   "kam 3omrak",
   "kam 3omrek",
   "kam omrak",
   "adesh 3omrak",
   "adesh 3omrek",
   "2adesh 3omrak",
   "2adeh 3omrek",
   "ad eh 3omrak",
   "shu 3omrak",
   "sho 3omrek",
   "ch7al f 3mrek",
   "ch7al f 3omrek",
   "chhal f3mrk",
   "ch7al 3ndek",
   "9adech 3omrek",
   "9addech 3mrk",
   "kadech 3omrek"
  ],
  "school_years": [
   {
    "pattern": "{ORD} e3dadi",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} i3dadi",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} 3dadi",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} sanawy",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} sanawi",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} thanawi",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} tanawi",
    "max_minor_grade": 2
   },
   {
    "pattern": "{ORD} motawaset",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} ebtida2y",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} ibtida2i",
    "max_minor_grade": 6
   },
   {
    "pattern": "fi saf {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "saf {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}AC",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} année collège",
    "max_minor_grade": 3
   }
  ],
  "ordinals": {
   "1": [
    "ola",
    "oula",
    "oola",
    "awal",
    "awel",
    "2awel",
    "l2ola",
    "lwla",
    "1ere",
    "1ère",
    "1"
   ],
   "2": [
    "tanya",
    "tania",
    "tanyeh",
    "sanya",
    "thanya",
    "tani",
    "2ème",
    "2eme",
    "2"
   ],
   "3": [
    "talta",
    "tal6a",
    "salsa",
    "thaltha",
    "talet",
    "3ème",
    "3eme",
    "3"
   ],
   "4": [
    "rab3a",
    "rabe3",
    "4ème",
    "4eme",
    "4"
   ],
   "5": [
    "5amsa",
    "khamsa",
    "5ames",
    "khames",
    "5"
   ],
   "6": [
    "sadsa",
    "sades",
    "6"
   ],
   "7": [
    "sab3a",
    "sabe3",
    "7"
   ],
   "8": [
    "tamna",
    "tamen",
    "thamen",
    "8"
   ],
   "9": [
    "tas3a",
    "tase3",
    "9"
   ],
   "10": [
    "3ashra",
    "3asher",
    "ashir",
    "10"
   ],
   "11": [
    "7da3sh",
    "hadi 3ashar",
    "11"
   ],
   "12": [
    "tna3sh",
    "thani 3ashar",
    "12"
   ]
  },
  "school_names": [
   "e3dadi",
   "fi e3dadi",
   "e3dadeya",
   "fel e3dadeya",
   "i3dadi",
   "fl i3dadi",
   "ebtida2y",
   "ibtida2i",
   "ibtida2iya",
   "fl college",
   "f lcollege",
   "motawaset",
   "CEM",
   "tronc commun"
  ],
  "minor_words": [
   "2aser",
   "qaser",
   "qasir",
   "2asra",
   "qassira",
   "ma3ndish 18",
   "under 18",
   "mrah2a",
   "mrahqa",
   "mourahiqa",
   "talmida",
   "tilmida",
   "telmida",
   "bent e3dadi",
   "bent sanawy",
   "tifla",
   "lessa sghayara"
  ],
  "adult_traps": [
   "men {N} sana",
   "mn {N} sna",
   "2abl {N} sana",
   "lama kan 3omri {N}",
   "lama kont {N}",
   "b2ali {N} sana",
   "hadi {N} 3am",
   "{N} sana khebra",
   "ayam el e3dadi",
   "ayam el sanawy",
   "talba fel gam3a",
   "fl fac",
   "daraga ola"
  ]
 },
 {
  "language": "Persian",
  "code": "fa",
  "age_statements": [
   "{N} سالمه",
   "{N}سالمه",
   "من {N} سالمه",
   "فقط {N} سالمه",
   "{N} سالمه هنوز",
   "{N} سالم است",
   "{N} ساله‌ام",
   "{N} ساله ام",
   "{N} ساله هستم",
   "من {N} سال دارم",
   "{N} سال دارم",
   "تازه {N} سالم شده",
   "{N} سالم شده",
   "{N} سالشه",
   "اون {N} سالشه",
   "او {N} سال دارد",
   "{N} ساله"
  ],
  "age_questions": [
   "چند سالته",
   "چند سالته؟",
   "چن سالته",
   "چند سالتونه",
   "چند سال داری",
   "چند سال سن داری",
   "چند سالت است",
   "سنت چنده",
   "سنت چقدره",
   "سن شما چقدر است",
   "سنت؟",
   "چند سالشه",
   "متولد چه سالی هستی"
  ],
  "school_years": [
   {
    "pattern": "کلاس {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "کلاس {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "کلاس {ORD} هستم",
    "max_minor_grade": 11
   },
   {
    "pattern": "میرم کلاس {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "پایه {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} دبستان",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} ابتدایی",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} راهنمایی",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} دبیرستان",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "اول",
    "یکم"
   ],
   "2": [
    "دوم"
   ],
   "3": [
    "سوم"
   ],
   "4": [
    "چهارم"
   ],
   "5": [
    "پنجم"
   ],
   "6": [
    "ششم"
   ],
   "7": [
    "هفتم"
   ],
   "8": [
    "هشتم"
   ],
   "9": [
    "نهم"
   ],
   "10": [
    "دهم"
   ],
   "11": [
    "یازدهم",
    "يازدهم"
   ],
   "12": [
    "دوازدهم"
   ]
  },
  "school_names": [
   "راهنمایی",
   "راهنمايي",
   "مدرسه راهنمایی",
   "دبستان",
   "متوسطه اول",
   "متوسطه ی اول",
   "دوره اول متوسطه",
   "ابتدایی",
   "مدرسه ابتدایی"
  ],
  "minor_words": [
   "زیر سن قانونی",
   "زیر ۱۸ سال",
   "زیر 18 سال",
   "زیر هجده سال",
   "هنوز ۱۸ سالم نشده",
   "نابالغ",
   "صغیر",
   "صغیره",
   "نوجوان",
   "دختر نوجوان",
   "دانش‌آموز",
   "دانش آموز",
   "دانشاموز",
   "دبیرستانی",
   "دختر دبیرستانی",
   "دختر راهنمایی",
   "راهنمایی‌ای",
   "بچه مدرسه‌ای",
   "بچه مدرسه ای",
   "محصل",
   "کودک",
   "دختربچه",
   "دختر بچه",
   "پسربچه",
   "سیزده ساله",
   "چهارده ساله",
   "پانزده ساله",
   "پونزده ساله",
   "شانزده ساله",
   "شونزده ساله",
   "هفده ساله"
  ],
  "adult_traps": [
   "{N} سال پیش",
   "{N} سال قبل",
   "وقتی {N} سالم بود",
   "از {N} سالگی",
   "تو {N} سالگی",
   "{N} ساله که",
   "{N} سال سابقه",
   "{N} سال تجربه",
   "{N} ساله ازدواج کردیم",
   "ماشین {N} سالشه",
   "درجه یک",
   "معلم کلاس {ORD}",
   "دوران دبیرستان",
   "وقتی دبیرستانی بودم",
   "دانشجو",
   "بچه بازی"
  ]
 },
 {
  "language": "Persian (Finglish)",
  "code": "fa-Latn",
  "age_statements": [
   "{N} salame",
   "man {N} salame",
   "faghat {N} salame",
   "{N} salame hanooz",
   "{N} salam",
   "{N} salme",
   "{N} salemeh",
   "{N} sal daram",
   "tazeh {N} salam shode",
   "{N} salam shode",
   "{N} salesh",
   "{N} saleshe",
   "oon {N} salesh",
   "{N} saale"
  ],
  "age_questions": [
   "chand salete",
   "chan salete",
   "chand saleteh",
   "chand salet e",
   "chand salet",
   "chand saletoone",
   "chand salatoone",
   "chand sal dari",
   "senet chande",
   "sent chande",
   "senet chiye",
   "chand salesh",
   "chand salesheh",
   "sen?"
  ],
  "school_years": [
   {
    "pattern": "kelas {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "kelase {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "kelas {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "kelase {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "paye {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} ebtedayi",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} dabestan",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD} rahnamayi",
    "max_minor_grade": 3
   },
   {
    "pattern": "{ORD} dabirestan",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "aval",
    "avval",
    "yekom"
   ],
   "2": [
    "dovom",
    "dowom"
   ],
   "3": [
    "sevom",
    "sewom"
   ],
   "4": [
    "chaharom",
    "chahrom"
   ],
   "5": [
    "panjom"
   ],
   "6": [
    "sheshom"
   ],
   "7": [
    "haftom"
   ],
   "8": [
    "hashtom"
   ],
   "9": [
    "nohom",
    "nohum"
   ],
   "10": [
    "dahom"
   ],
   "11": [
    "yazdahom",
    "yazdahum"
   ],
   "12": [
    "davazdahom"
   ]
  },
  "school_names": [
   "rahnamayi",
   "rahnamaei",
   "rahnamaii",
   "madrese rahnamayi",
   "dabestan",
   "ebtedayi",
   "motevasete aval"
  ],
  "minor_words": [
   "zire 18 sal",
   "zir 18",
   "zire sen ghanooni",
   "zir sen ghanuni",
   "hanooz 18 salam nashode",
   "nabaleq",
   "nabalegh",
   "nojavan",
   "dokhtar nojavan",
   "daneshamooz",
   "daneshamuz",
   "dabirestani",
   "dokhtar dabirestani",
   "bache madrese i",
   "bache madreseyi",
   "dokhtar bache",
   "koodak",
   "mohassel",
   "chahardah sale",
   "poonzdah sale",
   "shoonzdah sale"
  ],
  "adult_traps": [
   "{N} sal pish",
   "{N} sal ghabl",
   "vaghti {N} salam bood",
   "az {N} salegi",
   "to {N} salegi",
   "{N} sal sabeghe",
   "{N} sal tajrobe",
   "mashin {N} salesh",
   "daraje yek",
   "doran dabirestan",
   "vaghti dabirestani boodam",
   "daneshjoo",
   "bache bazi"
  ]
 },
 {
  "language": "Urdu",
  "code": "ur",
  "age_statements": [
   "میں {N} سال کی ہوں",
   "میں {N} سال کا ہوں",
   "میں {N} برس کی ہوں",
   "میں {N} کی ہوں",
   "میں {N} کا ہوں",
   "میں صرف {N} سال کی ہوں",
   "میں ابھی {N} سال کی ہوں",
   "{N} سال کی ہو گئی ہوں",
   "میری عمر {N} سال ہے",
   "میری عمر {N} ہے",
   "میری عمر {N} برس ہے",
   "وہ {N} سال کی ہے",
   "وہ {N} سال کا ہے",
   "اس کی عمر {N} سال ہے",
   "{N} سالہ",
   "{N} سال کی",
   "{N} سال کا"
  ],
  "age_questions": [
   "آپ کی عمر کیا ہے",
   "آپ کی عمر کتنی ہے",
   "تمہاری عمر کیا ہے",
   "تمہاری عمر کتنی ہے",
   "تیری عمر کتنی ہے",
   "کتنے سال کے ہو",
   "کتنے سال کی ہو",
   "تم کتنے سال کے ہو",
   "تم کتنے سال کی ہو",
   "آپ کتنے سال کے ہیں",
   "عمر کتنی ہے",
   "عمر کیا ہے",
   "اس کی عمر کیا ہے",
   "عمر؟"
  ],
  "school_years": [
   {
    "pattern": "کلاس {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} کلاس",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} کلاس",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} کلاس میں",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} جماعت",
    "max_minor_grade": 11
   },
   {
    "pattern": "جماعت {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}ویں جماعت",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}ویں کلاس",
    "max_minor_grade": 11
   },
   {
    "pattern": "کلاس {G} میں پڑھتی ہوں",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "پہلی",
    "پہلا",
    "اول"
   ],
   "2": [
    "دوسری",
    "دوم"
   ],
   "3": [
    "تیسری",
    "سوم"
   ],
   "4": [
    "چوتھی",
    "چہارم"
   ],
   "5": [
    "پانچویں",
    "پنجم"
   ],
   "6": [
    "چھٹی",
    "ششم"
   ],
   "7": [
    "ساتویں",
    "ہفتم"
   ],
   "8": [
    "آٹھویں",
    "ہشتم"
   ],
   "9": [
    "نویں",
    "نہم"
   ],
   "10": [
    "دسویں",
    "دہم"
   ],
   "11": [
    "گیارہویں",
    "گیارھویں"
   ],
   "12": [
    "بارہویں",
    "بارھویں"
   ]
  },
  "school_names": [
   "میٹرک",
   "میٹرک میں",
   "مڈل",
   "مڈل اسکول",
   "مڈل سکول",
   "پرائمری",
   "پرائمری اسکول",
   "پرائمری سکول"
  ],
  "minor_words": [
   "نابالغ",
   "نا بالغ",
   "کم سن",
   "کمسن",
   "کم عمر",
   "نوعمر",
   "نو عمر",
   "ٹین ایجر",
   "اٹھارہ سال سے کم",
   "18 سال سے کم",
   "ابھی 18 کی نہیں",
   "اسکول کی طالبہ",
   "سکول کی طالبہ",
   "اسکول کا طالب علم",
   "اسکول کی لڑکی",
   "سکول کی لڑکی",
   "اسکول جاتی ہوں",
   "اسکول جانے والی",
   "میٹرک کی طالبہ",
   "نویں جماعت کی طالبہ",
   "تیرہ سال کی",
   "چودہ سال کی",
   "پندرہ سال کی",
   "سولہ سال کی",
   "سترہ سال کی"
  ],
  "adult_traps": [
   "{N} سال پہلے",
   "جب میں {N} سال کی تھی",
   "جب میں {N} سال کا تھا",
   "{N} سال سے",
   "{N} سال کا تجربہ",
   "{N} سال کی شادی",
   "گاڑی {N} سال پرانی",
   "فرسٹ کلاس",
   "اسکول کے دنوں میں",
   "جب میں میٹرک میں تھی",
   "کالج کی طالبہ",
   "یونیورسٹی کی طالبہ",
   "بچپن میں"
  ]
 },
 {
  "language": "Urdu (Roman Urdu)",
  "code": "ur-Latn",
  "age_statements": [
   "main {N} saal ki hun",
   "main {N} saal ka hun",
   "mein {N} saal ki hoon",
   "main {N} saal ka hoon",
   "mai {N} sal ki hu",
   "main {N} ki hun",
   "sirf {N} saal ki hun",
   "abhi {N} ki hui hun",
   "meri umar {N} saal hai",
   "meri umer {N} hai",
   "meri umr {N} sal hai",
   "meri age {N} hai",
   "meri age {N} saal hai",
   "my age is {N}",
   "wo {N} saal ki hai",
   "uski umar {N} hai",
   "{N} saal ki",
   "{N} saal ka",
   "{N} sal ki"
  ],
  "age_questions": [
   "ap ki umar kya hai",
   "aap ki umar kitni hai",
   "apki age kya hai",
   "ap ki age kitni hai",
   "tumhari umar kya hai",
   "tumhari age kya hai",
   "teri umar kitni hai",
   "kitne saal ki ho",
   "kitne saal ke ho",
   "kitne sal ki ho",
   "kitny saal ki ho",
   "umar kitni hai",
   "age kya hai",
   "age kitni hai",
   "umar?",
   "age?"
  ],
  "school_years": [
   {
    "pattern": "class {G} mein",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th class",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} class mein",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th mein hun",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th grade",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "pehli",
    "pahli",
    "1st"
   ],
   "2": [
    "dusri",
    "doosri",
    "2nd"
   ],
   "3": [
    "teesri",
    "tisri",
    "3rd"
   ],
   "4": [
    "chothi",
    "chauthi",
    "4th"
   ],
   "5": [
    "panchvi",
    "panchwi",
    "paanchvi",
    "5th"
   ],
   "6": [
    "chatti",
    "chhathi",
    "6th"
   ],
   "7": [
    "satvi",
    "saatvi",
    "sathvi",
    "7th"
   ],
   "8": [
    "athvi",
    "aathvi",
    "8th"
   ],
   "9": [
    "nauvi",
    "novi",
    "nomi",
    "nauvin",
    "9th"
   ],
   "10": [
    "dasvi",
    "daswi",
    "dasvin",
    "10th"
   ],
   "11": [
    "gyarvi",
    "gyarhvi",
    "11th"
   ],
   "12": [
    "barvi",
    "barhvi",
    "12th"
   ]
  },
  "school_names": [
   "middle",
   "middle school",
   "primary",
   "primary school",
   "9th class"
  ],
  "minor_words": [
   "nabalig",
   "naabaligh",
   "na baligh",
   "nabaligh",
   "kam umar",
   "kam umr",
   "teenager",
   "under 18",
   "18 se kam",
   "abhi 18 ki nahi hui",
   "school ki larki",
   "school girl",
   "schoolgirl",
   "school jati hun",
   "9th class ki student",
   "terah saal ki",
   "chodah saal ki",
   "pandrah saal ki",
   "sola saal ki",
   "solah saal ki",
   "satrah saal ki"
  ],
  "adult_traps": [
   "{N} saal pehle",
   "{N} sal pehle",
   "jab main {N} saal ki thi",
   "jab mein {N} saal ka tha",
   "{N} saal se",
   "{N} saal ka tajurba",
   "{N} saal ki shadi",
   "gaari {N} saal purani",
   "first class",
   "school ke dino mein",
   "jab main matric mein thi",
   "college student",
   "university student",
   "bachpan mein"
  ]
 },
 {
  "language": "Hindi",
  "code": "hi",
  "age_statements": [
   "मैं {N} साल की हूँ",
   "मैं {N} साल की हूं",
   "मैं {N} साल का हूँ",
   "मैं {N} साल का हूं",
   "मैं {N} वर्ष की हूँ",
   "मैं सिर्फ {N} साल की हूँ",
   "मैं अभी {N} की हूँ",
   "मेरी उम्र {N} साल है",
   "मेरी उम्र {N} है",
   "मेरी उम्र {N} वर्ष है",
   "मेरी आयु {N} वर्ष है",
   "वह {N} साल की है",
   "वो {N} साल की है",
   "वह {N} साल का है",
   "उसकी उम्र {N} साल है",
   "{N} साल की",
   "{N} साल का",
   "{N} का हुआ",
   "{N} की हुई",
   "{N} का हो गया",
   "{N} की हो गई",
   "{N} का हो जाएगा",
   "{N} की हो जाएगी",
   "{N} वर्षीय",
   "{N} वर्षीया",
   "{N} साल की लड़की"
  ],
  "age_questions": [
   "तुम्हारी उम्र क्या है",
   "तुम्हारी उम्र कितनी है",
   "आपकी उम्र कितनी है",
   "आपकी उम्र क्या है",
   "तेरी उम्र कितनी है",
   "कितने साल की हो",
   "कितने साल के हो",
   "तुम कितने साल की हो",
   "आप कितने साल के हैं",
   "उम्र क्या है",
   "उम्र कितनी है",
   "उसकी उम्र क्या है",
   "उम्र?"
  ],
  "school_years": [
   {
    "pattern": "कक्षा {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "कक्षा {G} में",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}वीं कक्षा",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}वी कक्षा",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} कक्षा",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} कक्षा में",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} में पढ़ती हूँ",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} में पढ़ता हूँ",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}वीं में",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}वीं में पढ़ती हूँ",
    "max_minor_grade": 11
   },
   {
    "pattern": "क्लास {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} क्लास",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th में",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th क्लास",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "पहली",
    "प्रथम"
   ],
   "2": [
    "दूसरी",
    "द्वितीय"
   ],
   "3": [
    "तीसरी",
    "तृतीय"
   ],
   "4": [
    "चौथी"
   ],
   "5": [
    "पाँचवीं",
    "पांचवीं",
    "पांचवी"
   ],
   "6": [
    "छठी",
    "छठवीं"
   ],
   "7": [
    "सातवीं",
    "सातवी"
   ],
   "8": [
    "आठवीं",
    "आठवी"
   ],
   "9": [
    "नौवीं",
    "नौवी",
    "नवीं",
    "नवी"
   ],
   "10": [
    "दसवीं",
    "दसवी"
   ],
   "11": [
    "ग्यारहवीं",
    "ग्यारवीं",
    "ग्यारवी"
   ],
   "12": [
    "बारहवीं",
    "बारवीं",
    "बारवी"
   ]
  },
  "school_names": [
   "मिडिल स्कूल",
   "प्राइमरी स्कूल",
   "प्राथमिक विद्यालय",
   "उच्च प्राथमिक",
   "माध्यमिक विद्यालय",
   "हाई स्कूल",
   "हाईस्कूल"
  ],
  "minor_words": [
   "नाबालिग",
   "नाबालिग लड़की",
   "नाबालिग लड़का",
   "अवयस्क",
   "किशोर",
   "किशोरी",
   "किशोरावस्था",
   "टीनएजर",
   "18 साल से कम",
   "अठारह साल से कम",
   "अभी 18 की नहीं",
   "स्कूली छात्रा",
   "स्कूल की छात्रा",
   "स्कूली छात्र",
   "स्कूल की लड़की",
   "स्कूल जाने वाली",
   "स्कूल में पढ़ती हूँ",
   "नौवीं की छात्रा",
   "दसवीं की छात्रा",
   "बालिका",
   "छोटी बच्ची",
   "तेरह साल की",
   "चौदह साल की",
   "पंद्रह साल की",
   "सोलह साल की",
   "सत्रह साल की"
  ],
  "adult_traps": [
   "{N} साल पहले",
   "{N} वर्ष पहले",
   "जब मैं {N} साल की थी",
   "जब मैं {N} साल का था",
   "{N} साल से",
   "{N} साल का अनुभव",
   "शादी को {N} साल",
   "गाड़ी {N} साल पुरानी",
   "फर्स्ट क्लास",
   "प्रथम श्रेणी",
   "स्कूल के दिनों में",
   "जब मैं स्कूल में थी",
   "कॉलेज की छात्रा",
   "बचपन में",
   "दिल तो बच्चा है"
  ]
 },
 {
  "language": "Hindi (Hinglish, Latin script)",
  "code": "hi-Latn",
  "age_statements": [
   "main {N} saal ki hu",
   "main {N} saal ki hoon",
   "mai {N} sal ki hu",
   "main {N} saal ka hu",
   "main {N} saal ka hoon",
   "mai {N} ki hu",
   "main abhi {N} ki hu",
   "sirf {N} saal ki hu",
   "meri age {N} hai",
   "meri age {N} saal hai",
   "meri umar {N} saal hai",
   "meri umr {N} hai",
   "my age is {N}",
   "wo {N} saal ki hai",
   "woh {N} saal ka hai",
   "uski age {N} hai",
   "{N} saal ki",
   "{N} saal ka",
   "{N} sal ki",
   "{N} saal ki ladki"
  ],
  "age_questions": [
   "tumhari age kya hai",
   "tumhari umar kya hai",
   "tumhari umar kitni hai",
   "aapki age kya hai",
   "aapki umar kitni hai",
   "apki age kitni hai",
   "teri age kya hai",
   "teri umar kitni hai",
   "kitne saal ki ho",
   "kitne saal ke ho",
   "kitne sal ki ho",
   "kitni age hai",
   "age kya hai",
   "age kitni hai",
   "umar kitni hai",
   "umar kya hai",
   "age?"
  ],
  "school_years": [
   {
    "pattern": "class {G} me hu",
    "max_minor_grade": 11
   },
   {
    "pattern": "class {G} mein",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th class",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th me",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th mein",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th me padhti hu",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th std",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th standard",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} class me",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} me padhti hu",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "pehli",
    "pahli",
    "1st"
   ],
   "2": [
    "dusri",
    "doosri",
    "2nd"
   ],
   "3": [
    "teesri",
    "tisri",
    "3rd"
   ],
   "4": [
    "chauthi",
    "chothi",
    "4th"
   ],
   "5": [
    "paanchvi",
    "panchvi",
    "5th"
   ],
   "6": [
    "chhathi",
    "chhati",
    "6th"
   ],
   "7": [
    "saatvi",
    "satvi",
    "7th"
   ],
   "8": [
    "aathvi",
    "athvi",
    "8th"
   ],
   "9": [
    "nauvi",
    "navi",
    "nauvin",
    "9th"
   ],
   "10": [
    "dasvi",
    "daswi",
    "dasvin",
    "10th"
   ],
   "11": [
    "gyarahvi",
    "gyarvi",
    "11th"
   ],
   "12": [
    "barahvi",
    "barvi",
    "12th"
   ]
  },
  "school_names": [
   "middle school",
   "primary school",
   "primary",
   "9th class",
   "10th class"
  ],
  "minor_words": [
   "nabalig",
   "naabalig",
   "nabaalig",
   "minor",
   "minor ladki",
   "teenager",
   "kishori",
   "under 18",
   "abhi 18 ki nahi",
   "18 ki nahi hui",
   "school girl",
   "schoolgirl",
   "school jaati hu",
   "school me padhti hu",
   "10th ki student",
   "9th ki student",
   "terah saal ki",
   "chaudah saal ki",
   "pandrah saal ki",
   "solah saal ki",
   "satrah saal ki"
  ],
  "adult_traps": [
   "{N} saal pehle",
   "{N} sal pehle",
   "jab main {N} saal ki thi",
   "jab main {N} saal ka tha",
   "{N} saal se",
   "{N} saal ka experience",
   "{N} saal ki shaadi",
   "gaadi {N} saal purani",
   "minor problem",
   "minor issue",
   "first class",
   "school ke time",
   "jab main school me thi",
   "college student",
   "bachpan me"
  ]
 },
 {
  "language": "Bengali",
  "code": "bn",
  "age_statements": [
   "আমার বয়স {N} বছর",
   "আমার বয়স {N}",
   "আমার {N} বছর",
   "মাত্র {N} বছর বয়স",
   "আমি {N} বছরের",
   "আমি {N} বছর বয়সী",
   "সবে {N} হলো",
   "ওর বয়স {N}",
   "তার বয়স {N} বছর",
   "{N} বছর বয়সী",
   "{N} বছরের মেয়ে",
   "{N} বছরের",
   "বয়স {N}"
  ],
  "age_questions": [
   "তোমার বয়স কত",
   "তোমার বয়স কতো",
   "তোর বয়স কত",
   "আপনার বয়স কত",
   "বয়স কত",
   "বয়স কতো?",
   "কত বছর বয়স",
   "তুমি কত বছরের",
   "ওর বয়স কত"
  ],
  "school_years": [
   {
    "pattern": "ক্লাস {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ক্লাস {G}এ পড়ি",
    "max_minor_grade": 11
   },
   {
    "pattern": "ক্লাস {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} শ্রেণী",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} শ্রেণি",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} শ্রেণীতে পড়ি",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} শ্রেণিতে",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "প্রথম",
    "ওয়ান",
    "ওয়ানে"
   ],
   "2": [
    "দ্বিতীয়",
    "টু",
    "টুতে"
   ],
   "3": [
    "তৃতীয়",
    "থ্রি",
    "থ্রিতে"
   ],
   "4": [
    "চতুর্থ",
    "ফোর",
    "ফোরে"
   ],
   "5": [
    "পঞ্চম",
    "ফাইভ",
    "ফাইভে"
   ],
   "6": [
    "ষষ্ঠ",
    "সিক্স",
    "সিক্সে"
   ],
   "7": [
    "সপ্তম",
    "সেভেন",
    "সেভেনে"
   ],
   "8": [
    "অষ্টম",
    "এইট",
    "এইটে"
   ],
   "9": [
    "নবম",
    "নাইন",
    "নাইনে"
   ],
   "10": [
    "দশম",
    "টেন",
    "টেনে"
   ],
   "11": [
    "একাদশ",
    "ইলেভেন",
    "ইলেভেনে"
   ],
   "12": [
    "দ্বাদশ",
    "টুয়েলভ",
    "টুয়েলভে"
   ]
  },
  "school_names": [
   "প্রাইমারি স্কুল",
   "প্রাইমারিতে",
   "প্রাথমিক বিদ্যালয়",
   "হাই স্কুল",
   "হাইস্কুল",
   "নিম্ন মাধ্যমিক",
   "মাধ্যমিক"
  ],
  "minor_words": [
   "নাবালক",
   "নাবালিকা",
   "অপ্রাপ্তবয়স্ক",
   "অপ্রাপ্ত বয়স্ক",
   "১৮ বছরের কম",
   "১৮ এর নিচে",
   "কিশোর",
   "কিশোরী",
   "টিনএজার",
   "স্কুলছাত্রী",
   "স্কুল ছাত্রী",
   "স্কুলছাত্র",
   "স্কুলপড়ুয়া",
   "স্কুল পড়ুয়া",
   "এসএসসি পরীক্ষার্থী",
   "মাধ্যমিক পরীক্ষার্থী",
   "শিশু",
   "ছোট মেয়ে",
   "তেরো বছরের",
   "চৌদ্দ বছরের",
   "চোদ্দ বছরের",
   "পনেরো বছরের",
   "ষোল বছরের",
   "সতেরো বছরের"
  ],
  "adult_traps": [
   "{N} বছর আগে",
   "যখন আমার বয়স {N} ছিল",
   "{N} বছর ধরে",
   "{N} বছরের অভিজ্ঞতা",
   "{N} বছরের বিবাহিত জীবন",
   "গাড়িটা {N} বছরের পুরনো",
   "ফার্স্ট ক্লাস",
   "স্কুলে থাকতে",
   "স্কুল জীবনে",
   "কলেজ ছাত্রী",
   "বিশ্ববিদ্যালয় ছাত্রী",
   "ছোটবেলায়"
  ]
 },
 {
  "language": "Bengali (Banglish, Latin script)",
  "code": "bn-Latn",
  "age_statements": [
   "amar boyosh {N}",
   "amar boyos {N}",
   "amar boyosh {N} bochor",
   "amar boyos {N} bochor",
   "amr boyos {N}",
   "ami {N} bochorer",
   "ami {N} bochor",
   "matro {N} bochor",
   "sobe {N} holo",
   "or boyos {N}",
   "tar boyosh {N}",
   "{N} bochorer meye",
   "{N} bochorer"
  ],
  "age_questions": [
   "tomar boyosh koto",
   "tomar boyos koto",
   "tor boyos koto",
   "tor boyosh koto",
   "apnar boyosh koto",
   "apnar boyos koto",
   "boyos koto",
   "boyosh koto",
   "koto bochor boyos",
   "tumi koto bochorer",
   "or boyos koto",
   "age koto"
  ],
  "school_years": [
   {
    "pattern": "class {G} e pori",
    "max_minor_grade": 11
   },
   {
    "pattern": "class {ORD} e pori",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} shreni",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} sreni",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th class",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "one",
    "prothom"
   ],
   "2": [
    "two",
    "ditiyo"
   ],
   "3": [
    "three",
    "tritiyo"
   ],
   "4": [
    "four",
    "choturtho"
   ],
   "5": [
    "five",
    "ponchom"
   ],
   "6": [
    "six",
    "shoshtho"
   ],
   "7": [
    "seven",
    "shoptom"
   ],
   "8": [
    "eight",
    "oshtom"
   ],
   "9": [
    "nine",
    "nobom"
   ],
   "10": [
    "ten",
    "doshom"
   ],
   "11": [
    "eleven",
    "ekadosh"
   ],
   "12": [
    "twelve",
    "dadosh"
   ]
  },
  "school_names": [
   "high school e pori",
   "primary school",
   "madhyamik"
  ],
  "minor_words": [
   "nabalok",
   "nabalika",
   "naballika",
   "oprapto boyoshko",
   "under 18",
   "18 hoyni",
   "kishori",
   "kishor",
   "teenager",
   "school chatri",
   "schoolchatri",
   "school e pori",
   "ssc candidate",
   "ssc examinee",
   "madhyamik porikkharthi",
   "choto meye",
   "tero bochorer",
   "choddo bochorer",
   "ponero bochorer",
   "sholo bochorer",
   "shotero bochorer"
  ],
  "adult_traps": [
   "{N} bochor age",
   "jokhon amar boyos {N} chilo",
   "{N} bochor dhore",
   "{N} bochorer experience",
   "gari {N} bochorer puran",
   "first class",
   "school e thakte",
   "school life e",
   "college student",
   "varsity student",
   "chotobelay"
  ]
 },
 {
  "language": "Tamil",
  "code": "ta",
  "age_statements": [
   "எனக்கு {N} வயது",
   "எனக்கு {N} வயசு",
   "எனக்கு {N} வயசாகுது",
   "நான் {N} வயது",
   "என் வயது {N}",
   "என் வயசு {N}",
   "இப்போ தான் {N} ஆச்சு",
   "அவளுக்கு {N} வயசு",
   "அவளுக்கு {N} வயது",
   "அவனுக்கு {N} வயது",
   "{N} வயது",
   "{N} வயதான",
   "{N} வயது சிறுமி",
   "{N} வயசு பொண்ணு"
  ],
  "age_questions": [
   "உனக்கு என்ன வயசு",
   "உனக்கு எத்தனை வயசு",
   "உங்க வயசு என்ன",
   "உங்களுக்கு எத்தனை வயது",
   "உங்கள் வயது என்ன",
   "வயசு என்ன",
   "என்ன வயசு",
   "எத்தனை வயசு",
   "எவ்வளவு வயசு",
   "அவளுக்கு என்ன வயசு"
  ],
  "school_years": [
   {
    "pattern": "{ORD} வகுப்பு",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} வகுப்பில் படிக்கிறேன்",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} வகுப்பு படிக்கிறேன்",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}ஆம் வகுப்பு",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}-ஆம் வகுப்பு",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}ம் வகுப்பு",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}வது வகுப்பு",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}வது படிக்கிறேன்",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th படிக்கிறேன்",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "முதலாம்",
    "ஒன்றாம்",
    "முதல்"
   ],
   "2": [
    "இரண்டாம்",
    "ரெண்டாம்"
   ],
   "3": [
    "மூன்றாம்",
    "மூணாம்"
   ],
   "4": [
    "நான்காம்",
    "நாலாம்"
   ],
   "5": [
    "ஐந்தாம்",
    "அஞ்சாம்"
   ],
   "6": [
    "ஆறாம்"
   ],
   "7": [
    "ஏழாம்"
   ],
   "8": [
    "எட்டாம்"
   ],
   "9": [
    "ஒன்பதாம்"
   ],
   "10": [
    "பத்தாம்"
   ],
   "11": [
    "பதினொன்றாம்",
    "பதினோராம்"
   ],
   "12": [
    "பன்னிரண்டாம்",
    "பன்னெண்டாம்"
   ]
  },
  "school_names": [
   "தொடக்கப் பள்ளி",
   "ஆரம்பப் பள்ளி",
   "நடுநிலைப் பள்ளி",
   "உயர்நிலைப் பள்ளி",
   "பிளஸ் ஒன்",
   "+1"
  ],
  "minor_words": [
   "மைனர் பெண்",
   "மைனர்",
   "சிறுமி",
   "சிறுவன்",
   "பள்ளி மாணவி",
   "பள்ளி மாணவன்",
   "பள்ளி சிறுமி",
   "ஸ்கூல் பொண்ணு",
   "டீனேஜ் பெண்",
   "பதின்ம வயது",
   "பதின்வயது பெண்",
   "18 வயதுக்குட்பட்ட",
   "18 வயதுக்கு கீழ்",
   "குழந்தை",
   "பதின்மூன்று வயது",
   "பதினான்கு வயது",
   "பதினைந்து வயது",
   "பதினாறு வயது",
   "பதினேழு வயது"
  ],
  "adult_traps": [
   "{N} வருடங்களுக்கு முன்",
   "{N} வருஷம் முன்னாடி",
   "எனக்கு {N} வயசு இருக்கும்போது",
   "{N} வருட அனுபவம்",
   "{N} வருஷமா",
   "கல்யாணம் ஆகி {N} வருஷம்",
   "முதல் வகுப்பு டிக்கெட்",
   "பள்ளி நாட்களில்",
   "ஸ்கூல் படிக்கும்போது",
   "காலேஜ் பொண்ணு",
   "மைனர் மாதிரி",
   "சின்ன வயசுல"
  ]
 },
 {
  "language": "Tamil (Tanglish, Latin script)",
  "code": "ta-Latn",
  "age_statements": [
   "enakku {N} vayasu",
   "enaku {N} vayasu",
   "enakku {N} vayathu",
   "enaku {N} vayadhu",
   "enakku {N} aagudhu",
   "naan {N} vayasu",
   "en vayasu {N}",
   "ippo than {N} aachu",
   "avalukku {N} vayasu",
   "ava ku {N} vayasu",
   "{N} vayasu ponnu",
   "{N} vayasu"
  ],
  "age_questions": [
   "unakku enna vayasu",
   "unaku enna vayasu",
   "un vayasu enna",
   "unga vayasu enna",
   "ungalukku ethana vayasu",
   "evlo vayasu",
   "ethana vayasu",
   "enna vayasu",
   "vayasu enna",
   "age enna",
   "un age enna"
  ],
  "school_years": [
   {
    "pattern": "{G}th padikiren",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th padikren",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th std",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th standard",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th la irukken",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} std",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} vaguppu",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "1st",
    "first",
    "mudhalaam"
   ],
   "2": [
    "2nd",
    "second",
    "rendaam"
   ],
   "3": [
    "3rd",
    "moonaam"
   ],
   "4": [
    "4th",
    "naalaam"
   ],
   "5": [
    "5th",
    "anjaam"
   ],
   "6": [
    "6th",
    "aaraam"
   ],
   "7": [
    "7th",
    "ezhaam"
   ],
   "8": [
    "8th",
    "ettaam"
   ],
   "9": [
    "9th",
    "onbadhaam"
   ],
   "10": [
    "10th",
    "pathaam"
   ],
   "11": [
    "11th",
    "padhinoraam"
   ],
   "12": [
    "12th",
    "panirendaam"
   ]
  },
  "school_names": [
   "+1",
   "middle school",
   "primary school"
  ],
  "minor_words": [
   "minor ponnu",
   "minor",
   "school ponnu",
   "school paiyan",
   "school padikira ponnu",
   "10th padikira ponnu",
   "sirumi",
   "teenage ponnu",
   "under 18",
   "18 aagala",
   "18 vayasu aagala",
   "padhinaalu vayasu",
   "padhinanju vayasu",
   "padhinaaru vayasu"
  ],
  "adult_traps": [
   "{N} varusham munnadi",
   "{N} years munnadi",
   "enakku {N} vayasu irukkum bodhu",
   "{N} varusham experience",
   "{N} varushama",
   "kalyanam aagi {N} varusham",
   "school padikum bodhu",
   "school days la",
   "college ponnu",
   "chinna vayasula",
   "minor maari"
  ]
 },
 {
  "language": "Telugu",
  "code": "te",
  "age_statements": [
   "నాకు {N} ఏళ్ళు",
   "నాకు {N} ఏళ్లు",
   "నాకు {N} సంవత్సరాలు",
   "నా వయసు {N}",
   "నా వయసు {N} ఏళ్ళు",
   "నా వయస్సు {N} సంవత్సరాలు",
   "నేను {N} ఏళ్ళ అమ్మాయిని",
   "ఇప్పుడే {N} నిండాయి",
   "ఆమెకు {N} ఏళ్ళు",
   "అతనికి {N} సంవత్సరాలు",
   "{N} ఏళ్ల",
   "{N} ఏళ్ల బాలిక",
   "{N} సంవత్సరాల",
   "naaku {N} years",
   "naa vayasu {N}"
  ],
  "age_questions": [
   "నీ వయసు ఎంత",
   "నీ వయస్సు ఎంత",
   "మీ వయసు ఎంత",
   "మీ వయస్సు ఎంత",
   "నీకు ఎన్ని ఏళ్ళు",
   "మీకు ఎన్ని సంవత్సరాలు",
   "వయసు ఎంత",
   "ఎన్ని ఏళ్ళు",
   "ఆమె వయసు ఎంత",
   "nee vayasu entha",
   "nee age entha"
  ],
  "school_years": [
   {
    "pattern": "{ORD} తరగతి",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} తరగతి చదువుతున్నా",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}వ తరగతి",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}వ తరగతి చదువుతున్నాను",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th class",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th క్లాస్",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th class chaduvutunna",
    "max_minor_grade": 11
   },
   {
    "pattern": "ఇంటర్ {ORD} సంవత్సరం",
    "max_minor_grade": 1
   }
  ],
  "ordinals": {
   "1": [
    "మొదటి",
    "ఒకటవ",
    "ఒకటో"
   ],
   "2": [
    "రెండవ",
    "రెండో"
   ],
   "3": [
    "మూడవ",
    "మూడో"
   ],
   "4": [
    "నాల్గవ",
    "నాలుగవ",
    "నాలుగో"
   ],
   "5": [
    "ఐదవ",
    "ఐదో"
   ],
   "6": [
    "ఆరవ",
    "ఆరో"
   ],
   "7": [
    "ఏడవ",
    "ఏడో"
   ],
   "8": [
    "ఎనిమిదవ",
    "ఎనిమిదో"
   ],
   "9": [
    "తొమ్మిదవ",
    "తొమ్మిదో"
   ],
   "10": [
    "పదవ",
    "పదో"
   ],
   "11": [
    "పదకొండవ",
    "పదకొండో"
   ],
   "12": [
    "పన్నెండవ",
    "పన్నెండో"
   ]
  },
  "school_names": [
   "ఇంటర్ ఫస్ట్ ఇయర్",
   "ఇంటర్మీడియట్ మొదటి సంవత్సరం",
   "హైస్కూల్",
   "ఉన్నత పాఠశాల",
   "ప్రాథమిక పాఠశాల",
   "ప్రైమరీ స్కూల్"
  ],
  "minor_words": [
   "మైనర్",
   "మైనర్ బాలిక",
   "మైనర్ అమ్మాయి",
   "బాలిక",
   "బాలుడు",
   "చిన్నారి",
   "పాఠశాల విద్యార్థిని",
   "స్కూల్ విద్యార్థిని",
   "స్కూల్ అమ్మాయి",
   "పదో తరగతి విద్యార్థిని",
   "టీనేజ్ అమ్మాయి",
   "కౌమార బాలిక",
   "18 ఏళ్ల లోపు",
   "18 సంవత్సరాల లోపు",
   "పదమూడేళ్ల",
   "పద్నాలుగేళ్ల",
   "పదిహేనేళ్ల",
   "పదహారేళ్ల",
   "పదిహేడేళ్ల"
  ],
  "adult_traps": [
   "{N} ఏళ్ల క్రితం",
   "{N} సంవత్సరాల క్రితం",
   "నాకు {N} ఏళ్ళు ఉన్నప్పుడు",
   "{N} సంవత్సరాల అనుభవం",
   "{N} ఏళ్లుగా",
   "పెళ్లై {N} ఏళ్ళు",
   "ఫస్ట్ క్లాస్",
   "స్కూల్ రోజుల్లో",
   "కాలేజీ అమ్మాయి",
   "చిన్నప్పుడు",
   "మైనర్ సమస్య"
  ]
 },
 {
  "language": "Marathi",
  "code": "mr",
  "age_statements": [
   "मी {N} वर्षांची आहे",
   "मी {N} वर्षाची आहे",
   "मी {N} वर्षांचा आहे",
   "माझे वय {N} वर्षे आहे",
   "माझं वय {N} आहे",
   "माझं वय {N}",
   "आत्ताच {N} पूर्ण झाली",
   "ती {N} वर्षांची आहे",
   "तो {N} वर्षांचा आहे",
   "{N} वर्षांची",
   "{N} वर्षाची",
   "{N} वर्षीय",
   "{N} वर्षांची मुलगी"
  ],
  "age_questions": [
   "तुझं वय किती आहे",
   "तुझे वय किती",
   "तुमचे वय किती आहे",
   "किती वर्षांचा आहेस",
   "किती वर्षांची आहेस",
   "किती वर्षाची आहेस",
   "वय किती",
   "वय काय",
   "तुझं वय काय",
   "तिचे वय किती"
  ],
  "school_years": [
   {
    "pattern": "इयत्ता {G}वी",
    "max_minor_grade": 11
   },
   {
    "pattern": "इयत्ता {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} इयत्ता",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}वीत आहे",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}वीत शिकते",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}वी मध्ये",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} मध्ये",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD}त आहे",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD}त शिकते",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD}ला आहे",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th मध्ये",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "पहिली"
   ],
   "2": [
    "दुसरी"
   ],
   "3": [
    "तिसरी"
   ],
   "4": [
    "चौथी"
   ],
   "5": [
    "पाचवी"
   ],
   "6": [
    "सहावी"
   ],
   "7": [
    "सातवी"
   ],
   "8": [
    "आठवी"
   ],
   "9": [
    "नववी"
   ],
   "10": [
    "दहावी"
   ],
   "11": [
    "अकरावी"
   ],
   "12": [
    "बारावी"
   ]
  },
  "school_names": [
   "प्राथमिक शाळा",
   "माध्यमिक शाळा",
   "हायस्कूल",
   "हायस्कूलमध्ये",
   "शाळेत शिकते"
  ],
  "minor_words": [
   "अल्पवयीन",
   "अल्पवयीन मुलगी",
   "अल्पवयीन मुलगा",
   "किशोरवयीन",
   "किशोरवयीन मुलगी",
   "शाळकरी",
   "शाळकरी मुलगी",
   "शाळकरी मुलगा",
   "शाळेतील विद्यार्थिनी",
   "शाळेत शिकणारी",
   "दहावीची विद्यार्थिनी",
   "१८ वर्षांखालील",
   "18 वर्षांखालील",
   "लहान मुलगी",
   "बालिका",
   "तेरा वर्षांची",
   "चौदा वर्षांची",
   "पंधरा वर्षांची",
   "सोळा वर्षांची",
   "सतरा वर्षांची"
  ],
  "adult_traps": [
   "{N} वर्षांपूर्वी",
   "मी {N} वर्षांची असताना",
   "{N} वर्षांपासून",
   "{N} वर्षांचा अनुभव",
   "लग्नाला {N} वर्षे",
   "गाडी {N} वर्षे जुनी",
   "फर्स्ट क्लास",
   "शाळेत असताना",
   "कॉलेजची मुलगी",
   "लहानपणी",
   "बालपणी"
  ]
 },
 {
  "language": "Gujarati",
  "code": "gu",
  "age_statements": [
   "હું {N} વર્ષની છું",
   "હું {N} વર્ષનો છું",
   "મારી ઉંમર {N} વર્ષ છે",
   "મારી ઉંમર {N} છે",
   "મારી ઉમર {N} છે",
   "હમણાં જ {N} પૂરા થયા",
   "તે {N} વર્ષની છે",
   "તે {N} વર્ષનો છે",
   "{N} વર્ષની",
   "{N} વર્ષનો",
   "{N} વર્ષીય",
   "{N} વર્ષની છોકરી"
  ],
  "age_questions": [
   "તારી ઉંમર કેટલી છે",
   "તારી ઉમર કેટલી છે",
   "તમારી ઉંમર કેટલી છે",
   "તમારી ઉંમર કેટલી",
   "કેટલા વર્ષની છે",
   "કેટલા વર્ષનો છે",
   "તું કેટલા વર્ષની છે",
   "ઉંમર કેટલી",
   "ઉંમર?",
   "તેની ઉંમર કેટલી છે"
  ],
  "school_years": [
   {
    "pattern": "ધોરણ {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ધોરણ {G}માં",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}મા ધોરણમાં",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} મું ધોરણ",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} ધોરણમાં",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} ધોરણ",
    "max_minor_grade": 11
   },
   {
    "pattern": "std {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th માં",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "પહેલા",
    "પહેલું",
    "પહેલાં"
   ],
   "2": [
    "બીજા",
    "બીજું"
   ],
   "3": [
    "ત્રીજા",
    "ત્રીજું"
   ],
   "4": [
    "ચોથા",
    "ચોથું"
   ],
   "5": [
    "પાંચમા",
    "પાંચમું"
   ],
   "6": [
    "છઠ્ઠા",
    "છઠ્ઠું"
   ],
   "7": [
    "સાતમા",
    "સાતમું"
   ],
   "8": [
    "આઠમા",
    "આઠમું"
   ],
   "9": [
    "નવમા",
    "નવમું"
   ],
   "10": [
    "દસમા",
    "દસમું"
   ],
   "11": [
    "અગિયારમા",
    "અગિયારમું"
   ],
   "12": [
    "બારમા",
    "બારમું"
   ]
  },
  "school_names": [
   "પ્રાથમિક શાળા",
   "પ્રાથમિકમાં",
   "માધ્યમિક શાળા",
   "હાઈસ્કૂલ",
   "હાઇસ્કૂલમાં"
  ],
  "minor_words": [
   "સગીર",
   "સગીરા",
   "સગીર વયની",
   "સગીર છોકરી",
   "કિશોર",
   "કિશોરી",
   "શાળાની વિદ્યાર્થિની",
   "શાળામાં ભણતી",
   "સ્કૂલમાં ભણતી",
   "ધોરણ 10ની વિદ્યાર્થિની",
   "ધોરણ ૯ની વિદ્યાર્થિની",
   "નાની છોકરી",
   "બાળકી",
   "18 વર્ષથી ઓછી",
   "૧૮ વર્ષથી નાની",
   "તેર વર્ષની",
   "ચૌદ વર્ષની",
   "પંદર વર્ષની",
   "સોળ વર્ષની",
   "સત્તર વર્ષની"
  ],
  "adult_traps": [
   "{N} વર્ષ પહેલાં",
   "જ્યારે હું {N} વર્ષની હતી",
   "{N} વર્ષથી",
   "{N} વર્ષનો અનુભવ",
   "લગ્નને {N} વર્ષ",
   "ગાડી {N} વર્ષ જૂની",
   "ફર્સ્ટ ક્લાસ",
   "શાળામાં હતી ત્યારે",
   "કોલેજની વિદ્યાર્થિની",
   "બાળપણમાં",
   "નાનપણમાં"
  ]
 },
 {
  "language": "Punjabi",
  "code": "pa",
  "age_statements": [
   "ਮੈਂ {N} ਸਾਲ ਦੀ ਹਾਂ",
   "ਮੈਂ {N} ਸਾਲ ਦਾ ਹਾਂ",
   "ਮੈਂ ਸਿਰਫ਼ {N} ਸਾਲ ਦੀ ਹਾਂ",
   "ਮੇਰੀ ਉਮਰ {N} ਸਾਲ ਹੈ",
   "ਮੇਰੀ ਉਮਰ {N} ਹੈ",
   "ਉਹ {N} ਸਾਲ ਦੀ ਹੈ",
   "ਉਹ {N} ਸਾਲ ਦਾ ਹੈ",
   "{N} ਸਾਲਾ",
   "{N} ਸਾਲ ਦੀ",
   "{N} ਸਾਲ ਦਾ",
   "{N} ਸਾਲਾਂ ਦੀ",
   "main {N} saal di haan",
   "main {N} saal da haan",
   "meri umar {N} saal aa",
   "{N} saal di"
  ],
  "age_questions": [
   "ਤੇਰੀ ਉਮਰ ਕਿੰਨੀ ਹੈ",
   "ਤੁਹਾਡੀ ਉਮਰ ਕਿੰਨੀ ਹੈ",
   "ਤੁਹਾਡੀ ਉਮਰ ਕੀ ਹੈ",
   "ਕਿੰਨੇ ਸਾਲ ਦੀ ਹੈਂ",
   "ਕਿੰਨੇ ਸਾਲ ਦਾ ਹੈਂ",
   "ਤੂੰ ਕਿੰਨੇ ਸਾਲ ਦੀ ਹੈਂ",
   "ਉਮਰ ਕਿੰਨੀ ਹੈ",
   "teri umar kinni aa",
   "teri umar kinni hai",
   "kinne saal di aa",
   "kinne saal da aa",
   "tuhadi umar ki hai"
  ],
  "school_years": [
   {
    "pattern": "{ORD} ਜਮਾਤ",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} ਜਮਾਤ ਵਿੱਚ",
    "max_minor_grade": 11
   },
   {
    "pattern": "ਜਮਾਤ {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}ਵੀਂ ਜਮਾਤ",
    "max_minor_grade": 11
   },
   {
    "pattern": "ਕਲਾਸ {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} ਕਲਾਸ",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th ਕਲਾਸ",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}th class ch",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "ਪਹਿਲੀ",
    "pehli"
   ],
   "2": [
    "ਦੂਜੀ",
    "duji"
   ],
   "3": [
    "ਤੀਜੀ",
    "teeji"
   ],
   "4": [
    "ਚੌਥੀ",
    "chauthi"
   ],
   "5": [
    "ਪੰਜਵੀਂ",
    "panjvi"
   ],
   "6": [
    "ਛੇਵੀਂ",
    "chhevi"
   ],
   "7": [
    "ਸੱਤਵੀਂ",
    "satvi"
   ],
   "8": [
    "ਅੱਠਵੀਂ",
    "athvi"
   ],
   "9": [
    "ਨੌਵੀਂ",
    "nauvi"
   ],
   "10": [
    "ਦਸਵੀਂ",
    "dasvi"
   ],
   "11": [
    "ਗਿਆਰ੍ਹਵੀਂ",
    "ਗਿਆਰਵੀਂ",
    "gyarvi"
   ],
   "12": [
    "ਬਾਰ੍ਹਵੀਂ",
    "ਬਾਰਵੀਂ",
    "barvi"
   ]
  },
  "school_names": [
   "ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ",
   "ਮਿਡਲ ਸਕੂਲ",
   "ਮਿਡਲ",
   "ਹਾਈ ਸਕੂਲ",
   "primary school",
   "middle school"
  ],
  "minor_words": [
   "ਨਾਬਾਲਗ",
   "ਨਾਬਾਲਿਗ",
   "ਨਾਬਾਲਗ ਲੜਕੀ",
   "ਨਾਬਾਲਗ ਕੁੜੀ",
   "ਸਕੂਲੀ ਵਿਦਿਆਰਥਣ",
   "ਸਕੂਲ ਦੀ ਵਿਦਿਆਰਥਣ",
   "ਸਕੂਲ ਪੜ੍ਹਦੀ",
   "ਕਿਸ਼ੋਰ",
   "ਕਿਸ਼ੋਰ ਕੁੜੀ",
   "ਛੋਟੀ ਕੁੜੀ",
   "18 ਸਾਲ ਤੋਂ ਘੱਟ",
   "nabalig",
   "nabalig kudi",
   "school padhdi kudi",
   "ਤੇਰਾਂ ਸਾਲ ਦੀ",
   "ਚੌਦਾਂ ਸਾਲ ਦੀ",
   "ਪੰਦਰਾਂ ਸਾਲ ਦੀ",
   "ਸੋਲਾਂ ਸਾਲ ਦੀ",
   "ਸਤਾਰਾਂ ਸਾਲ ਦੀ"
  ],
  "adult_traps": [
   "{N} ਸਾਲ ਪਹਿਲਾਂ",
   "ਜਦੋਂ ਮੈਂ {N} ਸਾਲ ਦੀ ਸੀ",
   "{N} ਸਾਲ ਤੋਂ",
   "{N} ਸਾਲ ਦਾ ਤਜਰਬਾ",
   "ਵਿਆਹ ਨੂੰ {N} ਸਾਲ",
   "ਗੱਡੀ {N} ਸਾਲ ਪੁਰਾਣੀ",
   "ਫਸਟ ਕਲਾਸ",
   "ਸਕੂਲ ਵੇਲੇ",
   "ਕਾਲਜ ਦੀ ਕੁੜੀ",
   "ਬਚਪਨ ਵਿੱਚ",
   "{N} saal pehlan",
   "jado main {N} saal di si"
  ]
 },
 {
  "language": "Nepali",
  "code": "ne",
  "age_statements": [
   "म {N} वर्षकी हुँ",
   "म {N} वर्षको हुँ",
   "म {N} बर्षकी हुँ",
   "म {N} बर्षको",
   "मेरो उमेर {N} वर्ष हो",
   "मेरो उमेर {N} हो",
   "मेरो उमेर {N} बर्ष",
   "उनी {N} वर्षकी हुन्",
   "ऊ {N} वर्षकी हो",
   "{N} वर्षीया",
   "{N} वर्षीय",
   "{N} वर्षकी",
   "{N} वर्षको",
   "{N} बर्षकी",
   "mero umer {N} barsa",
   "ma {N} barsa ko",
   "ma {N} barsh ki hu"
  ],
  "age_questions": [
   "तिम्रो उमेर कति हो",
   "तिम्रो उमेर कति",
   "तपाईंको उमेर कति हो",
   "तपाईको उमेर कति हो",
   "कति वर्षको हौ",
   "कति वर्षकी हौ",
   "उमेर कति",
   "उमेर कति हो",
   "timro umer kati ho",
   "timro umer kati",
   "tapai ko umer kati ho",
   "kati barsa ko",
   "umer kati"
  ],
  "school_years": [
   {
    "pattern": "कक्षा {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "कक्षा {G} मा",
    "max_minor_grade": 11
   },
   {
    "pattern": "कक्षा {G} मा पढ्छु",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} कक्षा",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} कक्षा",
    "max_minor_grade": 11
   },
   {
    "pattern": "class {G} ma padhchu",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "पहिलो"
   ],
   "2": [
    "दोस्रो"
   ],
   "3": [
    "तेस्रो"
   ],
   "4": [
    "चौथो"
   ],
   "5": [
    "पाँचौं",
    "पाँचौ"
   ],
   "6": [
    "छैटौं",
    "छैठौं"
   ],
   "7": [
    "सातौं"
   ],
   "8": [
    "आठौं"
   ],
   "9": [
    "नवौं"
   ],
   "10": [
    "दशौं",
    "दसौं"
   ],
   "11": [
    "एघारौं"
   ],
   "12": [
    "बाह्रौं"
   ]
  },
  "school_names": [
   "प्राथमिक विद्यालय",
   "आधारभूत विद्यालय",
   "प्राथमिक तह",
   "आधारभूत तह",
   "निम्न माध्यमिक"
  ],
  "minor_words": [
   "नाबालक",
   "नाबालिका",
   "नाबालिग",
   "nabalik",
   "nabalika",
   "किशोर",
   "किशोरी",
   "किशोरी बालिका",
   "बालिका",
   "बालक",
   "स्कुले छात्रा",
   "विद्यालय पढ्ने छात्रा",
   "स्कुल पढ्ने",
   "school padhne keti",
   "SEE परीक्षार्थी",
   "१८ वर्ष मुनिकी",
   "१८ वर्षभन्दा कम",
   "18 वर्ष मुनि",
   "तेह्र वर्षकी",
   "चौध वर्षकी",
   "पन्ध्र वर्षकी",
   "सोह्र वर्षकी",
   "सत्र वर्षकी"
  ],
  "adult_traps": [
   "{N} वर्ष अघि",
   "{N} वर्ष पहिले",
   "म {N} वर्षकी हुँदा",
   "{N} वर्षदेखि",
   "{N} वर्षको अनुभव",
   "बिहे गरेको {N} वर्ष",
   "गाडी {N} वर्ष पुरानो",
   "स्कुल पढ्दा",
   "क्याम्पस पढ्ने",
   "बाल्यकालमा",
   "{N} barsa agadi"
  ]
 },
 {
  "language": "Sinhala",
  "code": "si",
  "age_statements": [
   "මට අවුරුදු {N}යි",
   "මට අවුරුදු {N}",
   "මට වයස {N}",
   "මට වයස අවුරුදු {N}යි",
   "මගේ වයස අවුරුදු {N}",
   "මගේ වයස {N}",
   "ඇයට අවුරුදු {N}යි",
   "එයාට අවුරුදු {N}",
   "අවුරුදු {N}ක",
   "වයස අවුරුදු {N}ක",
   "mata awurudu {N}i",
   "mata awurudu {N}",
   "mata wayasa {N}",
   "mage wayasa {N}"
  ],
  "age_questions": [
   "ඔයාගේ වයස කීයද",
   "ඔයාට වයස කීයද",
   "ඔබේ වයස කීයද",
   "ඔයාට අවුරුදු කීයද",
   "උඹට වයස කීයද",
   "වයස කීයද",
   "oyage wayasa kiyada",
   "oyata wayasa kiyada",
   "wayasa kiyada",
   "age eka kiyada"
  ],
  "school_years": [
   {
    "pattern": "{G} ශ්‍රේණිය",
    "max_minor_grade": 12
   },
   {
    "pattern": "ශ්‍රේණිය {G}",
    "max_minor_grade": 12
   },
   {
    "pattern": "{ORD} ශ්‍රේණිය",
    "max_minor_grade": 12
   },
   {
    "pattern": "{G} වසරේ",
    "max_minor_grade": 12
   },
   {
    "pattern": "{G} වසර",
    "max_minor_grade": 12
   },
   {
    "pattern": "{G} පන්තියේ",
    "max_minor_grade": 12
   },
   {
    "pattern": "grade {G} eke",
    "max_minor_grade": 12
   }
  ],
  "ordinals": {
   "1": [
    "පළමු",
    "පළවෙනි"
   ],
   "2": [
    "දෙවන",
    "දෙවෙනි"
   ],
   "3": [
    "තුන්වන",
    "තුන්වෙනි"
   ],
   "4": [
    "හතරවන",
    "හතරවෙනි"
   ],
   "5": [
    "පස්වන",
    "පස්වෙනි"
   ],
   "6": [
    "හයවන",
    "හයවෙනි"
   ],
   "7": [
    "හත්වන",
    "හත්වෙනි"
   ],
   "8": [
    "අටවන",
    "අටවෙනි"
   ],
   "9": [
    "නවවන",
    "නමවෙනි"
   ],
   "10": [
    "දහවන",
    "දහවෙනි"
   ],
   "11": [
    "එකොළොස්වන",
    "එකොළොස්වෙනි"
   ],
   "12": [
    "දොළොස්වන",
    "දොළොස්වෙනි"
   ]
  },
  "school_names": [
   "ප්‍රාථමික පාසල",
   "ප්‍රාථමික අංශය",
   "සාමාන්‍ය පෙළ",
   "O/L",
   "O/L කරනවා"
  ],
  "minor_words": [
   "බාලවයස්කාර",
   "බාල වයස්කාර",
   "බාලවයස්කාරියක්",
   "වයස අවුරුදු 18ට අඩු",
   "18ට අඩු",
   "නව යොවුන්",
   "නවයොවුන් දැරිය",
   "පාසල් සිසුවිය",
   "පාසල් සිසුවා",
   "පාසල් ශිෂ්‍යාව",
   "පාසල් දැරිය",
   "දැරිය",
   "ළමයා",
   "ඉස්කෝලේ යන",
   "ඉස්කෝලෙ යන කෙල්ල",
   "O/L ළමයි",
   "school yana",
   "iskole yana kella"
  ],
  "adult_traps": [
   "අවුරුදු {N}කට කලින්",
   "අවුරුදු {N}කට පෙර",
   "මට අවුරුදු {N}දී",
   "අවුරුදු {N}ක අත්දැකීම්",
   "කසාද බැඳලා අවුරුදු {N}",
   "ඉස්කෝලේ යන කාලේ",
   "කැම්පස් යන",
   "පොඩි කාලේ",
   "{N} awuruddakata kalin"
  ]
 },
 {
  "language": "Indonesian",
  "code": "id",
  "age_statements": [
   "aku {N} tahun",
   "aku {N} thn",
   "aku {N} th",
   "saya {N} tahun",
   "gue {N} tahun",
   "gw {N} thn",
   "umurku {N} tahun",
   "umurku {N}",
   "umur aku {N}",
   "umur aku {N} tahun",
   "umur gue {N}",
   "umur saya {N} tahun",
   "usia saya {N} tahun",
   "usiaku {N} tahun",
   "saya berusia {N} tahun",
   "saya berumur {N} tahun",
   "aku baru {N} tahun",
   "aku masih {N} tahun",
   "dia {N} tahun",
   "umurnya {N} tahun",
   "umur {N}th",
   "{N} taun"
  ],
  "age_questions": [
   "umur berapa",
   "umur brp",
   "umurmu berapa",
   "umur kamu berapa",
   "kamu umur berapa",
   "km umur brp",
   "usia berapa",
   "usia kamu berapa",
   "berapa umurmu",
   "berapa umur kamu",
   "umurnya berapa",
   "lu umur berapa",
   "umur lo berapa",
   "umur?",
   "kelahiran tahun berapa"
  ],
  "school_years": [
   {
    "pattern": "kelas {G}",
    "max_minor_grade": 10
   },
   {
    "pattern": "kls {G}",
    "max_minor_grade": 10
   },
   {
    "pattern": "klas {G}",
    "max_minor_grade": 10
   },
   {
    "pattern": "kelas {ORD}",
    "max_minor_grade": 10
   },
   {
    "pattern": "kelas {G} SD",
    "max_minor_grade": 6
   },
   {
    "pattern": "{G} SD",
    "max_minor_grade": 6
   },
   {
    "pattern": "kelas {G} SMP",
    "max_minor_grade": 9
   },
   {
    "pattern": "kelas {ORD} SMP",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G} SMP",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G} MTs",
    "max_minor_grade": 9
   },
   {
    "pattern": "kelas {G} SMA",
    "max_minor_grade": 2
   },
   {
    "pattern": "kelas {ORD} SMA",
    "max_minor_grade": 2
   },
   {
    "pattern": "{G} SMK",
    "max_minor_grade": 2
   },
   {
    "pattern": "kelas {G} SMK",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "satu",
    "I"
   ],
   "2": [
    "dua",
    "II"
   ],
   "3": [
    "tiga",
    "III"
   ],
   "4": [
    "empat",
    "IV"
   ],
   "5": [
    "lima",
    "V"
   ],
   "6": [
    "enam",
    "VI"
   ],
   "7": [
    "tujuh",
    "VII"
   ],
   "8": [
    "delapan",
    "VIII"
   ],
   "9": [
    "sembilan",
    "IX"
   ],
   "10": [
    "sepuluh",
    "X"
   ],
   "11": [
    "sebelas",
    "XI"
   ],
   "12": [
    "dua belas",
    "XII"
   ]
  },
  "school_names": [
   "SMP",
   "di SMP",
   "masih SMP",
   "bangku SMP",
   "SLTP",
   "MTs",
   "tsanawiyah",
   "sekolah menengah pertama",
   "SD",
   "masih SD",
   "bangku SD",
   "sekolah dasar"
  ],
  "minor_words": [
   "di bawah umur",
   "dibawah umur",
   "anak di bawah umur",
   "belum cukup umur",
   "belum 18",
   "belum 18 tahun",
   "ABG",
   "abege",
   "remaja",
   "anak SMP",
   "anak SD",
   "anak SMA",
   "pelajar SMP",
   "siswi SMP",
   "siswa SMP",
   "siswi SD",
   "siswi SMA",
   "pelajar",
   "anak sekolah",
   "masih sekolah",
   "bocil",
   "bocah",
   "anak kecil",
   "gadis cilik",
   "anak-anak",
   "tiga belas tahun",
   "empat belas tahun",
   "lima belas tahun",
   "enam belas tahun",
   "tujuh belas tahun"
  ],
  "adult_traps": [
   "{N} tahun yang lalu",
   "{N} tahun lalu",
   "waktu aku {N} tahun",
   "pas umur {N}",
   "sejak umur {N}",
   "sudah {N} tahun",
   "udah {N} tahun",
   "{N} tahun pengalaman",
   "menikah {N} tahun",
   "mobil umur {N} tahun",
   "waktu SMP",
   "dulu pas SMP",
   "zaman SMA",
   "reuni SMA",
   "lulusan SMA",
   "guru SMP",
   "mahasiswi",
   "kelas bisnis",
   "barang kelas satu",
   "kayak bocil"
  ]
 },
 {
  "language": "Malay",
  "code": "ms",
  "age_statements": [
   "saya berumur {N} tahun",
   "umur saya {N} tahun",
   "umur saya {N}",
   "saya {N} tahun",
   "saya baru {N} tahun",
   "usia saya {N} tahun",
   "aku {N} tahun",
   "umur aku {N}",
   "umur aku {N} tahun",
   "umo aku {N}",
   "dia berumur {N} tahun",
   "dia {N} tahun",
   "umurnya {N} tahun",
   "{N} thn",
   "{N} tahun"
  ],
  "age_questions": [
   "umur berapa",
   "umur brp",
   "berapa umur awak",
   "awak umur berapa",
   "umur awak berapa",
   "kau umur berapa",
   "umur kau berapa",
   "umur ko berapa",
   "ko umur brp",
   "berapa umur",
   "umur?",
   "lahir tahun berapa"
  ],
  "school_years": [
   {
    "pattern": "darjah {G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "darjah {ORD}",
    "max_minor_grade": 6
   },
   {
    "pattern": "tahun {G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "sekolah rendah tahun {G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "tingkatan {G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "tingkatan {ORD}",
    "max_minor_grade": 5
   },
   {
    "pattern": "budak form {G}",
    "max_minor_grade": 5
   }
  ],
  "ordinals": {
   "1": [
    "satu"
   ],
   "2": [
    "dua"
   ],
   "3": [
    "tiga"
   ],
   "4": [
    "empat"
   ],
   "5": [
    "lima"
   ],
   "6": [
    "enam"
   ],
   "7": [
    "tujuh"
   ],
   "8": [
    "lapan"
   ],
   "9": [
    "sembilan"
   ],
   "10": [
    "sepuluh"
   ],
   "11": [
    "sebelas"
   ],
   "12": [
    "dua belas"
   ]
  },
  "school_names": [
   "sekolah rendah",
   "sekolah rendah lagi",
   "menengah rendah",
   "sekolah menengah rendah"
  ],
  "minor_words": [
   "bawah umur",
   "di bawah umur",
   "budak bawah umur",
   "gadis bawah umur",
   "belum cukup umur",
   "belum 18",
   "remaja",
   "budak sekolah",
   "pelajar sekolah",
   "pelajar sekolah menengah",
   "pelajar sekolah rendah",
   "murid sekolah",
   "budak form 1",
   "budak form 3",
   "calon SPM",
   "calon PT3",
   "calon UPSR",
   "budak kecil",
   "kanak-kanak",
   "tiga belas tahun",
   "empat belas tahun",
   "lima belas tahun",
   "enam belas tahun",
   "tujuh belas tahun"
  ],
  "adult_traps": [
   "{N} tahun lepas",
   "{N} tahun yang lalu",
   "masa umur {N}",
   "waktu aku {N} tahun",
   "sejak umur {N}",
   "dah {N} tahun",
   "{N} tahun pengalaman",
   "kahwin {N} tahun",
   "kereta umur {N} tahun",
   "tahun {G} universiti",
   "masa sekolah dulu",
   "zaman sekolah",
   "cikgu tingkatan {G}",
   "kelas pertama"
  ]
 },
 {
  "language": "Tagalog / Taglish",
  "code": "tl",
  "age_statements": [
   "{N} na ako",
   "{N} years old na ako",
   "{N} years old ako",
   "{N} yrs old na ako",
   "{N} y/o",
   "{N} taong gulang ako",
   "ako ay {N} taong gulang",
   "{N} taong gulang",
   "{N} anyos na ako",
   "{N} anyos",
   "{N} pa lang ako",
   "{N} palang ako",
   "kaka-{N} ko lang",
   "mag-{N} na ako",
   "{N} na siya",
   "{N} na sya",
   "siya ay {N} taong gulang"
  ],
  "age_questions": [
   "ilang taon ka na",
   "ilang taon ka",
   "ilan taon ka na",
   "ilang taon ka na?",
   "ilang taon kana",
   "ilang taon ka na ba",
   "ilang taon na siya",
   "ilang taon na sya",
   "edad mo",
   "anong edad mo",
   "ano edad mo",
   "how old ka na",
   "age mo?",
   "ilang yrs old ka na"
  ],
  "school_years": [
   {
    "pattern": "grade {G} ako",
    "max_minor_grade": 11
   },
   {
    "pattern": "grade {G} na ako",
    "max_minor_grade": 11
   },
   {
    "pattern": "grade {G} kami",
    "max_minor_grade": 11
   },
   {
    "pattern": "grade {G} na kami",
    "max_minor_grade": 11
   },
   {
    "pattern": "nasa grade {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "grade {G} student",
    "max_minor_grade": 11
   },
   {
    "pattern": "baitang {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ika-{G} baitang",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} baitang",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} year high school",
    "max_minor_grade": 4
   },
   {
    "pattern": "{ORD} year hs",
    "max_minor_grade": 4
   },
   {
    "pattern": "{ORD} year sa high school",
    "max_minor_grade": 4
   }
  ],
  "ordinals": {
   "1": [
    "first",
    "1st",
    "una",
    "unang",
    "ika-1"
   ],
   "2": [
    "second",
    "2nd",
    "ikalawa",
    "ikalawang"
   ],
   "3": [
    "third",
    "3rd",
    "ikatlo",
    "ikatlong"
   ],
   "4": [
    "fourth",
    "4th",
    "ikaapat",
    "ika-apat"
   ],
   "5": [
    "ikalima",
    "ikalimang"
   ],
   "6": [
    "ikaanim",
    "ika-anim"
   ],
   "7": [
    "ikapito",
    "ikapitong"
   ],
   "8": [
    "ikawalo",
    "ikawalong"
   ],
   "9": [
    "ikasiyam",
    "ikasiyam na"
   ],
   "10": [
    "ikasampu",
    "ikasampung"
   ],
   "11": [
    "ikalabing-isa"
   ],
   "12": [
    "ikalabindalawa"
   ]
  },
  "school_names": [
   "elementary",
   "elem",
   "grade school",
   "elementarya",
   "mababang paaralan",
   "junior high",
   "junior high school",
   "JHS"
  ],
  "minor_words": [
   "menor de edad",
   "minor",
   "minor pa ako",
   "menor pa",
   "wala pang 18",
   "under 18",
   "dalagita",
   "binatilyo",
   "bata pa",
   "batang babae",
   "teenager",
   "HS student",
   "JHS student",
   "estudyante sa high school",
   "labintatlong taon",
   "labing-apat na taon",
   "labinlimang taon",
   "labing-anim na taon",
   "labimpitong taon"
  ],
  "adult_traps": [
   "{N} years ago",
   "{N} taon na ang nakalipas",
   "noong {N} ako",
   "nung {N} ako",
   "since {N} ako",
   "{N} taon na kaming kasal",
   "{N} years experience",
   "noong high school ako",
   "high school pa lang ako nun",
   "nung elementary ako",
   "batang 90s",
   "teacher ng grade {G}",
   "nene",
   "college student"
  ]
 },
 {
  "language": "Vietnamese",
  "code": "vi",
  "age_statements": [
   "em {N} tuổi",
   "em {N} tuoi",
   "e {N} tuổi",
   "mình {N} tuổi",
   "minh {N} tuoi",
   "tôi {N} tuổi",
   "tui {N} tuổi",
   "tớ {N} tuổi",
   "năm nay em {N} tuổi",
   "nam nay em {N} tuoi",
   "năm nay mình {N}",
   "em mới {N} tuổi",
   "em mới có {N} tuổi",
   "em mới {N}",
   "con {N} tuổi",
   "bé {N} tuổi",
   "nó {N} tuổi",
   "e {N}t",
   "{N}t",
   "{N} tuổi"
  ],
  "age_questions": [
   "bạn bao nhiêu tuổi",
   "ban bao nhieu tuoi",
   "em bao nhiêu tuổi",
   "em bao nhieu tuoi",
   "bao nhiêu tuổi",
   "bao nhieu tuoi",
   "bn tuổi",
   "bn tuoi",
   "e bn t",
   "mấy tuổi",
   "may tuoi",
   "em mấy tuổi",
   "năm nay bao nhiêu tuổi",
   "nam nay bao nhieu tuoi",
   "sinh năm bao nhiêu",
   "sinh nam bao nhieu",
   "bạn sinh năm mấy",
   "tuổi gì"
  ],
  "school_years": [
   {
    "pattern": "lớp {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "học lớp {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "hoc lop {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "đang học lớp {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "em học lớp {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "hs lớp {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "lớp {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "học lớp {ORD}",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "một",
    "mot"
   ],
   "2": [
    "hai"
   ],
   "3": [
    "ba"
   ],
   "4": [
    "bốn",
    "bon"
   ],
   "5": [
    "năm",
    "nam"
   ],
   "6": [
    "sáu",
    "sau"
   ],
   "7": [
    "bảy",
    "bay"
   ],
   "8": [
    "tám",
    "tam"
   ],
   "9": [
    "chín",
    "chin"
   ],
   "10": [
    "mười",
    "muoi"
   ],
   "11": [
    "mười một",
    "muoi mot"
   ],
   "12": [
    "mười hai",
    "muoi hai"
   ]
  },
  "school_names": [
   "cấp 2",
   "học cấp 2",
   "trường cấp 2",
   "THCS",
   "trung học cơ sở",
   "cấp 1",
   "tiểu học",
   "tieu hoc",
   "trường tiểu học"
  ],
  "minor_words": [
   "trẻ vị thành niên",
   "vị thành niên",
   "vi thanh nien",
   "chưa thành niên",
   "chưa đủ tuổi",
   "chưa đủ 18",
   "chua du 18",
   "dưới 18 tuổi",
   "học sinh",
   "học sinh cấp 2",
   "học sinh cấp 3",
   "hs cấp 2",
   "học sinh THCS",
   "nữ sinh",
   "bé gái",
   "be gai",
   "trẻ em",
   "tre em",
   "tuổi teen",
   "mười ba tuổi",
   "mười bốn tuổi",
   "mười lăm tuổi",
   "mười sáu tuổi",
   "mười bảy tuổi"
  ],
  "adult_traps": [
   "{N} năm trước",
   "{N} nam truoc",
   "hồi {N} tuổi",
   "hoi {N} tuoi",
   "lúc {N} tuổi",
   "từ năm {N} tuổi",
   "{N} năm kinh nghiệm",
   "cưới nhau {N} năm",
   "xe {N} năm tuổi",
   "hồi cấp 3",
   "hồi học cấp 2",
   "cựu học sinh",
   "học sinh cũ",
   "sinh viên",
   "giáo viên lớp {G}",
   "trẻ trâu",
   "hạng nhất"
  ]
 },
 {
  "language": "Thai",
  "code": "th",
  "age_statements": [
   "หนูอายุ {N} ปี",
   "หนูอายุ {N}",
   "ผมอายุ {N} ปี",
   "ผมอายุ {N}",
   "ฉันอายุ {N} ปี",
   "เราอายุ {N}",
   "เค้าอายุ {N}",
   "น้องอายุ {N} ปี",
   "อายุ {N} ปี",
   "อายุ {N}",
   "อายุ {N} ขวบ",
   "{N} ขวบ",
   "{N} ปี",
   "เพิ่งอายุ {N}",
   "เพิ่ง {N} เอง",
   "{N} เอง"
  ],
  "age_questions": [
   "อายุเท่าไหร่",
   "อายุเท่าไร",
   "อายุเท่าไร่",
   "อายุเท่าไหร",
   "อายุเท่าไหร่คะ",
   "อายุเท่าไหร่ครับ",
   "อายุเท่าไหร่ค่ะ",
   "อายุเท่าไหร่แล้ว",
   "อายุกี่ปี",
   "กี่ขวบ",
   "อายุกี่ขวบ",
   "อายุ?",
   "เกิดปีไหน"
  ],
  "school_years": [
   {
    "pattern": "ม.{G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "ม {G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "ม{G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "ม.{ORD}",
    "max_minor_grade": 5
   },
   {
    "pattern": "มอ{ORD}",
    "max_minor_grade": 5
   },
   {
    "pattern": "มัธยม {G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "มัธยมศึกษาปีที่ {G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "เรียน ม.{G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "อยู่ ม.{G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "ป.{G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "ป{G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "ป.{ORD}",
    "max_minor_grade": 6
   },
   {
    "pattern": "ประถม {G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "ประถมศึกษาปีที่ {G}",
    "max_minor_grade": 6
   }
  ],
  "ordinals": {
   "1": [
    "๑",
    "หนึ่ง"
   ],
   "2": [
    "๒",
    "สอง"
   ],
   "3": [
    "๓",
    "สาม"
   ],
   "4": [
    "๔",
    "สี่"
   ],
   "5": [
    "๕",
    "ห้า"
   ],
   "6": [
    "๖",
    "หก"
   ],
   "7": [
    "๗",
    "เจ็ด"
   ],
   "8": [
    "๘",
    "แปด"
   ],
   "9": [
    "๙",
    "เก้า"
   ],
   "10": [
    "๑๐",
    "สิบ"
   ],
   "11": [
    "๑๑",
    "สิบเอ็ด"
   ],
   "12": [
    "๑๒",
    "สิบสอง"
   ]
  },
  "school_names": [
   "ม.ต้น",
   "ม ต้น",
   "มอต้น",
   "มัธยมต้น",
   "ประถม",
   "ชั้นประถม",
   "โรงเรียนประถม"
  ],
  "minor_words": [
   "ผู้เยาว์",
   "อายุต่ำกว่า 18",
   "อายุไม่ถึง 18",
   "ยังไม่ถึง 18",
   "เด็กนักเรียน",
   "นักเรียนหญิง",
   "นักเรียน ม.ต้น",
   "นักเรียนมัธยม",
   "เด็ก ม.ต้น",
   "เด็กมัธยม",
   "เด็กประถม",
   "เด็ก ป.",
   "เด็กหญิง",
   "ด.ญ.",
   "เด็กชาย",
   "ด.ช.",
   "เด็ก"
  ],
  "adult_traps": [
   "{N} ปีที่แล้ว",
   "{N} ปีก่อน",
   "ตอนอายุ {N}",
   "ตั้งแต่อายุ {N}",
   "{N} ปีแล้ว",
   "ประสบการณ์ {N} ปี",
   "แต่งงานมา {N} ปี",
   "รถอายุ {N} ปี",
   "สมัยเรียน ม.ต้น",
   "ตอนเรียนมัธยม",
   "ครู ม.{G}",
   "นักศึกษา",
   "ชั้นหนึ่ง",
   "เด็กเส้น",
   "เด็กฝึกงาน"
  ]
 },
 {
  "language": "Khmer",
  "code": "km",
  "age_statements": [
   "ខ្ញុំអាយុ {N} ឆ្នាំ",
   "ខ្ញុំ អាយុ {N} ឆ្នាំ",
   "ខ្ញុំមានអាយុ {N} ឆ្នាំ",
   "អាយុ {N} ឆ្នាំ",
   "អាយុ {N}",
   "អូនអាយុ {N}",
   "អូនអាយុ {N} ឆ្នាំ",
   "នាងអាយុ {N} ឆ្នាំ",
   "គាត់អាយុ {N} ឆ្នាំ",
   "ayu {N} chnam",
   "knhom ayu {N}",
   "oun ayu {N}"
  ],
  "age_questions": [
   "អាយុប៉ុន្មាន",
   "អាយុប៉ុន្មានឆ្នាំ",
   "ឯងអាយុប៉ុន្មាន",
   "អូនអាយុប៉ុន្មាន",
   "បងអាយុប៉ុន្មាន",
   "អ្នកអាយុប៉ុន្មាន",
   "នាងអាយុប៉ុន្មាន",
   "ayu ponman",
   "ayu bonman",
   "oun ayu ponman"
  ],
  "school_years": [
   {
    "pattern": "ថ្នាក់ទី {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ថ្នាក់ទី{G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ថ្នាក់ទី{ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ថ្នាក់ទី {ORD}",
    "max_minor_grade": 11
   },
   {
    "pattern": "រៀនថ្នាក់ទី {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "រៀនថ្នាក់ទី{G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ថ្នាក់ {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "thnak ti {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "rien thnak ti {G}",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "១",
    "មួយ"
   ],
   "2": [
    "២",
    "ពីរ"
   ],
   "3": [
    "៣",
    "បី"
   ],
   "4": [
    "៤",
    "បួន"
   ],
   "5": [
    "៥",
    "ប្រាំ"
   ],
   "6": [
    "៦",
    "ប្រាំមួយ"
   ],
   "7": [
    "៧",
    "ប្រាំពីរ"
   ],
   "8": [
    "៨",
    "ប្រាំបី"
   ],
   "9": [
    "៩",
    "ប្រាំបួន"
   ],
   "10": [
    "១០",
    "ដប់"
   ],
   "11": [
    "១១",
    "ដប់មួយ"
   ],
   "12": [
    "១២",
    "ដប់ពីរ"
   ]
  },
  "school_names": [
   "បឋមសិក្សា",
   "សាលាបឋមសិក្សា",
   "អនុវិទ្យាល័យ",
   "រៀននៅអនុវិទ្យាល័យ"
  ],
  "minor_words": [
   "អនីតិជន",
   "មិនទាន់គ្រប់អាយុ",
   "អាយុក្រោម ១៨",
   "អាយុក្រោម 18",
   "ក្មេងជំទង់",
   "ក្មេង",
   "ក្មេងស្រី",
   "កុមារ",
   "កុមារី",
   "សិស្ស",
   "សិស្សស្រី",
   "សិស្សអនុវិទ្យាល័យ",
   "សិស្សបឋមសិក្សា"
  ],
  "adult_traps": [
   "{N} ឆ្នាំមុន",
   "កាលពីខ្ញុំអាយុ {N}",
   "កាលពីក្មេង",
   "បទពិសោធន៍ {N} ឆ្នាំ",
   "រៀបការ {N} ឆ្នាំ",
   "គ្រូថ្នាក់ទី {G}",
   "និស្សិត"
  ]
 },
 {
  "language": "Burmese",
  "code": "my",
  "age_statements": [
   "ကျွန်မ အသက် {N} နှစ်",
   "ကျွန်မအသက် {N} နှစ်",
   "ကျွန်တော် အသက် {N} နှစ်ပါ",
   "ကျွန်တော့်အသက် {N} နှစ်",
   "ငါ {N} နှစ်",
   "အသက် {N} နှစ်",
   "အသက် {N}",
   "အသက် {N} နှစ်ပဲ ရှိသေးတယ်",
   "သူ အသက် {N} နှစ်",
   "သူမ အသက် {N} နှစ်",
   "{N} နှစ်သမီး",
   "{N} နှစ်သား",
   "{N}နှစ်"
  ],
  "age_questions": [
   "အသက် ဘယ်လောက်လဲ",
   "အသက်ဘယ်လောက်လဲ",
   "အသက်ဘယ်လောက်ရှိပြီလဲ",
   "အသက် ဘယ်နှစ်နှစ်လဲ",
   "အသက်ဘယ်နှနှစ်လဲ",
   "နင် အသက်ဘယ်လောက်လဲ",
   "ညီမ အသက်ဘယ်လောက်လဲ",
   "asat bal lout lal",
   "a tet be lauk le"
  ],
  "school_years": [
   {
    "pattern": "{G} တန်း",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}တန်း",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD}တန်း",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} တန်း",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} တန်းကျောင်းသူ",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} တန်း တက်နေတယ်",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "၁",
    "တစ်",
    "ပထမ"
   ],
   "2": [
    "၂",
    "နှစ်",
    "ဒုတိယ"
   ],
   "3": [
    "၃",
    "သုံး",
    "တတိယ"
   ],
   "4": [
    "၄",
    "လေး",
    "စတုတ္ထ"
   ],
   "5": [
    "၅",
    "ငါး",
    "ပဉ္စမ"
   ],
   "6": [
    "၆",
    "ခြောက်",
    "ဆဋ္ဌမ"
   ],
   "7": [
    "၇",
    "ခုနစ်",
    "သတ္တမ"
   ],
   "8": [
    "၈",
    "ရှစ်",
    "အဋ္ဌမ"
   ],
   "9": [
    "၉",
    "ကိုး",
    "နဝမ"
   ],
   "10": [
    "၁၀",
    "ဆယ်",
    "ဒသမ"
   ],
   "11": [
    "၁၁",
    "ဆယ့်တစ်"
   ],
   "12": [
    "၁၂",
    "ဆယ့်နှစ်"
   ]
  },
  "school_names": [
   "မူလတန်း",
   "မူလတန်းကျောင်း",
   "အလယ်တန်း",
   "အလယ်တန်းကျောင်း"
  ],
  "minor_words": [
   "အရွယ်မရောက်သေးသူ",
   "အရွယ်မရောက်သေးတဲ့",
   "အသက်မပြည့်သေးသူ",
   "အသက် ၁၈ နှစ်အောက်",
   "၁၈ နှစ်အောက်",
   "ဆယ်ကျော်သက်",
   "ဆယ်ကျော်သက် မိန်းကလေး",
   "ကလေး",
   "ကလေးငယ်",
   "မိန်းကလေးငယ်",
   "အထက်တန်းကျောင်းသူ",
   "အလယ်တန်းကျောင်းသူ",
   "မူလတန်းကျောင်းသူ",
   "ကျောင်းသူလေး"
  ],
  "adult_traps": [
   "{N} နှစ်က",
   "လွန်ခဲ့သော {N} နှစ်",
   "ကလေးတုန်းက",
   "ကျောင်းတက်တုန်းက",
   "{N} နှစ် အတွေ့အကြုံ",
   "လက်ထပ်တာ {N} နှစ်",
   "တက္ကသိုလ်ကျောင်းသူ",
   "ဆရာမ {G} တန်း"
  ]
 },
 {
  "language": "Japanese",
  "code": "ja",
  "age_statements": [
   "{N}歳です",
   "{N}歳",
   "{N}さい",
   "{N}才",
   "{N}歳だよ",
   "{N}歳だよー",
   "{N}歳です！",
   "私は{N}歳",
   "わたしは{N}歳です",
   "僕は{N}歳",
   "今{N}歳",
   "いま{N}歳",
   "まだ{N}歳",
   "{N}歳になりました",
   "{N}歳になった",
   "{N}歳の女の子",
   "{N}歳の男の子"
  ],
  "age_questions": [
   "何歳ですか",
   "何歳",
   "何歳？",
   "何歳なの",
   "なんさい",
   "なんさい？",
   "何才",
   "おいくつですか",
   "おいくつ",
   "年いくつ",
   "歳いくつ",
   "いくつ？",
   "年齢は？",
   "年齢教えて",
   "何年生",
   "何年生？"
  ],
  "school_years": [
   {
    "pattern": "小学{G}年",
    "max_minor_grade": 6
   },
   {
    "pattern": "小学{G}年生",
    "max_minor_grade": 6
   },
   {
    "pattern": "小学{ORD}年",
    "max_minor_grade": 6
   },
   {
    "pattern": "小{G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "小{ORD}",
    "max_minor_grade": 6
   },
   {
    "pattern": "中学{G}年",
    "max_minor_grade": 3
   },
   {
    "pattern": "中学{G}年生",
    "max_minor_grade": 3
   },
   {
    "pattern": "中学{ORD}年",
    "max_minor_grade": 3
   },
   {
    "pattern": "中{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "中{ORD}",
    "max_minor_grade": 3
   },
   {
    "pattern": "高校{G}年",
    "max_minor_grade": 2
   },
   {
    "pattern": "高校{G}年生",
    "max_minor_grade": 2
   },
   {
    "pattern": "高校{ORD}年",
    "max_minor_grade": 2
   },
   {
    "pattern": "高{G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "高{ORD}",
    "max_minor_grade": 2
   },
   {
    "pattern": "JK{G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "JC{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "JS{G}",
    "max_minor_grade": 6
   }
  ],
  "ordinals": {
   "1": [
    "一",
    "１"
   ],
   "2": [
    "二",
    "２"
   ],
   "3": [
    "三",
    "３"
   ],
   "4": [
    "四",
    "４"
   ],
   "5": [
    "五",
    "５"
   ],
   "6": [
    "六",
    "６"
   ],
   "7": [
    "七",
    "７"
   ],
   "8": [
    "八",
    "８"
   ],
   "9": [
    "九",
    "９"
   ],
   "10": [
    "十"
   ],
   "11": [
    "十一"
   ],
   "12": [
    "十二"
   ]
  },
  "school_names": [
   "中学",
   "中学校",
   "中等部",
   "小学校",
   "小学",
   "初等部"
  ],
  "minor_words": [
   "未成年",
   "未成年です",
   "18歳未満",
   "十八歳未満",
   "中学生",
   "小学生",
   "高校生",
   "女子中学生",
   "女子高生",
   "女子小学生",
   "男子中学生",
   "JC",
   "JK",
   "JS",
   "DC",
   "DK",
   "中坊",
   "子供",
   "子ども",
   "少女",
   "ティーン",
   "ローティーン",
   "十三歳",
   "十四歳",
   "十五歳",
   "十六歳",
   "十七歳"
  ],
  "adult_traps": [
   "{N}年前",
   "{N}歳の時",
   "{N}歳のとき",
   "{N}歳の頃",
   "{N}年目",
   "築{N}年",
   "{N}年経験",
   "結婚{N}年",
   "永遠の17歳",
   "17歳教",
   "中二病",
   "厨二病",
   "少女漫画",
   "高校時代",
   "中学の時",
   "中学時代",
   "子供の頃",
   "子供っぽい",
   "大学生",
   "元JK",
   "OG"
  ]
 },
 {
  "language": "Japanese (romaji)",
  "code": "ja-Latn",
  "age_statements": [
   "{N}sai desu",
   "{N} sai desu",
   "{N}sai da yo",
   "watashi wa {N}sai",
   "watashi wa {N} sai desu",
   "boku wa {N}sai",
   "ima {N}sai",
   "mada {N}sai",
   "{N}sai ni narimashita",
   "{N} sai no onnanoko"
  ],
  "age_questions": [
   "nansai desu ka",
   "nan sai desu ka",
   "nansai",
   "nan sai",
   "nansai?",
   "oikutsu desu ka",
   "oikutsu",
   "toshi ikutsu",
   "ikutsu",
   "nannensei",
   "nan nensei"
  ],
  "school_years": [
   {
    "pattern": "shougaku {G}nensei",
    "max_minor_grade": 6
   },
   {
    "pattern": "shogaku {G} nensei",
    "max_minor_grade": 6
   },
   {
    "pattern": "shou{G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "chuugaku {G}nensei",
    "max_minor_grade": 3
   },
   {
    "pattern": "chugaku {G} nensei",
    "max_minor_grade": 3
   },
   {
    "pattern": "chuugaku {G}nen",
    "max_minor_grade": 3
   },
   {
    "pattern": "chuu{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "chu{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "koukou {G}nensei",
    "max_minor_grade": 2
   },
   {
    "pattern": "kokou {G} nensei",
    "max_minor_grade": 2
   },
   {
    "pattern": "koukou {G}nen",
    "max_minor_grade": 2
   },
   {
    "pattern": "kou{G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "JK{G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "JC{G}",
    "max_minor_grade": 3
   }
  ],
  "ordinals": {
   "1": [
    "ichi"
   ],
   "2": [
    "ni"
   ],
   "3": [
    "san"
   ],
   "4": [
    "yon"
   ],
   "5": [
    "go"
   ],
   "6": [
    "roku"
   ],
   "7": [
    "nana"
   ],
   "8": [
    "hachi"
   ],
   "9": [
    "kyuu"
   ],
   "10": [
    "juu"
   ],
   "11": [
    "juuichi"
   ],
   "12": [
    "juuni"
   ]
  },
  "school_names": [
   "chuugaku",
   "chugaku",
   "chuugakkou",
   "chugakko",
   "shougakkou",
   "shogakko",
   "shougaku"
  ],
  "minor_words": [
   "miseinen",
   "mi-seinen",
   "18sai miman",
   "chuugakusei",
   "chugakusei",
   "koukousei",
   "kokosei",
   "shougakusei",
   "shogakusei",
   "joshikousei",
   "joshi kousei",
   "joshikosei",
   "joshi chuugakusei",
   "chuubou",
   "kodomo",
   "shoujo",
   "JK",
   "JC",
   "juusan sai",
   "juuyon sai",
   "juugo sai",
   "juuroku sai",
   "juunana sai"
  ],
  "adult_traps": [
   "{N}nen mae",
   "{N} nen mae",
   "{N}sai no toki",
   "{N}sai no koro",
   "eien no 17sai",
   "chuunibyou",
   "chuunibyo",
   "shoujo manga",
   "koukou jidai",
   "chuugaku no toki",
   "kodomo no koro",
   "daigakusei",
   "moto JK"
  ]
 },
 {
  "language": "Korean",
  "code": "ko",
  "age_statements": [
   "저 {N}살이에요",
   "저는 {N}살입니다",
   "{N}살입니다",
   "{N}살이에요",
   "{N}살이야",
   "나 {N}살",
   "나 {N}살임",
   "{N}살임",
   "{N}살ㅋㅋ",
   "{N}살",
   "올해 {N}살",
   "아직 {N}살",
   "이제 {N}살",
   "만 {N}세",
   "만 {N}살",
   "{N}세",
   "걔 {N}살",
   "{N}살 여학생",
   "{N}살 여자애"
  ],
  "age_questions": [
   "몇 살이에요",
   "몇살이에요",
   "몇 살이세요",
   "몇 살이야",
   "몇살이야",
   "몇살",
   "몇 살",
   "몇살임",
   "나이 몇살",
   "나이가 어떻게 되세요",
   "나이가 어떻게 돼",
   "나이 몇",
   "나이 몇이야",
   "나이?",
   "몇년생",
   "몇 년생이야"
  ],
  "school_years": [
   {
    "pattern": "초{G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "초등학교 {G}학년",
    "max_minor_grade": 6
   },
   {
    "pattern": "초등 {G}학년",
    "max_minor_grade": 6
   },
   {
    "pattern": "중{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "중{G}이에요",
    "max_minor_grade": 3
   },
   {
    "pattern": "중학교 {G}학년",
    "max_minor_grade": 3
   },
   {
    "pattern": "고등학교 {G}학년",
    "max_minor_grade": 2
   },
   {
    "pattern": "고{G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "고{G}이에요",
    "max_minor_grade": 2
   },
   {
    "pattern": "고등학교 {G}학년",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "일",
    "첫째"
   ],
   "2": [
    "이",
    "둘째"
   ],
   "3": [
    "삼",
    "셋째"
   ],
   "4": [
    "사",
    "넷째"
   ],
   "5": [
    "오",
    "다섯째"
   ],
   "6": [
    "육",
    "여섯째"
   ],
   "7": [
    "칠",
    "일곱째"
   ],
   "8": [
    "팔",
    "여덟째"
   ],
   "9": [
    "구",
    "아홉째"
   ],
   "10": [
    "십",
    "열째"
   ],
   "11": [
    "십일"
   ],
   "12": [
    "십이"
   ]
  },
  "school_names": [
   "중학교",
   "중학교 다녀요",
   "초등학교",
   "중등",
   "초등"
  ],
  "minor_words": [
   "미성년자",
   "미성년",
   "미자",
   "18세 미만",
   "중학생",
   "초등학생",
   "고등학생",
   "중딩",
   "초딩",
   "고딩",
   "여중생",
   "여고생",
   "남중생",
   "남고생",
   "청소년",
   "잼민이",
   "급식이",
   "어린이",
   "여자아이",
   "10대 초반",
   "열세 살",
   "열네 살",
   "열다섯 살",
   "열여섯 살",
   "열일곱 살"
  ],
  "adult_traps": [
   "{N}년 전",
   "{N}살 때",
   "{N}살때",
   "{N}년째",
   "{N}년 경력",
   "결혼 {N}년차",
   "중2병",
   "고딩 때",
   "중학생 때",
   "초딩 입맛",
   "청소년 관람불가",
   "대학생",
   "고등학교 동창",
   "급식체",
   "어른이"
  ]
 },
 {
  "language": "Korean (romanised)",
  "code": "ko-Latn",
  "age_statements": [
   "jeo {N}sal ieyo",
   "jeo {N} sarieyo",
   "na {N}sal",
   "{N} sal iya",
   "{N} sariya",
   "{N} sarieyo",
   "{N}sal imnida",
   "ollae {N}sal",
   "man {N}se"
  ],
  "age_questions": [
   "myeot sal",
   "myeot sariya",
   "myeot sarieyo",
   "myeot sal ieyo",
   "myot sal",
   "nai ga eotteoke doeseyo",
   "naiga eottoke dwaeyo",
   "nai myeot",
   "myeot nyeonsaeng"
  ],
  "school_years": [
   {
    "pattern": "cho {G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "cho{G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "chodeunghakgyo {G}hangnyeon",
    "max_minor_grade": 6
   },
   {
    "pattern": "jung {G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "jung{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "junghakgyo {G}hangnyeon",
    "max_minor_grade": 3
   },
   {
    "pattern": "godeunghakgyo {G}hangnyeon",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "il"
   ],
   "2": [
    "i"
   ],
   "3": [
    "sam"
   ],
   "4": [
    "sa"
   ],
   "5": [
    "o"
   ],
   "6": [
    "yuk"
   ],
   "7": [
    "chil"
   ],
   "8": [
    "pal"
   ],
   "9": [
    "gu"
   ],
   "10": [
    "sip"
   ],
   "11": [
    "sibil"
   ],
   "12": [
    "sibi"
   ]
  },
  "school_names": [
   "junghakgyo",
   "chodeunghakgyo",
   "jungdeung",
   "chodeung"
  ],
  "minor_words": [
   "miseongnyeonja",
   "miseongnyeon",
   "mija",
   "junghaksaeng",
   "godeunghaksaeng",
   "chodeunghaksaeng",
   "jungding",
   "choding",
   "goding",
   "yeojungsaeng",
   "yeogosaeng",
   "cheongsonyeon",
   "jaemmini"
  ],
  "adult_traps": [
   "{N}nyeon jeon",
   "{N}sal ttae",
   "jung2byeong",
   "godding ttae",
   "daehaksaeng",
   "choding ipmat"
  ]
 },
 {
  "language": "Chinese (Simplified)",
  "code": "zh-Hans",
  "age_statements": [
   "我{N}岁",
   "我今年{N}岁",
   "我{N}岁了",
   "今年{N}岁",
   "我才{N}岁",
   "我刚{N}岁",
   "刚满{N}岁",
   "我{N}周岁",
   "{N}周岁",
   "虚岁{N}",
   "本人{N}岁",
   "年龄{N}",
   "我{N}了",
   "她{N}岁",
   "他{N}岁",
   "{N}岁",
   "{N}岁的",
   "{N}岁的女孩"
  ],
  "age_questions": [
   "你几岁",
   "你几岁了",
   "几岁了",
   "几岁啊",
   "你多大",
   "你多大了",
   "多大了",
   "多大啊",
   "你今年多大",
   "你今年几岁",
   "你多少岁",
   "年龄多少",
   "你年龄多大",
   "你哪年的",
   "你几几年的"
  ],
  "school_years": [
   {
    "pattern": "小学{ORD}年级",
    "max_minor_grade": 6
   },
   {
    "pattern": "小学{G}年级",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD}年级",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}年级",
    "max_minor_grade": 9
   },
   {
    "pattern": "上{ORD}年级",
    "max_minor_grade": 9
   },
   {
    "pattern": "读{ORD}年级",
    "max_minor_grade": 9
   },
   {
    "pattern": "初{ORD}",
    "max_minor_grade": 3
   },
   {
    "pattern": "初{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "读初{ORD}",
    "max_minor_grade": 3
   },
   {
    "pattern": "上初{ORD}",
    "max_minor_grade": 3
   },
   {
    "pattern": "初中{ORD}年级",
    "max_minor_grade": 3
   },
   {
    "pattern": "高{ORD}",
    "max_minor_grade": 2
   },
   {
    "pattern": "高{G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "读高{ORD}",
    "max_minor_grade": 2
   },
   {
    "pattern": "高中{ORD}年级",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "一"
   ],
   "2": [
    "二"
   ],
   "3": [
    "三"
   ],
   "4": [
    "四"
   ],
   "5": [
    "五"
   ],
   "6": [
    "六"
   ],
   "7": [
    "七"
   ],
   "8": [
    "八"
   ],
   "9": [
    "九"
   ],
   "10": [
    "十"
   ],
   "11": [
    "十一"
   ],
   "12": [
    "十二"
   ]
  },
  "school_names": [
   "初中",
   "上初中",
   "读初中",
   "初级中学",
   "小学",
   "上小学",
   "读小学"
  ],
  "minor_words": [
   "未成年",
   "未成年人",
   "未满18岁",
   "不满18岁",
   "还没成年",
   "没成年",
   "初中生",
   "小学生",
   "高中生",
   "初中女生",
   "高中女生",
   "女初中生",
   "女高中生",
   "小女孩",
   "小孩",
   "少女",
   "青少年",
   "10后",
   "十三岁",
   "十四岁",
   "十五岁",
   "十六岁",
   "十七岁"
  ],
  "adult_traps": [
   "{N}年前",
   "{N}岁那年",
   "{N}岁的时候",
   "{N}岁时",
   "工作{N}年",
   "结婚{N}年",
   "{N}年经验",
   "车开了{N}年",
   "00后",
   "90后",
   "中二病",
   "小三",
   "大一",
   "大学三年级",
   "当年高中",
   "初中的时候",
   "高中同学",
   "小时候",
   "少女心"
  ]
 },
 {
  "language": "Chinese (Traditional)",
  "code": "zh-Hant",
  "age_statements": [
   "我{N}歲",
   "我今年{N}歲",
   "我{N}歲了",
   "今年{N}歲",
   "我才{N}歲",
   "剛滿{N}歲",
   "虛歲{N}",
   "本人{N}歲",
   "我{N}了",
   "她{N}歲",
   "他{N}歲",
   "{N}歲",
   "{N}歲的女生"
  ],
  "age_questions": [
   "你幾歲",
   "你幾歲了",
   "妳幾歲",
   "妳幾歲了",
   "幾歲啊",
   "你多大",
   "你多大了",
   "多大了",
   "你今年幾歲",
   "你今年多大",
   "年齡多少",
   "你幾年次的"
  ],
  "school_years": [
   {
    "pattern": "國{ORD}",
    "max_minor_grade": 3
   },
   {
    "pattern": "國{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "國中{ORD}年級",
    "max_minor_grade": 3
   },
   {
    "pattern": "國小{ORD}年級",
    "max_minor_grade": 6
   },
   {
    "pattern": "{ORD}年級",
    "max_minor_grade": 9
   },
   {
    "pattern": "{G}年級",
    "max_minor_grade": 9
   },
   {
    "pattern": "高{ORD}",
    "max_minor_grade": 2
   },
   {
    "pattern": "高{G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "高中{ORD}年級",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "一"
   ],
   "2": [
    "二"
   ],
   "3": [
    "三"
   ],
   "4": [
    "四"
   ],
   "5": [
    "五"
   ],
   "6": [
    "六"
   ],
   "7": [
    "七"
   ],
   "8": [
    "八"
   ],
   "9": [
    "九"
   ],
   "10": [
    "十"
   ],
   "11": [
    "十一"
   ],
   "12": [
    "十二"
   ]
  },
  "school_names": [
   "國中",
   "讀國中",
   "唸國中",
   "上國中",
   "國民中學",
   "國小",
   "國民小學",
   "初中"
  ],
  "minor_words": [
   "未成年",
   "未成年人",
   "未滿18歲",
   "未滿十八歲",
   "還沒成年",
   "國中生",
   "國小生",
   "小學生",
   "高中生",
   "國中女生",
   "高中女生",
   "小女孩",
   "少女",
   "青少年",
   "十三歲",
   "十四歲",
   "十五歲",
   "十六歲",
   "十七歲"
  ],
  "adult_traps": [
   "{N}年前",
   "{N}歲那年",
   "{N}歲的時候",
   "工作{N}年",
   "結婚{N}年",
   "{N}年經驗",
   "中二病",
   "小三",
   "大三",
   "國中的時候",
   "高中同學",
   "小時候",
   "少女心",
   "小屁孩"
  ]
 },
 {
  "language": "Cantonese",
  "code": "yue",
  "age_statements": [
   "我{N}歲",
   "我今年{N}歲",
   "我{N}歲咋",
   "我先{N}歲",
   "我啱啱{N}歲",
   "我{N}歲喇",
   "我{N}歲啦",
   "佢{N}歲",
   "{N}歲",
   "ngo {N} seoi",
   "ngo {N} sui"
  ],
  "age_questions": [
   "你幾多歲",
   "你幾多歲呀",
   "幾多歲呀",
   "幾多歲",
   "你幾歲",
   "你幾大",
   "你幾大呀",
   "你今年幾多歲",
   "佢幾多歲",
   "nei gei do seoi",
   "nei gei dai"
  ],
  "school_years": [
   {
    "pattern": "中{ORD}",
    "max_minor_grade": 5
   },
   {
    "pattern": "讀中{ORD}",
    "max_minor_grade": 5
   },
   {
    "pattern": "F{G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "F.{G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "S{G}",
    "max_minor_grade": 5
   },
   {
    "pattern": "小{ORD}",
    "max_minor_grade": 6
   },
   {
    "pattern": "讀小{ORD}",
    "max_minor_grade": 6
   },
   {
    "pattern": "P{G}",
    "max_minor_grade": 6
   }
  ],
  "ordinals": {
   "1": [
    "一"
   ],
   "2": [
    "二"
   ],
   "3": [
    "三"
   ],
   "4": [
    "四"
   ],
   "5": [
    "五"
   ],
   "6": [
    "六"
   ],
   "7": [
    "七"
   ],
   "8": [
    "八"
   ],
   "9": [
    "九"
   ],
   "10": [
    "十"
   ],
   "11": [
    "十一"
   ],
   "12": [
    "十二"
   ]
  },
  "school_names": [
   "小學",
   "讀小學",
   "初中",
   "讀初中"
  ],
  "minor_words": [
   "未成年",
   "未成年人",
   "未滿18歲",
   "未滿十八",
   "中學生",
   "小學生",
   "初中生",
   "中學雞",
   "細路",
   "細路女",
   "少女",
   "青少年",
   "十三歲",
   "十四歲",
   "十五歲",
   "十六歲",
   "十七歲"
  ],
  "adult_traps": [
   "{N}年前",
   "{N}歲嗰陣",
   "{N}歲個陣",
   "做咗{N}年",
   "結婚{N}年",
   "{N}年經驗",
   "中學嗰陣",
   "中學同學",
   "細個嗰陣",
   "小三",
   "大學一年級",
   "中二病",
   "好中學雞"
  ]
 },
 {
  "language": "Swahili",
  "code": "sw",
  "age_statements": [
   "nina miaka {N}",
   "mimi nina miaka {N}",
   "nna miaka {N}",
   "nina myaka {N}",
   "nina miaka {N} tu",
   "nina umri wa miaka {N}",
   "umri wangu ni miaka {N}",
   "umri wangu ni {N}",
   "ana miaka {N}",
   "yeye ana miaka {N}",
   "msichana wa miaka {N}",
   "mvulana wa miaka {N}",
   "wa miaka {N}",
   "nimetimiza miaka {N}",
   "nimefikisha miaka {N}"
  ],
  "age_questions": [
   "una miaka mingapi",
   "una miaka ngapi",
   "una myaka mingapi",
   "una umri gani",
   "umri wako ni ngapi",
   "umri wako ni miaka mingapi",
   "umri wako?",
   "ana miaka mingapi",
   "mna miaka mingapi"
  ],
  "school_years": [
   {
    "pattern": "darasa la {ORD}",
    "max_minor_grade": 8
   },
   {
    "pattern": "darasa la {G}",
    "max_minor_grade": 8
   },
   {
    "pattern": "niko darasa la {ORD}",
    "max_minor_grade": 8
   },
   {
    "pattern": "kidato cha {ORD}",
    "max_minor_grade": 3
   },
   {
    "pattern": "kidato cha {G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "niko form {G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "gredi {G}",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "kwanza"
   ],
   "2": [
    "pili"
   ],
   "3": [
    "tatu"
   ],
   "4": [
    "nne"
   ],
   "5": [
    "tano"
   ],
   "6": [
    "sita"
   ],
   "7": [
    "saba"
   ],
   "8": [
    "nane"
   ],
   "9": [
    "tisa"
   ],
   "10": [
    "kumi"
   ],
   "11": [
    "kumi na moja"
   ],
   "12": [
    "kumi na mbili"
   ]
  },
  "school_names": [
   "shule ya msingi",
   "primary",
   "JSS"
  ],
  "minor_words": [
   "mtoto",
   "mtoto mdogo",
   "msichana mdogo",
   "binti mdogo",
   "mvulana mdogo",
   "mtoto wa shule",
   "chini ya miaka 18",
   "chini ya umri",
   "hajafikisha miaka 18",
   "sijafikisha miaka 18",
   "mwanafunzi wa sekondari",
   "mwanafunzi wa shule ya msingi",
   "mwanafunzi wa kidato cha",
   "mwanafunzi wa darasa la",
   "tineja",
   "teenager"
  ],
  "adult_traps": [
   "miaka {N} iliyopita",
   "nilipokuwa na miaka {N}",
   "kwa miaka {N}",
   "uzoefu wa miaka {N}",
   "tumeoana miaka {N}",
   "gari lina miaka {N}",
   "nilipokuwa shule",
   "mwalimu wa darasa la {ORD}",
   "mwanafunzi wa chuo",
   "daraja la kwanza",
   "mtoto wa mama",
   "utotoni"
  ]
 },
 {
  "language": "Amharic",
  "code": "am",
  "age_statements": [
   "{N} ዓመቴ ነው",
   "{N} አመቴ ነው",
   "{N} አመቴ",
   "እኔ {N} አመቴ ነው",
   "ዕድሜዬ {N} ነው",
   "እድሜዬ {N} ነው",
   "እድሜዬ {N} አመት ነው",
   "የ{N} ዓመት ልጅ ነኝ",
   "የ{N} አመት ልጅ ነኝ",
   "እሷ {N} ዓመቷ ነው",
   "እሱ {N} ዓመቱ ነው",
   "የ{N} ዓመት ልጅ",
   "የ{N} ዓመት ታዳጊ",
   "{N} amete new",
   "edme {N} new"
  ],
  "age_questions": [
   "ስንት ዓመትህ ነው",
   "ስንት አመትህ ነው",
   "ስንት አመትሽ ነው",
   "ስንት ዓመትሽ ነው",
   "ስንት አመትህ",
   "ስንት አመትሽ",
   "ዕድሜህ ስንት ነው",
   "ዕድሜሽ ስንት ነው",
   "እድሜሽ ስንት ነው",
   "sint ameth new",
   "sint ametsh new",
   "edmesh sint new"
  ],
  "school_years": [
   {
    "pattern": "{G}ኛ ክፍል",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}ኛ ክፍል ነኝ",
    "max_minor_grade": 10
   },
   {
    "pattern": "የ{G}ኛ ክፍል ተማሪ",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} ክፍል",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} ክፍል ነኝ",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} ክፍል",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "አንደኛ",
    "1ኛ"
   ],
   "2": [
    "ሁለተኛ",
    "2ኛ"
   ],
   "3": [
    "ሶስተኛ",
    "ሦስተኛ",
    "3ኛ"
   ],
   "4": [
    "አራተኛ",
    "4ኛ"
   ],
   "5": [
    "አምስተኛ",
    "5ኛ"
   ],
   "6": [
    "ስድስተኛ",
    "6ኛ"
   ],
   "7": [
    "ሰባተኛ",
    "7ኛ"
   ],
   "8": [
    "ስምንተኛ",
    "8ኛ"
   ],
   "9": [
    "ዘጠነኛ",
    "9ኛ"
   ],
   "10": [
    "አስረኛ",
    "አሥረኛ",
    "10ኛ"
   ],
   "11": [
    "አስራ አንደኛ",
    "አሥራ አንደኛ",
    "11ኛ"
   ],
   "12": [
    "አስራ ሁለተኛ",
    "አሥራ ሁለተኛ",
    "12ኛ"
   ]
  },
  "school_names": [
   "አንደኛ ደረጃ ትምህርት ቤት",
   "የአንደኛ ደረጃ",
   "መለስተኛ ሁለተኛ ደረጃ",
   "ኤለመንተሪ"
  ],
  "minor_words": [
   "ለአካለ መጠን ያልደረሰ",
   "ለአካለ መጠን ያልደረሰች",
   "ያልደረሰች",
   "ከ18 ዓመት በታች",
   "ከ18 አመት በታች",
   "ታዳጊ",
   "ታዳጊ ወጣት",
   "ታዳጊ ልጅ",
   "ህፃን",
   "ሕፃን",
   "ትንሽ ልጅ",
   "የሁለተኛ ደረጃ ተማሪ",
   "የአንደኛ ደረጃ ተማሪ",
   "ተማሪ ልጅ"
  ],
  "adult_traps": [
   "ከ{N} ዓመት በፊት",
   "ከ{N} አመት በፊት",
   "{N} አመቴ እያለ",
   "ለ{N} ዓመት",
   "የ{N} ዓመት ልምድ",
   "ከተጋባን {N} ዓመት",
   "መኪናው {N} ዓመቱ ነው",
   "ትምህርት ቤት እያለሁ",
   "የዩኒቨርሲቲ ተማሪ",
   "በልጅነቴ"
  ]
 },
 {
  "language": "Yoruba",
  "code": "yo",
  "age_statements": [
   "ọmọ ọdún {N} ni mí",
   "omo odun {N} ni mi",
   "mo jẹ́ ọmọ ọdún {N}",
   "mo je omo odun {N}",
   "ọdún {N} ni mí",
   "odun {N} ni mi",
   "mo ti pé ọmọ ọdún {N}",
   "mo ti pe omo odun {N}",
   "ó jẹ́ ọmọ ọdún {N}",
   "o je omo odun {N}",
   "ọmọ ọdún {N}",
   "omo odun {N}"
  ],
  "age_questions": [
   "ọmọ ọdún mélòó ni ọ́",
   "omo odun melo ni o",
   "ọmọ ọdún mélòó ni ẹ́",
   "omo odun melo ni e",
   "ọdún mélòó lo jẹ",
   "odun melo lo je",
   "omo odun melo lo je",
   "ọjọ́ orí rẹ",
   "ojo ori re"
  ],
  "school_years": [
   {
    "pattern": "JSS {G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "JSS{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "JS {G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "JS{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "SS {G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "SS{G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "SSS {G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "SSS{G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "kíláàsì {ORD}",
    "max_minor_grade": 9
   },
   {
    "pattern": "kilaasi {ORD}",
    "max_minor_grade": 9
   }
  ],
  "ordinals": {
   "1": [
    "kíní",
    "kini",
    "ekini"
   ],
   "2": [
    "kejì",
    "keji"
   ],
   "3": [
    "kẹta",
    "keta"
   ],
   "4": [
    "kẹrin",
    "kerin"
   ],
   "5": [
    "karùn-ún",
    "karun"
   ],
   "6": [
    "kẹfà",
    "kefa"
   ],
   "7": [
    "keje"
   ],
   "8": [
    "kẹjọ",
    "kejo"
   ],
   "9": [
    "kẹsàn-án",
    "kesan"
   ],
   "10": [
    "kẹwàá",
    "kewa"
   ],
   "11": [
    "kọkànlá",
    "kokanla"
   ],
   "12": [
    "kejìlá",
    "kejila"
   ]
  },
  "school_names": [
   "ilé-ìwé alákọ̀ọ́bẹ̀rẹ̀",
   "ile iwe alakobere",
   "primary school",
   "JSS"
  ],
  "minor_words": [
   "ọmọdé",
   "omode",
   "ọmọdébìnrin",
   "omodebinrin",
   "ọmọbìnrin kékeré",
   "omobinrin kekere",
   "ọmọ kékeré",
   "omo kekere",
   "ọ̀dọ́mọdé",
   "odomode",
   "ọmọ ilé-ìwé",
   "omo ile iwe",
   "ọmọ ilé ìwé girama",
   "omo ile iwe girama",
   "ọmọ ilé ìwé alákọ̀ọ́bẹ̀rẹ̀",
   "omo ile iwe alakobere",
   "ọmọ tí kò tíì pé ọdún méjìdínlógún",
   "omo ti ko ti pe odun mejidinlogun",
   "JSS student"
  ],
  "adult_traps": [
   "ní ọdún {N} sẹ́yìn",
   "ni odun {N} seyin",
   "nígbà tí mo wà ní ọmọ ọdún {N}",
   "nigba ti mo wa ni omo odun {N}",
   "fún ọdún {N}",
   "iriri ọdún {N}",
   "a ti ṣègbéyàwó fún ọdún {N}",
   "nígbà tí mo wà ní ilé-ìwé",
   "akẹ́kọ̀ọ́ yunifásítì",
   "omo iya mi"
  ]
 },
 {
  "language": "Hausa",
  "code": "ha",
  "age_statements": [
   "ina da shekara {N}",
   "ina da shekaru {N}",
   "shekaruna {N}",
   "shekaru na {N}",
   "shekarata {N}",
   "na cika shekara {N}",
   "ni 'yar shekara {N} ce",
   "'yar shekara {N}",
   "yar shekara {N}",
   "ɗan shekara {N}",
   "dan shekara {N}",
   "yarinya 'yar shekara {N}",
   "tana da shekara {N}",
   "yana da shekara {N}",
   "shekara {N}"
  ],
  "age_questions": [
   "shekarunka nawa",
   "shekarunki nawa",
   "shekarun ka nawa",
   "shekarun ki nawa",
   "shekara nawa kake da",
   "shekara nawa kike da",
   "kina da shekara nawa",
   "kana da shekara nawa",
   "shekarunta nawa",
   "shekarunku nawa"
  ],
  "school_years": [
   {
    "pattern": "aji {G}",
    "max_minor_grade": 9
   },
   {
    "pattern": "ajin {ORD}",
    "max_minor_grade": 9
   },
   {
    "pattern": "firamare aji {G}",
    "max_minor_grade": 6
   },
   {
    "pattern": "JSS {G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "JS{G}",
    "max_minor_grade": 3
   },
   {
    "pattern": "SS {G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "SS{G}",
    "max_minor_grade": 2
   },
   {
    "pattern": "SSS {G}",
    "max_minor_grade": 2
   }
  ],
  "ordinals": {
   "1": [
    "farko",
    "na ɗaya",
    "na daya"
   ],
   "2": [
    "na biyu"
   ],
   "3": [
    "na uku"
   ],
   "4": [
    "na huɗu",
    "na hudu"
   ],
   "5": [
    "na biyar"
   ],
   "6": [
    "na shida"
   ],
   "7": [
    "na bakwai"
   ],
   "8": [
    "na takwas"
   ],
   "9": [
    "na tara"
   ],
   "10": [
    "na goma"
   ],
   "11": [
    "na goma sha ɗaya",
    "na goma sha daya"
   ],
   "12": [
    "na goma sha biyu"
   ]
  },
  "school_names": [
   "firamare",
   "makarantar firamare",
   "primary",
   "sakandare ƙarama",
   "sakandare karama",
   "JSS"
  ],
  "minor_words": [
   "ƙaramar yarinya",
   "karamar yarinya",
   "ƙaramin yaro",
   "karamin yaro",
   "ƙananan yara",
   "'yar makaranta",
   "yar makaranta",
   "'yar makarantar sakandare",
   "ɗalibar sakandare",
   "dalibar sakandare",
   "ɗalibar firamare",
   "ɗalibin firamare",
   "dalibin firamare",
   "wanda bai kai shekara 18 ba",
   "wadda ba ta kai shekara 18 ba",
   "ƙasa da shekara 18",
   "kasa da shekara 18"
  ],
  "adult_traps": [
   "shekara {N} da suka wuce",
   "shekaru {N} da suka gabata",
   "lokacin da nake shekara {N}",
   "tsawon shekara {N}",
   "gogewar shekara {N}",
   "mun yi aure shekara {N}",
   "mota mai shekara {N}",
   "lokacin ina makaranta",
   "ɗalibar jami'a",
   "dalibar jami'a"
  ]
 },
 {
  "language": "Zulu",
  "code": "zu",
  "age_statements": [
   "ngineminyaka engu-{N}",
   "ngineminyaka eyi-{N}",
   "ngineminyaka {N}",
   "ngina-{N}",
   "ngine-{N}",
   "iminyaka yami ingu-{N}",
   "iminyaka yami ngu-{N}",
   "uneminyaka engu-{N}",
   "uneminyaka {N}",
   "eneminyaka engu-{N}",
   "intombazane eneminyaka engu-{N}"
  ],
  "age_questions": [
   "uneminyaka emingaki",
   "uneminyaka mingaki",
   "uneminyaka engaki",
   "mingaki iminyaka yakho",
   "iminyaka yakho mingaki",
   "mingaki iminyaka yakhe",
   "ungakanani"
  ],
  "school_years": [
   {
    "pattern": "gr {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ngise-grade {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ngenza u-grade {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ibanga {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ibanga le-{G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ngifunda ibanga {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ibanga {ORD}",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "lokuqala",
    "kuqala"
   ],
   "2": [
    "lesibili"
   ],
   "3": [
    "lesithathu"
   ],
   "4": [
    "lesine"
   ],
   "5": [
    "lesihlanu"
   ],
   "6": [
    "lesithupha"
   ],
   "7": [
    "lesikhombisa"
   ],
   "8": [
    "lesishiyagalombili"
   ],
   "9": [
    "lesishiyagalolunye"
   ],
   "10": [
    "leshumi"
   ],
   "11": [
    "leshumi nanye"
   ],
   "12": [
    "leshumi nambili"
   ]
  },
  "school_names": [
   "isikole samabanga aphansi",
   "amabanga aphansi",
   "ebangeni eliphansi",
   "primary"
  ],
  "minor_words": [
   "ingane",
   "umntwana",
   "intombazanyana",
   "intombazane encane",
   "umfana omncane",
   "ingane yesikole",
   "umfundi wesikole",
   "umfundi wamabanga aphansi",
   "umfundi wesekondari",
   "osemncane",
   "ongaphansi kweminyaka engu-18",
   "ngaphansi kweminyaka eyi-18"
  ],
  "adult_traps": [
   "eminyakeni engu-{N} edlule",
   "iminyaka engu-{N} edlule",
   "ngenkathi ngineminyaka engu-{N}",
   "iminyaka engu-{N} ngishadile",
   "isipiliyoni seminyaka engu-{N}",
   "imoto ineminyaka engu-{N}",
   "lapho ngisafunda esikoleni",
   "umfundi wasenyuvesi",
   "mntwana wami",
   "ngisemncane"
  ]
 },
 {
  "language": "Afrikaans",
  "code": "af",
  "age_statements": [
   "ek is {N}",
   "ek's {N}",
   "ek is {N} jaar",
   "ek is {N} jaar oud",
   "ek is {N} jr",
   "ek is net {N}",
   "ek is eers {N}",
   "ek het pas {N} geword",
   "ek word {N}",
   "sy is {N}",
   "sy is {N} jaar oud",
   "hy is {N} jaar oud",
   "{N}-jarige",
   "{N} jarige",
   "{N}jarige",
   "{N} jaar oud"
  ],
  "age_questions": [
   "hoe oud is jy",
   "hoe oud is jy?",
   "hoeoud is jy",
   "hoe oud's jy",
   "hoe oud is jy nou",
   "hoe oud is sy",
   "hoe oud is hy",
   "hoe oud is julle",
   "hoe oud is u",
   "wat is jou ouderdom",
   "ouderdom?",
   "hoe oud"
  ],
  "school_years": [
   {
    "pattern": "graad {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "in graad {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "ek is in graad {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "gr {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "gr. {G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "gr{G}",
    "max_minor_grade": 11
   },
   {
    "pattern": "standerd {G}",
    "max_minor_grade": 9
   },
   {
    "pattern": "std {G}",
    "max_minor_grade": 9
   },
   {
    "pattern": "{ORD} jaar op hoërskool",
    "max_minor_grade": 4
   }
  ],
  "ordinals": {
   "1": [
    "eerste"
   ],
   "2": [
    "tweede"
   ],
   "3": [
    "derde"
   ],
   "4": [
    "vierde"
   ],
   "5": [
    "vyfde"
   ],
   "6": [
    "sesde"
   ],
   "7": [
    "sewende"
   ],
   "8": [
    "agtste"
   ],
   "9": [
    "negende"
   ],
   "10": [
    "tiende"
   ],
   "11": [
    "elfde"
   ],
   "12": [
    "twaalfde"
   ]
  },
  "school_names": [
   "laerskool",
   "op laerskool",
   "in die laerskool",
   "primêre skool",
   "primere skool",
   "junior fase",
   "intermediêre fase",
   "senior fase"
  ],
  "minor_words": [
   "minderjarige",
   "minderjarig",
   "onder 18",
   "tiener",
   "tienermeisie",
   "tienerseun",
   "skoolmeisie",
   "skoolseun",
   "skoolkind",
   "hoërskoolleerder",
   "hoerskoolleerder",
   "hoërskoolmeisie",
   "laerskoolleerder",
   "laerskoolkind",
   "leerder",
   "graad 8-leerder",
   "dogtertjie",
   "seuntjie",
   "dertienjarige",
   "veertienjarige",
   "vyftienjarige",
   "sestienjarige",
   "sewentienjarige"
  ],
  "adult_traps": [
   "{N} jaar gelede",
   "toe ek {N} was",
   "sedert ek {N} was",
   "vir {N} jaar",
   "{N} jaar ondervinding",
   "{N} jaar getroud",
   "die kar is {N} jaar oud",
   "eerste klas",
   "wêreldklas",
   "toe ek op hoërskool was",
   "onderwyseres van graad {G}",
   "student",
   "kinderagtig"
  ]
 },
 {
  "language": "Georgian",
  "code": "ka",
  "age_statements": [
   "{N} წლის ვარ",
   "მე {N} წლის ვარ",
   "ჯერ {N} წლის ვარ",
   "ახლახან შემისრულდა {N}",
   "ჩემი ასაკი {N} წელია",
   "ის {N} წლისაა",
   "ის {N} წლის არის",
   "{N} წლის",
   "{N} წლის გოგო",
   "{N} წლის ბიჭი",
   "{N} wlis var",
   "me {N} wlis var",
   "{N} clis var"
  ],
  "age_questions": [
   "რამდენი წლის ხარ",
   "რამდენი წლის ხარ?",
   "რამდენი წლის ხართ",
   "რამდენის ხარ",
   "რა ასაკის ხარ",
   "რამდენი წლისაა",
   "ramdeni wlis khar",
   "ramdeni wlis xar",
   "ramdeni clis xar",
   "ramdenis xar"
  ],
  "school_years": [
   {
    "pattern": "{G} კლასში ვარ",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} კლასში",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}-ე კლასში",
    "max_minor_grade": 11
   },
   {
    "pattern": "მე-{G} კლასში",
    "max_minor_grade": 11
   },
   {
    "pattern": "მე-{G} კლასში ვსწავლობ",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} კლასი",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} კლასში",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} კლასელი",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} klasshi var",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} klasshi",
    "max_minor_grade": 11
   },
   {
    "pattern": "me-{G} klasshi",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "პირველ",
    "პირველი",
    "pirvel"
   ],
   "2": [
    "მეორე",
    "meore"
   ],
   "3": [
    "მესამე",
    "mesame"
   ],
   "4": [
    "მეოთხე",
    "meotkhe"
   ],
   "5": [
    "მეხუთე",
    "mekhute"
   ],
   "6": [
    "მეექვსე",
    "meeqvse"
   ],
   "7": [
    "მეშვიდე",
    "meshvide"
   ],
   "8": [
    "მერვე",
    "merve"
   ],
   "9": [
    "მეცხრე",
    "metskhre"
   ],
   "10": [
    "მეათე",
    "meate"
   ],
   "11": [
    "მეთერთმეტე",
    "metertmete"
   ],
   "12": [
    "მეთორმეტე",
    "metormete"
   ]
  },
  "school_names": [
   "დაწყებითი სკოლა",
   "დაწყებითი კლასები",
   "დაწყებით კლასებში",
   "საბაზო საფეხური",
   "საბაზო სკოლა"
  ],
  "minor_words": [
   "არასრულწლოვანი",
   "არასრულწლოვანია",
   "arasrulwlovani",
   "18 წლამდე",
   "მოზარდი",
   "mozardi",
   "მოზარდი გოგო",
   "თინეიჯერი",
   "სკოლის მოსწავლე",
   "მოსწავლე",
   "მოსწავლე გოგონა",
   "სკოლელი",
   "სკოლელი გოგო",
   "ბავშვი",
   "გოგონა",
   "ცამეტი წლის",
   "თოთხმეტი წლის",
   "თხუთმეტი წლის",
   "თექვსმეტი წლის",
   "ჩვიდმეტი წლის"
  ],
  "adult_traps": [
   "{N} წლის წინ",
   "{N} წლის წინათ",
   "როცა {N} წლის ვიყავი",
   "{N} წლის განმავლობაში",
   "{N} წლიანი გამოცდილება",
   "{N} წელია დაქორწინებულები ვართ",
   "მანქანა {N} წლისაა",
   "სკოლაში რომ ვიყავი",
   "სტუდენტი",
   "ბავშვობაში",
   "{N} wlis win"
  ]
 },
 {
  "language": "Armenian",
  "code": "hy",
  "age_statements": [
   "ես {N} տարեկան եմ",
   "{N} տարեկան եմ",
   "ես դեռ {N} տարեկան եմ",
   "ես ընդամենը {N} տարեկան եմ",
   "իմ տարիքը {N} է",
   "նա {N} տարեկան է",
   "{N} տարեկան",
   "{N} տարեկան աղջիկ",
   "{N} տարեկան տղա",
   "{N}-ամյա",
   "yes {N} tarekan em",
   "es {N} tarekan em",
   "{N} tarekan em",
   "{N} tarekan"
  ],
  "age_questions": [
   "քանի տարեկան ես",
   "քանի՞ տարեկան ես",
   "քանի տարեկան եք",
   "քանի՞ տարեկան եք",
   "քանի տարեկան է",
   "քո տարիքը",
   "qani tarekan es",
   "kani tarekan es",
   "qani tarekan eq"
  ],
  "school_years": [
   {
    "pattern": "{G}-րդ դասարան",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}-րդ դասարանում",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}-րդ դասարանում եմ",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} դասարան",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} դասարան",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} դասարանում",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} դասարանում եմ սովորում",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}-rd dasaran",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}-rd dasaranum",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} dasaran",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "առաջին",
    "1-ին",
    "arajin"
   ],
   "2": [
    "երկրորդ",
    "2-րդ",
    "erkrord"
   ],
   "3": [
    "երրորդ",
    "3-րդ",
    "errord"
   ],
   "4": [
    "չորրորդ",
    "4-րդ",
    "chorrord"
   ],
   "5": [
    "հինգերորդ",
    "5-րդ",
    "hingerord"
   ],
   "6": [
    "վեցերորդ",
    "6-րդ",
    "vecerord"
   ],
   "7": [
    "յոթերորդ",
    "7-րդ",
    "yoterord"
   ],
   "8": [
    "ութերորդ",
    "8-րդ",
    "uterord"
   ],
   "9": [
    "իններորդ",
    "9-րդ",
    "innerord"
   ],
   "10": [
    "տասներորդ",
    "10-րդ",
    "tasnerord"
   ],
   "11": [
    "տասնմեկերորդ",
    "11-րդ"
   ],
   "12": [
    "տասներկուերորդ",
    "12-րդ"
   ]
  },
  "school_names": [
   "տարրական դպրոց",
   "տարրական դասարաններ",
   "միջին դպրոց",
   "հիմնական դպրոց"
  ],
  "minor_words": [
   "անչափահաս",
   "anchapahas",
   "18 տարեկանից ցածր",
   "դեռահաս",
   "derahas",
   "աշակերտ",
   "աշակերտուհի",
   "ashakertuhi",
   "դպրոցական",
   "դպրոցական աղջիկ",
   "dprocakan",
   "երեխա",
   "փոքրիկ աղջիկ",
   "տասներեք տարեկան",
   "տասնչորս տարեկան",
   "տասնհինգ տարեկան",
   "տասնվեց տարեկան",
   "տասնյոթ տարեկան"
  ],
  "adult_traps": [
   "{N} տարի առաջ",
   "երբ ես {N} տարեկան էի",
   "{N} տարի է",
   "{N} տարվա փորձ",
   "ամուսնացած ենք {N} տարի",
   "մեքենան {N} տարեկան է",
   "դպրոցական տարիներին",
   "ուսանող",
   "ուսանողուհի",
   "մանկության տարիներին",
   "{N} tari araj"
  ]
 },
 {
  "language": "Kazakh",
  "code": "kk",
  "age_statements": [
   "мен {N} жастамын",
   "{N} жастамын",
   "әлі {N} жастамын",
   "менің жасым {N}-те",
   "жасым {N}-де",
   "жасым {N}",
   "{N} жасқа толдым",
   "ол {N} жаста",
   "{N} жаста",
   "{N} жасар",
   "{N} жасар қыз",
   "{N} жастағы",
   "{N} жастағы қыз",
   "men {N} jastamyn",
   "men {N} zhastamyn",
   "{N} jastamyn"
  ],
  "age_questions": [
   "неше жастасың",
   "нешедесің",
   "сен нешедесің",
   "жасың нешеде",
   "жасыңыз нешеде",
   "неше жастасыз",
   "нешеде",
   "neshe jastasyn",
   "neshe zhastasyn",
   "neshedesin",
   "jasyn neshede"
  ],
  "school_years": [
   {
    "pattern": "{G} сыныпта оқимын",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}-сыныпта",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} сыныпта",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G}-сынып",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} сынып",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} сыныпта",
    "max_minor_grade": 10
   },
   {
    "pattern": "{ORD} сыныпта оқимын",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} synypta",
    "max_minor_grade": 10
   },
   {
    "pattern": "{G} synyp",
    "max_minor_grade": 10
   }
  ],
  "ordinals": {
   "1": [
    "бірінші",
    "birinshi"
   ],
   "2": [
    "екінші",
    "ekinshi"
   ],
   "3": [
    "үшінші",
    "ushinshi"
   ],
   "4": [
    "төртінші",
    "tortinshi"
   ],
   "5": [
    "бесінші",
    "besinshi"
   ],
   "6": [
    "алтыншы",
    "altynshy"
   ],
   "7": [
    "жетінші",
    "zhetinshi"
   ],
   "8": [
    "сегізінші",
    "segizinshi"
   ],
   "9": [
    "тоғызыншы",
    "togyzynshy"
   ],
   "10": [
    "оныншы",
    "onynshy"
   ],
   "11": [
    "он бірінші",
    "on birinshi"
   ],
   "12": [
    "он екінші",
    "on ekinshi"
   ]
  },
  "school_names": [
   "бастауыш сынып",
   "бастауыш сыныпта",
   "бастауыш мектеп",
   "негізгі мектеп",
   "bastauysh"
  ],
  "minor_words": [
   "кәмелетке толмаған",
   "кәмелетке толмағанмын",
   "kameletke tolmagan",
   "18-ге толмаған",
   "жасөспірім",
   "zhasospirim",
   "жасөспірім қыз",
   "оқушы",
   "okushy",
   "оқушы қыз",
   "мектеп оқушысы",
   "мектеп оқушысымын",
   "қыз бала",
   "кішкентай қыз",
   "он үш жаста",
   "он төрт жаста",
   "он бес жаста",
   "он алты жаста",
   "он жеті жаста"
  ],
  "adult_traps": [
   "{N} жыл бұрын",
   "{N} жасымда",
   "мен {N} жаста болғанда",
   "{N} жылдан бері",
   "{N} жыл тәжірибе",
   "үйленгенімізге {N} жыл",
   "көлік {N} жаста",
   "мектепте оқып жүргенде",
   "студент",
   "студентка",
   "бала кезімде",
   "{N} jyl buryn"
  ]
 },
 {
  "language": "Mongolian",
  "code": "mn",
  "age_statements": [
   "би {N} настай",
   "би {N} настай юм",
   "би дөнгөж {N} настай",
   "{N} настай",
   "{N} нас хүрсэн",
   "миний нас {N}",
   "миний нас {N}-тай",
   "тэр {N} настай",
   "{N} настай охин",
   "{N} настай хүүхэд",
   "bi {N} nastai",
   "{N} nastai",
   "minii nas {N}"
  ],
  "age_questions": [
   "хэдэн настай вэ",
   "чи хэдэн настай вэ",
   "та хэдэн настай вэ",
   "хэдэн настай",
   "хэд настай вэ",
   "чи хэд настай",
   "насаа хэлээч",
   "heden nastai ve",
   "chi heden nastai ve",
   "chi hed nastai",
   "ta heden nastai ve"
  ],
  "school_years": [
   {
    "pattern": "{G}-р анги",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}-р ангид",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}-р ангид сурдаг",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} дугаар анги",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}-р ангийн сурагч",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} анги",
    "max_minor_grade": 11
   },
   {
    "pattern": "{ORD} ангид",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} r angi",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G}-r angid",
    "max_minor_grade": 11
   },
   {
    "pattern": "{G} angi",
    "max_minor_grade": 11
   }
  ],
  "ordinals": {
   "1": [
    "нэгдүгээр"
   ],
   "2": [
    "хоёрдугаар"
   ],
   "3": [
    "гуравдугаар"
   ],
   "4": [
    "дөрөвдүгээр"
   ],
   "5": [
    "тавдугаар"
   ],
   "6": [
    "зургаадугаар"
   ],
   "7": [
    "долоодугаар"
   ],
   "8": [
    "наймдугаар"
   ],
   "9": [
    "есдүгээр"
   ],
   "10": [
    "аравдугаар"
   ],
   "11": [
    "арван нэгдүгээр"
   ],
   "12": [
    "арван хоёрдугаар"
   ]
  },
  "school_names": [
   "бага анги",
   "бага ангид",
   "бага сургууль",
   "дунд анги",
   "дунд ангид"
  ],
  "minor_words": [
   "насанд хүрээгүй",
   "насанд хүрээгүй охин",
   "nasand hureegui",
   "18 нас хүрээгүй",
   "өсвөр насны",
   "өсвөр насны охин",
   "osvor nasnii",
   "сурагч",
   "suragch",
   "охин сурагч",
   "сургуулийн сурагч",
   "дунд сургуулийн сурагч",
   "бага ангийн сурагч",
   "хүүхэд",
   "бяцхан охин",
   "арван гурван настай",
   "арван дөрвөн настай",
   "арван таван настай",
   "арван зургаан настай",
   "арван долоон настай"
  ],
  "adult_traps": [
   "{N} жилийн өмнө",
   "намайг {N} настай байхад",
   "{N} жилийн туршлага",
   "гэрлээд {N} жил",
   "машин {N} настай",
   "сургуульд байхдаа",
   "оюутан",
   "бага байхдаа",
   "{N} jiliin omno"
  ]
 }
];
