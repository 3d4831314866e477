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
   "el cole",
   "la ESO",
   "la eso",
   "la secu",
   "la básica",
   "la basica",
   "el kinder",
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
   "fiz {N}",
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
   "fundamental",
   "no fundamental",
   "ensino fundamental",
   "fundamental 2",
   "fundamental II",
   "fund 2",
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
   "j'ai {N}",
   "jai {N}",
   "g {N} ans",
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
   "{N} ans",
   "je viens d'avoir {N} ans",
   "j'viens d'avoir {N} ans",
   "je vais avoir {N} ans",
   "une fille de {N} ans",
   "un garçon de {N} ans",
   "moi c {N}",
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
    "pattern": "en {ORD}",
    "max_minor_grade": 6
   },
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
    "pattern": "sec {G}",
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
   "college",
   "au collège",
   "au college",
   "en CP",
   "CP",
   "CE1",
   "CE2",
   "CM1",
   "CM2",
   "en sixième",
   "en 6e",
   "en 5e",
   "en 4e",
   "en 3e",
   "en troisième",
   "en seconde",
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
   "ado",
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
   "enfant",
   "élève de 3e",
   "élève de primaire",
   "treize ans",
   "quatorze ans",
   "quinze ans",
   "seize ans",
   "dix-sept ans",
   "je passe le brevet"
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
   "bin {N}",
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
   "ich bin {N} jahre jung",
   "i bin {N}"
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
   "Teeny",
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
   "Kind",
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
   "ho {N}",
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
    "pattern": "{ORD} media",
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
   "in prima media",
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
   "dodicenne",
   "bambino"
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
   "k ben {N}",
   "kben {N}",
   "ben {N}",
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
    "pattern": "{G} gym",
    "max_minor_grade": 5
   },
   {
    "pattern": "{G} atheneum",
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
   "kind",
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
   "mam {N}",
   "mam {N} l",
   "mam {N}l",
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
   "{N} latka",
   "{N} lat"
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
   "mám {N} let",
   "mam {N}"
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
    "pattern": "v {G}. tride",
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
    "pattern": "v {ORD} tride",
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
   "ještě mi není 18",
   "pod 18"
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
   "mam {N}",
   "mám {N}r",
   "mam {N} r",
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
   "sedemnásťročná",
   "pod 18"
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
   "imam {N}",
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
   "pod 18",
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
   "imam {N}g",
   "imam {N}",
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
   "punim {N}",
   "{N} god"
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
   "в средней школе (5-9 класс)",
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
   "am {N}",
   "am {N}ani",
   "eu am {N} ani",
   "am doar {N} ani",
   "am numai {N} ani",
   "ea are {N} ani",
   "el are {N} ani",
   "are {N} ani",
   "{N} ani",
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
   "sub 18 ani",
   "n-am 18 ani",
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
   "{N} eves",
   "{N}éves",
   "{N}eves",
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
   "oon {N}",
   "mä oon {N}",
   "ma oon {N}",
   "mä olen {N}",
   "olen {N} vuotias",
   "olen {N}-vuotias",
   "oon {N}v",
   "oon {N}-v",
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
   "sain {N}",
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
   "laps",
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
 }
];
