/**
 * Word lists the detectors consult: English words that are also first names or surnames (never a
 * name without strong context), calendar words, honorifics, street and unit words.
 */

/** Common English words that appear in name lists ("Will", "May", "Hope", "Bill"...). */
export const COMMON_WORDS = new Set(
  `a about above across act add after again against age ago ah all almost alone along already also always am among an and angel angry another answer any anyone anything april are area arm army around art as ask at august autumn away baby back bad bag ball band bank bar base be bear beat beautiful because bed been before began begin behind being bell below bench best better between big bill bird bit black blade blood blue board boat body bold bone book born both box boy brave bread break bright bring brook brother brown build burn bush business busy but buy by call calm came can cap captain car card care carry case cash cat catch cause chance change chapter charm chase check chief child choice church city clay clear cliff close cloud coal coat cold colt come cook cool copper corn could count country course court cover crane cross crow crown cry cut dad dale dark dawn day dead dean dear death deep deer desire destiny did die dim do does dog doll done door dove down drew drink drive drop duke dusk dust each early earl earth east easy eat edge else end even ever every eye face fair faith fall far farm fast father fear feel fell few field fill find fine fire first fish fit five flame flower fly follow food fool foot for ford forest form fox free friend from frost full fun game garden gate gay gem gift girl give glad glen go god gold golden good got grace grand grant grass gray great green grey grove guard guy had hail half hall hand happy hard harmony hart has hate have hawk he head hear heart heath heaven held hell help her here hero high hill him his hit hold hole holly home honest honey honor hope horn horse hot house how hunt hunter i if ill in iron is it its ivy jack jade jay jet jewel joy judge june just keen keep kid kind king knight know lady lake land lane large last late law lay lead leaf learn least leave left less let lie life light like lily line lion little live long look lord lost lot love low luck lucky made main major make man many march mark marsh master may me mean meet melody men mercy merry might mill mine miss moon more morning moss most mother mountain move much must my name near need never new next nice night no noble none north not nothing now oak of off oh old on once one only open or other our out over page palm park part pass past path patience peace pearl penny people pepper person pick place plain play please pond poor power pray price pride prince queen quick rain raven ray read ready real red reed rest rich ride right ring rise river road rob robin rock rose rough round royal ruby run rush rusty sad safe sage said sail saint salt same sand sandy saw say sea season see seem sell send serve set shade shadow shall she ship shore short should show side sign silver simple since sing sir sister sit sky slate small snow so some son song soon sound south spark speak spring stand star start stay steel step stern still stone storm story strong such summer sun sunny sure swan sweet take tale talk tall tell than thank that the their them then there these they thing think this those though three through time tiny to today told too top town tree true trust try turn two under up upon us use very view violet wade wait walk wall want war ward warm was watch water way we well were west what when where which while white who why wild will win wind winter wise wish with without wolf wood word work would yes yet you young your
  ok okay yeah yep nah lol lmao omg ooc brb idk tbh imo btw pls plz thanks thx hey hi hello bye sorry wow yay hmm huh ugh
  ara fufu fufufu kyaa kya nya nyaa uwu owo hmph ehehe ehe teehee hehe haha ahaha muahaha senpai sensei kun chan sama san dono onii oni nee baka`
    .split(/\s+/)
    .filter(Boolean),
);

/** Labels of form fields and contact lines ("Mobile: …", "Desk: …"): not speaker names. */
export const FIELD_LABELS = new Set(
  "mobile cell phone tel telephone fax desk work home office email mail address zip postcode name first last where when who what why how date time note notes edit ps pps nb tip warning important update source sources link links website site url discord insta instagram twitter snap snapchat tiktok reddit twitch youtube yt ig ooc author creator summary tags tag rating warnings content scenario personality description greeting example examples status location age birthday dob sex gender pronouns height weight species race occupation job class level hp mp str dex con int wis cha stats inventory skills abilities appearance likes dislikes backstory bio q a answer question".split(
    " ",
  ),
);

export const WEEKDAYS_AND_MONTHS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);

export const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "mister", "madam", "madame", "mme", "mlle", "herr", "frau", "sr", "sra", "srta", "don", "doña"]);

/** Relation words that introduce a real person by name ("my flatmate tane", "boss rick"). */
export const RELATIONS = [
  "mom", "mum", "mother", "mama", "momma", "dad", "father", "papa", "stepmom", "stepdad", "sister", "sis", "brother", "bro", "sibling", "twin",
  "friend", "bestfriend", "bestie", "bff", "bf", "gf", "boyfriend", "girlfriend", "wife", "husband", "partner", "fiance", "fiancé", "fiancee", "cousin",
  "aunt", "auntie", "aunty", "uncle", "grandma", "grandpa", "granny", "gran", "nana", "nanna", "nan", "grandmother", "grandfather", "teacher",
  "prof", "professor", "boss", "manager", "supervisor", "coworker", "co-worker", "colleague", "classmate", "roommate", "flatmate", "housemate",
  "mate", "landlord", "landlady", "neighbor", "neighbour", "son", "daughter", "kid", "crush", "ex", "therapist", "counselor", "counsellor",
  "coach", "tutor", "doctor", "babysitter", "nephew", "niece", "stepsister", "stepbrother", "godmother", "godfather", "dog", "cat",
];

/** Words that introduce a person by relation: "my mom linda", "my friend jake". */
export const RELATION_WORDS = [
  "mom", "mum", "mother", "dad", "father", "sister", "sis", "brother", "bro", "friend", "bestie", "bff", "bf", "gf", "boyfriend", "girlfriend",
  "wife", "husband", "partner", "cousin", "aunt", "uncle", "grandma", "grandpa", "granny", "nan", "teacher", "boss", "coworker", "classmate",
  "roommate", "neighbor", "neighbour", "son", "daughter", "crush", "ex", "babe", "named", "name", "names", "called", "call", "im", "i'm", "i’m",
  "said", "says", "told", "asked", "texted", "mr", "mrs", "ms", "dr", "hi", "hey", "dear", "love", "it's me", "its me", "this is", "my name", "nickname",
  "lives", "met", "with", "and",
];

/** Street words (English and the commonest others); a number before or after one makes an address. */
export const STREET_WORDS = [
  "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court", "ct", "way", "place", "pl",
  "terrace", "ter", "circle", "cir", "parkway", "pkwy", "highway", "hwy", "square", "sq", "trail", "trl", "crescent", "cres", "close", "row",
  "alley", "plaza", "path", "pike", "route", "rte", "loop", "grove", "gardens", "mews", "walk", "hill", "heights", "park",
  "straße", "strasse", "str", "gasse", "weg", "platz", "allee", "ring", "damm", "straat", "laan", "gracht", "plein", "kade", "rue", "avenue",
  "boulevard", "chemin", "impasse", "allée", "calle", "avenida", "av", "paseo", "plaza", "camino", "carrera", "rua", "travessa", "largo",
  "via", "viale", "piazza", "corso", "vicolo", "ulica", "ul", "aleja", "utca", "út", "útja", "tér", "vej", "gade", "gata", "gatan", "vägen",
  "väg", "veien", "vei", "katu", "tie", "polku", "ulitsa", "prospekt", "náměstí", "třída", "jakobi",
];

export const UNIT_WORDS = ["apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "room", "rm", "bldg", "building", "#", "no", "nr", "piso", "étage", "etage", "wohnung", "apto", "depto", "dpto", "appartement", "appart", "interno"];

/**
 * Large cities and regions people say they live in, in addition to the generated gazetteer
 * (which holds fake-data city names more than real ones).
 */
export const MAJOR_PLACES = `tokyo, osaka, kyoto, yokohama, nagoya, sapporo, fukuoka, seoul, busan, beijing, shanghai, shenzhen, guangzhou, hong kong, taipei, singapore, manila, quezon city, cebu, jakarta, bandung, surabaya, bangkok, hanoi, ho chi minh city, kuala lumpur, delhi, new delhi, mumbai, bangalore, bengaluru, hyderabad, chennai, kolkata, pune, karachi, lahore, dhaka, kathmandu, colombo, dubai, abu dhabi, riyadh, jeddah, doha, tehran, istanbul, ankara, izmir, cairo, alexandria, lagos, abuja, nairobi, accra, johannesburg, cape town, durban, casablanca, tunis, algiers, addis ababa, kinshasa,
london, manchester, birmingham, liverpool, leeds, sheffield, bristol, newcastle, glasgow, edinburgh, cardiff, belfast, dublin, cork, nottingham, leicester, brighton, oxford, cambridge, southampton, portsmouth, aberdeen, coventry,
paris, marseille, lyon, toulouse, nantes, lille, bordeaux, strasbourg, brussels, antwerp, amsterdam, rotterdam, the hague, utrecht, eindhoven, berlin, hamburg, munich, cologne, frankfurt, stuttgart, dusseldorf, düsseldorf, dortmund, leipzig, dresden, hanover, vienna, zurich, geneva, basel, madrid, barcelona, valencia, seville, bilbao, malaga, lisbon, porto, rome, milan, naples, turin, florence, venice, bologna, palermo, athens, thessaloniki, warsaw, krakow, wroclaw, gdansk, poznan, prague, brno, budapest, bucharest, sofia, belgrade, zagreb, ljubljana, bratislava, copenhagen, stockholm, gothenburg, malmo, oslo, bergen, helsinki, reykjavik, tallinn, riga, vilnius, kyiv, kiev, kharkiv, odesa, lviv, minsk, moscow, saint petersburg, st petersburg, novosibirsk, yekaterinburg, kazan,
new york, new york city, nyc, brooklyn, queens, the bronx, manhattan, staten island, los angeles, chicago, houston, phoenix, philadelphia, philly, san antonio, san diego, dallas, austin, san jose, jacksonville, fort worth, columbus, charlotte, indianapolis, san francisco, seattle, denver, washington dc, boston, el paso, nashville, detroit, oklahoma city, portland, las vegas, memphis, louisville, baltimore, milwaukee, albuquerque, tucson, fresno, sacramento, kansas city, atlanta, miami, orlando, tampa, raleigh, omaha, minneapolis, cleveland, pittsburgh, cincinnati, st louis, new orleans, honolulu, anchorage, salt lake city, boise, buffalo, hartford, providence, newark, jersey city, plano, irvine, oakland, long beach,
toronto, montreal, vancouver, calgary, edmonton, ottawa, winnipeg, quebec city, halifax, mexico city, guadalajara, monterrey, tijuana, bogota, bogotá, medellin, lima, santiago, buenos aires, sao paulo, são paulo, rio de janeiro, brasilia, belo horizonte, fortaleza, recife, porto alegre, curitiba, montevideo, caracas, quito, havana, san juan,
sydney, melbourne, brisbane, perth, adelaide, canberra, gold coast, hobart, auckland, wellington, christchurch,
alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia, west virginia, wisconsin, wyoming,
ontario, quebec, british columbia, alberta, manitoba, saskatchewan, nova scotia, new brunswick, newfoundland, queensland, new south wales, tasmania, scotland, wales, england, northern ireland, bavaria, catalonia, andalusia,
usa, united states, the united states, america, canada, mexico, brazil, argentina, chile, colombia, peru, venezuela, uk, britain, great britain, ireland, france, germany, spain, portugal, italy, netherlands, holland, belgium, switzerland, austria, poland, czechia, czech republic, slovakia, hungary, romania, bulgaria, greece, turkey, sweden, norway, denmark, finland, iceland, estonia, latvia, lithuania, ukraine, russia, belarus, serbia, croatia, slovenia, bosnia, albania, japan, china, korea, south korea, taiwan, philippines, indonesia, malaysia, thailand, vietnam, india, pakistan, bangladesh, nepal, sri lanka, iran, iraq, israel, egypt, morocco, nigeria, kenya, ghana, south africa, ethiopia, saudi arabia, uae, qatar, australia, new zealand`
  .split(/\s*,\s*/)
  .filter(Boolean);

/** `MAJOR_PLACES` as a set, for look-ups. */
export const MAJOR_PLACE_SET: ReadonlySet<string> = new Set(MAJOR_PLACES);

/** Words that make the capitalised word after them a town's name ("North Platte", "Lake Charles", "Port Ofelia"). */
export const TOWN_PREFIXES = ["North", "South", "East", "West", "New", "Port", "Fort", "Lake", "Mount", "San", "Santa", "Saint"] as const;
