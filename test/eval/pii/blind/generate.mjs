// Generates generated-dev.json and generated-holdout.json (template-filled synthetic PII sentences).
// Deterministic: fixed seeds, fixed faker reference date. Rerun with:  node test/eval/pii/blind/generate.mjs
// Each template slot value becomes one span; offsets are verified against the text before writing.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  fakerEN_US, fakerEN_GB, fakerEN_CA, fakerDE, fakerNL, fakerFR, fakerES, fakerIT, fakerEN_AU, fakerEN_IE,
} from "../../../../node_modules/@faker-js/faker/dist/index.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REF_DATE = "2025-01-01T00:00:00Z";

// ---------------------------------------------------------------------------------------------
// Deterministic helpers
// ---------------------------------------------------------------------------------------------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rnd = mulberry32(1);
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pad = (n, w = 2) => String(n).padStart(w, "0");

const LOCALES = {
  en_US: fakerEN_US, en_GB: fakerEN_GB, en_CA: fakerEN_CA, de: fakerDE, nl: fakerNL,
  fr: fakerFR, es: fakerES, it: fakerIT, en_AU: fakerEN_AU, en_IE: fakerEN_IE,
};
function seedAll(seed) {
  rnd = mulberry32(seed);
  Object.values(LOCALES).forEach((f, i) => { f.seed(seed * 100 + i); f.setDefaultRefDate(REF_DATE); });
}
const LOCALE_WEIGHTS = [
  ["en_US", 30], ["en_GB", 14], ["en_CA", 10], ["de", 9], ["nl", 8], ["fr", 8], ["es", 8], ["it", 5], ["en_AU", 5], ["en_IE", 3],
];
function pickLocale(allowed) {
  const pool = LOCALE_WEIGHTS.filter(([l]) => !allowed || allowed.includes(l));
  const total = pool.reduce((s, [, w]) => s + w, 0);
  let r = rnd() * total;
  for (const [l, w] of pool) { if ((r -= w) < 0) return l; }
  return pool[0][0];
}

// ---------------------------------------------------------------------------------------------
// Value generators
// ---------------------------------------------------------------------------------------------
const REAL_CITIES = {
  en_US: ["Denver", "Portland", "Austin", "Columbus", "Tucson", "Omaha", "Raleigh", "Boise", "Richmond", "Madison", "Spokane", "Albany", "Tampa", "Fresno", "Louisville"],
  en_GB: ["Leeds", "Bristol", "Nottingham", "Sheffield", "Cardiff", "Norwich", "Brighton", "Leicester", "York", "Aberdeen", "Plymouth", "Derby"],
  en_CA: ["Calgary", "Halifax", "Winnipeg", "Ottawa", "Saskatoon", "Victoria", "Kelowna", "Hamilton", "Regina", "Moncton"],
  de: ["Leipzig", "Bremen", "Freiburg", "Dortmund", "Kassel", "Rostock", "Augsburg", "Münster", "Kiel", "Erfurt"],
  nl: ["Utrecht", "Groningen", "Eindhoven", "Leiden", "Zwolle", "Haarlem", "Nijmegen", "Delft", "Breda", "Arnhem"],
  fr: ["Nantes", "Lille", "Rennes", "Toulouse", "Dijon", "Grenoble", "Montpellier", "Reims", "Angers", "Limoges"],
  es: ["Zaragoza", "Málaga", "Valladolid", "Bilbao", "Murcia", "Alicante", "Córdoba", "Gijón", "Vigo", "Granada"],
  it: ["Bologna", "Torino", "Verona", "Padova", "Bari", "Trieste", "Parma", "Perugia", "Genova", "Lecce"],
  en_AU: ["Brisbane", "Adelaide", "Perth", "Hobart", "Geelong", "Cairns", "Canberra", "Darwin"],
  en_IE: ["Cork", "Galway", "Limerick", "Waterford", "Kilkenny", "Sligo", "Dundalk"],
};
const COUNTRY_OF = {
  en_US: ["United States", "USA", "US"], en_GB: ["United Kingdom", "UK", "England", "Scotland", "Wales"],
  en_CA: ["Canada"], de: ["Germany", "Deutschland"], nl: ["Netherlands", "Holland", "Nederland"],
  fr: ["France"], es: ["Spain", "España"], it: ["Italy", "Italia"], en_AU: ["Australia"], en_IE: ["Ireland"],
};
const NATIONALITIES = ["American", "British", "Canadian", "German", "Dutch", "French", "Spanish", "Italian", "Irish",
  "Australian", "Mexican", "Brazilian", "Nigerian", "Indian", "Filipino", "Polish", "Portuguese", "Turkish", "Vietnamese",
  "Korean", "Japanese", "Egyptian", "Kenyan", "Colombian", "Ukrainian", "Greek", "Swedish", "Chinese", "Pakistani", "Moroccan"];
const TITLES = {
  en: { male: ["Mr.", "Mr.", "Mr", "Dr.", "Prof."], female: ["Mrs.", "Ms.", "Ms", "Miss", "Dr.", "Prof."] },
  de: { male: ["Herr", "Herr", "Dr."], female: ["Frau", "Frau", "Dr."] },
  nl: { male: ["Dhr.", "Dhr.", "Dr."], female: ["Mevr.", "Mevr.", "Dr."] },
  fr: { male: ["M.", "M.", "Dr"], female: ["Mme", "Mme", "Dr"] },
  es: { male: ["Sr.", "Sr.", "Dr."], female: ["Sra.", "Sra.", "Dra."] },
  it: { male: ["Sig.", "Dott.", "Ing."], female: ["Sig.ra", "Dott.ssa", "Sig.ra"] },
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON3 = MONTHS.map((m) => m.slice(0, 3));
const ORDINAL = (n) => n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] || "th");

function numberedStreet(loc) {
  const n = int(1, 9899);
  const dir = pick(["", "", "W ", "E ", "N ", "S ", "NE ", "SW ", "West ", "East "]);
  const ord = ORDINAL(int(1, 120));
  const suf = pick(["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Pl", "Terrace", "Dr"]);
  let s = `${n} ${dir}${ord} ${suf}`;
  if (loc === "en_CA" && chance(0.3)) s += pick([" NW", " SE", " E", " W"]);
  if (chance(0.4)) s += " " + pick([`Apt ${int(1, 40)}${pick(["A", "B", "C", "D", ""])}`, `Apt. ${int(100, 999)}`, `Unit ${int(1, 60)}`, `Suite ${int(100, 2400)}`, `#${int(2, 900)}`]);
  return s;
}
function streetAddress(loc) {
  const f = LOCALES[loc];
  switch (loc) {
    case "en_US": case "en_CA":
      if (chance(0.5)) return numberedStreet(loc);
      return `${f.location.buildingNumber()} ${f.location.street()}` + (chance(0.35) ? " " + f.location.secondaryAddress() : "");
    case "en_GB": case "en_IE": case "en_AU": {
      const s = `${int(1, 240)} ${f.location.street()}`;
      return chance(0.25) ? `Flat ${int(1, 30)}, ${s}` : s;
    }
    case "de": return `${f.location.street()} ${int(1, 180)}${chance(0.15) ? pick(["a", "b", "c"]) : ""}`;
    case "nl": return `${f.location.street()} ${int(1, 350)}${chance(0.2) ? pick(["-1", "-2", "A", " bis", "-H"]) : ""}`;
    case "fr": return `${int(1, 140)}${chance(0.1) ? " bis" : ""} ${f.location.street()}`;
    case "es": return `${f.location.street()}, ${int(1, 120)}${chance(0.4) ? ", " + pick(["1º A", "2º B", "3º Izq", "4º Dcha", "Bajo", "5º C"]) : ""}`;
    case "it": return `${f.location.street()} ${int(1, 160)}`;
  }
}
function city(loc) { return chance(0.55) ? pick(REAL_CITIES[loc]) : LOCALES[loc].location.city(); }
const UPPER = "ABCDEFGHJKLMNPRSTUVWXY";
const CA_FIRST = "ABCEGHJKLMNPRSTVXY", CA_OTHER = "ABCEGHJKLMNPRSTVWXYZ";
function ukPostcode() {
  const area = pick(["M", "B", "L", "G", "S", "E", "N", "W", "SW", "SE", "NW", "LS", "BS", "NG", "CF", "EH", "BN", "OX", "CB", "YO", "PL", "AB", "NR", "DE"]);
  const district = String(int(1, area.length === 1 ? 40 : 28)) + (chance(0.1) ? pick(["A", "B", "W"]) : "");
  const inward = `${int(0, 9)}${pick([..."ABDEFGHJLNPQRSTUWXYZ"])}${pick([..."ABDEFGHJLNPQRSTUWXYZ"])}`;
  return `${area}${district} ${inward}`;
}
function caPostcode() {
  return `${pick([...CA_FIRST])}${int(0, 9)}${pick([...CA_OTHER])} ${int(0, 9)}${pick([...CA_OTHER])}${int(0, 9)}`;
}
function zip(loc) {
  const f = LOCALES[loc];
  if (loc === "en_GB") return ukPostcode();
  if (loc === "en_CA") return caPostcode();
  if (loc === "en_US") return chance(0.8) ? f.location.zipCode("#####") : f.location.zipCode("#####-####");
  if (loc === "nl") return chance(0.7) ? f.location.zipCode() : f.location.zipCode().replace(" ", "");
  return f.location.zipCode();
}
function state(loc) {
  if (["en_US", "en_CA", "de", "en_AU"].includes(loc)) return LOCALES[loc].location.state({ abbreviated: loc !== "de" && chance(0.4) });
  return pick(COUNTRY_OF[loc]);
}
function phone(loc) {
  for (let i = 0; i < 8; i++) {
    const v = phoneOnce(loc);
    if (!/^(\+\d{1,2})?\(?0{3}/.test(v.replace(/\s/g, ""))) return v;
  }
  return phoneOnce(loc);
}
function phoneOnce(loc) {
  const f = LOCALES[loc];
  const r = rnd();
  if (loc === "en_US" && r < 0.25) return pick([`(${int(201, 989)}) 555-0${int(100, 199)}`, `${int(201, 989)}-555-0${int(100, 199)}`, `${int(201, 989)}.${int(200, 999)}.${pad(int(0, 9999), 4)}`]);
  if (loc === "en_GB" && r < 0.3) return pick([`07700 900${pad(int(0, 999), 3)}`, `+44 7700 900${pad(int(0, 999), 3)}`, `020 7946 0${pad(int(0, 999), 3)}`]);
  return f.phone.number({ style: r < 0.65 ? "national" : "international" });
}
function email(loc, p) {
  const f = LOCALES[loc];
  if (p && chance(0.75)) {
    const first = p.first.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
    const last = p.last.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
    const user = pick([`${first}.${last}`, `${first[0]}${last}`, `${first}${int(1, 99)}`, `${first}_${last}${int(70, 99)}`, `${last}.${first[0]}`]);
    return `${user}@${pick(["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.co.uk", "web.de", "gmx.de", "orange.fr", "ziggo.nl", "example.org", f.internet.domainName()])}`;
  }
  return f.internet.email();
}
function person(loc) {
  const f = LOCALES[loc];
  const sex = pick(["female", "male"]);
  const first = f.person.firstName(sex);
  const last = f.person.lastName();
  return { sex, first, last, full: chance(0.1) ? `${first} ${f.person.firstName().slice(0, 1)}. ${last}` : `${first} ${last}` };
}
function dateStr(loc, d, style) {
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
  const us = loc === "en_US";
  const styles = {
    numeric: () => us ? `${pad(m + 1)}/${pad(day)}/${y}` : loc === "de" ? `${pad(day)}.${pad(m + 1)}.${y}` : loc === "nl" ? `${pad(day)}-${pad(m + 1)}-${y}` : `${pad(day)}/${pad(m + 1)}/${y}`,
    long: () => us || loc === "en_CA" ? `${MONTHS[m]} ${day}, ${y}` : `${day} ${MONTHS[m]} ${y}`,
    iso: () => `${y}-${pad(m + 1)}-${pad(day)}`,
    short: () => us ? `${MON3[m]} ${day}` : `${day} ${MON3[m]}`,
    ordinal: () => `${MONTHS[m]} ${ORDINAL(day)}`,
  };
  return styles[style || pick(["numeric", "numeric", "long", "long", "iso", "short", "ordinal"])]();
}
function timeStr(loc) {
  const h = int(0, 23), mi = pick([0, 5, 10, 15, 20, 30, 40, 45, 50]);
  if (["en_US", "en_CA", "en_AU"].includes(loc) || chance(0.3)) {
    const h12 = ((h + 11) % 12) + 1;
    return pick([`${h12}:${pad(mi)} ${h < 12 ? "AM" : "PM"}`, `${h12}:${pad(mi)}${h < 12 ? "am" : "pm"}`, `${h12}${h < 12 ? "am" : "pm"}`]);
  }
  return `${pad(h)}:${pad(mi)}`;
}
function ssn() {
  let a; do { a = int(1, 899); } while (a === 666);
  return `${pad(a, 3)}-${pad(int(1, 99))}-${pad(int(1, 9999), 4)}`;
}
function ccn(f) {
  const issuer = pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover"]);
  let n = f.finance.creditCardNumber({ issuer });
  const digits = n.replace(/\D/g, "");
  if (chance(0.4) && digits.length === 16) n = digits.replace(/(\d{4})(?=\d)/g, "$1 ");
  else if (chance(0.3)) n = digits;
  return n;
}
function iban(loc, f) {
  const cc = { en_GB: "GB", de: "DE", nl: "NL", fr: "FR", es: "ES", it: "IT", en_IE: "IE" }[loc] || pick(["DE", "NL", "FR", "ES", "GB", "BE", "AT"]);
  return f.finance.iban({ formatted: chance(0.5), countryCode: cc });
}
function url(f, p) {
  if (p && chance(0.5)) {
    const slug = `${p.first}-${p.last}`.normalize("NFD").replace(/[^A-Za-z-]/g, "").toLowerCase();
    return pick([`https://www.linkedin.com/in/${slug}-${int(10, 999)}`, `https://github.com/${slug.replace("-", "")}`, `www.${slug.replace("-", "")}.com`, `https://${slug}.dev/portfolio`, `http://instagram.com/${slug.replace("-", ".")}`]);
  }
  return f.internet.url();
}
function ip(f) { return chance(0.85) ? f.internet.ipv4() : f.internet.ipv6(); }

// Filler (non-entity) values: distractors that are NOT labelled
const FILLERS = {
  _ORDER: () => `#${int(100000, 999999)}`,
  _TICKET: () => `${pick(["INC", "TCK", "REQ", "CS"])}-${int(1000, 99999)}`,
  _AMOUNT: () => pick(["$", "£", "€"]) + `${int(5, 2500)}.${pad(int(0, 99))}`,
  _QTY: () => String(int(2, 12)),
  _PRODUCT: () => pick(["wireless earbuds", "a standing desk", "two pairs of running shoes", "the 4K monitor", "a coffee grinder", "a yoga mat", "the blue backpack", "a replacement charger"]),
  _ROOM: () => `${int(1, 9)}${pad(int(1, 40))}`,
  _VERSION: () => `v${int(1, 9)}.${int(0, 20)}.${int(0, 9)}`,
  _PLAN: () => pick(["Premium", "Basic", "Family", "Student", "Pro"]),
  _DAYS: () => String(int(2, 30)),
};

// ---------------------------------------------------------------------------------------------
// Slot → (entity type, value)
// ---------------------------------------------------------------------------------------------
function makeContext(loc) {
  const f = LOCALES[loc];
  const p = person(loc), p2 = person(loc);
  const dob = f.date.birthdate({ mode: "age", min: 18, max: 82 });
  const ageFromDob = 2025 - dob.getUTCFullYear() - (dob.getUTCMonth() > 0 ? 1 : 0);
  const ctx = { loc, f, p, p2, dob, age: String(Math.max(18, ageFromDob)) };
  return ctx;
}
const TITLE_SET = (loc, p) => TITLES[loc.startsWith("en") ? "en" : loc][p.sex];
const SLOTS = {
  PERSON: ["PERSON", (c) => c.p.full],
  FIRST: ["PERSON", (c) => c.p.first],
  LAST: ["PERSON", (c) => c.p.last],
  PERSON2: ["PERSON", (c) => c.p2.full],
  FIRST2: ["PERSON", (c) => c.p2.first],
  LAST2: ["PERSON", (c) => c.p2.last],
  TITLE: ["TITLE", (c) => pick(TITLE_SET(c.loc, c.p))],
  TITLE2: ["TITLE", (c) => pick(TITLE_SET(c.loc, c.p2))],
  CHILD: ["PERSON", (c) => `${c.p2.first} ${c.p.last}`],
  STREET: ["STREET_ADDRESS", (c) => streetAddress(c.loc)],
  CITY: ["CITY", (c) => city(c.loc)],
  STATE: ["GPE", (c) => state(c.loc)],
  COUNTRY: ["GPE", (c) => pick(COUNTRY_OF[c.loc])],
  ZIP: ["ZIP_CODE", (c) => zip(c.loc)],
  PHONE: ["PHONE_NUMBER", (c) => phone(c.loc)],
  EMAIL: ["EMAIL_ADDRESS", (c) => email(c.loc, c.p)],
  EMAIL2: ["EMAIL_ADDRESS", (c) => email(c.loc, c.p2)],
  AGE: ["AGE", (c) => c.age],
  KIDAGE: ["AGE", () => String(int(2, 16))],
  SENIOR: ["AGE", () => String(int(60, 99))],
  DOB: ["DATE_TIME", (c) => dateStr(c.loc, c.dob, pick(["numeric", "numeric", "long", "iso"]))],
  DATE: ["DATE_TIME", (c) => dateStr(c.loc, c.f.date.between({ from: "2023-01-01", to: "2025-12-31" }))],
  TIME: ["DATE_TIME", (c) => timeStr(c.loc)],
  DATETIME: ["DATE_TIME", (c) => {
    const d = c.f.date.between({ from: "2024-01-01", to: "2025-12-31" });
    return pick([`${dateStr(c.loc, d, "iso")} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`, `${dateStr(c.loc, d, "long")} at ${timeStr(c.loc)}`, `${dateStr(c.loc, d, "numeric")} ${timeStr(c.loc)}`]);
  }],
  WEEKDAY: ["DATE_TIME", () => pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])],
  YEAR: ["DATE_TIME", () => String(int(1998, 2024))],
  ORG: ["ORGANIZATION", (c) => c.f.company.name()],
  CC: ["CREDIT_CARD", (c) => ccn(c.f)],
  IBAN: ["IBAN_CODE", (c) => iban(c.loc, c.f)],
  SSN: ["US_SSN", () => ssn()],
  IP: ["IP_ADDRESS", (c) => ip(c.f)],
  URL: ["URL", (c) => url(c.f, c.p)],
  NRP: ["NRP", () => pick(NATIONALITIES)],
};

function fill(template, loc) {
  const ctx = makeContext(loc);
  let text = "";
  const spans = [];
  const re = /\{([A-Z_0-9]+)\}/g;
  let last = 0, m;
  while ((m = re.exec(template))) {
    text += template.slice(last, m.index);
    const key = m[1];
    if (FILLERS[key]) text += FILLERS[key]();
    else if (SLOTS[key]) {
      const [type, gen] = SLOTS[key];
      const value = gen(ctx);
      spans.push({ entity_type: type, start_position: text.length, end_position: text.length + value.length, _v: value });
      text += value;
    } else throw new Error(`unknown slot ${key} in: ${template}`);
    last = m.index + m[0].length;
  }
  text += template.slice(last);
  for (const s of spans) {
    if (text.slice(s.start_position, s.end_position) !== s._v) throw new Error(`offset mismatch in ${text}`);
    if (s._v !== s._v.trim() || !s._v) throw new Error(`untrimmed value ${JSON.stringify(s._v)}`);
    delete s._v;
  }
  spans.sort((a, b) => a.start_position - b.start_position);
  for (let i = 1; i < spans.length; i++) if (spans[i].start_position < spans[i - 1].end_position) throw new Error("overlap");
  return { full_text: text, spans };
}

// ---------------------------------------------------------------------------------------------
// Templates. US = en_US only; EN = English-speaking locales; default = any locale.
// ---------------------------------------------------------------------------------------------
const US = ["en_US"];
const EN = ["en_US", "en_GB", "en_CA", "en_AU", "en_IE"];
const EU = ["en_GB", "de", "nl", "fr", "es", "it", "en_IE"];

const DEV_TEMPLATES = [
  ["Hi, my name is {PERSON} and I'm {AGE} years old. I live at {STREET}, {CITY} {ZIP}."],
  ["Please ship order {_ORDER} to {PERSON}, {STREET}, {CITY}, {STATE} {ZIP}.", US],
  ["Contact: {PERSON} | Tel: {PHONE} | Email: {EMAIL}"],
  ["Dear {TITLE} {LAST}, your appointment is confirmed for {DATETIME}."],
  ["{PERSON} (born {DOB}) has been registered as a new patient."],
  ["Can you call me back at {PHONE}? It's about ticket {_TICKET}. Thanks, {FIRST}"],
  ["Name: {PERSON}\nDOB: {DOB}\nSSN: {SSN}\nAddress: {STREET}, {CITY}, {STATE} {ZIP}", US],
  ["I was charged twice on my card {CC} for {_AMOUNT}. Please refund. - {PERSON}"],
  ["Transfer {_AMOUNT} to IBAN {IBAN}, account holder {PERSON}, reference {_ORDER}.", EU],
  ["Login attempt from {IP} on {DATETIME} was blocked for user {EMAIL}."],
  ["Check out my portfolio at {URL} or email me at {EMAIL}."],
  ["{FIRST} is a {AGE}-year-old {NRP} software engineer living in {CITY}."],
  ["We're moving to {CITY}, {COUNTRY} next month, new address is {STREET}, {ZIP} {CITY}.", EU],
  ["hey its {FIRST}, new number is {PHONE} save it"],
  ["Employee {PERSON} joined {ORG} on {DATE} as a {_PLAN} tier analyst."],
  ["The package for {PERSON} was left at {STREET} at {TIME}."],
  ["Emergency contact: {PERSON2}, phone {PHONE}, relation: sister."],
  ["My son is {KIDAGE} and goes to the school near {STREET} in {CITY}."],
  ["{TITLE} {PERSON} from {ORG} will present on {WEEKDAY} at {TIME}."],
  ["Reset link sent to {EMAIL}. If this wasn't you, contact support from IP {IP}."],
  ["Billing address: {STREET}\n{CITY}, {STATE} {ZIP}\nCard ending {CC}", US],
  ["I'm {NRP}, {AGE}, and I've lived in {COUNTRY} since {YEAR}."],
  ["Meet me outside {ORG} on {STREET} around {TIME}, {FIRST}."],
  ["Please update my phone from {PHONE} to {PHONE} - {PERSON}"],
  ["Invoice {_ORDER} issued to {ORG}, attn. {PERSON}, {STREET}, {ZIP} {CITY}.", EU],
  ["{PERSON}'s wedding is on {DATE} in {CITY}, RSVP to {EMAIL}."],
  ["Your verification code was requested by {PHONE} at {TIME}."],
  ["Applicant: {PERSON}, Age: {AGE}, Nationality: {NRP}, Phone: {PHONE}"],
  ["The tenant {PERSON} at {STREET} has not paid rent since {DATE}."],
  ["Follow {FIRST} on {URL} for daily updates!"],
  ["lol {FIRST} just texted from {PHONE}, says she's stuck in {CITY}"],
  ["Wire details: beneficiary {PERSON}, IBAN {IBAN}, bank {ORG}.", EU],
  ["Server {IP} went down at {TIME}; on-call engineer {PERSON} was paged."],
  ["Hello {TITLE} {LAST}, we received your application on {DATE}."],
  ["Born in {CITY} on {DOB}, {FIRST} moved to {COUNTRY} at age {KIDAGE}."],
  ["Patient {PERSON}, {AGE} y/o, referred by {TITLE2} {LAST2} of {ORG}."],
  ["I need to cancel my {_PLAN} membership. Account email {EMAIL}, phone {PHONE}."],
  ["Deliver to: {PERSON}, {STREET}, {CITY} {ZIP}, {COUNTRY}"],
  ["{FIRST}, your SSN {SSN} was used to open a new account on {DATE}.", US],
  ["My card number is {CC}. Please don't share it with anyone."],
  ["Posted by {PERSON} from {CITY}, {STATE}: great service, quick delivery!", US],
  ["Reach our office at {STREET}, {CITY} or call {PHONE} between 9 and 5."],
  ["{PERSON} and {PERSON2} are organizing the reunion on {DATE}."],
  ["The suspect, a {NRP} male aged about {AGE}, was last seen near {STREET}."],
  ["Please send the signed lease to {EMAIL} by {WEEKDAY}."],
  ["Hi {FIRST}! Your table for {_QTY} is booked at {TIME} on {DATE}."],
  ["Our records show {PERSON} lives at {STREET}, apartment changes pending."],
  ["Recruiter {PERSON} ({EMAIL}) from {ORG} would like to schedule a call."],
  ["Traffic spike from {IP} and {IP} on {DATE}, flagged by {PERSON}."],
  ["Account owner {FIRST}, recovery email {EMAIL}, recovery phone {PHONE}"],
  ["{TITLE} {PERSON}\n{ORG}\n{STREET}\n{CITY} {ZIP}"],
  ["We'll be at Grandma's in {CITY} from {DATE} to {DATE}, call {PHONE} if needed."],
  ["Refund of {_AMOUNT} will go back to IBAN {IBAN} within {_DAYS} days.", EU],
  ["{PERSON}, {AGE}, {CITY}, {STATE}. Loves hiking and bad puns.", ["en_US", "en_CA", "en_AU"]],
  ["Your order ({_PRODUCT}) ships to {ZIP} on {DATE}."],
  ["New sign-up: {EMAIL} from {COUNTRY}, IP {IP}, plan {_PLAN}."],
  ["ugh {FIRST2} from {ORG} called me again at {TIME}"],
  ["{TITLE} {LAST} confirmed the new address: {STREET}, {CITY}.", EN],
  ["The {NRP} delegation led by {PERSON} arrives {WEEKDAY}."],
  ["SSN on file: {SSN}. Phone on file: {PHONE}. Please verify.", US],
  ["Website: {URL} | Office: {STREET}, {CITY} | Founded {YEAR}"],
  ["Happy birthday {FIRST}!! Can't believe you're {AGE} already 🎉"],
  ["Card {CC} declined at {TIME} for {_AMOUNT}; cardholder {PERSON}."],
  ["Report filed by {PERSON} on {DATE}: bike stolen outside {STREET}, {CITY}."],
];

const HOLDOUT_TEMPLATES = [
  ["Good morning, this is {PERSON} calling about my order {_ORDER}. You can reach me on {PHONE}."],
  ["Ship to:\n{PERSON}\n{STREET}\n{CITY}, {STATE} {ZIP}", US],
  ["{FIRST} here - my email changed to {EMAIL}, please update the mailing list."],
  ["Attn: {TITLE} {PERSON}, {ORG}, {STREET}, {ZIP} {CITY}", EU],
  ["I am {AGE} and my date of birth is {DOB}."],
  ["Please debit {_AMOUNT} monthly from {IBAN} (holder: {PERSON}).", EU],
  ["Form W-9: Name {PERSON}, SSN {SSN}, Address {STREET}, {CITY}, {STATE} {ZIP}", US],
  ["The card ending in {CC} belongs to {PERSON}."],
  ["Flagged: repeated failed logins for {EMAIL} from {IP} at {TIME}."],
  ["More photos on my site {URL} :)"],
  ["{PERSON}, a {NRP} chef based in {CITY}, opened a second restaurant in {YEAR}."],
  ["Can someone pick up {FIRST2} at {STREET} at {TIME}? I'm stuck at work."],
  ["Dear {FIRST}, thank you for joining {ORG} on {DATE}. Your manager is {PERSON2}."],
  ["We have a {KIDAGE}-year-old and a {KIDAGE}-year-old, looking for a flat in {CITY}."],
  ["Mailing address: {STREET}, {CITY}, {COUNTRY}, {ZIP}"],
  ["My number is {PHONE}, text me after {TIME}."],
  ["Renewal reminder for {PERSON}: your {_PLAN} plan expires {DATE}."],
  ["{TITLE} {LAST} will see you on {WEEKDAY} at {TIME} in room {_ROOM}."],
  ["Reported lost card {CC}; replacement to be sent to {STREET}, {CITY} {ZIP}."],
  ["Hey {FIRST}, it's {FIRST2}. Are you still at {STREET}?"],
  ["Account holder: {PERSON} | IBAN: {IBAN} | Country: {COUNTRY}", EU],
  ["Visitor log: {PERSON} ({ORG}) signed in at {TIME} on {DATE}."],
  ["Your IP address {IP} has been temporarily banned until {DATETIME}."],
  ["{PERSON} is {AGE}, {NRP}, and speaks three languages."],
  ["Please forward all correspondence to {EMAIL} or {EMAIL2}."],
  ["The meeting with {PERSON} and {PERSON2} moved to {DATETIME}."],
  ["Customer {PERSON} from {CITY}, {STATE} wants a callback on {PHONE}.", ["en_US", "en_CA", "en_AU"]],
  ["The parcel was delivered to {ZIP} but nobody named {LAST} lives there."],
  ["Identity check: SSN {SSN}, DOB {DOB}, ZIP {ZIP}.", US],
  ["I'm a {AGE} y/o {NRP} student at {ORG} in {CITY}."],
  ["Bio: {PERSON} writes about travel at {URL}. Based in {COUNTRY}."],
  ["{PERSON} left {ORG} in {YEAR} and now consults independently."],
  ["Hi, I'd like to book a table for {_QTY} under {LAST} for {DATETIME}."],
  ["Unusual traffic detected from {IP} - owner: {ORG}, contact {EMAIL}."],
  ["our new place is {STREET}!! come by {WEEKDAY}"],
  ["{TITLE} {PERSON}, you were born on {DOB} in {CITY}, is that correct?"],
  ["Please charge card {CC} for invoice {_ORDER} and email the receipt to {EMAIL}."],
  ["Next of kin: {PERSON2}, {STREET}, {CITY}, phone {PHONE}."],
  ["My grandmother turned {SENIOR} on {DATE}, we threw a party in {CITY}."],
  ["{ORG} headquarters moved to {STREET}, {CITY} {ZIP} in {YEAR}."],
  ["Please confirm you are {PERSON}, ZIP code {ZIP}, phone {PHONE}."],
  ["I can't log in. I tried from {IP} and from my phone {PHONE}. Account {EMAIL}."],
  ["{FIRST}'s {NRP} passport expires on {DATE}."],
  ["Reply STOP to opt out. Msg sent to {PHONE} on {DATE}."],
  ["Volunteer: {PERSON}, age {AGE}, available {WEEKDAY} from {TIME}."],
  ["Our {NRP} partner {ORG} signs the contract on {DATE}."],
  ["Direct deposit to {IBAN} for {PERSON} starting {DATE}.", EU],
  ["The listing at {STREET} ({CITY}) was posted by {PERSON}, call {PHONE}."],
  ["Profile: {URL}\nLocation: {CITY}, {COUNTRY}\nContact: {EMAIL}"],
  ["Tax ID (SSN) for {PERSON}: {SSN}", US],
  ["Heads up {FIRST}, the plumber comes to {STREET} {WEEKDAY} at {TIME}."],
  ["Sender: {PERSON}, {STREET}, {ZIP} {CITY} — Recipient: {PERSON2}", EU],
  ["{FIRST2} said {FIRST} is moving to {COUNTRY} in {YEAR}."],
  ["I'm writing on behalf of my {KIDAGE}-year-old daughter, {CHILD}."],
  ["Session started {DATETIME} from {IP} (user {EMAIL})."],
  ["{TITLE2} {LAST2} from {ORG} sent the contract to {EMAIL}."],
  ["Deliver between {TIME} and {TIME} to {STREET}, buzzer {_ROOM}."],
  ["Our client {PERSON} ({NRP}) requests a visa appointment in {CITY}."],
  ["pls venmo {PERSON} for {_PRODUCT}, or card {CC} works too"],
  ["Found a wallet with ID for {PERSON}, {STREET}, {CITY} {ZIP}."],
  ["Visit {URL} or stop by {STREET} in {CITY}."],
  ["{PERSON} ({AGE}) was elected treasurer of {ORG} on {DATE}."],
  ["Registered office: {ORG}, {STREET}, {CITY}, {STATE} {ZIP}, {COUNTRY}", ["en_US", "en_CA"]],
  ["Call {FIRST} at {PHONE} or {PHONE} before {TIME} on {WEEKDAY}."],
];

function build(templates, seed, n) {
  seedAll(seed);
  const order = templates.map((_, i) => i);
  // deterministic shuffle, then round-robin so every template is used evenly
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  const out = [];
  for (let i = 0; i < n; i++) {
    const [t, locs] = templates[order[i % order.length]];
    out.push(fill(t, pickLocale(locs)));
  }
  return out;
}

// Sanity: dev and holdout templates must not overlap
const devSet = new Set(DEV_TEMPLATES.map(([t]) => t));
for (const [t] of HOLDOUT_TEMPLATES) if (devSet.has(t)) throw new Error("template in both sets: " + t);

const dev = build(DEV_TEMPLATES, 20250101, 300);
const holdout = build(HOLDOUT_TEMPLATES, 20250202, 300);
fs.writeFileSync(path.join(HERE, "generated-dev.json"), JSON.stringify(dev, null, 1) + "\n");
fs.writeFileSync(path.join(HERE, "generated-holdout.json"), JSON.stringify(holdout, null, 1) + "\n");
const count = (arr) => arr.flatMap((r) => r.spans).reduce((m, s) => ((m[s.entity_type] = (m[s.entity_type] || 0) + 1), m), {});
console.log("templates:", DEV_TEMPLATES.length, "dev /", HOLDOUT_TEMPLATES.length, "holdout");
console.log("dev spans:", JSON.stringify(count(dev)));
console.log("holdout spans:", JSON.stringify(count(holdout)));
