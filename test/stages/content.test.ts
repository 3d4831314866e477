import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { classifyContent } from "../../src/stages/content/classify.js";
import { NEVER_PUBLISHED, withheldBecause } from "../../src/stages/content/policy.js";
import { FROM_LIST, UNSPACED_FROM_LIST } from "../../src/stages/content/sexual-lexicon.js";
import { SLURS_FROM_LIST } from "../../src/stages/content/hate.js";
import type { ContentEvidence, ContentTag } from "../../src/stages/content/types.js";

/** A conversation of one bot greeting and the given human lines, with an optional description. */
function chat(messages: string[], description: string | null = null) {
  return { bot_description: description, bot_greeting: "Hello there.", bot_definitions: null, conversation: [{ message: "Hello there.", is_human: false }, ...messages.map((message) => ({ message, is_human: true }))] };
}
const tagsOf = (messages: string[], description: string | null = null) => Object.keys(classifyContent(chat(messages, description)).tags).sort();
const has = (tag: ContentTag, messages: string[], description: string | null = null) => classifyContent(chat(messages, description)).tags[tag] !== undefined;
/** Each text, a message alone, is tagged `minor` (or, for the second, is not). */
const assertMinor = (texts: readonly string[]) => texts.forEach((text) => assert.ok(has("minor", [text]), text));
const assertNoMinor = (texts: readonly string[]) => texts.forEach((text) => assert.ok(!has("minor", [text]), text));

// These cases are neutral scenes: no case pairs an age or a school with anything sexual.
describe("content: minor", () => {
  it("takes stated ages under 18, school years and words for minors, in any field and in several languages", () => {
    for (const text of ["i'm 15 btw", "She is 16 years old.", "Age: 14", "he's a 12-year-old apprentice", "tengo 15 años", "ich bin 14 jahre alt", "j'ai 13 ans", "aku umur 15 tahun", "she's fifteen.", "I'm in 8th grade", "a freshman in high school", "he is a middle schooler", "she's a teenager who loves chess", "you're a minor, go home"]) {
      assert.ok(has("minor", [text]), text);
    }
    assert.ok(has("minor", ["hi"], "Lena is a 13-year-old chess prodigy."), "the description counts");
    // More languages and scripts, and the forms a character sheet or a chat writes.
    for (const text of ["ho quindici anni e suono il violino", "ik ben vijftien en ik tennis", "mam piętnaście lat", "мне пятнадцать лет", "on beş yaşında bir öğrenci", "em mười lăm tuổi", "jag är 15 år", "15-vuotias poika", "15 éves vagyok",
      "私は今年15歳です", "我今年十五岁", "저는 열다섯 살이에요", "Grade: 10th", "je suis en 5e", "chodzę do ósmej klasy", "estou no ensino médio", "asl? 15/f/brazil", "she is 15 years of age", "彼女は中学生です", "그는 중학생이다", "أنا قاصر"]) {
      assert.ok(has("minor", [text]), text);
    }
  });

  it("leaves adults, the past, measures and nicknames alone, and says so for fictional ages", () => {
    for (const text of ["i'm 24", "a 500-year-old vampire", "she is 19 years old", "when I was 12 I broke my arm", "at 15 I moved to Lyon", "I'm 15 minutes away", "this house is 12 years old", "hey kid, grab the rope", "my childhood was calm", "I got a grade A", "a minor injury", "she's a 34-year-old nurse", "私は二十歳です", "ho quindici anni di esperienza", "mam piętnaście lat doświadczenia", "Grade: A", "en 5 minutes"]) {
      assert.ok(!has("minor", [text]), text);
    }
  });

  it("takes an age after a name with the word for years, in the dative of Russian and Ukrainian, after a name and 'is' in more languages, and hedged", () => {
    for (const text of ["Aiman, 14 tahun, pelajar di Johor.", "Andrei Popescu, 12 ani, fratele tău.", "Tomáš, čtrnáct let, hraje hokej.", "Марійка, десять років, любить малювати.", "Alva är 16 och spelar fotboll.",
      "Ване тринадцать лет, он пошёл с дедом.", "Данилові чотирнадцять, він грає у футбол.", "Ο Νικόλας είναι δεκατριών χρονών.", "born 2011 so im like 14 and bored"]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["В Москве пятнадцать лет назад шёл снег.", "i'm like 15 minutes away", "Anna, 34 ani, medic."]) assert.ok(!has("minor", [text]), text);
  });

  it("takes school years of more systems, babies' ages, ages in romaji and Arabic, small numbers with a verb of having, and a birth year beside the current year", () => {
    for (const text of ["Данило у восьмому класі.", "Ваня учится в седьмом классе.", "Tomáš chodí do osmé třídy.", "سارة في الصف الثامن", "Πηγαίνει Β' Γυμνασίου.", "आरव कक्षा 9 का छात्र है।",
      "Andrei e în clasa a VI-a.", "Léna est en CM2.", "va a sexto de primaria", "Aiman pelajar Tingkatan 2.", "Alva går i nian.", "Mateo, Grade 10 in Ontario, plays hockey.", "Kenta wa shougaku ni-nensei desu.",
      "juuyon-sai da yo!", "Kenta, hassai.", "عمره سبع سنين", "بنت عمرها ثلاث عشرة سنة", "Nathan a neuf ans.", "Youssef tiene once años.", "an 18-month-old son, Emeka", "Theo and baby Ivy (8 months)",
      "μωρό έξι μηνών", "she's a kindergartner", "Born: March 2010 | Current year: 2025", "Nasceu em 2012; estamos em 2025."]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["Il y a neuf ans, j'ai déménagé.", "a 6-month-old laptop", "Born: 1990. Current year: 2025.", "I was born in 1990 and it's spring 2025 now.", "It's March 2025. My car was built in 2015.", "Born in 2009.\n*Lisbon, since 2019.*", "first class ticket, второй класс", "we kayaked in class 5 rapids", "Grade 8 piano exam on Monday",
      "لما كان عمري عشر سنين كنت ألعب", "juuyon-sai no toki ni hikkoshita", "la superficie en cm2"]) {
      assert.ok(!has("minor", [text]), text);
    }
  });

  it("leaves ages that are no one's now: the past after the number, objects and drinks, a past age said again, an adult's apparent age", () => {
    for (const text of ["내가 열두 살 때였지. 엄마 손 잡고 걸어갔어.", "十五歳の時に引っ越した", "The furnace is 17 years old, so budget for that.", "Einen Islay-Whisky, oder einen 15-jährigen Speyside.",
      "I was seventeen. Seventeen years old on a landing craft, sick as a dog.", "Η δράκαινα μοιάζει δώδεκα χρονών, αλλά είναι ενήλικη, 700 ετών.", "Dulu waktu Nenek umur sepuluh tahun, Nenek bantu ibu."]) {
      assert.ok(!has("minor", [text]), text);
    }
    for (const text of ["she looks twelve years old and carries a satchel", "he's 15 and hates the smell of wine"]) assert.ok(has("minor", [text]), text);
  });

  it("leaves words for a child said of an adult: nicknames beside an adult age, endearments, what someone is mistaken for", () => {
    for (const text of ["I'm 19 and I'm basically still a kid, but they gave me the keys.", "And I'm 40, so you're still the kid.", "abue, ya tengo 30 años, ya no soy tu niña", "¡Ay, mi niña! Ven, come algo.",
      "She's 24 and constantly mistaken for a high schooler."]) {
      assert.ok(!has("minor", [text]), text);
    }
    for (const text of ["I'm 40 and my daughter is a teenager now.", "la niña juega en el parque"]) assert.ok(has("minor", [text]), text);
  });
});

describe("content: how English speakers state a young age", () => {
  it("takes school stages of English-speaking systems, relatives' ages, ages told in a story's manner and being under eighteen", () => {
    for (const text of ["he's in his first year of high school", "a second-year high school student", "She's a junior at Westview High.", "He's doing his GCSEs this summer.", "I'm doing my O levels this year",
      "He's in S3 at Glenmoor High.", "She's in Form 4 at Rangitoto College.", "She's in sixth form, lower sixth.", "a Primary 5 pupil at Rosyth School", "a Secondary 2 student from Bedok", "she's in grade seven",
      "she's a year 10", "the Year 11s are on study leave", "year 9 is so long", "She just started high school this fall.", "She's in her last year of middle school.", "a grade 11 learner in Soweto",
      "my son is twelve", "our youngest is 5", "my nephew (10)", "my little sister is 9 and loves cats", "Mia's in 7th and hates math", "a boy of twelve", "a girl of ten summers", "The girl, no older than 10, hid.",
      "the boy, barely twelve, ran.", "she's not yet 18", "he's under eighteen", "she's planning her sweet sixteen", "she's in her early teens", "the teenage girl next door", "a group of schoolkids",
      "a preschooler named Bo", "14 going on 15", "a class of 8-year-olds", "Age - 15", "im 14 not stupid", "we're 15 addison."]) {
      assert.ok(has("minor", [text]), text);
    }
  });

  it("takes a cast list's and a card's ways of writing an age, and not a comparison, a feeling or a season's record", () => {
    for (const text of ["Mia - 15 - she/her", "Mia | 15 | Sophomore", "Mia (she/her, 15)", "Mia [15]", "Mia (fifteen)", "Age: 15y", "the kids (7 and 10) are asleep"]) assert.ok(has("minor", [text]), text);
    for (const text of ["she acts like she's 12", "you're acting like a 5 year old", "he has the mind of a 10 year old", "I'm 16 again, or I feel like it", "he's 11 and 0 this season", "Score - 15 - 3", "Chapter (12)"]) {
      assert.ok(!has("minor", [text]), text);
    }
  });

  it("takes school years and ages told in the ways of more places and languages", () => {
    for (const text of ["Wanjiru, a Form Two student at a boarding school", "Ryan, Sec 1, CCA is floorball", "you be JSS2 student", "She's SS1 now", "she's only in P3", "a P4 boy with a giant schoolbag", "Eilidh's jist started S1 at the academy",
      "Zoe's in Secondary III in Montreal", "We're both Grade 5", "the Grade 4s are putting on a play", "The twins are in Grade R", "Anika (Std VII) is the youngest", "my class 6 math exam was so tough", "My son is in UKG",
      "Seán's in Transition Year", "My didi taking PSLE this year", "She's doing her 11-plus in September", "Thabo plays for the school's U14A rugby side", "Niamh's playing camogie for the under-14s", "His son, 7, cried",
      "Preeti, who is all of fifteen, scolds", "Róisín's 13 and she's joined", "Her sweet sixteen is next month", "Ebuka, who just clocked 14 last week", "I'm literally only 16 so my dad's driving me", "im 15 irl so pls keep it pg",
      "[Zainab: 13; class 8 at a Karachi girls' school]", "The baby is teething in her cot", "Bailey's bat mitzvah is next Saturday", "she's still two years too young to vote", "im a sophomore at westview high and", "I'm sixteen in March",
      "Oliver, 8 months old, for the first time", "estou en 2º da ESO", "أنا ثاني متوسط خالي", "sy form 3 tahun ni"]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["Year 7 teacher here, 29, running on tea and spite", "She finished Year 12 in 2015 and now she's a paramedic", "Sec 4 was in 2005 for me; now I'm 36", "He acts like a toddler when he's hungry", "The P1 admission system has been criticised",
      "He's been a middle school principal for 18 years", "we've known each other since age 5 — now we're both 35", "a kid-free weekend for our 15th anniversary", "los profes tienen reunion. mañana hay examen"]) {
      assert.ok(!has("minor", [text]), text);
    }
  });

  it("reads a birth year and the story's year from different fields, and a table's age column", () => {
    const tagged = (description: string, greeting: string) => classifyContent({ bot_description: description, bot_greeting: greeting, bot_definitions: null, conversation: [] }).tags.minor !== undefined;
    assert.ok(tagged("Rowan, born in 2011, apprentice.", "The story is set in 2025."));
    assert.ok(tagged("{{user}} is Cadet Rook, born 2411 by the station calendar; the current year aboard is 2426.", "Welcome aboard."));
    assert.ok(tagged("Tamsin. Born in 1192 A.R.", "The story opens in spring of 1204 A.R."));
    assert.ok(tagged("я 2011 года", "сейчас 2025 так что посчитай"));
    assert.ok(!tagged("Mara, born in 1990.", "The story is set in 2025."));
    assert.ok(has("minor", ["hi"], "ROSTER\ncallsign,name,age,unit\nWREN,Aya Kurosawa,13,Unit-03"));
    assert.ok(has("minor", ["hi"], "| Name | Age | Role |\n|---|---|---|\n| Mia | 14 | scout |"));
    assert.ok(!has("minor", ["hi"], "| Name | Age | Role |\n|---|---|---|\n| Jo | 30 | boss |"));
    assert.ok(!has("minor", ["hi"], "name,score,level\nA,12,3"));
  });

  it("takes a baby's months, a kindergarten and a youth team in many languages, and leaves spans of time, comparisons, ratings and memories", () => {
    for (const text of ["A bebé da vizinha tem oito meses e já grita", "bebelusul surorii mele are 7 luni", "Vores baby er kun seks måneder", "Малышке сестры всего семь месяцев", "宝宝才6个月，整晚哭", "언니네 아기는 이제 겨우 6개월인데",
      "Bayi kakakku baru 5 bulan", "Brácha chodí do školky a každý ráno řve", "Hennes lillebror går på förskolan", "Küçük kardeşi anaokuluna gidiyor", "她弟弟還在讀幼兒園中班", "Léo joue en U13 au FC Nantes",
      "Ele joga no sub-13 do Grêmio", "Daan speelt in de JO11 en scoorde", "Oskar spelar i P12-laget", "Mio fratello gioca nei Pulcini", "a slave boy of about eleven, born in the ludus", "form 3 mak long. tahun ni ada ujian besar"]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["El bebé nacerá en 3 meses", "we've been dating 6 months", "Il boude comme un gosse de six ans, alors qu'il a 35 balais", "Er benimmt sich wie ein Zwölfjähriger, dabei ist er 41", "Tavlada kaybedince 5 yaşında çocuk gibi surat asıyor",
      "Film 13 yaş ve üzeri için uygundur.", "이 영화는 15세 관람가예요", "In der 6. Klasse hatte ich eine Zahnspange, heute mit 37 lache ich drüber", "Età: 22 | Aspetto: minuta, sembra una liceale", "a kindergarten teacher for ten years",
      "The U2 concert was loud", "we have been friends since kindergarten", "A kutyám 14 kiló és 12 éves", "детский сад какой-то"]) {
      assert.ok(!has("minor", [text]), text);
    }
  });

  it("leaves a thing's age however it is named: a brand, a drink, 'it', a boat, a span of years in Thai", () => {
    for (const text of ["the 12-year-old Macallan. neat.", "A 14-year-old Ford is just gettin' broke in.", "lol yes. it's 14 years old tia, it makes noises", "så den är typ 17 år gammal nu lol", "Båten e fjorten år gammel og lekker",
      "a bottle of 15-year-old rioja for my birthday", "คบกันมา 2 ปี ขี้หึง", "nonna mi chiama bambina mia, ho 29 anni"]) {
      assert.ok(!has("minor", [text]), text);
    }
  });

  it("takes a chat's own ways of giving an age or a school year in many languages", () => {
    for (const text of ["OOC: bin übrigens 16, hoffe das passt", "OOC : jai 13 ans au fait", "e 14 btw om nån undrar", "oon 14v btw jos joku miettii", "ben 14üm bu arada", "мне 14 если что, норм?", "btw main 14 ki hu, koi problem",
      "ami 14 btw, kono problem nai to?", "btw e 14t, ko sao chứ ạ?", "btw watashi 14-sai desu", "顺便说下我14，没问题吧？", "sry war afk, bin in der 8. und musste noch", "jsem v osmicce a mam tenhle tyden", "sunt in a 7a si mama",
      "pao b gymnasiou kai i mana mou", "e hoc lop 8 ma me", "chuu3 desu", "Se on lukion ekalla ja täytti just 16", "kelas nohomam, emtehanate", "Iskola: gimi, 9. évfolyam", "Név: Kovács Dóra | Kor: 15 |", "Bartek z 5b znowu zgubił worek",
      "Si Jun-jun, grade 4, nakaupo sa hagdan"]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["e 34 btw om nån undrar", "ben 24üm bu arada", "main 30 ki hu", "jai 35 ans", "mieszkam w 5a na drugim piętrze z żoną"]) assert.ok(!has("minor", [text]), text);
  });

  it("takes a small child's age in years beside a word for a small child, and not a span of years or a nickname", () => {
    for (const text of ["un bambin d'à peine deux ans tend les bras", "Il bimbo, avrà sì e no quattro anni, si aggrappa", "En liten knodd på kanske tre år springer", "Seorang balita kira-kira dua tahun berlari", "Üç yaşlarında bir ufaklık",
      "Một em bé chừng hai tuổi", "两岁左右的小宝宝", "두 살쯤 된 꼬맹이가"]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["huhu kawawa naman baby ko. kumain ka na?", "mon enfant, il y a deux ans que je t'attends"]) assert.ok(!has("minor", [text]), text);
  });

  it("leaves the same words for adults, memories, forms and measures", () => {
    for (const text of ["My son is 25 and just moved out.", "my first year of high school was a disaster, honestly", "She teaches second-year high school students chemistry.", "He failed his GCSEs back in 2009 and now runs a garage.",
      "he's in good form today", "They're in form 5 of the league table.", "She filled in Form 4 at the tax office.", "I'm not 18, I'm 34.", "she's under 18 stone now after the diet", "a girl of twenty summers",
      "my daughter (24) lives in Leeds", "the twins are 30 this year", "the boy of my dreams", "I'm 2 episodes in.", "I'm 5 foot."]) {
      assert.ok(!has("minor", [text]), text);
    }
  });
});

describe("content: minor, the everyday English ways", () => {
  it("takes school years by their short names after any subject or a verb of starting, small ages in words, babies cared for, rites and youth groups", () => {
    for (const text of ["Mei-ling's in Form 3 and hates chemistry.", "Wee Callum's in P7 now, big school after the summer.", "Arjun just started Primary 1 on Monday.", "My son Standard 4 this year, very playful.",
      "Our youngest, in SK, painted the dog.", "my cuz is Year 6 and thinks he's a pro", "Nadia just entered Grade 7.", "her son's in K1 already",
      "Your nephew, four years old, wants a biscuit.", "Ruby, who just turned three, calls every cat Mittens.", "Our Kai's turning two on Friday.", "The lad is four and a half and fearless.",
      "Our Thandi, 11, won the spelling bee.", "The girls upstairs, 7 and 9, keep skipping in the hall.", "Chidi's lassie, twelve now, plays the fiddle.", "He's still fifteen for another week.",
      "Mia's little one is three weeks old and never sleeps.", "sorry gotta warm the bottle, my baby sister is screaming", "The baby's got colic so nobody slept.", "Baby Amara's christening is on Sunday.",
      "the children, every one of them under twelve, are racing on the lawn", "a kid who hasn't even hit double digits yet", "She's making her Confirmation in May.", "His bar mitzvah is next month.",
      "Our Freya joined the Brownies last week.", "Jaden's on the 12U team this season.", "The u/14 side travels on Saturday.", "Ah'm thirteen an' no allowed oot past nine.",
      "Rosa, four, is in charge of the sprinkles.", "Little Tom, two and a half, sleeps under the table.", "i cant go cause im \"only fourteen\" apparently", "He can't come to the late show since he's just eleven.",
      "Nina, who turned ten on Monday, wants a kitten.", "me and my bestie are both 15 lol", "Mi daughter only twelve an she bright bad.", "the triplets, who turn six on Christmas Day, want bikes",
      "brb, grade 7 field trip tomorrow", "niko Form 2 and we have exams", "Tunde just got into Primary 4.", "Akosua just joined Form One.", "Hemi's at intermediate now.", "my niece starts prep next year",
      "The wean's only three weeks auld.", "The pikin is just two years and she don scatter everything.", "am 14 btw if anyone asked", "Ella turn nine next week an she want a cake.",
      "At 13, Priya is the youngest in the chess final.", "Even at fourteen, Sam still sleeps with the light on.", "and honestly at four she still is", "Leo, being nine, can't stay up late.",
      "Kofi's three years off his 18th and already planning the party.", "She blew out fifteen candles last night.", "Happy 9th birthday Zara!", "Mia's having her 12th at the bowling alley.",
      "Hugo's pram is outside the café.", "Bella is still in nappies.", "Amy's a Brownie now.", "we're both hs sophomores lol", "Kwesi's in JHS 2.", "Ella just started secondary.",
      "a stable boy who has seen only twelve winters", "The lil man is 3 and a half.", "my lil cuz 6 and already better than me", "Olivia, aged 4¾, is a unicorn.", "hii 15 from Cebu here!",
      "Sam (she/her) | 16 | plays netball", "the boys — eleven and thirteen — are fishing", "The teething baby gnaws on a spoon.", "(fyi im a minor so no romance pls)", "Ruby turns 18 next spring.",
      "class 10 ICSE boards start in march", "year 9 doesnt even matter they said", "grade 10 is supposed to be easy", "everyone says year 10 is chill but the mocks are brutal", "lise 2'deyim ama", "**DOB:** 3 May 2011 **Setting:** Leeds, June 2025.",
      "he's half his dad's age and his dad just turned 28", "*Your cousin, Grade 4 and bored, kicks a ball.*",
      "Her brother Sam is eighteen, exactly three years older than she is.", "Our little guy's in SK now.", "Our last born is in PP1.", "Aunty Ada's son, Obi, is ten and loves football.",
      "Ons Pieter speel o/12 rugby.", "Mia kommt nach den Ferien in die Sechste.", "La nena está en salita de 3.", "mi prima cumple sus XV en mayo", "*Lola, de dos añitos, duerme.*",
      "i'm in yr 9 and my teacher set a 2000 word essay", "Mi cousin inna grade five.", "Her twins started nursery last week.", "His baby sister was born three weeks ago.",
      "Uncle Ben was 25 when Lily was born, and Ben's 38 now.", "Dad says I can drive when I turn seventeen.", "She's finally turning eighteen next week!",
      "Our Ava's just started Reception.", "Mia is a grumpy Year 9.", "I'm only 13 sure.", "*The lad next door, barely four, waves.*", "Our mokopuna is 14 months now."]) {
      assert.ok(has("minor", [text]), text);
    }
  });

  it("leaves the same shapes for things, grades of other things, partners called baby and the past", () => {
    for (const text of ["Use grade 8 bolts, the steel is grade 8.", "He weighs 80 kg, in KG units.", "The company just turned five.", "The bread is three days old.", "a two-year-old laptop with a cracked screen",
      "my baby brought a bottle of wine and we watched the sunset", "I made brownies, the Brownies recipe from my gran.", "The blog turns two today.", "She filled in Form 2 of the visa application.",
      "We drove into the village at seven, he's only twenty.", "Back when we were all under ten we played on that hill.", "My confirmation was in 1998.",
      "Okay, two, three, four, jump!", "I bought apples, three, and some pears.", "She passed her Grade 8 exam on the cello at 40.", "The milk's three days old.", "My partner's at intermediate level in Spanish.",
      "Meet me at 12, she's waiting.", "At 7 she wakes up and has breakfast.", "I started smoking at 14 and I'm 40 now.", "fire alarms are not optional even at 3 a.m.", "He was a minor claim in the case.",
      "It was a minor issue.", "My Form 5 class reunion is next month.", "She's a teacher, 28, and loves her Year 1 kids.", "Tom's nappies were a family legend.", "She's a year off legal drinking age.", "Year 11 was twenty years ago and I still dream about my GCSE coursework.",
      "She is half her mum's age, and her mum just turned 50.", "The elf, a child by her people's reckoning, is 300.", "Come on, kid, the shift starts at six.",
      "Yes, Mark, is 12 okay?", "llevamos tres añitos de casados", "Todavía me acuerdo de los XV de mi prima, hace ya diez años.",
      "She's turning 18 today!", "Our puppy was born three weeks ago.", "I started nursery teaching in 2010.", "When he turns 21 he gets the house.", "Aunt Kate was 22 when Sophie was born, and Kate's 50 now.",
      "The contract is two months, and then we see.", "The wedding reception was lovely."]) {
      assert.ok(!has("minor", [text]), text);
    }
  });
});

describe("content: minor, told by a birthday or a rite", () => {
  it("takes a verb of turning an age in many languages, an ordinal birthday and a child's rite", () => {
    for (const text of ["Ola w piątek kończy trzynaście lat.", "Su hija cumple 18 el otro mes.", "O Pedro faz 18 em março.", "Брату через месяц исполнится пятнадцать.", "Ana face 9 ani în mai.", "Сестра ми навършва 12 в неделя.",
      "Lucas faz doze anos no domingo.", "Mi prima cumple 14 el sábado.", "Elin fyllde tretton i förra veckan.", "Aino täyttää kaksitoista ensi kuussa.", "Pinky agle mahine 13 ka ho jayega.",
      "Tom's 11th birthday is on Saturday.", "She's got her 13th birthday party on Friday.", "I've got my 12th birthday tomorrow!", "zum 12. Geburtstag bekommt Jonas ein Rad", "ulang tahun ke-10 Dimas minggu depan", "Ce samedi, c'est pour ses 13 ans.",
      "来月は息子の七五三です。", "내일 조카 돌잔치 가야 돼", "Chủ nhật này thôi nôi bé Na", "Her First Holy Communion is on Sunday.", "בעוד חודש הבת מצווה של מאיה"]) {
      assert.ok(has("minor", [text]), text);
    }
  });

  it("leaves anniversaries, durations and birthdays and rites of the past alone", () => {
    for (const text of ["La empresa cumple 15 años este mes.", "Cumplimos 15 años de casados.", "Faz 15 anos que saí de casa.", "Kavárna příští týden slaví 15 let.", "O Pedrinho vai fazer o ENEM, mas ele já fez 18 em março.", "i got a bike for my 8th birthday lol", "We had his 12th birthday at the zoo.",
      "My 12th birthday was a disaster.", "לפני עשרים שנה חגגתי בת מצווה באולם הזה", "Ce face 5 copii acolo?", "Il a l'air d'un konfirmand, mais il a 26 ans."]) {
      assert.ok(!has("minor", [text]), text);
    }
  });
});

describe("content: minor, rough ages, Hebrew ages and differences of age in more languages", () => {
  it("takes a child's age told roughly, Hebrew's son or daughter of a number, and a difference of age told either way round", () => {
    for (const text of ["пацан из третьего подъезда, лет 12 ему, гоняет мяч", "onaj klinac odozgo, ima jedno 10 godina, stalno viče", "Grannens pojke, kanske 9 år, cyklar runt", "knægten nedenunder, max 10 år, spiller bold",
      "*O moleque, uns onze anos no máximo, empina pipa*", "*Мелкая, ей всего три годика, спит*", "*Lille Emil, to år, sover i vognen*", "*Der Kleine, gerade mal vier, baut eine Burg*",
      "*הקטן, בן שלוש וחצי, רץ בגינה*", "נועה בת שתים עשרה ואוהבת לרקוד", "התינוק בן ארבעה חודשים",
      "Η Άννα είναι δύο χρόνια μικρότερη από τον αδερφό της, που μόλις έκλεισε τα 18", "Dóra három évvel fiatalabb a nővérénél, aki most lett 19", "Mai nhỏ hơn chị gái hai tuổi, mà chị ấy vừa tròn 18",
      "سارا دو سال از خواهرش کوچیک‌تره، که پارسال ۱۸ سالش شد"]) {
      assert.ok(has("minor", [text]), text);
    }
  });

  it("leaves rough numbers that are no child's age, comparisons and things", () => {
    for (const text of ["the kids waited about 10 minutes for the bus", "Vi har bott i det lille hus i tre år.", "הכלב שלי בן שלוש", "הוא מתנהג כמו ילד בן חמש והוא בן 50",
      "Он работает в этой фирме лет 12.", "El chico tiene como 30 años.", "Η Άννα είναι δύο χρόνια μικρότερη από τον αδερφό της, που έκλεισε τα 40"]) {
      assert.ok(!has("minor", [text]), text);
    }
  });
});

describe("content: minor, told by relatives, comparisons, small numbers in words and more school systems", () => {
  it("takes informal relatives and role names, a named person's coming birthday, a small child's age in words and an age by comparison", () => {
    for (const text of ["my sis is 17 and she still steals my hoodies", "My lil bro is 9.", "Maria's brother is 14.", "OOC: user is 15 btw, keep it family stuff", "my character is 16", "imma be 16 in like 2 months lol",
      "Ayo turns 18 in three weeks and wants a bike.", "Little Fiadh's three and has her da wrapped around her finger.", "Ethan's five and skates mostly on his face.", "My wee sister is six.",
      "She's three years younger than her cousin, who's 20.", "The twins are a decade younger than their 25-year-old brother.", "He is two years older than his sister (12).",
      "mi hermanito tiene 8 y ya me gana en el fifa", "meu irmão tem 11 e já joga melhor que eu", "su hija cumple dieciséis el otro mes",
      "tô com 15 e minha mãe ainda não deixa", "(OOC: jag e 14 btw, så håll det mysigt tack)", "man ir 15 un mamma neļauj man iet", "είμαι 15 και η μάνα μου δεν με αφήνει", "мені 16 і мама досі не пускає",
      "My daughter's 12 and just got her certificate.", "Ek sê, my boet is 17 and thinks he's a Springbok.", "Our first son, now 15, just got his first Bible.", "Oupa's grandson, 10, fixes his cellphone.",
      "me: 15, studying for a maths test.", "ooc: am 14 years, just finished grade 8", "Little Ishaan, who is just four, calls the cooker a train.", "*The twins, barely four, are fighting over a jandal.*",
      "I'm 22 and my sister is exactly ten years younger.", "Chloé is half my age and I'm thirty-two.", "Dad's 40 and he had me at 28, so no, I can't drive.",
      "*Your cousin, a Grade 10 kid from Saskatoon, is bored.*", "Danny Price, Year 8, always losing his PE kit.", "Zhi Wei, P3, lost his EZ-Link card again.", "Ikechukwu passed his Common Entrance.", "My younger sister is in K2 and asks why the sky is blue.", "sorry my matric papers start monday",
      "im a sophomore and everyone in my grade has like a group", "ok. so i'm a freshman, i turned 14 in august", "ye the S2 disco!! everyone in my year's going", "Cumple dieciséis el otro mes y ya se cree la dueña",
      "Class 10 ke boards, bada saal hai beta.", "Can I crack the eggs? I'm seven now, I'm allowed.", "Lorebook – Paul: Sohn des Bäckers, 15 Jahre, hilft morgens im Laden aus.",
      "민준이는 유소년 축구 U-12 팀에서 뛰는데 토요일에 대회 있대", "小杰在俱乐部U12足球队，周六去杭州比赛",
      "Kuba jest o cztery lata młodszy od siostry, która właśnie skończyła 20", "Dinda tiga tahun lebih muda dari kakaknya, yang bulan lalu genap 19",
      "Alva är fyra år yngre än sin bror, som nyss fyllde 20", "Zeynep abisinden dört yaş küçük, abisi de geçen ay 20 oldu",
      "*Der kleine Knirps, vielleicht drei, schiebt seinen Bagger durch den Sand*", "*Ένα πιτσιρίκι γύρω στα τρία κυνηγάει τα περιστέρια*",
      "Mała ma dopiero dwa latka i już mówi", "Micuța are trei anișori și vorbește", "Mi sobrina tiene cinco añitos y ya dice 'parce'", "Léa a 15 piges et se prend pour une star"]) {
      assert.ok(has("minor", [text]), text);
    }
  });

  it("takes school years told the ways of Ireland, Nigeria, Jamaica, Singapore and the Philippines, and the story's year told as a dateline or a chapter's", () => {
    for (const text of ["She's in sixth class and picked Brigid for her Confirmation name.", "Emeka's younger sister is in primary five.", "Migs is Grade 5 and sells pastillas to his classmates.", "i'm in yr 10 and my essay is due monday",
      "Shelly-Ann a go first form inna September.", "Junior inna grade four an him love cricket.", "PSLE results tmr, her mum already took leave.", "Pia's Grade 6 graduation is tomorrow."]) {
      assert.ok(has("minor", [text]), text);
    }
    assert.ok(has("minor", ["Manila, 2020. Carlo, born 2004, is stuck at home with his lola."]));
    assert.ok(has("minor", ["Born in 2008, Destiny is a sophomore in the fall 2023 chapter."]));
    assert.ok(has("minor", ["It's 1987 in this RP; Dougie was born in 1972 and just got tall enough to reach the top shelf."]));
  });

  it("reads a birth year and the story's year in many languages, scripts and calendars", () => {
    for (const text of ["On est en 2024 dans le RP, et Hugo est né en 2012.", "Wir spielen im Jahr 2023, und Finn ist Jahrgang 2011.", "Tarina sijoittuu vuoteen 2030, ja Veera on syntynyt 2016.",
      "Η ιστορία διαδραματίζεται το 2024 και η Ελένη γεννήθηκε το 2010.", "Hikaye 2025'te geçiyor, Elif 2009 doğumlu.", "Действие происходит в 2021 году, Маша 2004 года рождения.",
      "故事发生在2024年，小雨是2010年出生的。", "이야기 배경은 2024년이고 서연이는 2008년생이야.", "物語は2025年、主人公は2011年生まれ。", "หนูเกิด 2553 ปีนี้ 2567 แล้ว",
      "من متولد ۸۸ ام، الان ۱۴۰۳ه", "Nasci em 2009 e a história se passa em 2023.", "It's 1987 in this RP; Dougie was born in '72."]) {
      assert.ok(has("minor", [text]), text);
    }
    assert.ok(has("minor", ["*June 2025. A propeller bounces off the fence.*"], '{"name": "Nova", "born": 2011, "pronouns": "she/her"}'));
    for (const text of ["Born in '85, he's been a cop since 2004. It is now 2024.", "On est en 2024 et Hugo est né en 1990.", "Η ιστορία διαδραματίζεται το 2024 και η Ελένη γεννήθηκε το 1980.", "故事发生在2024年，小雨是1995年出生的。"]) {
      assert.ok(!has("minor", [text]), text);
    }
  });

  it("reads no age in 'about three' followed by a measure", () => {
    const evidence = classifyContent(chat(["The toddler's bike was maybe three feet away."])).evidence;
    assert.ok(!evidence.some((item) => item.rule === "stated-age"), JSON.stringify(evidence));
  });

  it("leaves the same shapes for adults, things, the past and other senses", () => {
    for (const text of ["My sister is 27 and a nurse.", "She's two steps ahead of us.", "He's five and a half feet tall.", "Tom's two hours late again.", "She was two years younger than her brother, who was 19.",
      "She's three years younger than her cousin, who's 25.", "He is two years older than his sister, who is 30.", "the company turns 15 next month", "Our bakery turns 12 this year.",
      "The seat is in second class.", "He travelled in second class of the night train.", "my brother tiene 30 años", "mi hermano tiene 25 y ya está casado", "Born in 1990, she moved to Leeds; it's 2024 now.",
      "Grade 5 bolts only, the steel is grade 8.", "Il y a 15 ans, elle est partie.", "Elle a 35 ans et deux enfants.", "J'ai un petit appartement depuis trois ans.",
      "*She counts the music in.* Five, six, seven, eight.", "The team, only four, arrived late.", "I'm 40 and my sister is two years younger.", "Mom's 50 and she had me at 24.", "He weighs 80 kg, in KG units.", "I'm a sophomore at Ohio State studying nursing.", "Cumple 30 el otro mes.", "I'm five minutes away.", "When I turned 15 in 1998 we moved.", "Paul, 35 Jahre, Bäcker.", "我的车是U12型号", "Catalina es 2 años menor que su hermano, que tiene 25.", "Ein Kind? Etwa 3 Meter entfernt.", "Tengo 30 años y mi hermana es 3 años menor.", "Ana je tri godine mlađa od brata, koji ima 31 godinu.", "Na klassentreffen lachten wir über die neunte Klasse. Damals in der Zehnten war alles anders.", "moje dziecko, jedziesz tak daleko do pracy"]) {
      assert.ok(!has("minor", [text]), text);
    }
  });
});

describe("content: ages in the words of many languages", () => {
  it("reads digits of every script: Arabic-Indic, Persian, Bengali, Devanagari, full-width, and keeps the offsets", () => {
    for (const text of ["عمري ١٥ سنة", "Age: ১৫", "او ۱۵ ساله است", "आयु: १४", "私は１５歳です"]) assert.ok(has("minor", [text]), text);
    const found = classifyContent(chat([], "Yasmin, عمرها ١٤ سنة.")).evidence.find((item) => item.tag === "minor");
    assert.ok(found);
    assert.equal("Yasmin, عمرها ١٤ سنة.".slice(found.start, found.end).includes("١٤"), true);
    assert.ok(!has("minor", ["عمري ٢٥ سنة"]), "an adult's age in Arabic-Indic digits");
  });

  it("takes numbers in words from the n2words cardinals and the years words of CLDR, in languages written by hand nowhere", () => {
    for (const text of ["Jonas, femten år, går på skolen.", "Lise er fjorten år gammel.", "jeg er 15 år", "Sara är 15 år", "olen 15 ja käyn koulua", "Petra má 14 let.", "je mi patnáct let",
      "Ona ima 15 godina.", "imam petnaest godina", "היא בת 15", "אני בת חמש עשרה", "Nina ana miaka 15", "nina miaka kumi na tano", "мені п'ятнадцять років", "o fată de 15 ani", "Mia (14) is my sister", "Daniel (15, her brother) waves."]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["Det är 15 år sedan.", "Hotellet er 15 år gammelt.", "Chapter (3) begins.", "Tom (24) is a nurse.", "Room (12) is free.", "Ona ima 25 godina."]) assert.ok(!has("minor", [text]), text);
  });

  it("takes age adjectives after digits and glued to a number in words, and not an adult's or a number with its tens before it", () => {
    for (const text of ["Mia ist eine fünfzehnjährige Schülerin.", "una quindicenne di Bari", "piętnastoletnia Zosia", "пятнадцатилетняя Маша", "15-letnia Ola", "15letá Petra", "petnaestogodišnja Ana", "δεκαπεντάχρονη Ελένη",
      "femtonåring", "tizenötéves lány", "kuusitoistavuotias poika", "zestienjarige Noor", "pietnastoletnia (no accents)", "۱۵ ساله"]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["Tioåriga Ebba sitter på trappan", "Den niårige Oliver sidder", "może trzyletni brzdąc", "Egy kb. hároméves csöppség", "Ella on kaksivuotias."]) assert.ok(has("minor", [text]), text);
    for (const text of ["toårig garanti", "en femårig utdannelse", "mangeårige venner"]) assert.ok(!has("minor", [text]), text);
    for (const text of ["dziewiętnastoletnia studentka", "achtzehnjährige Studentin", "osiemnastoletni", "восемнадцатилетняя", "twintigjarige", "dvadeset šestogodišnja", "twenty six-year-old", "sechsundzwanzigjährige", "drieëntwintigjarige"]) {
      assert.ok(!has("minor", [text]), text);
    }
  });

  it("takes pupils named by their year and school years of more systems", () => {
    for (const text of ["sie ist Achtklässlerin", "jestem ósmoklasistką", "восьмиклассница Маша", "olen kasiluokkalainen", "olen 8. luokalla", "je v 8. třídě", "som v ôsmej triede", "ide u 7. razred", "u sedmom razredu", "אני בכיתה ח'",
      "کلاس هشتم هستم", "আমি অষ্টম শ্রেণিতে পড়ি", "niko darasa la saba", "yuko kidato cha pili", "main class 8 mein hoon", "أنا في تالتة إعدادي", "faccio la seconda superiore", "หนูเรียนม.3", "tenåringsjente", "maloljetnica", "קטינה", "nabalig"]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["одноклассница", "ป.โท", "second class ticket", "prvi razred vlaka"]) assert.ok(!has("minor", [text]), text);
  });
});

describe("content: school years, births and turning ages of more systems", () => {
  it("takes them", () => {
    for (const text of ["our teacher said it'll come up in the year 10 mocks", "see you in Year 9 maths", "its year 8 so whatever", "i'm in S2", "we're doing the Junior Cert", "le prof de sec 3", "estoy en segundo de secu", "en noveno todo es más duro",
      "i bi ir 2. Sek", "jeg går i niende trinn", "du går i tiende", "jako deváťák", "im jung3 lol", "ми ж тільки у 8 класі", "کلاس نهمیم", "Awak budak Tingkatan 3", "高校1年生です", "生後1日の赤ちゃん",
      "im in 7th and its a school night", "his son Leo, who is 11.", "Je mu dvanáct, jmenuje se Vojta.", "cuando cumpla los 15. o sea", "15 anyos na ako",
      "im 15yrs", "I'll be 16 in May", "she turns 18 next month", "me: 15, she/her", "15 | she/her | INFP",
      "Setting: present day, autumn 2025. {{char}} was born in March 2011.", "Name: Elodie | Born: 14 March 2011 | Setting: present day, October 2025", "*passes over baby Rosie, eleven days old*",
      "Setting: Vesta Dock, standard year 2087. {{user}}: Tam, born on the dock in 2073.", "Noor was born in the winter of 2011; it's autumn 2025 and she wants a phone.", "Born in 2012, and here in 2025 he still can't ride a bike.", "Lívia, nascida em março de 2011.\n*Salvador, agosto de 2025. Lívia espera o ônibus.*"]) {
      assert.ok(has("minor", [text]), text);
    }
  });

  it("takes an age given as the answer to an age question in the turn before", () => {
    const answered = (question: string, answer: string) => classifyContent({ bot_description: null, bot_greeting: "Hi.", bot_definitions: null, conversation: [{ message: question, is_human: false }, { message: answer, is_human: true }] }).tags.minor !== undefined;
    assert.ok(answered("Can I ask how old you are, little one?", "13. my parents would kill me"));
    assert.ok(answered("ilang taon ka na?", "15 po"));
    assert.ok(answered("¿cuántos años tienes?", "catorce jaja"));
    assert.ok(!answered("how old are you?", "24 lol"));
    assert.ok(!answered("how old are you?", "3 more minutes and I'll tell you"));
    assert.ok(!answered("what time is it?", "twelve."));
  });

  it("leaves the same words in other senses: a war's year, a car's age, a belief about an adult, a past self, a duration, a place in a race, an eight-year school", () => {
    for (const text of ["in year 10 of the war", "year 10 of my career", "My car's fourteen years old", "That Civic of yours is 14 years old", "What would you say to nine-year-old you?", "Én tizenhat éves korom óta dolgozom.",
      "Faz 15 anos que trabalho aqui.", "I'll be 18 in the photo", "turning 30 next week", "I'm in 7th place after the heats", "přijímačky na osmiletý gympl", "Born 1990. Setting: 2025"]) {
      assert.ok(!has("minor", [text]), text);
    }
    assert.ok(!has("minor", ["Everyone thinks she's a teenager playing dress-up."], "Grace, 27, a rookie officer with a baby face."), "a belief about a stated adult");
    for (const text of ["my dog Max, hes 14 and still chasing squirrels", "the car is 17 years old, she needs love", "ο σκύλος μας είναι 12 χρονών", "at the reunion we laughed about when we were in nian", "In 1997 I was in class 8 at the village school"]) {
      assert.ok(!has("minor", [text]), text);
    }
    for (const text of ["mom said i cant have a phone until im 13. im 12 and literally everyone has one", "nah im 14 lmaoo freshman next year"]) assert.ok(has("minor", [text]), text);
    for (const text of ["she'll always be my little girl, even at 30", "the bouncer, everyone calls him Toddler, waves us in"]) assert.ok(!has("minor", [text]), text);
    for (const text of ["a little girl in a red coat", "sie ist Teenager", "a Teenager walks in"]) assert.ok(has("minor", [text]), text);
  });
});

describe("content: sexual, violence, self-harm, hate", () => {
  it("tags an explicit scene between adults, and not a kiss, flirting or one word in passing", () => {
    assert.ok(has("sexual", ["The married couple, both in their thirties, had sexual intercourse; she reached orgasm."]));
    for (const text of ["*she kisses him softly and they fall asleep*", "you look cute in that dress", "what a dick move, honestly", "they went to bed early"]) assert.ok(!has("sexual", [text]), text);
    // In the languages of the list, and in scripts written without spaces, where a word sits inside a run of letters.
    for (const text of ["*la bacia, poi scopano sul letto*", "*彼は彼女にキスをして、ゆっくり挿入した*", "*they kiss, both of you coming at once*", "*ela geme quando ele a penetra e goza*"]) assert.ok(has("sexual", [text]), text);
    // Romance with many leaning words and no explicit one is no scene.
    assert.ok(!has("sexual", ["*she kisses him*", "*he kisses her back, lewd thoughts aside*", "you can undress there, clothes are on the bed", "*they kissed again by the fire*"]));
    // A word that is explicit in one language and plain in another: "bite" (French), "fica" (Portuguese "stays").
    for (const text of ["*the dog takes a bite of the sandwich*", "ela fica em casa hoje, na cama com gripe"]) assert.ok(!has("sexual", [text]), text);
  });

  it("tags explicit scenes between adults in more languages, slang and euphemism, and not the plain words of other languages", () => {
    for (const text of ["*Culean contra el espejo.* métemela ya", "*Μπαίνει μέσα σου αργά.* Σε γαμάω.", "*Intră în tine încet, apoi te fute pe tejghea.*", "*đút vào từ từ rồi nắc mạnh dần*",
      "*masukin pelan-pelan* kontolnya keras banget... crot", "*amsek zobro* w yedakhalo feeki", "ecchi shiyo? *katai no wo yukkuri irete*", "*เขาค่อยๆ สอดใส่เข้ามา ครางเสียงดัง*",
      "*他慢慢插進去，用力抽送*", "*그는 천천히 그녀 안으로 들어갔다. 단단해진 그것을 쥐었다*", "*vezmu jeho ptáka do pusy* a pak do tebe vnikne", "mam ochotę na bzykanko, łapie twojego kutasa",
      "*He reaches for his throbbing member; at last he spills his seed within her.*", "*he eats you out on the office chair, then bends you over the desk*", "riding u cowgirl then u hit it doggy",
      "*sie reitet seinen Schwanz*", "*Er küsst dich und fickt dich langsam.*", "Wrap your fingers around your cock and stroke it."]) {
      assert.ok(has("sexual", [text]), text);
    }
    // Leaning words never make a scene alone, however many: kisses, a bed, undressing by the fire.
    assert.ok(!has("sexual", ["*she kisses him*", "*he kissed her back, lewd and laughing*", "you can undress there, clothes are on the bed", "*kiss*", "the fire lit the room"]));
    for (const text of ["Cum te simți azi? Nu știu cum să încep.", "*Il gémit de douleur, la jambe en sang.*", "pula ang damit niya", "bos aku marah hari ini", "Ik ben nu thuis en ga naar bed."]) {
      assert.ok(!has("sexual", [text]), text);
    }
  });

  it("tags explicit scenes between adults told with inflected words and regional slang", () => {
    for (const scene of [["hän tarttuu hänen kyrpäänsä", "nuolee pilluasi kunnes tärisee"], ["a szájába veszi a faszod", "nagyon nedves a puncim, mindjárt elélvezek"], ["Mirá qué dura tenés la pija", "yo te garcho"],
      ["바지 지퍼를 내리고 자지를 손에 쥔다", "빨리 넣어줘, 세게 박아줘"]]) {
      assert.ok(has("sexual", scene, "Two married adults, 35 and 37."), scene.join(" / "));
    }
  });

  it("tags self-harm told in plain verbs and in more languages, not an accident or someone else's threat", () => {
    for (const text of ["sometimes i cut. on my thigh so nobody sees", "i took like 20 paracetamol around midnight", "i've been saving up mum's codeine", "i burned myself with a lighter last night", "i scratched my arms with my compass",
      "znowu się tnę. od miesiąca", "я купил таблетки, хочу уйти из жизни", "eu quero me matar", "jeg skærer mig igen", "haluan kuolla", "להתאבד"]) {
      assert.ok(has("self-harm", [text]), text);
    }
    for (const text of ["I cut the bread.", "I burned myself cooking pasta", "a minha mãe vai me matar se eu chumbar", "Idem gore na krov."]) assert.ok(!has("self-harm", [text]) && !has("violence", [text]), text);
  });

  it("tags graphic injury, not a fight or an idiom", () => {
    assert.ok(has("violence", ["*the blade decapitated the guard, blood pooling on the stones*"]));
    for (const text of ["*they cross swords, neither landing a hit*", "he punched the wall", "this homework is killing me"]) assert.ok(!has("violence", [text]), text);
  });

  it("tags injuries told in phrases and in more languages and scripts: bone through the skin, flesh opened to the bone, parts cut off, bones heard breaking", () => {
    for (const text of ["the broken femur has burst through the skin", "Your blade opens his thigh to the bone.", "He grabs your ear and slices it off in one pull.", "Two fingers snap and the kneecap shatters.",
      "Sa joue est ouverte jusqu'à l'os.", "осколки рассекают кожу до кости", "spod koszuli wystają pętle jelit", "左臂齐肘而断，断口处白骨森森", "すねの骨が皮膚を突き破っている", "안쪽의 장기가 드러나 있다",
      "la carne está abierta y la sangre sale a borbotones"]) {
      assert.ok(has("violence", [text]), text);
    }
    for (const text of ["I'm chilled to the bone, let's go in", "trempé jusqu'aux os", "she snaps her fingers at the waiter", "he cut the cake and the ribbon off"]) assert.ok(!has("violence", [text]), text);
  });

  it("tags self-harm disclosures in several languages, not idioms", () => {
    for (const text of ["sometimes i want to kill myself", "I've been cutting myself again", "quiero morir", "aku pengen bunuh diri"]) assert.ok(has("self-harm", [text]), text);
    for (const text of ["i'm dead lol", "this exam will kill me"]) assert.ok(!has("self-harm", [text]), text);
  });

  it("tags self-harm told plainly in more languages and scripts, ideation beside a crisis answer, and not idioms of dying", () => {
    for (const text of ["anoche me volví a cortar los brazos", "Я опять режу руки.", "tiap malem aku nyilet tangan", "mă tai pe încheieturi de vreo lună", "몇 달째 칼로 팔을 그어요", "毎日死にたいと思っています",
      "jag har tänkt ta livet av mig länge", "I'm going to put a bullet in my head.", "when i get mad i punch my own legs till theyre bruised", "oui, je pense à mettre fin à mes jours",
      "everyone would be better off without me. Are you safe right now?", "I wrote a goodbye note. — Please call or text 988."]) {
      assert.ok(has("self-harm", [text]), text);
    }
    for (const text of ["I want to die of embarrassment just hearing that.", "nay nóng muốn chết luôn", "the team is better off without me on defence", "Are you safe right now? The storm is bad."]) {
      assert.ok(!has("self-harm", [text]), text);
    }
  });

  it("tags demeaning statements about real groups, not invented races", () => {
    assert.ok(has("hate", ["immigrants are vermin and should go back"]));
    assert.ok(!has("hate", ["filthy orcs, every one of them"]));
  });

  it("counts a censored slur as the slur it stands for, and a named one as a sign that needs another", () => {
    assert.ok(has("hate", ["The [slur]s came over here with nothing."]));
    assert.ok(has("hate", ["get out, you [racial slur]"]));
    assert.ok(!has("hate", ["please don't use the n-word in here"]), "talking about a word is not yet hate");
    assert.ok(!has("hate", ["she slurred her words after the third glass"]));
  });

  it("tags a real group called vermin or beasts however the sentence is built, in several languages, and not rats or invented races", () => {
    for (const text of ["Les juifs, c'est des rats, une vermine qui s'infiltre partout.", "Kürtler mi? Onlar insan değil, hayvan sürüsü.", "Роми? Це не люди, це паразити.", "You Muslims are cockroaches, breeding in our country."]) {
      assert.ok(has("hate", [text]), text);
    }
    for (const text of ["the black rats got into the grain again", "filthy orcs are animals, every one", "the gnomes breed like rabbits"]) assert.ok(!has("hate", [text]), text);
  });

  it("keeps the evidence: field, offsets and rule", () => {
    const result = classifyContent(chat(["hi", "i'm 15 btw"]));
    const evidence = result.evidence.find((item) => item.tag === "minor")!;
    assert.equal(evidence.field, "conversation[2].message");
    assert.equal("i'm 15 btw".slice(evidence.start, evidence.end), "i'm 15");
    assert.equal(evidence.rule, "stated-age");
    assert.deepEqual(tagsOf(["hi"]), []);
  });

  it("reads a bot's card once for all its conversations, and gives each result its own evidence", () => {
    const card = "Mia is 15 and in Year 10.";
    const first = classifyContent(chat(["hello"], card));
    const again = classifyContent(chat(["something else"], card));
    assert.deepEqual(first.tags, again.tags);
    assert.deepEqual(first.evidence.filter((item) => item.field === "bot_description"), again.evidence.filter((item) => item.field === "bot_description"));
    assert.ok(first.evidence.some((item) => item.field === "bot_description" && item.tag === "minor"));
    first.evidence[0].score = 0;
    assert.notEqual(classifyContent(chat(["hello"], card)).evidence[0].score, 0);
    // The same text in another field is read as that field.
    const asGreeting = classifyContent({ bot_description: null, bot_greeting: card, bot_definitions: null, conversation: [] });
    assert.ok(asGreeting.evidence.every((item) => item.field === "bot_greeting"));
  });
});

describe("content policy", () => {
  // Stubbed tags: the rule is tested from its parts, never from such content.
  it("never publishes a conversation tagged sexual and minor, whatever the configuration", () => {
    assert.equal(withheldBecause({ tags: { sexual: 0.9, minor: 0.9 } }, { exclude: [] }), NEVER_PUBLISHED);
    assert.equal(withheldBecause({ tags: { sexual: 0.9, minor: 0.9 } }, { exclude: ["violence"] }), NEVER_PUBLISHED);
    assert.equal(withheldBecause({ tags: { sexual: 0.9 } }, { exclude: [] }), null);
    assert.equal(withheldBecause({ tags: { minor: 0.9 } }, { exclude: [] }), null);
    assert.equal(withheldBecause({ tags: { violence: 0.8 } }, { exclude: ["violence"] }), "excluded-violence");
  });

  it("takes its explicit-term and slur lists from the List of Dirty, Naughty, Obscene and Otherwise Bad Words, additions named apart", () => {
    const require = createRequire(import.meta.url);
    const listOf = (language: string) => new Set((require(`naughty-words/${language}.json`) as string[]).map((word) => word.toLowerCase()));
    const languages = Object.entries({ ...FROM_LIST, ...UNSPACED_FROM_LIST });
    assert.ok(languages.length >= 20, "languages");
    for (const [language, terms] of languages) {
      const listed = listOf(language);
      for (const term of terms) assert.ok(listed.has(term), `${language}: ${term}`);
    }
    for (const slur of SLURS_FROM_LIST) assert.ok(listOf("en").has(slur), slur);
  });
});

describe("content: the quick pass before the exact patterns", () => {
  it("never keeps a pattern from a text where it would find something", async () => {
    const fc = (await import("fast-check")).default;
    const { DETECTORS } = await import("../../src/stages/content/classify.js");
    const { triggersOf } = await import("../../src/stages/content/triggers.js");
    // Words every family looks for, in other cases and beside other characters (no sentence here pairs them into a scene).
    const vocabulary = ["I'm", "15", "Age:", "years", "old", "TEEN", "Teenager", "child", "kid", "8th", "grade", "high", "school", "freshman", "in", "year", "9", "minor", "is", "a",
      "blood", "Decapitated", "pool", "of", "suicide", "want", "to", "die", "kill", "myself", "immigrants", "are", "vermin", "tengo", "años", "ich", "bin", "jahre", "umur", "tahun",
      "kelas", "SMP", "sexual", "intercourse", "orgasm", "had", "sex", "moaned", "niña", "Schülerin", "lycéenne", "my", "son", "fifteen", "dua", "belas", "remaja", "the", "rain",
      "goes", "down", "on", "you", "slides", "into", "until", "both", "come", "faites", "l'amour", "entra", "en", "toi", "transam", "Schwanz", "payudaramu", "penisnya", "dentro", "de", "ti", "セックス", "彼女は", "挿入", "섹스를", "cocks", "kisses", "both", "of", "coming", "bacia", "scopano", "knullade", "เย็ดกัน"];
    const separators = [" ", "  ", ", ", ". ", "\n", "-", "'", "’", "*", "!", "…", "😀", "™"];
    const text = fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { maxLength: 14 }).map((parts) => parts.map(([word, sep]) => word + sep).join(""));
    fc.assert(
      fc.property(text, (value) => {
        const field = { field: "conversation[1].message", text: value, isHuman: true };
        for (const detect of DETECTORS) assert.deepEqual(detect({ ...field, triggers: triggersOf(value) }), detect(field), value);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("content: a long word list in groups", () => {
  it("finds what one alternation of the whole list finds", async () => {
    const fc = (await import("fast-check")).default;
    const { evidenceOf, evidenceOfGroups, wordGroups, wordsPattern } = await import("../../src/stages/content/match-all.js");
    const { triggersOf } = await import("../../src/stages/content/triggers.js");
    // Words that overlap (a phrase, its first word, its last words) fall in different groups of three.
    const words = ["estudiante", "estudiante de secundaria", "de secundaria", "secundaria", "Schülerin", "Grundschülerin", "école primaire", "primaire", "élève", "ученица", "школьница", "uczennica", "gimnazjalistka", "öğrenci", "lise öğrencisi"];
    const groups = wordGroups(words, 3);
    assert.ok(groups.length >= 5);
    const vocabulary = [...words.flatMap((word) => word.split(" ")), "la", "una", "ist", "eine", "the", "ESTUDIANTE", "Secundaria", "élèves"];
    const text = fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(" ", "  ", ", ", "-", ".\n")), { maxLength: 10 }).map((parts) => parts.map(([word, sep]) => word + sep).join(""));
    fc.assert(
      fc.property(text, (value) => {
        const field = { field: "bot_description", text: value, isHuman: false };
        const whole = evidenceOf(field, wordsPattern(words), "minor", "minor-word", 0.5);
        assert.deepEqual(evidenceOfGroups(field, groups, "minor", "minor-word", 0.5), whole, value);
        assert.deepEqual(evidenceOfGroups({ ...field, triggers: triggersOf(value) }, groups, "minor", "minor-word", 0.5), whole, value);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Evidence in one order: by where it is, then by rule. */
function inOrder(evidence: readonly ContentEvidence[]): ContentEvidence[] {
  return [...evidence].sort((a, b) => a.field.localeCompare(b.field) || a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule) || a.score - b.score);
}

describe("content: the quick pass on real-shaped text", () => {
  it("keeps no pattern from any field of half the development conversations where it would find something", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { projectRoot } = await import("../helpers/io.js");
    const { DETECTORS, contentFields } = await import("../../src/stages/content/classify.js");
    const { triggersOf } = await import("../../src/stages/content/triggers.js");
    const folder = join(projectRoot(), "test", "eval", "content", "blind");
    let fields = 0;
    // Development sets only: a held-out set is never read while working on the rules. Every other conversation of each set
    // (some 800 of them, every field): the slow path over all of them took two minutes of CI's time.
    for (const name of (await readdir(folder)).filter((file) => /^content-dev.*\.jsonl$/.test(file))) {
      for (const line of (await readFile(join(folder, name), "utf8")).split("\n").filter(Boolean).filter((_, i) => i % 2 === 0)) {
        for (const field of contentFields(JSON.parse(line))) {
          fields++;
          // The same findings, in whatever order the quick pass's groups of patterns give them.
          for (const detect of DETECTORS) assert.deepEqual(inOrder(detect({ ...field, triggers: triggersOf(field.text) })), inOrder(detect(field)), `${name}: ${field.text.slice(0, 80)}`);
        }
      }
    }
    assert.ok(fields > 1000, `${fields} fields`);
  });
});

describe("content: minor, the speaker after a thing, a thing's recipient, more school years and numbers in words", () => {
  it("reads the speaker's age after a thing, and an age after 'to a', 'for a' as the person's", () => {
    for (const text of ["a truck hit a car head on. i'm seventeen, i just got my license", "I teach piano to a nine-year-old who practises a lot.", "We bought a bike for a 7-year-old."]) assert.ok(has("minor", [text]), text);
    for (const text of ["my car is a 12-year-old Ford", "The car is great, it's 14."]) assert.ok(!has("minor", [text]), text);
  });

  it("reads the story's year from a card's key, and works out the age from the birth year", () => {
    assert.ok(has("minor", ["*He fixes the radio.*"], '{ "name": "Theo", "born": "March 2010", "story_year": "2025" }'));
    assert.ok(!has("minor", ["*He fixes the radio.*"], '{ "name": "Theo", "born": "March 1990", "story_year": "2025" }'));
  });

  it("reads Hebrew school years by letter after 'to' as after 'in', and not the twelfth", () => {
    for (const text of ["מאז שעליתי לכיתה י' הכל מתפרק", "היא בכיתה י״א"]) assert.ok(has("minor", [text]), text);
    assert.ok(!has("minor", ["היא בכיתה י״ב"]));
  });

  it("reads a Turkish high-school year in words with its case ending, not 'lise bir' alone", () => {
    assert.ok(has("minor", ["ben daha lise birdeyim, ehliyet nereden?"]));
    assert.ok(!has("minor", ["lise bir arkadaşım aradı"]));
  });

  it("reads numbers in words of scripts with vowel signs (n2words' Punjabi, Marathi, Telugu) as the table's ages", () => {
    assert.ok(has("minor", ["ਗੁਰਪ੍ਰੀਤ ਸੋਲਾਂ ਸਾਲ ਦਾ ਹੈ ਅਤੇ ਖੇਤਾਂ ਵਿੱਚ ਕੰਮ ਕਰਦਾ ਹੈ।"]));
    assert.ok(has("minor", ["ნინო თერთმეტი წლის და ხატავს."]));
    assert.ok(!has("minor", ["ਗੁਰਪ੍ਰੀਤ ਤੀਹ ਸਾਲ ਦਾ ਹੈ।"]));
  });
});

describe("content: sexual, told in the prose of a climax in Italian, Polish and Japanese", () => {
  // Adults only, two consenting partners; nothing here mentions an age or a young person.
  it("tags two such acts together, and not one word of them in a plain sentence", () => {
    for (const text of ["*Ti fa sedere sul bancone. Poi ti penetra lì, in piedi, finché lui ti viene dentro.*", "*Wsuwa cię w siebie i porusza biodrami, aż dochodzi z głośnym jękiem.*", "*浴衣を脱がせ、ゆっくりと腰を動かし、彼女の中で果てる。*"]) {
      assert.ok(has("sexual", [text]), text);
    }
    for (const text of ["Mi viene dentro una gran voglia di gelato.", "Mi viene dentro la paura del buio, come sempre.", "Dochodzi z jękiem do drzwi.", "Ti penetra il freddo nelle ossa."]) assert.ok(!has("sexual", [text]), text);
  });
});

describe("content: minor, a baby cared for in the scene, in many languages", () => {
  it("reads a baby with what only a baby has in the same sentence, and not a partner called 'baby'", () => {
    for (const text of ["*Babyen pludrer i barnevognen, mens mormor læser avis.*", "O bebê acordou chorando e a tia foi esquentar a mamadeira.", "*Bebek, annesinin kucağında emzikle uyukluyor.*", "Mi bebé duerme en la cuna."]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["Mi bebé, ¿me pasas el biberón de vino? jaja", "Hola bebé, compré una cuna para el gato", "Mi bebé, ven a la cama."]) assert.ok(!has("minor", [text]), text);
  });
});

// Adults only, stated as a married couple or by name; short and clinical.
describe("content: sexual, one explicit word beside what a body does, in more languages", () => {
  it("tags an explicit word with a second sign of the act, and forms the lists lacked", () => {
    for (const text of [
      "The married couple had intercourse; afterwards he ejaculated and lay beside his wife.",
      "Sua esposa o chupou devagar até ele gozar.",
      "Муж и жена занимались любовью, и он кончил в неё.",
      "Vaimo sai orgasmin, ja mies laukesi pian sen jälkeen.",
      "Hij en zijn vrouw hadden geslachtsgemeenschap; daarna volgde de ejaculatie.",
    ]) assert.ok(has("sexual", [text]), text);
  });

  it("counts a plain climax verb only in the sentence of an explicit word, and the vulgar verb only inflected with its object", () => {
    for (const text of ["The two adults undressed. Her hand closed around his cock and a few strokes later he came.", "My husband and I were alone at last; we fucked until morning, moaning into the pillows."]) assert.ok(has("sexual", [text]), text);
    for (const text of [
      "The urologist examined the penis, and the patient came back on Monday.",
      "He came home late. Later, at the clinic, the nurse explained what a penis exam involves.",
      "He said fuck you and walked out, and she came after him.",
    ]) assert.ok(!has("sexual", [text]), text);
  });

  it("does not take one explicit-sounding word alone, nor Swedish 'fick' (got), 'suger' (sucks) and 'fingrar' (fingers)", () => {
    for (const text of [
      "Jag fick en ny cykel i går. Det suger att det regnar, mina fingrar är iskalla.",
      "The doctor explained that ejaculation problems are common in men over fifty.",
      "The lemon squirted juice across the table and we both laughed.",
      "He finally finished the report. Svršio sam fakultet prošle godine.",
    ]) assert.ok(!has("sexual", [text]), text);
  });
});

describe("content: the labelled passage sets", () => {
  it("reads each passage as a bot's message, labelled for `sexual` alone", async () => {
    const { mkdtemp, rm, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { loadPassageSet } = await import("../eval/content/score.js");
    const folder = await mkdtemp(join(tmpdir(), "pippa-passages-"));
    const path = join(folder, "set.jsonl");
    await writeFile(path, `${JSON.stringify({ id: "p1", text: "They held hands by the sea.", sexual: false, lang: "en", note: "romance" })}\n`);
    const [item] = await loadPassageSet(path).finally(() => rm(folder, { recursive: true, force: true }));
    assert.deepEqual(item.conversation, [{ message: "They held hands by the sea.", is_human: false }]);
    assert.equal(item.textOf("conversation[0].message"), "They held hands by the sea.");
    assert.equal(item.labels.sexual, false);
    assert.equal(item.labels.minor, false);
    assert.equal(item.note, "en: romance");
  });
});

// Neutral scenes: ages told in passing, things' ages, memories of school among adults.
describe("content: minor, an age just turned, memories asked about, and numbers that are not a child's", () => {
  it("reads an age just turned in French, Spanish, Portuguese, German and Dutch", () => {
    for (const text of ["J'ai eu quinze ans en mars, je ne suis plus un bébé.", "Cumplí quince años en marzo.", "Fiz quinze anos em março.", "Ich bin letzten Monat 15 geworden.", "Hij is vorige week 14 jaar geworden."]) assert.ok(has("minor", [text]), text);
  });

  it("does not read 'dix-huit' as ten, a thing's age in words, a verb with another count, nor a school year asked about as a memory", () => {
    for (const text of [
      "Elle a dix-huit ans et elle travaille à la poste.",
      "Un vin de quinze ans, c'est pour les grandes occasions.",
      "Mira, este coche tiene dieciséis años y todavía corre.",
      "J'ai eu 15 points à l'examen de conduite.",
      "Fiz 15 flexões hoje de manhã.",
      "Quand j'ai eu 15 ans, on a déménagé à Lyon. Aujourd'hui j'en ai 40.",
      "Ti ricordi quando eri in terza media e venivi qui dopo la scuola?",
      "Vi har ju känt varandra sen vi gick i sjuan, det är snart 27 år!",
    ]) assert.ok(!has("minor", [text]), text);
  });
});

// Neutral everyday scenes with small children; adults' places and memories as the traps.
describe("content: minor, what only a small child has or does", () => {
  it("reads a high chair, a stroller, T-ball, a kindergarten year, and not a field's name or a memory", () => {
    for (const text of ["The little guy in the high chair has decided spaghetti is a hat.", "Mason's mom signed him up for Little League, and he sleeps in the cleats.", "Sipho is in Grade R and shares the crayons best.", "Guddu, you're in UKG now, stop climbing the mango tree."]) {
      assert.ok(has("minor", [text]), text);
    }
    for (const text of ["The Little League field is being resurfaced this summer.", "Reggie was a Little League all-star back in '88; these days he's an accountant."]) assert.ok(!has("minor", [text]), text);
  });
});

// Neutral chat lines: a character telling the user their age, as chats spell "you" and "you're".
describe("content: minor, 'you' as chats spell it", () => {
  it("reads an age told with 'ur', 'u r', 'ure' and an age turned soon with 'u' or 'you'", () => {
    for (const text of ["ur only 15 tho, mum won't let u go", "u r 14 lol, no way", "ure 13, you can't drive", "u turn 16 next month right", "you turn 16 next month, so one more year of bus passes"]) assert.ok(has("minor", [text]), text);
  });

  it("does not read 'ur' as 'you're' before a unit, an adult's age or an ordinal, nor 'you turn' with no time to come", () => {
    for (const text of ["ur 15 minutes late again", "ur 30 and still living with ur mum", "i saw ur 2 cats at the window", "ur 15th try today", "ur 19 now, time to get a job", "you turn 40 next month!"]) assert.ok(!has("minor", [text]), text);
  });
});

describe("content: minor, small numbers in words in a language's own age statements", () => {
  it("reads one to eleven in words where the language's statement of an age holds them", () => {
    const texts = [
      "Mi sobrino tiene tres años y ya habla sin parar.",
      "Fratele meu mai mic are doi ani și doarme mult.",
      "Adik saya baru lima tahun.",
      "Mwanangu ana miaka saba.",
      "Kardeşim daha üç yaşında.",
      "मेरी बहन सिर्फ़ पाँच साल की है।",
      "Ang bunso namin ay tatlong taong gulang pa lang.",
      "Η ανιψιά μου είναι μόλις τριών χρονών.",
      "My boetie is net drie jaar oud.",
      "Em bé nhà tôi ba tuổi rồi.",
    ];
    assertMinor(texts);
  });

  it("does not read a small number that is part of an adult's age, beside digits, a span of years, a memory or a likeness", () => {
    const texts = [
      "Mi hermano tiene treinta y cinco años.",
      "Siya ay dalawampu't limang taong gulang at nars sa Maynila.",
      "بیست و چهار سالمه و معمارم.",
      "Elle a dix-huit ans, cette voiture.",
      "Chị mà hai ba tuổi thì chắc đã đi bar mỗi tối.",
      "Ngôi chùa này đã có hơn năm trăm năm tuổi.",
      "Ngôi chùa này đã hơn 700 năm tuổi.",
      "Hace tres años que vivo aquí.",
      "Il y a trois ans, j'habitais à Lyon.",
      "وقتی ده ساله بودم تابستان‌ها به روستا می‌رفتیم.",
      "რვა წლის რომ ვიყავი, ბაბუამ ცურვა მასწავლა.",
      "লুডুতে হারলে পাঁচ বছরের বাচ্চার মতো গাল ফোলায়, অথচ বয়স ৪৫।",
    ];
    assertNoMinor(texts);
  });
});

describe("content: minor, words for an infant that no one calls an adult, in many languages", () => {
  it("reads an infant, a newborn or a toddler named in a scene as English 'infant' is read", () => {
    const texts = ["Le nourrisson dort dans la chambre.", "Der Säugling schläft endlich.", "Niemowlę śpi w pokoju obok.", "Miminko se v noci budí.", "Младенец спит в соседней комнате.", "התינוקת ישנה ליד החלון.", "婴儿在睡觉。", "Kūdikis miega.", "El nadó dorm.", "Bayi tu menangis sebab lapar.", "De peuter wil zelf zijn schoenen aantrekken."];
    assertMinor(texts);
  });

  it("does not read one said with a possessive as an endearment, one remembered, or a likeness", () => {
    const texts = ["הוא בן עשרים וחייל, אבל הוא עדיין התינוק שלי.", "Quand j'étais nourrisson, je pleurais toute la nuit.", "Elle pleure comme un nourrisson quand elle perd.", "Als Säugling war ich oft krank."];
    assertNoMinor(texts);
  });
});

describe("content: minor, twelve to seventeen in the languages n2words lacks, Swahili's agreeing forms and Tagalog's linker", () => {
  it("reads them in the languages' age statements", () => {
    const texts = ["Peťo má dvanásť rokov a zbiera kartičky.", "Imam petnajst let.", "Ta on neliteist aastat vana ja laulab koolikooris.", "Juma ana miaka kumi na minne na anacheza mpira.", "Mwanangu ana miaka mitatu.", "Labing-apat na taong gulang si Maria.", "Sy is vyftien jaar oud."];
    assertMinor(texts);
  });

  it("does not read an Afrikaans pickup's or car's age as a person's", () => {
    assertNoMinor(["En die ou bakkie, sestien jaar oud, loop nog soos 'n horlosie.", "Die motor is 16 jaar oud."]);
  });
});

describe("content: minor, a school year looked back on with 'back'", () => {
  it("does not read 'back in grade 9' as a pupil's year now, but reads 'I'm back in grade 9'", () => {
    assert.ok(!has("minor", ["back in grade 9 my teacher hated me, and now I'm the one marking essays"]));
    assert.ok(has("minor", ["I'm back in grade 9 this year after we moved"]));
  });
});

describe("content: minor, eighteen still to come in more languages", () => {
  it("reads eighteen turned in a month or a season to come as seventeen now", () => {
    const texts = ["Hun fyller 18 i desember, så hun kan ikke ta lappen før da.", "Täytän 18 vasta ensi keväänä, joten en voi vielä äänestää.", "A minha prima faz 18 anos no mês que vem.", "Verișoara mea împlinește 18 ani abia în august.", "Kończę 18 lat w grudniu.", "Ей исполнится 18 в декабре.", "Ella cumple 18 el mes que viene.", "Compie 18 anni il mese prossimo."];
    assertMinor(texts);
  });

  it("does not read eighteen already turned, or a marriage's eighteenth year", () => {
    assertNoMinor(["Hun fyllde 18 i desember og flyttet hjemmefra.", "Ella cumplió 18 en diciembre.", "Fazemos 18 anos de casados em maio."]);
  });
});

describe("content: minor, a baby's months in the words of a language n2words lacks; young animals' ages", () => {
  it("reads a baby's months told in Slovak words", () => {
    assertMinor(["Bábätko má päť mesiacov.", "Naše bábätko má už sedem mesiacov a lezie všade."]);
  });

  it("does not read a puppy's or a foal's age as a child's", () => {
    assertNoMinor(["Il mio cucciolo ha 12 anni ormai.", "Mein Welpe ist 12 Jahre alt.", "Our foal is 2 years old and already jumping fences."]);
  });
});

describe("content: minor, the first years of ESO and Catalan school years", () => {
  it("reads the first and second years of ESO, in Spanish and Catalan, and Catalan primary years", () => {
    assertMinor(["Voy a segundo de ESO y tengo examen mañana.", "Faig 2n d'ESO i la profe és super exigent.", "El meu fill fa tercer de primària."]);
  });

  it("does not read a teacher's class or a year remembered", () => {
    assertNoMinor(["Doy clase a segundo de ESO desde hace diez años.", "Quan feia 3r d'ESO vaig conèixer la Marta; ara tenim trenta anys."]);
  });
});

describe("content: minor, younger by some years than another whose age ends a clause or is told in words", () => {
  it("works the age out from '20,' and from 'двадцать'", () => {
    assertMinor(["Брату 20, а я на 6 лет младше.", "Ему двадцать, а я на шесть лет младше, я уже не маленький."]);
  });

  it("does not read a decimal as an age, nor a difference from an adult's age that leaves an adult", () => {
    assertNoMinor(["Брату 20,5 км до дома, а я на 6 лет младше его друга, которому 30.", "Mi hermana tiene treinta y yo soy cuatro años menor."]);
  });
});

describe("content: minor, Hindi ages turned with 'का हुआ' and Tagalog 'Grade N kami'", () => {
  it("reads an age just turned in Hindi and a school year said of 'we' in Tagalog", () => {
    assertMinor(["मैं इस साल मार्च में ही पंद्रह का हुआ हूँ।", "वो पिछले महीने 14 की हो गई।", "Syempre kami mananalo, Grade 10 kami eh."]);
  });

  it("does not read an age turned long ago ('जब मैं दस का हुआ') or a price", () => {
    assertNoMinor(["जब मैं दस का हुआ तब हम दिल्ली आए, अब मैं चालीस का हूँ।", "यह पंद्रह का है"]);
  });
});

describe("content: minor, a sheet's birth date and its setting's year on the next line", () => {
  it("works the age out when the birth year's line runs into a 'Setting:' line", () => {
    const episode = { bot_description: "Name: Elodie Marsh\nBorn: 14 March 2011\nSetting: present day, October 2025, in a rainy seaside town", bot_greeting: "Hi.", bot_definitions: "", conversation: [{ message: "Hi.", is_human: false }] };
    assert.ok(classifyContent(episode).tags.minor !== undefined);
    assert.equal(classifyContent({ ...episode, bot_description: "Name: Elodie Marsh\nBorn: 14 March 1990\nSetting: present day, October 2025" }).tags.minor, undefined);
  });
});

describe("content: minor, the birthday child's age just turned", () => {
  it("reads the age said right after 'the birthday boy' or 'girl'", () => {
    assertMinor(["*Leans back* There's the birthday boy! Twelve last week, huh?", "And here's our birthday girl, 9 today!"]);
  });

  it("does not read an adult's birthday", () => {
    assertNoMinor(["Here's the birthday girl! Thirty today!", "The birthday girl is 40 and fabulous."]);
  });
});

describe("content: minor, a pupil's year with what the pupil does in it", () => {
  it("reads 'Grade 7 is hectic', 'I'm wasting Year 11', 'she's starting Year 7'", () => {
    assertMinor(["Eish, Grade 7 is hectic! Mrs Naidoo says we must start preparing for high school.", "mum keeps saying I'm wasting Year 11 and I'll end up with nothing", "She's starting Year 7 in September and she's nervous."]);
  });

  it("does not read a career's year, an instrument's grade or a teacher's class", () => {
    assertNoMinor(["I'm starting year 10 of my career at the bank.", "I'm doing grade 8 piano next month, at forty-two.", "I teach grade 7, and it is hectic."]);
  });
});

describe("content: minor, a freshman or a sophomore where a high school and no college is named", () => {
  it("reads one", () => {
    assertMinor(["Ms. Alvarez, 39, counselor at Lincoln High. {{user}} is Jade, a sophomore who walked into her office during lunch.", "Jade, a sophomore, goes to Lincoln High."]);
  });

  it("does not read a college's", () => {
    assertNoMinor(["Jade is a sophomore at Stanford.", "Jade is a sophomore; she went to Lincoln High before college."]);
  });
});

describe("content: minor, more school years and cards", () => {
  it("reads a Korean high school's first year, a Hong Kong form, Year 6 beside SATs, a brevet blanc and a card's 'Story year'", () => {
    assertMinor(["고등학교 1학년이에요.", "我讀中四，功課好多。", "It's SATs next week. Year 6 and we all have to be quiet.", "demain j'ai le brevet blanc, je stresse"]);
    assert.ok(classifyContent({ bot_description: "", bot_greeting: "Hi.", bot_definitions: "Name: Kemar\nBorn: 2011\nStory year: 2026", conversation: [{ message: "Hi.", is_human: false }] }).tags.minor !== undefined);
  });

  it("does not read a narrator's 'dritte Person', a P2 mask, a Korean high school's third year or 'on the way four times'", () => {
    assertNoMinor(["Erzähler in der dritten Person. Berliner Unterwelt-Drama.", "*He tosses you a P2 mask.* Test before you touch.", "고등학교 3학년이에요.", "途中四回も止まった。"]);
  });
});
