/**
 * `hate`: demeaning or dehumanising statements about a protected group (race, ethnicity,
 * religion, sexuality, gender identity, disability). A villain insulting one person, or a story's
 * rivalry between invented races ("filthy orcs"), is not hate: the group must be a real one.
 * Slurs are the ethnic and sexual ones of the List of Dirty, Naughty, Obscene and Otherwise Bad
 * Words (`naughty-words`), named here only as the list spells them.
 */
import { evidenceOf, wordsPattern } from "./match-all.js";
import { hasFamily, triggerFamily } from "./triggers.js";
import type { ContentEvidence, ContentField } from "./types.js";

export const SLURS_FROM_LIST = ["beaner", "beaners", "coon", "coons", "darkie", "faggot", "fag", "jigaboo", "kike", "nigga", "nigger", "paki", "spic", "towelhead", "tranny", "wetback", "slanteye"] as const;

const GROUP_WORDS = [
  "black", "white", "asian", "arab", "jewish", "muslim", "christian", "hindu", "mexican", "immigrant", "gay", "lesbian", "trans", "transgender", "queer", "disabled", "autistic",
  "chinese", "african", "latino", "indian", "women", "jews", "muslims", "blacks", "gays", "immigrants", "refugees", "migrants", "arabs", "asians", "mexicans", "africans", "christians",
  "roma", "gypsies", "gypsy", "jew", "hindus", "sikhs", "latinos", "lesbians", "trans people", "disabled people", "the disabled", "retards",
];
const GROUPS = `(?:${GROUP_WORDS.join("|")})(?:\\s+(?:people|folks|men|women|kids|inmates|immigrants|refugees|guys|families))?`;
const DEHUMANISING =
  "(?:animals|vermin|subhuman|sub-human|parasites|rats|cockroaches|filth|filthy|a disease|diseased|a plague|inferior|savages|trash|garbage|not human|less than human|worthless|a cancer|disgusting|freaks|mentally ill|criminals|rapists|thieves|thieving|useless eaters|degenerates|abominations|an abomination|unnatural)";
const DEMEANING = new RegExp(
  [
    `(?<![\\p{L}])(?:all\\s+)?${GROUPS}\\s+(?:are|is|r)\\s+(?:all\\s+|just\\s+|nothing\\s+but\\s+|a\\s+bunch\\s+of\\s+|[\\p{L}-]+\\s+){0,3}${DEHUMANISING}(?![\\p{L}])`,
    `(?<![\\p{L}])${GROUPS},?\\s+(?:all\\s+of\\s+(?:them|['’]em)|every\\s+(?:one|last\\s+one)\\s+of\\s+them|the\\s+lot\\s+of\\s+them),?\\s+(?:[\\p{L}-]+\\s+){0,2}${DEHUMANISING}(?![\\p{L}])`,
    `(?<![\\p{L}])(?:calls?|called|calling)\\s+(?:the\\s+)?${GROUPS}\\s+(?:[\\p{L}-]+\\s+){0,2}${DEHUMANISING}(?![\\p{L}])`,
    `(?<![\\p{L}])${GROUPS}\\s+(?:shouldn['’]?t|should\\s+not|don['’]?t\\s+deserve\\s+to|shouldn['’]?t\\s+be\\s+allowed\\s+to)\\s+(?:exist|live|be\\s+allowed|breed|vote)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:kill|gas|exterminate|wipe\\s+out|get\\s+rid\\s+of|deport|ban|hang)\\s+(?:all\\s+)?(?:the\\s+)?${GROUPS}(?![\\p{L}])`,
    `(?<![\\p{L}])${GROUPS}\\s+(?:should|must|need\\s+to|deserve\\s+to)\\s+(?:die|be\\s+killed|be\\s+exterminated|be\\s+gassed|be\\s+eliminated|be\\s+banned|be\\s+locked\\s+up|burn|go\\s+back)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:i\\s+hate|we\\s+hate|hate\\s+all)\\s+(?:all\\s+)?(?:the\\s+)?${GROUPS}(?![\\p{L}])`,
  ].join("|"),
  "giu",
);

const SLURS = wordsPattern(SLURS_FROM_LIST);
const SLURS_FAMILY = triggerFamily(SLURS_FROM_LIST);
/** Every demeaning pattern names a group or a verb of harm; texts without one are skipped. */
const DEMEANING_FAMILY = triggerFamily(GROUP_WORDS);

/**
 * Real groups named as people (plural nouns, not the adjectives: "black rats" names no one), by language, and the nouns that
 * make people vermin or beasts. A group and such a noun close together ("Les juifs, c'est des rats", "Muslims are
 * cockroaches, breeding…", "Вы, азиаты, не люди, а скот") is a dehumanising statement however the sentence is built.
 */
const GROUP_NOUNS = [
  "jews", "jewish people", "muslims", "arabs", "blacks", "black people", "asians", "asian people", "mexicans", "immigrants", "migrants", "refugees", "gays", "gay people", "gay men", "lesbians",
  "trans people", "disabled people", "the disabled", "deaf people", "gypsies", "travellers", "roma", "sikhs", "hindus", "kurds", "turks", "moroccans", "africans", "indians", "chinese", "indigenous people",
  "juifs", "arabes", "musulmans", "noirs", "gitans", "roms", "homosexuels", "immigrés", "migrants", "judíos", "moros", "musulmanes", "negros", "gitanos", "indios", "inmigrantes", "homosexuales",
  "judeus", "ciganos", "muçulmanos", "imigrantes", "juden", "muslime", "türken", "ausländer", "schwarze", "zigeuner", "flüchtlinge", "ebrei", "zingari", "musulmani", "negri", "immigrati",
  "joden", "moslims", "marokkanen", "turken", "żydzi", "cyganie", "muzułmanie", "евреи", "мусульмане", "азиаты", "цыгане", "мигранты", "геи", "cina", "orang cina", "kurden", "kürtler",
  "lesbijki", "geje", "homoseksualiści", "omosessuali", "gente preta", "pretos", "роми", "ромів", "євреї", "мусульмани", "araplar", "yahudiler", "suriyeliler",
];
const DEHUMANISING_NOUNS = [
  "vermin", "rats", "cockroaches", "roaches", "parasites", "subhuman", "subhumans", "sub-human", "animals", "beasts", "apes", "monkeys", "cattle", "a plague", "not human", "not people", "non-humans",
  "breed like rats", "breed like rabbits", "defectives",
  "vermine", "cafards", "animaux", "singes", "bêtes", "sous-hommes", "ratas", "cucarachas", "parásitos", "animales", "monos", "alimañas", "una plaga", "bestias",
  "ratos", "baratas", "parasitas", "animais", "macacos", "uma praga", "ratten", "ungeziefer", "kakerlaken", "parasiten", "tiere", "affen", "untermenschen",
  "ratti", "scarafaggi", "parassiti", "animali", "scimmie", "bestie", "ratten", "kakkerlakken", "ongedierte", "parasieten", "beesten", "apen",
  "szczury", "karaluchy", "robactwo", "pasożyty", "zwierzęta", "małpy", "крысы", "тараканы", "паразиты", "животные", "скот", "не люди", "нелюди", "обезьяны",
  "tikus", "kecoa", "parasit", "binatang", "hewan", "monyet", "zwierząt", "zaraza", "insan değil", "hayvan", "hayvan sürüsü", "паразити", "щури", "тварини", "no son gente",
];
const GROUP_NOUN = wordsPattern(GROUP_NOUNS);
const DEHUMANISING_NOUN = wordsPattern(DEHUMANISING_NOUNS);
const GROUP_NOUN_FAMILY = triggerFamily(GROUP_NOUNS);
const DEHUMANISING_NOUN_FAMILY = triggerFamily(DEHUMANISING_NOUNS);
/** How close the group and the noun must be (characters): about one sentence. */
const NEAR = 120;

function dehumanisedGroups(field: ContentField): ContentEvidence[] {
  if (field.triggers !== undefined && !(hasFamily(field.triggers, GROUP_NOUN_FAMILY) && hasFamily(field.triggers, DEHUMANISING_NOUN_FAMILY))) return [];
  const groups = evidenceOf(field, GROUP_NOUN, "hate", "dehumanised-group", 0);
  if (groups.length === 0) return [];
  return evidenceOf(field, DEHUMANISING_NOUN, "hate", "dehumanised-group", (match) =>
    groups.some((group) => Math.abs(group.start - match.index) <= NEAR) ? 0.6 : null,
  );
}

/**
 * A slur written censored, as chats, logs and filters write them: "[slur]", "[racial slur]" stand for one said (a slur); "the n-word",
 * "f-slur" name one, said or talked about (a sign that needs another beside it).
 */
const CENSORED_SLUR = /\[(?:slur|racial\s+slur|ethnic\s+slur|homophobic\s+slur|transphobic\s+slur|ableist\s+slur)s?\]/giu;
const NAMED_SLUR = /(?<![\p{L}])(?:[nf]-word|n\s+word|[fr]-slur|[fr]\s+slur)s?(?![\p{L}])/giu;
const NAMED_SLUR_FAMILY = triggerFamily(["n word", "f word", "f slur", "r slur"]);
const CENSORED_FAMILY = triggerFamily(["slur", "slurs"]);

export function detectHate(field: ContentField): ContentEvidence[] {
  return [
    ...evidenceOf(field, DEMEANING, "hate", "demeaning-statement", 0.8, DEMEANING_FAMILY),
    ...evidenceOf(field, SLURS, "hate", "slur", 0.6, SLURS_FAMILY),
    ...evidenceOf(field, CENSORED_SLUR, "hate", "slur", 0.6, CENSORED_FAMILY),
    ...evidenceOf(field, NAMED_SLUR, "hate", "slur", 0.45, NAMED_SLUR_FAMILY),
    ...dehumanisedGroups(field),
  ];
}
