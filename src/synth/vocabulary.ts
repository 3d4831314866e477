/** Word lists for the synthetic corpus: enough variety to read like role-play, nothing more. */

export const FIRST_NAMES = [
  "Ayaka", "Hinata", "Sakura", "Rin", "Mei", "Yuki", "Kaito", "Ren", "Sora", "Haruto", "Akane", "Miku",
  "Elena", "Lucia", "Isolde", "Freya", "Aria", "Selene", "Lyra", "Nora", "Vivian", "Astrid", "Mira", "Cora",
  "Damian", "Lucas", "Adrian", "Felix", "Gideon", "Silas", "Victor", "Cassian", "Leon", "Marcus", "Elias", "Rowan",
  "Zhongli", "Xiao", "Raiden", "Tartaglia", "Kazuha", "Venti", "Albedo", "Diluc", "Klee", "Nahida", "Furina", "Lumine",
  "Jinx", "Vi", "Ezreal", "Ahri", "Yor", "Loid", "Anya", "Makima", "Power", "Denji", "Gojo", "Megumi", "Nobara", "Sukuna",
];

export const SURNAMES = [
  "Kamisato", "Hoshino", "Takahashi", "Nakamura", "Ashford", "Blackwood", "Valentine", "Moreau", "Sinclair",
  "Everhart", "Nightshade", "Ravenscroft", "Kuroda", "Morgenstern", "Castellan", "Whitlock", "Forger", "Satoru",
];

export const TITLES = [
  "The Dungeon Master", "Your Roommate", "The Knight Commander", "Class President", "The Librarian",
  "Your Childhood Friend", "The Dragon", "The Ghost in the Attic", "Café Owner", "Space Captain",
  "The Detective", "Your Rival", "The Witch of the Woods", "Narrator", "Text Adventure", "The Butler",
];

export const ROLES = [
  "knight", "witch", "maid", "student", "detective", "dragon", "vampire", "pirate captain", "librarian",
  "bounty hunter", "princess", "mercenary", "android", "idol", "healer", "thief", "demon lord", "teacher",
];

export const PLACES = [
  "the castle", "the academy", "the old library", "the forest", "the tavern", "the harbor", "the rooftop",
  "the shrine", "the space station", "the city", "the village", "the dungeon", "the garden", "the café",
  "the train station", "the palace", "the market", "the beach", "the mountains", "the guild hall",
];

export const NOUNS = [
  "sword", "book", "letter", "ring", "map", "door", "window", "cup of tea", "cake", "lantern", "key", "song",
  "story", "secret", "promise", "dream", "plan", "gift", "flower", "storm", "night", "morning", "journey",
  "quest", "potion", "spell", "coin", "blade", "shield", "crown", "mirror", "painting", "bench", "rain",
  "moon", "star", "fire", "river", "bridge", "path", "hand", "smile", "voice", "heart", "name", "reason",
];

export const ADJECTIVES = [
  "old", "quiet", "bright", "dark", "warm", "cold", "strange", "beautiful", "tiny", "heavy", "soft", "silver",
  "golden", "broken", "ancient", "gentle", "sharp", "sweet", "bitter", "lonely", "familiar", "hidden", "red",
  "blue", "wild", "calm", "curious", "careful", "brave", "tired", "perfect", "simple", "little", "long",
];

export const VERBS = [
  "find", "keep", "open", "read", "carry", "follow", "protect", "remember", "forget", "see", "hear", "bring",
  "take", "leave", "hold", "watch", "try", "need", "want", "make", "break", "fix", "hide", "show", "share",
  "help", "meet", "visit", "explore", "finish", "start", "choose", "trust", "understand", "explain", "cook",
];

export const VERBS_PAST = [
  "found", "kept", "opened", "read", "carried", "followed", "protected", "remembered", "forgot", "saw",
  "heard", "brought", "took", "left", "held", "watched", "tried", "needed", "wanted", "made", "broke",
  "fixed", "hid", "showed", "shared", "helped", "met", "visited", "explored", "finished", "started",
];

export const ACTIONS = [
  "smiles softly", "tilts her head", "crosses his arms", "laughs quietly", "looks away", "sighs",
  "leans closer", "raises an eyebrow", "nods slowly", "blushes", "takes a step back", "grins",
  "adjusts her glasses", "draws his sword", "pours another cup of tea", "glances at the door",
  "hums a quiet tune", "folds the letter carefully", "frowns", "stretches lazily", "waves",
  "puts a hand on your shoulder", "rolls her eyes", "chuckles", "pauses for a moment",
];

export const ADVERBS = [
  "slowly", "quietly", "carefully", "suddenly", "gently", "softly", "quickly", "nervously", "happily",
  "calmly", "finally", "almost", "really", "still", "never", "always", "just", "maybe", "probably",
];

export const DETERMINERS = ["the", "a", "this", "that", "my", "your", "our", "his", "her", "every", "one"];

export const PREPOSITIONS = ["in", "near", "behind", "under", "through", "across", "beside", "inside", "from", "toward", "above"];

export const INTERJECTIONS = ["Oh", "Hmm", "Well", "Ah", "Hey", "Wait", "Huh", "Fufu", "Ara ara", "Listen", "Alright", "Look"];

export const TIMES = ["tonight", "tomorrow", "before dawn", "at noon", "later", "right now", "soon", "after the festival"];

export const FEELINGS = ["happy", "nervous", "curious", "tired", "excited", "worried", "sure", "ready", "sorry", "glad"];

/** Sprinkled rarely so the non-ASCII escape paths see real use. */
export const FLOURISHES = [" 😊", " ❤️", "…", " — really.", " (˶ᵔ ᵕ ᵔ˶)", " ✨", " café", " naïve"];

export const HUMAN_OPENERS = ["hi", "hello", "hey", "yes", "no", "okay", "really?", "why?", "what?", "sure", "lol", "hmm", "thanks"];

/** c.ai's categories, most common first (PIPPA's distribution is led by these three). */
export const CATEGORIES = [
  "Anime", "Fantasy", "Action", "Romance", "Games", "Comedy", "Original", "Helpers", "Movies & TV", "Books",
  "Famous People", "Discussion", "VTuber", "Image Generating", "Language Learning", "Animals", "History",
  "Philosophy", "Religion", "Science", "Politics", "Cooking",
];
