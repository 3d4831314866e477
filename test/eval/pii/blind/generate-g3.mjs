// Generates generated-g3.json: 400 short English texts with labelled personal-information spans.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fakerEN_US, fakerEN_GB, fakerEN_CA, fakerEN_AU, fakerEN_IE,
  fakerDE, fakerFR, fakerES, fakerIT, fakerNL, fakerPT_BR,
} from '../../../../node_modules/@faker-js/faker/dist/index.js';

const N_TEXTS = 400;
const REF = new Date(Date.UTC(2024, 5, 15, 12, 0, 0));
const REF_Y = 2024, REF_M = 6, REF_D = 15;

// ---------------------------------------------------------------- RNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x6a3b21);
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
function weighted(pairs) {
  const tot = pairs.reduce((s, [, w]) => s + w, 0);
  let r = rnd() * tot;
  for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
  return pairs[pairs.length - 1][0];
}

const FAKERS = {
  us: fakerEN_US, gb: fakerEN_GB, ca: fakerEN_CA, au: fakerEN_AU, ie: fakerEN_IE,
  de: fakerDE, fr: fakerFR, es: fakerES, it: fakerIT, nl: fakerNL, br: fakerPT_BR,
};
Object.values(FAKERS).forEach((f, i) => { f.seed(7100 + i * 31); f.setDefaultRefDate(REF); });

// ---------------------------------------------------------------- entities + builder
class Ent { constructor(t, v) { this.t = t; this.v = String(v); } }
const E = (t, v) => new Ent(t, v);

function flat(v, out) {
  if (v == null || v === false) return out;
  if (Array.isArray(v)) { v.forEach((x) => flat(x, out)); return out; }
  if (v instanceof Ent) { out.push(v); return out; }
  if (typeof v === 'object' && v.parts) { return flat(v.parts, out); }
  out.push(String(v));
  return out;
}
function T(strings, ...vals) {
  const out = [];
  strings.forEach((s, i) => { out.push(s); if (i < vals.length) flat(vals[i], out); });
  return out;
}

const LOWERABLE = new Set(['PERSON', 'CITY', 'GPE', 'ORGANIZATION', 'NRP', 'TITLE', 'STREET_ADDRESS']);
function typo(s) {
  const words = [...s.matchAll(/[A-Za-z]{5,}/g)];
  if (!words.length) return s;
  const m = pick(words);
  const w = m[0];
  const k = int(1, w.length - 3);
  let nw;
  const mode = int(0, 2);
  if (mode === 0) nw = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2); // swap
  else if (mode === 1) nw = w.slice(0, k) + w.slice(k + 1); // drop
  else nw = w.slice(0, k) + w[k] + w.slice(k); // double
  return s.slice(0, m.index) + nw + s.slice(m.index + w.length);
}

function finalize(parts, { casual = false } = {}) {
  const lower = casual ? chance(0.3) : chance(0.03);
  const doTypo = casual ? chance(0.3) : chance(0.06);
  let litIdx = [];
  parts.forEach((p, i) => { if (typeof p === 'string' && /[A-Za-z]{5,}/.test(p)) litIdx.push(i); });
  const typoAt = doTypo && litIdx.length ? pick(litIdx) : -1;
  let text = '';
  const spans = [];
  parts.forEach((p, i) => {
    if (typeof p === 'string') {
      let s = p;
      if (i === typoAt) s = typo(s);
      if (lower) { const l = s.toLowerCase(); if (l.length === s.length) s = l; }
      text += s;
    } else {
      let v = p.v;
      if (lower && LOWERABLE.has(p.t)) { const l = v.toLowerCase(); if (l.length === v.length) v = l; }
      spans.push({ entity_type: p.t, start_position: text.length, end_position: text.length + v.length, _v: v });
      text += v;
    }
  });
  return { text, spans };
}

// ---------------------------------------------------------------- static data
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const art = (e) => { const v = String(e instanceof Ent ? e.v : e); return /^(8|11|18|8\d)(\D|$)/.test(v) || /^[AEIOU]/i.test(v) && !/^(Uni|Eu|One)/i.test(v) ? 'an' : 'a'; };
const ord = (n) => n + ((n % 100 >= 11 && n % 100 <= 13) ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th'));

const US_STATES = { AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', CA: 'California', CO: 'Colorado', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', KY: 'Kentucky', MA: 'Massachusetts', MD: 'Maryland', MI: 'Michigan', MN: 'Minnesota', MO: 'Missouri', NC: 'North Carolina', NE: 'Nebraska', NM: 'New Mexico', NY: 'New York', OH: 'Ohio', OR: 'Oregon', PA: 'Pennsylvania', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VA: 'Virginia', VT: 'Vermont', WA: 'Washington', WI: 'Wisconsin' };
const US_CITIES = [
  ['New York', 'NY', '100'], ['Brooklyn', 'NY', '112'], ['Albany', 'NY', '122'], ['Los Angeles', 'CA', '900'], ['San Diego', 'CA', '921'],
  ['San Francisco', 'CA', '941'], ['Sacramento', 'CA', '958'], ['Chicago', 'IL', '606'], ['Springfield', 'IL', '627'], ['Houston', 'TX', '770'],
  ['Austin', 'TX', '787'], ['Dallas', 'TX', '752'], ['El Paso', 'TX', '799'], ['Phoenix', 'AZ', '850'], ['Tucson', 'AZ', '857'], ['Philadelphia', 'PA', '191'],
  ['Pittsburgh', 'PA', '152'], ['Columbus', 'OH', '432'], ['Cleveland', 'OH', '441'], ['Seattle', 'WA', '981'], ['Spokane', 'WA', '992'],
  ['Denver', 'CO', '802'], ['Boulder', 'CO', '803'], ['Boston', 'MA', '021'], ['Worcester', 'MA', '016'], ['Nashville', 'TN', '372'], ['Memphis', 'TN', '381'],
  ['Portland', 'OR', '972'], ['Eugene', 'OR', '974'], ['Atlanta', 'GA', '303'], ['Savannah', 'GA', '314'], ['Miami', 'FL', '331'], ['Tampa', 'FL', '336'],
  ['Orlando', 'FL', '328'], ['Minneapolis', 'MN', '554'], ['Duluth', 'MN', '558'], ['Madison', 'WI', '537'], ['Milwaukee', 'WI', '532'], ['Raleigh', 'NC', '276'],
  ['Charlotte', 'NC', '282'], ['Asheville', 'NC', '288'], ['Richmond', 'VA', '232'], ['Norfolk', 'VA', '235'], ['Omaha', 'NE', '681'], ['Lincoln', 'NE', '685'],
  ['Boise', 'ID', '837'], ['Albuquerque', 'NM', '871'], ['Santa Fe', 'NM', '875'], ['Salt Lake City', 'UT', '841'], ['Ann Arbor', 'MI', '481'], ['Detroit', 'MI', '482'],
  ['Grand Rapids', 'MI', '495'], ['Burlington', 'VT', '054'], ['Louisville', 'KY', '402'], ['Lexington', 'KY', '405'], ['Kansas City', 'MO', '641'],
  ['St. Louis', 'MO', '631'], ['Baltimore', 'MD', '212'], ['Anchorage', 'AK', '995'], ['Honolulu', 'HI', '968'], ['Birmingham', 'AL', '352'], ['Huntsville', 'AL', '358'],
];
const US_STREETS = ['Main St', 'Oak Avenue', 'Maple Dr', 'Elm Street', 'Washington Blvd', 'Park Ave', 'Cedar Lane', 'Lincoln Way', '2nd St', 'Highland Rd',
  'Sunset Blvd', 'Pine Ct', 'W 14th St', 'N Broadway', 'Lakeview Terrace', 'Jefferson Ave', 'Willow Creek Rd', 'S Congress Ave', 'E Colfax Ave', 'Magnolia St', 'Hillcrest Dr', 'Route 9'];
const US_AREA = ['212', '312', '415', '503', '512', '617', '702', '720', '801', '919', '404', '305', '206', '614', '615', '608', '816', '505', '907', '808', '213', '646', '773', '984'];

const GB_CITIES = [
  ['London', ['SE15', 'N1', 'E2', 'W4', 'NW3', 'SW11', 'E17', 'N16'], 'England'], ['Manchester', ['M14', 'M20', 'M4', 'M15'], 'England'], ['Leeds', ['LS6', 'LS8', 'LS1'], 'England'],
  ['Bristol', ['BS8', 'BS6', 'BS3'], 'England'], ['Glasgow', ['G12', 'G41', 'G3'], 'Scotland'], ['Edinburgh', ['EH8', 'EH3', 'EH6'], 'Scotland'],
  ['Aberdeen', ['AB10', 'AB24'], 'Scotland'], ['Cardiff', ['CF10', 'CF24', 'CF5'], 'Wales'], ['Swansea', ['SA1', 'SA2'], 'Wales'], ['Birmingham', ['B15', 'B13', 'B29'], 'England'],
  ['Liverpool', ['L8', 'L17', 'L1'], 'England'], ['Sheffield', ['S10', 'S11', 'S7'], 'England'], ['Nottingham', ['NG7', 'NG5'], 'England'], ['York', ['YO10', 'YO31'], 'England'],
  ['Brighton', ['BN1', 'BN2'], 'England'], ['Norwich', ['NR2', 'NR3'], 'England'], ['Belfast', ['BT7', 'BT9', 'BT15'], 'Northern Ireland'], ['Oxford', ['OX4', 'OX2'], 'England'],
  ['Cambridge', ['CB1', 'CB4'], 'England'], ['Bath', ['BA1', 'BA2'], 'England'], ['Exeter', ['EX4', 'EX2'], 'England'], ['Newcastle upon Tyne', ['NE1', 'NE6'], 'England'],
  ['Leicester', ['LE2', 'LE3'], 'England'], ['Southampton', ['SO14', 'SO17'], 'England'], ['Dundee', ['DD1', 'DD4'], 'Scotland'],
];
const GB_STREETS = ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Kings Road', "Queen's Avenue", 'Park Crescent', 'Albert Terrace',
  'The Green', 'London Road', 'Manor Way', 'Castle Street', 'Gladstone Road', 'Orchard Close', 'Bridge Street', 'St Mary\'s Road', 'Windsor Gardens'];

const CA_PROV = { ON: 'Ontario', BC: 'British Columbia', QC: 'Quebec', AB: 'Alberta', NS: 'Nova Scotia', MB: 'Manitoba', SK: 'Saskatchewan', NL: 'Newfoundland and Labrador', NB: 'New Brunswick' };
const CA_CITIES = [
  ['Toronto', 'ON', ['M5V', 'M4C', 'M6K', 'M6P']], ['Vancouver', 'BC', ['V6B', 'V5K', 'V6K']], ['Montréal', 'QC', ['H2X', 'H3A', 'H2T']], ['Montreal', 'QC', ['H2J', 'H4A']],
  ['Calgary', 'AB', ['T2P', 'T3H']], ['Edmonton', 'AB', ['T5J', 'T6E']], ['Ottawa', 'ON', ['K1P', 'K2B', 'K1S']], ['Halifax', 'NS', ['B3H', 'B3K']],
  ['Winnipeg', 'MB', ['R3C', 'R3M']], ['Victoria', 'BC', ['V8W', 'V8V']], ['Saskatoon', 'SK', ['S7K', 'S7N']], ['Quebec City', 'QC', ['G1R', 'G1K']],
  ["St. John's", 'NL', ['A1C', 'A1B']], ['Hamilton', 'ON', ['L8P', 'L8L']], ['Kingston', 'ON', ['K7L']], ['Moncton', 'NB', ['E1C']], ['Regina', 'SK', ['S4P']],
];
const CA_STREETS = ['Queen St W', 'Yonge St', 'Granville St', 'Jasper Ave', 'Portage Ave', 'Bank St', 'Barrington St', 'Rue Sainte-Catherine', 'Dundas St E',
  'Robson St', 'Bloor St W', 'Spring Garden Rd', 'Main St', 'Boulevard Saint-Laurent', 'Whyte Ave', 'Water St'];
const CA_AREA = { ON: ['416', '647', '613', '905', '343'], BC: ['604', '778', '250'], QC: ['514', '438', '418'], AB: ['403', '587', '780'], NS: ['902'], MB: ['204'], SK: ['306'], NL: ['709'], NB: ['506'] };

const AU_STATES = { NSW: 'New South Wales', VIC: 'Victoria', QLD: 'Queensland', WA: 'Western Australia', SA: 'South Australia', TAS: 'Tasmania', ACT: 'Australian Capital Territory', NT: 'Northern Territory' };
const AU_CITIES = [
  ['Sydney', 'NSW', '2000'], ['Surry Hills', 'NSW', '2010'], ['Bondi Beach', 'NSW', '2026'], ['Parramatta', 'NSW', '2150'], ['Newcastle', 'NSW', '2300'], ['Wollongong', 'NSW', '2500'],
  ['Melbourne', 'VIC', '3000'], ['Fitzroy', 'VIC', '3065'], ['St Kilda', 'VIC', '3182'], ['Geelong', 'VIC', '3220'], ['Ballarat', 'VIC', '3350'],
  ['Brisbane', 'QLD', '4000'], ['Fortitude Valley', 'QLD', '4006'], ['Cairns', 'QLD', '4870'], ['Surfers Paradise', 'QLD', '4217'], ['Toowoomba', 'QLD', '4350'],
  ['Perth', 'WA', '6000'], ['Fremantle', 'WA', '6160'], ['Adelaide', 'SA', '5000'], ['Glenelg', 'SA', '5045'], ['Hobart', 'TAS', '7000'], ['Launceston', 'TAS', '7250'],
  ['Canberra', 'ACT', '2601'], ['Darwin', 'NT', '0800'],
];
const AU_STREETS = ['Smith Street', 'George St', 'Chapel Street', 'Brunswick St', 'Oxford Street', 'Beach Road', 'Ann Street', 'Hay Street', 'Sydney Road',
  'Parade', 'Bridge Road', 'Military Road', 'Flinders Lane', 'Macquarie St', 'Wattle Grove', 'Banksia Ave'];
const AU_AREA = { NSW: '02', ACT: '02', VIC: '03', TAS: '03', QLD: '07', WA: '08', SA: '08', NT: '08' };

const IE_TOWNS = [
  ['Dublin', 'Dublin', ['D02', 'D04', 'D06', 'D08', 'D15', 'D07']], ['Cork', 'Cork', ['T12', 'T23']], ['Galway', 'Galway', ['H91']], ['Limerick', 'Limerick', ['V94']],
  ['Waterford', 'Waterford', ['X91']], ['Ennis', 'Clare', ['V95']], ['Kilkenny', 'Kilkenny', ['R95']], ['Sligo', 'Sligo', ['F91']], ['Athlone', 'Westmeath', ['N37']],
  ['Tralee', 'Kerry', ['V92']], ['Drogheda', 'Louth', ['A92']], ['Letterkenny', 'Donegal', ['F92']], ['Wexford', 'Wexford', ['Y35']], ['Killarney', 'Kerry', ['V93']],
  ['Navan', 'Meath', ['C15']], ['Bray', 'Wicklow', ['A98']], ['Castlebar', 'Mayo', ['F23']],
];
const IE_STREETS = ['Main Street', "O'Connell Street", 'Church Road', 'Strand Road', 'Abbey Street', 'Patrick Street', 'Dublin Road', 'Shop Street', 'Mill Road',
  'Castle Street', 'Rathmines Road Lower', 'Ballyvaughan Road', 'College Green'];
const IE_HOUSES = ['Rose Cottage', 'Hillview', 'The Old Rectory', 'Sunnybank', 'Ard na Gréine'];

const DE_CITIES = [
  ['Berlin', ['10115', '10245', '10999', '12043', '10437'], 'Berlin'], ['Hamburg', ['20095', '22765', '20357'], 'Hamburg'], ['München', ['80331', '80469', '81667'], 'Bayern'],
  ['Munich', ['80333', '80802'], 'Bavaria'], ['Köln', ['50667', '50823', '50933'], 'Nordrhein-Westfalen'], ['Frankfurt am Main', ['60311', '60385', '60594'], 'Hessen'],
  ['Stuttgart', ['70173', '70176'], 'Baden-Württemberg'], ['Düsseldorf', ['40213', '40477'], 'Nordrhein-Westfalen'], ['Leipzig', ['04109', '04277'], 'Sachsen'],
  ['Dresden', ['01067', '01099'], 'Saxony'], ['Hannover', ['30159', '30163'], 'Niedersachsen'], ['Nürnberg', ['90402', '90429'], 'Bayern'], ['Bremen', ['28195', '28203'], 'Bremen'],
  ['Freiburg im Breisgau', ['79098', '79102'], 'Baden-Württemberg'], ['Heidelberg', ['69117', '69120'], 'Baden-Württemberg'], ['Münster', ['48143', '48149'], 'Nordrhein-Westfalen'],
  ['Bonn', ['53111', '53113'], 'North Rhine-Westphalia'], ['Mainz', ['55116', '55118'], 'Rheinland-Pfalz'], ['Kiel', ['24103', '24105'], 'Schleswig-Holstein'], ['Rostock', ['18055'], 'Mecklenburg-Vorpommern'],
];
const DE_STREETS = ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Lindenallee', 'Am Markt', 'Gartenweg', 'Kastanienallee', 'Friedrichstraße',
  'Berliner Straße', 'Mühlenweg', 'Kirchplatz', 'Schulstr.', 'Rosenstraße', 'Am Stadtpark', 'Wilhelmstraße', 'Sonnenallee', 'Karl-Marx-Allee'];

const FR_CITIES = [
  ['Paris', () => '750' + pad(int(1, 20)), 'Île-de-France'], ['Lyon', () => '6900' + int(1, 9), 'Auvergne-Rhône-Alpes'], ['Marseille', () => '130' + pad(int(1, 16)), "Provence-Alpes-Côte d'Azur"],
  ['Toulouse', () => pick(['31000', '31200', '31400', '31500']), 'Occitanie'], ['Nice', () => pick(['06000', '06100', '06300']), "Provence-Alpes-Côte d'Azur"],
  ['Nantes', () => pick(['44000', '44100', '44300']), 'Pays de la Loire'], ['Strasbourg', () => pick(['67000', '67100', '67200']), 'Grand Est'],
  ['Montpellier', () => pick(['34000', '34070', '34090']), 'Occitanie'], ['Bordeaux', () => pick(['33000', '33100', '33800']), 'Nouvelle-Aquitaine'],
  ['Lille', () => pick(['59000', '59800']), 'Hauts-de-France'], ['Rennes', () => pick(['35000', '35200', '35700']), 'Bretagne'], ['Grenoble', () => pick(['38000', '38100']), 'Auvergne-Rhône-Alpes'],
  ['Dijon', () => '21000', 'Bourgogne-Franche-Comté'], ['Angers', () => pick(['49000', '49100']), 'Pays de la Loire'], ['Tours', () => pick(['37000', '37100']), 'Centre-Val de Loire'],
  ['Aix-en-Provence', () => pick(['13100', '13090']), "Provence-Alpes-Côte d'Azur"], ['Brest', () => '29200', 'Brittany'],
];
const FR_STREETS = ['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Lilas', 'place Bellecour', 'rue Victor Hugo', 'allée des Tilleuls',
  'impasse du Moulin', 'rue Saint-Michel', 'quai de la Loire', 'rue du Faubourg Saint-Antoine', 'avenue de la Libération', 'rue Pasteur', 'chemin des Vignes', 'cours Mirabeau'];

const ES_CITIES = [
  ['Madrid', () => '280' + pad(int(1, 45)), 'Comunidad de Madrid', 'Madrid'], ['Barcelona', () => '080' + pad(int(1, 40)), 'Catalonia', 'Barcelona'],
  ['Valencia', () => '460' + pad(int(1, 25)), 'Comunitat Valenciana', 'Valencia'], ['Sevilla', () => '410' + pad(int(1, 20)), 'Andalusia', 'Sevilla'],
  ['Málaga', () => '290' + pad(int(1, 18)), 'Andalucía', 'Málaga'], ['Bilbao', () => '480' + pad(int(1, 15)), 'País Vasco', 'Bizkaia'],
  ['Zaragoza', () => '500' + pad(int(1, 18)), 'Aragón', 'Zaragoza'], ['Granada', () => '180' + pad(int(1, 14)), 'Andalusia', 'Granada'],
  ['Salamanca', () => '370' + pad(int(1, 8)), 'Castilla y León', 'Salamanca'], ['A Coruña', () => '150' + pad(int(1, 11)), 'Galicia', 'A Coruña'],
  ['Palma', () => '070' + pad(int(1, 15)), 'Balearic Islands', 'Illes Balears'], ['Alicante', () => '030' + pad(int(1, 16)), 'Comunitat Valenciana', 'Alicante'],
  ['San Sebastián', () => '200' + pad(int(1, 18)), 'Basque Country', 'Gipuzkoa'],
];
const ES_STREETS = ['Calle Mayor', 'Calle de Alcalá', 'Avenida de la Constitución', 'Paseo de Gracia', 'Calle Sierpes', 'Gran Vía', 'Carrer de Balmes', 'Calle Larios',
  'Calle del Pez', 'Avenida de América', 'Plaza Mayor', 'Calle Real', 'Rúa do Franco', 'Calle San Vicente'];

const IT_CITIES = [
  ['Roma', 'RM', () => '001' + pad(int(18, 99)), 'Lazio'], ['Milano', 'MI', () => '201' + pad(int(21, 62)), 'Lombardia'], ['Napoli', 'NA', () => '801' + pad(int(21, 47)), 'Campania'],
  ['Torino', 'TO', () => '101' + pad(int(21, 56)), 'Piemonte'], ['Firenze', 'FI', () => '501' + pad(int(21, 45)), 'Toscana'], ['Bologna', 'BO', () => '401' + pad(int(21, 41)), 'Emilia-Romagna'],
  ['Venezia', 'VE', () => '301' + pad(int(21, 76)), 'Veneto'], ['Genova', 'GE', () => '161' + pad(int(21, 67)), 'Liguria'], ['Palermo', 'PA', () => '901' + pad(int(21, 51)), 'Sicilia'],
  ['Bari', 'BA', () => '701' + pad(int(21, 32)), 'Puglia'], ['Verona', 'VR', () => '371' + pad(int(21, 42)), 'Veneto'], ['Padova', 'PD', () => '351' + pad(int(21, 43)), 'Veneto'],
  ['Trieste', 'TS', () => '341' + pad(int(21, 51)), 'Friuli-Venezia Giulia'], ['Cagliari', 'CA', () => '091' + pad(int(21, 34)), 'Sardegna'], ['Lecce', 'LE', () => '73100', 'Puglia'],
];
const IT_STREETS = ['Via Roma', 'Corso Vittorio Emanuele II', 'Via Garibaldi', 'Piazza del Duomo', 'Via dei Mille', 'Viale Mazzini', 'Via Nazionale', 'Via Po',
  'Via Dante Alighieri', 'Corso Buenos Aires', 'Via San Gallo', 'Via Toledo', 'Largo Augusto', 'Via Cavour'];

const NL_CITIES = [
  ['Amsterdam', [1012, 1098], 'Noord-Holland'], ['Rotterdam', [3011, 3089], 'Zuid-Holland'], ['Den Haag', [2511, 2597], 'Zuid-Holland'], ['Utrecht', [3511, 3585], 'Utrecht'],
  ['Eindhoven', [5611, 5658], 'Noord-Brabant'], ['Groningen', [9711, 9747], 'Groningen'], ['Leiden', [2311, 2334], 'South Holland'], ['Haarlem', [2011, 2037], 'North Holland'],
  ['Nijmegen', [6511, 6546], 'Gelderland'], ['Maastricht', [6211, 6229], 'Limburg'], ['Tilburg', [5011, 5049], 'Noord-Brabant'], ['Delft', [2611, 2629], 'Zuid-Holland'],
  ['Zwolle', [8011, 8033], 'Overijssel'], ['Arnhem', [6811, 6846], 'Gelderland'], ["'s-Hertogenbosch", [5211, 5237], 'Noord-Brabant'],
];
const NL_STREETS = ['Keizersgracht', 'Kerkstraat', 'Stationsweg', 'Dorpsstraat', 'Oudegracht', 'Lange Voorhout', 'Coolsingel', 'Herengracht', 'Molenweg',
  'Vondelstraat', 'Witte de Withstraat', 'Nieuwe Binnenweg', 'Javastraat', 'Grote Markt', 'Laan van Meerdervoort'];

const BR_STATES = { SP: 'São Paulo', RJ: 'Rio de Janeiro', MG: 'Minas Gerais', PR: 'Paraná', RS: 'Rio Grande do Sul', BA: 'Bahia', PE: 'Pernambuco', CE: 'Ceará', DF: 'Distrito Federal', SC: 'Santa Catarina', AM: 'Amazonas', GO: 'Goiás', PA: 'Pará' };
const BR_CITIES = [
  ['São Paulo', 'SP', [1000, 5999], '11'], ['Rio de Janeiro', 'RJ', [20000, 23799], '21'], ['Belo Horizonte', 'MG', [30000, 31999], '31'], ['Curitiba', 'PR', [80000, 82999], '41'],
  ['Porto Alegre', 'RS', [90000, 91999], '51'], ['Salvador', 'BA', [40000, 42499], '71'], ['Recife', 'PE', [50000, 52999], '81'], ['Fortaleza', 'CE', [60000, 61599], '85'],
  ['Brasília', 'DF', [70000, 72799], '61'], ['Florianópolis', 'SC', [88000, 88099], '48'], ['Campinas', 'SP', [13000, 13139], '19'], ['Manaus', 'AM', [69000, 69099], '92'],
  ['Goiânia', 'GO', [74000, 74899], '62'], ['Belém', 'PA', [66000, 66999], '91'], ['Niterói', 'RJ', [24000, 24399], '21'],
];
const BR_STREETS = ['Rua Augusta', 'Avenida Paulista', 'Rua das Flores', 'Rua XV de Novembro', 'Avenida Atlântica', 'Rua da Bahia', 'Avenida Sete de Setembro',
  'Rua Oscar Freire', 'Rua Voluntários da Pátria', 'Avenida Beira Mar', 'Rua Marechal Deodoro', 'Travessa do Comércio', 'Alameda Santos'];

const COUNTRY = {
  us: ['USA', 'United States', 'US', 'U.S.A.', 'United States of America'], gb: ['UK', 'United Kingdom', 'Great Britain'], ca: ['Canada'], au: ['Australia'],
  ie: ['Ireland', 'Republic of Ireland', 'Éire'], de: ['Germany', 'Deutschland', 'DE'], fr: ['France'], es: ['Spain', 'España'], it: ['Italy', 'Italia'],
  nl: ['Netherlands', 'Nederland', 'NL'], br: ['Brazil', 'Brasil'],
};
const OTHER_COUNTRIES = ['Portugal', 'Poland', 'Mexico', 'India', 'Japan', 'Kenya', 'Nigeria', 'Sweden', 'Norway', 'Greece', 'Argentina', 'Chile', 'Philippines',
  'Vietnam', 'South Africa', 'New Zealand', 'Belgium', 'Austria', 'Switzerland', 'Denmark', 'Turkey', 'Morocco', 'Colombia', 'Peru', 'Thailand', 'Scotland', 'Wales'];

const HAND_NAMES = {
  us: { f: ['Maria', 'Jennifer', 'Ashley', 'Emily', 'Keisha', 'Megan', 'Rosa', 'Hannah', 'Brittany', 'Linda'], m: ['James', 'Michael', 'Tyler', 'Carlos', 'DeShawn', 'Kevin', 'Brian', 'Jose', 'Ethan', 'Robert'], l: ['Miller', 'Garcia', 'Johnson', 'Williams', 'Nguyen', 'Rodriguez', 'Thompson', 'Patel', 'Brooks', 'Kowalski', 'Washington', 'Hernandez'] },
  gb: { f: ['Charlotte', 'Amelia', 'Siobhan', 'Priya', 'Emma', 'Holly', 'Gemma', 'Fiona'], m: ['Oliver', 'Harry', 'Callum', 'Rhys', 'Jamie', 'Ravi', 'Alistair', 'Tom'], l: ['Hughes', 'Evans', 'Taylor', 'Davies', 'Wright', 'Khan', 'MacLeod', 'Robinson', 'Shah', 'Clarke'] },
  ca: { f: ['Chloé', 'Emma', 'Olivia', 'Mégane', 'Sarah', 'Avery'], m: ['Liam', 'Mathieu', 'Noah', 'Étienne', 'Logan', 'Gurpreet'], l: ['Tremblay', 'Roy', 'Gagnon', 'Smith', 'MacDonald', 'Bouchard', 'Wong', 'Singh', 'Campbell'] },
  au: { f: ['Chloe', 'Mia', 'Isla', 'Matilda', 'Zoe', 'Ruby'], m: ['Jack', 'Lachlan', 'Cooper', 'Mitchell', 'Hamish', 'Nathan'], l: ['Wilson', 'Taylor', 'Nguyen', 'Kelly', 'Papadopoulos', 'Ryan', 'Walker', 'Harris'] },
  ie: { f: ['Siobhán', 'Aoife', 'Niamh', 'Caoimhe', 'Róisín', 'Sinéad', 'Orla', 'Clodagh'], m: ['Cian', 'Oisín', 'Seán', 'Darragh', 'Ciarán', 'Pádraig', 'Eoin', 'Declan'], l: ["O'Brien", 'Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan', "O'Connor", 'McCarthy', 'Doyle', 'Gallagher', 'Fitzgerald'] },
  de: { f: ['Anna', 'Lena', 'Sophie', 'Katharina', 'Jana', 'Ursula'], m: ['Lukas', 'Jonas', 'Felix', 'Maximilian', 'Jürgen', 'Tobias'], l: ['Schmidt', 'Becker', 'Müller', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Hoffmann', 'Schäfer', 'Krüger'] },
  fr: { f: ['Camille', 'Léa', 'Chloé', 'Manon', 'Élodie', 'Inès'], m: ['Julien', 'Thomas', 'Hugo', 'Mathis', 'Benoît', 'Yannick'], l: ['Martin', 'Dubois', 'Bernard', 'Moreau', 'Lefèvre', 'Girard', 'Fontaine', 'Rousseau', 'Lambert'] },
  es: { f: ['Lucía', 'María', 'Carmen', 'Paula', 'Alba', 'Nuria'], m: ['Javier', 'Alejandro', 'Pablo', 'Sergio', 'Jordi', 'Iñaki'], l: ['Fernández', 'Moreno', 'García López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Ruiz Gómez', 'Pujol'] },
  it: { f: ['Giulia', 'Francesca', 'Chiara', 'Alessia', 'Martina', 'Elena'], m: ['Marco', 'Luca', 'Matteo', 'Alessandro', 'Giuseppe', 'Davide'], l: ['Rossi', 'Bianchi', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'De Luca'] },
  nl: { f: ['Sanne', 'Emma', 'Fleur', 'Anouk', 'Lotte', 'Femke'], m: ['Daan', 'Bram', 'Sem', 'Thijs', 'Jeroen', 'Ruben'], l: ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'de Jong', 'van den Berg', 'Mulder', 'Bos'] },
  br: { f: ['Ana', 'Juliana', 'Fernanda', 'Beatriz', 'Camila', 'Larissa'], m: ['Pedro', 'João', 'Lucas', 'Rafael', 'Gustavo', 'Thiago'], l: ['Souza', 'Oliveira', 'Santos', 'Pereira', 'Ferreira', 'Rodrigues', 'Almeida', 'Costa', 'Carvalho', 'Ribeiro'] },
};

const TITLES = ['Senior Accountant', 'Registered Nurse', 'Office Manager', 'Software Engineer', 'Head of Procurement', 'Warehouse Supervisor', 'Data Analyst',
  'Marketing Coordinator', 'Paralegal', 'HR Business Partner', 'Site Foreman', 'Pharmacist', 'Primary School Teacher', 'Operations Director', 'Customer Service Representative',
  'Chief Financial Officer', 'Dental Hygienist', 'Sous Chef', 'Project Manager', 'Logistics Coordinator', 'Physiotherapist', 'Payroll Specialist', 'Graphic Designer',
  'Civil Engineer', 'Store Manager', 'Social Worker', 'Lab Technician', 'Sales Executive', 'Junior Developer', 'Head of Marketing', 'Veterinary Nurse', 'Electrician',
  'Account Manager', 'Executive Assistant', 'Research Scientist', 'Product Owner', 'Nursing Assistant', 'Financial Controller', 'UX Researcher', 'Bus Driver',
  'Librarian', 'Quality Assurance Lead', 'Chief Operating Officer', 'Assistant Principal', 'IT Support Technician', 'Legal Secretary', 'Mechanical Engineer'];
const NAT = ['American', 'British', 'Canadian', 'Australian', 'Irish', 'German', 'French', 'Spanish', 'Italian', 'Dutch', 'Brazilian', 'Polish', 'Nigerian', 'Indian',
  'Filipino', 'Mexican', 'Vietnamese', 'Portuguese', 'Ghanaian', 'Pakistani', 'Chinese', 'Korean', 'Greek', 'Turkish', 'Ukrainian', 'Romanian', 'Colombian', 'Scottish', 'Welsh', 'Kenyan'];
const NAT_BY_LOC = { us: 'American', gb: 'British', ca: 'Canadian', au: 'Australian', ie: 'Irish', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', nl: 'Dutch', br: 'Brazilian' };
const RELIGION = ['Catholic', 'Protestant', 'Muslim', 'Jewish', 'Hindu', 'Sikh', 'Buddhist', 'Methodist', 'Lutheran', 'Orthodox Christian', 'Baptist', 'Anglican', 'Christian'];
const POLITICAL = ['Democrat', 'Republican', 'Labour', 'Conservative', 'Green Party', 'Liberal Democrat', 'Social Democrat', 'Libertarian'];
const ORGS_HAND = {
  us: ['Walmart', 'Kaiser Permanente', 'Wells Fargo', 'Home Depot', 'UPS', 'Mayo Clinic', 'Whole Foods Market'], gb: ['Tesco', 'NHS Lothian', 'Barclays', 'Royal Mail', "Sainsbury's", 'BT Group'],
  ca: ['Canada Post', 'Tim Hortons', 'RBC', 'Shoppers Drug Mart', 'Air Canada'], au: ['Telstra', 'Woolworths', 'Commonwealth Bank', 'Qantas', 'Australia Post'],
  ie: ['Aer Lingus', 'An Post', 'Bank of Ireland', 'Dunnes Stores', 'Irish Rail'], de: ['Deutsche Bahn', 'Siemens', 'Sparkasse Köln', 'DHL', 'Allianz'],
  fr: ['Carrefour', 'La Poste', 'SNCF', 'Crédit Agricole', 'Decathlon'], es: ['Banco Santander', 'Mercadona', 'Telefónica', 'Renfe', 'El Corte Inglés'],
  it: ['UniCredit', 'Trenitalia', 'Poste Italiane', 'Esselunga', 'Fiat'], nl: ['Rabobank', 'Albert Heijn', 'PostNL', 'NS', 'Philips'], br: ['Petrobras', 'Itaú', 'Correios', 'Magazine Luiza', 'Natura'],
};
const EMAIL_DOMAINS = {
  us: ['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'icloud.com', 'comcast.net'], gb: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'yahoo.co.uk', 'outlook.com'],
  ca: ['gmail.com', 'shaw.ca', 'rogers.com', 'videotron.ca', 'outlook.com'], au: ['gmail.com', 'bigpond.com', 'optusnet.com.au', 'outlook.com'],
  ie: ['gmail.com', 'eircom.net', 'hotmail.com', 'icloud.com'], de: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de'],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'], es: ['gmail.com', 'yahoo.es', 'hotmail.es', 'telefonica.net'],
  it: ['libero.it', 'gmail.com', 'virgilio.it', 'tiscali.it'], nl: ['ziggo.nl', 'gmail.com', 'kpnmail.nl', 'hotmail.nl'], br: ['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com'],
};
const TLD = { us: 'com', gb: 'co.uk', ca: 'ca', au: 'com.au', ie: 'ie', de: 'de', fr: 'fr', es: 'es', it: 'it', nl: 'nl', br: 'com.br' };

// ---------------------------------------------------------------- value generators
const deaccent = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
const slug = (s) => deaccent(s).toLowerCase().replace(/[^a-z0-9]+/g, '');
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = (set = UP) => set[int(0, set.length - 1)];

function luhnComplete(prefix, len) {
  let s = prefix;
  while (s.length < len - 1) s += int(0, 9);
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = +s[s.length - 1 - i];
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return s + ((10 - (sum % 10)) % 10);
}
function ibanCheck(cc, bban) {
  const re = (bban + cc + '00').split('').map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
  return pad(98 - Number(BigInt(re) % 97n));
}
const IBAN_BBAN = {
  DE: () => digits(8) + digits(10),
  GB: () => pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'BUKB']) + digits(6) + digits(8),
  IE: () => pick(['AIBK', 'BOFI', 'IPBS']) + digits(6) + digits(8),
  FR: () => digits(5) + digits(5) + digits(11) + digits(2),
  ES: () => digits(20),
  IT: () => letter() + digits(5) + digits(5) + digits(12),
  NL: () => pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'KNAB']) + digits(10),
  BR: () => digits(8) + digits(5) + digits(10) + 'C1',
};
const IBAN_CC = { gb: 'GB', ie: 'IE', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', br: 'BR' };

function makeDate(y, m, d, loc, style, fmtIdx) {
  const mon = MONTHS[m - 1];
  const ab = mon.length > 3 ? mon.slice(0, 3) + '.' : mon;
  const wd = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const S = {
    us: [() => `${pad(m)}/${pad(d)}/${y}`, () => `${m}/${d}/${String(y).slice(2)}`, () => `${mon} ${d}, ${y}`, () => `${mon.slice(0, 3)} ${d}, ${y}`, () => `${mon} ${ord(d)}`, () => `${wd}, ${mon} ${d}`, () => `${y}-${pad(m)}-${pad(d)}`],
    gb: [() => `${pad(d)}/${pad(m)}/${y}`, () => `${d} ${mon} ${y}`, () => `${ord(d)} ${mon}`, () => `${d} ${mon.slice(0, 3)} ${y}`, () => `${wd} ${d} ${mon}`, () => `${y}-${pad(m)}-${pad(d)}`, () => `the ${ord(d)} of ${mon}`],
    de: [() => `${pad(d)}.${pad(m)}.${y}`, () => `${d}.${m}.${y}`, () => `${d} ${mon} ${y}`, () => `${y}-${pad(m)}-${pad(d)}`],
    nl: [() => `${pad(d)}-${pad(m)}-${y}`, () => `${d} ${mon} ${y}`, () => `${y}-${pad(m)}-${pad(d)}`, () => `${pad(d)}/${pad(m)}/${y}`],
    eu: [() => `${pad(d)}/${pad(m)}/${y}`, () => `${d} ${mon} ${y}`, () => `${y}-${pad(m)}-${pad(d)}`, () => `${d} ${ab} ${y}`],
  };
  const key = loc === 'us' ? 'us' : ['gb', 'ie', 'au', 'ca'].includes(loc) ? 'gb' : loc === 'de' ? 'de' : loc === 'nl' ? 'nl' : 'eu';
  const list = style === 'numeric' ? [S[key][0]] : S[key];
  if (fmtIdx != null) return list[fmtIdx % list.length]();
  return pick(list)();
}
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function phone(loc, region) {
  const d = digits;
  switch (loc) {
    case 'us': case 'ca': {
      const a = loc === 'ca' ? pick(CA_AREA[region] || CA_AREA.ON) : pick(US_AREA);
      const e = int(2, 9) + d(2), n = d(4);
      return pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 ${a} ${e} ${n}`, `+1-${a}-${e}-${n}`, `1 (${a}) ${e}-${n}`, `(${a})${e}-${n}`, `${a} ${e} ${n}`]);
    }
    case 'gb': {
      const m = '7' + pick(['700', '712', '723', '756', '780', '811', '903', '958']) + ' ' + d(6);
      const ldn = '20 ' + pick(['7', '8', '3']) + d(3) + ' ' + d(4);
      const geo = pick(['161', '113', '117', '121', '131', '141', '151', '114', '115', '191']) + ' ' + d(3) + ' ' + d(4);
      const x = pick([m, m, ldn, geo]);
      return pick([`0${x}`, `+44 ${x}`, `+44 (0)${x}`, `0${x}`.replace(/ /g, '')]);
    }
    case 'ie': {
      const mob = pick(['83', '85', '86', '87', '89']) + ' ' + d(3) + ' ' + d(4);
      const land = pick(['1 ' + d(3) + ' ' + d(4), '21 ' + d(3) + ' ' + d(4), '91 ' + d(6), '61 ' + d(6)]);
      const x = pick([mob, mob, land]);
      return pick([`0${x}`, `+353 ${x}`, `(0${x.split(' ')[0]}) ${x.split(' ').slice(1).join(' ')}`, `+353 (0)${x}`]);
    }
    case 'au': {
      const mob = '4' + d(2) + ' ' + d(3) + ' ' + d(3);
      const ac = AU_AREA[region] || '02';
      const land = ac.slice(1) + ' ' + d(4) + ' ' + d(4);
      return pick([`0${mob}`, `+61 ${mob}`, `(${ac}) ${land.slice(2)}`, `${ac} ${land.slice(2)}`, `+61 ${land}`, `0${mob}`.replace(/ /g, '')]);
    }
    case 'de': {
      const mob = pick(['151', '160', '170', '171', '172', '176', '179']);
      const city = pick(['30', '40', '69', '89', '221', '711', '341', '351', '511']);
      return pick([`0${mob} ${d(7)}`, `+49 ${mob} ${d(7)}`, `0${city} ${d(7)}`, `+49 (0)${city} ${d(6)}`, `0${city}/${d(7)}`, `+49 ${city} ${d(8)}`, `0${mob}-${d(3)} ${d(4)}`]);
    }
    case 'fr': {
      const p = () => `${pad(int(0, 99))} ${pad(int(0, 99))} ${pad(int(0, 99))} ${pad(int(0, 99))}`;
      const f = pick(['6', '7', '1', '4', '5', '2', '9']);
      const rest = p();
      return pick([`0${f} ${rest}`, `+33 ${f} ${rest}`, `0${f}.${rest.replace(/ /g, '.')}`, `+33 (0)${f} ${rest}`, `0${f}${rest.replace(/ /g, '')}`]);
    }
    case 'es': {
      const mob = pick(['6', '7']) + d(2), land = pick(['91', '93', '95', '96']);
      return pick([`${mob} ${d(3)} ${d(3)}`, `+34 ${mob} ${d(2)} ${d(2)} ${d(2)}`, `${land} ${d(3)} ${d(2)} ${d(2)}`, `+34 ${land}${d(1)} ${d(3)} ${d(3)}`, `(+34) ${mob} ${d(3)} ${d(3)}`]);
    }
    case 'it': {
      const mob = '3' + pick(['33', '35', '40', '47', '28', '92']);
      return pick([`${mob} ${d(3)} ${d(4)}`, `+39 ${mob} ${d(7)}`, `06 ${d(4)} ${d(4)}`, `+39 02 ${d(4)} ${d(4)}`, `02-${d(8)}`, `+39 ${mob}-${d(7)}`]);
    }
    case 'nl': {
      const land = pick(['20', '10', '70', '30', '40', '50']);
      return pick([`06-${d(8)}`, `+31 6 ${d(8)}`, `0${land}-${d(7)}`, `+31 (0)${land} ${d(3)} ${d(4)}`, `0${land} ${d(3)} ${d(4)}`, `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
    }
    case 'br': {
      const ddd = region || pick(['11', '21', '31', '41', '51', '71', '81']);
      const cel = '9' + d(4) + '-' + d(4), fixo = int(2, 5) + d(3) + '-' + d(4);
      return pick([`(${ddd}) ${cel}`, `+55 ${ddd} ${cel}`, `(${ddd}) ${fixo}`, `+55 (${ddd}) ${cel}`, `${ddd} ${cel.replace('-', ' ')}`]);
    }
  }
  throw new Error('loc ' + loc);
}

// ---------------------------------------------------------------- context
function ctx(loc) {
  const fk = FAKERS[loc];
  const c = { loc };
  c.int = int; c.pick = pick; c.chance = chance;

  c.p = (sexArg, opts = {}) => {
    const sex = sexArg || pick(['female', 'male']);
    let first, last;
    const H = HAND_NAMES[loc];
    if (chance(loc === 'ie' ? 0.6 : 0.3)) { first = pick(sex === 'female' ? H.f : H.m); last = pick(H.l); }
    else { first = fk.person.firstName(sex); last = fk.person.lastName(); }
    let full = `${first} ${last}`;
    if (loc === 'us' && !opts.plain && chance(0.12)) full = `${first} ${letter()}. ${last}`;
    const hon = sex === 'female' ? pick(['Ms.', 'Mrs.', 'Ms', 'Dr.']) : pick(['Mr.', 'Mr', 'Dr.']);
    const p = {
      sex, first, last, hon,
      n: E('PERSON', full), f: E('PERSON', first), l: E('PERSON', last),
      he: sex === 'female' ? 'she' : 'he', He: sex === 'female' ? 'She' : 'He', his: sex === 'female' ? 'her' : 'his', him: sex === 'female' ? 'her' : 'him',
    };
    p.em = () => c.em(p);
    return p;
  };
  c.em = (p) => {
    if (!p) return E('EMAIL_ADDRESS', deaccent(fk.internet.email()).replace(/'/g, ''));
    const f = slug(p.first), l = slug(p.last);
    const user = pick([`${f}.${l}`, `${f}${l}${int(1, 99)}`, `${f[0]}.${l}`, `${f}_${l}`, `${f}${int(70, 99)}`, `${l}.${f}`, `${f[0]}${l}`]);
    const dom = chance(0.2) ? `${slug(fk.company.name()).slice(0, 14)}.${TLD[loc]}` : pick(EMAIL_DOMAINS[loc]);
    return E('EMAIL_ADDRESS', `${user}@${dom}`);
  };
  c.url = (p) => {
    if (p && chance(0.6)) {
      const f = slug(p.first), l = slug(p.last);
      return E('URL', pick([`https://www.linkedin.com/in/${f}-${l}-${int(10, 999)}`, `https://github.com/${f}${l}`, `linkedin.com/in/${f}${l}`, `https://${f}${l}.${TLD[loc]}`, `www.${f}-${l}.com`, `https://instagram.com/${f}.${l}`, `https://${f}${l}.wordpress.com/about`]));
    }
    return E('URL', pick([fk.internet.url(), fk.internet.url({ appendSlash: false }), `https://www.${fk.internet.domainWord()}.${TLD[loc]}/${pick(['contact', 'orders', 'events/2024', 'account/login', 'blog'])}`, `http://${fk.internet.domainName()}`]));
  };
  c.age = (a = 18, b = 84) => E('AGE', int(a, b));
  c.dob = (ageEnt) => {
    const age = ageEnt ? +ageEnt.v : int(18, 80);
    const m = int(1, 12), d = int(1, daysIn(2000, m) === 29 ? 28 : daysIn(2001, m));
    const beforeRef = m < REF_M || (m === REF_M && d <= REF_D);
    const y = REF_Y - age - (beforeRef ? 0 : 1);
    return E('DATE_TIME', makeDate(y, m, d, loc, chance(0.6) ? 'numeric' : undefined));
  };
  c.date = (y0 = 2021, y1 = 2025, style) => {
    const y = int(y0, y1), m = int(1, 12), d = int(1, daysIn(y, m));
    return E('DATE_TIME', makeDate(y, m, d, loc, style));
  };
  c.dateRange = (y0 = 2024, y1 = 2024) => {
    const y = int(y0, y1), m = int(1, 12), d = int(1, daysIn(y, m));
    const t2 = new Date(Date.UTC(y, m - 1, d) + int(1, 21) * 86400000);
    const fi = int(0, 20);
    return [E('DATE_TIME', makeDate(y, m, d, loc, undefined, fi)), E('DATE_TIME', makeDate(t2.getUTCFullYear(), t2.getUTCMonth() + 1, t2.getUTCDate(), loc, undefined, fi))];
  };
  c.timeRange = () => {
    const h1 = int(8, 16), h2 = h1 + int(1, 4), mi = pick([0, 15, 30, 45]);
    const en = ['us', 'gb', 'ca', 'au', 'ie'].includes(loc);
    const fmt = en ? pick([
      (h) => `${h > 12 ? h - 12 : h}:${pad(mi)} ${h >= 12 ? 'pm' : 'am'}`, (h) => `${h > 12 ? h - 12 : h}${h >= 12 ? 'pm' : 'am'}`, (h) => `${pad(h)}:${pad(mi)}`, (h) => `${h > 12 ? h - 12 : h}:${pad(mi)} ${h >= 12 ? 'PM' : 'AM'}`,
    ]) : pick([(h) => `${pad(h)}:${pad(mi)}`, (h) => `${h}h${pad(mi)}`, (h) => `${pad(h)}.${pad(mi)}`]);
    return [E('DATE_TIME', fmt(h1)), E('DATE_TIME', fmt(h2))];
  };
  c.time = () => {
    const h = int(7, 21), mi = pick([0, 5, 10, 15, 20, 30, 40, 45, 50]);
    const h12 = h > 12 ? h - 12 : h, ap = h >= 12 ? 'pm' : 'am';
    const en = ['us', 'gb', 'ca', 'au', 'ie'].includes(loc);
    const f = en ? [`${h12}:${pad(mi)} ${ap}`, `${h12}:${pad(mi)}${ap}`, `${h12}${ap}`, `${h12}:${pad(mi)} ${ap.toUpperCase()}`, `${h12}.${pad(mi)}${ap}`, `${pad(h)}:${pad(mi)}`, `${h12} ${ap[0]}.m.`]
      : [`${pad(h)}:${pad(mi)}`, `${h}h${pad(mi)}`, `${pad(h)}.${pad(mi)}`, `${h12}:${pad(mi)} ${ap}`];
    return E('DATE_TIME', pick(f));
  };
  c.wd = () => E('DATE_TIME', pick(WEEKDAYS.slice(1, 7).concat(WEEKDAYS.slice(1, 6))));
  c.month = () => E('DATE_TIME', pick(MONTHS));
  c.year = (a = 1995, b = 2023) => E('DATE_TIME', int(a, b));
  c.iso = () => {
    const y = int(2023, 2024), m = int(1, 12), d = int(1, daysIn(y, m));
    return E('DATE_TIME', `${y}-${pad(m)}-${pad(d)}${pick(['T', ' '])}${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}${pick(['Z', '', '+01:00', '-05:00'])}`);
  };
  c.cc = () => {
    const kind = pick(['visa', 'visa', 'mc', 'mc', 'amex', 'disc']);
    let num, groups;
    if (kind === 'visa') { num = luhnComplete('4' + digits(int(3, 5)), 16); groups = [4, 4, 4, 4]; }
    else if (kind === 'mc') { num = luhnComplete(pick(['51', '52', '53', '54', '55', '2221', '2720']), 16); groups = [4, 4, 4, 4]; }
    else if (kind === 'amex') { num = luhnComplete(pick(['34', '37']), 15); groups = [4, 6, 5]; }
    else { num = luhnComplete('6011', 16); groups = [4, 4, 4, 4]; }
    const sep = pick([' ', ' ', '-', '']);
    let out = [], i = 0;
    for (const g of groups) { out.push(num.slice(i, i + g)); i += g; }
    return E('CREDIT_CARD', out.join(sep));
  };
  c.ssn = () => {
    let a; do { a = int(1, 899); } while (a === 666);
    const s = `${pad(a, 3)}-${pad(int(1, 99))}-${pad(int(1, 9999), 4)}`;
    return E('US_SSN', chance(0.85) ? s : chance(0.5) ? s.replace(/-/g, ' ') : s.replace(/-/g, ''));
  };
  c.ip = (v6 = 0.15) => {
    if (chance(v6)) {
      if (chance(0.5)) return E('IP_ADDRESS', fk.internet.ipv6());
      const h = () => int(0, 65535).toString(16);
      return E('IP_ADDRESS', `${pick(['2001:db8', '2a02:8108', '2600:1700', '2a01:e0a', '2003:e6'])}:${h()}:${h()}::${h()}`);
    }
    let a; do { a = int(11, 223); } while ([127, 169, 172, 192].includes(a));
    return E('IP_ADDRESS', `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`);
  };
  c.lanip = () => E('IP_ADDRESS', pick([`192.168.${pick([0, 1, 1, 178])}.${int(1, 254)}`, `10.0.${int(0, 20)}.${int(1, 254)}`]));
  c.iban = () => {
    const cc = IBAN_CC[loc] || pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'IE']);
    const bban = IBAN_BBAN[cc]();
    const raw = cc + ibanCheck(cc, bban) + bban;
    return E('IBAN_CODE', chance(0.55) ? raw.replace(/(.{4})/g, '$1 ').trim() : raw);
  };
  c.org = () => E('ORGANIZATION', chance(0.35) ? pick(ORGS_HAND[loc]) : fk.company.name());
  c.title = () => E('TITLE', chance(0.6) ? pick(TITLES) : fakerEN_US.person.jobTitle());
  c.nat = () => E('NRP', chance(0.4) ? NAT_BY_LOC[loc] : pick(NAT));
  c.rel = () => E('NRP', pick(RELIGION));
  c.pol = () => E('NRP', pick(POLITICAL));
  c.country = () => E('GPE', pick(COUNTRY[loc]));
  c.foreign = () => E('GPE', pick(OTHER_COUNTRIES));

  // place: consistent city / region / zip / street; `real` most of the time
  c.place = () => {
    const real = chance(0.8);
    const P = { loc };
    switch (loc) {
      case 'us': {
        if (real) { const [ci, st, zp] = pick(US_CITIES); P.city = ci; P.st = st; P.zip = zp + pad(int(1, 99)); }
        else { P.city = fk.location.city(); P.st = fk.location.state({ abbreviated: true }); P.zip = fk.location.zipCode('#####'); }
        if (chance(0.12)) P.zip += '-' + digits(4);
        P.regionAbbr = P.st; P.regionFull = US_STATES[P.st] || fk.location.state();
        if (!US_STATES[P.st]) P.regionFull = null;
        P.street = chance(0.35) ? fk.location.streetAddress(chance(0.3)) : `${int(1, 9899)} ${pick(US_STREETS)}${chance(0.3) ? pick([` Apt ${int(1, 40)}`, ` Apt. ${int(1, 9)}${letter('ABCD')}`, ` Unit ${int(1, 300)}`, ` #${int(100, 999)}`, `, Suite ${int(1, 9)}00`]) : ''}`;
        break;
      }
      case 'gb': {
        const [ci, outs, nation] = pick(GB_CITIES);
        P.city = real ? ci : fk.location.city(); P.nation = nation;
        P.zip = `${pick(outs)} ${int(1, 9)}${letter('ABDEFGHJLNPQRSTUWXYZ')}${letter('ABDEFGHJLNPQRSTUWXYZ')}`;
        P.street = chance(0.3) ? fk.location.streetAddress() : `${chance(0.2) ? `Flat ${int(1, 12)}, ` : ''}${int(1, 240)} ${pick(GB_STREETS)}`;
        break;
      }
      case 'ca': {
        const [ci, pr, fsas] = pick(CA_CITIES);
        P.city = real ? ci : fk.location.city(); P.st = pr; P.regionAbbr = pr; P.regionFull = CA_PROV[pr];
        const L = 'ABCEGHJKLMNPRSTVWXYZ';
        P.zip = `${pick(fsas)} ${int(0, 9)}${letter(L)}${int(0, 9)}`;
        if (chance(0.15)) P.zip = P.zip.replace(' ', '');
        const num = int(10, 2400), st = pick(CA_STREETS);
        P.street = pick([`${num} ${st}`, `${int(101, 2509)}-${num} ${st}`, `${num} ${st}, Unit ${int(1, 40)}`, `${num} ${st}`]);
        break;
      }
      case 'au': {
        const [ci, st, pc] = pick(AU_CITIES);
        P.city = real ? ci : fk.location.city(); P.st = st; P.regionAbbr = st; P.regionFull = AU_STATES[st];
        P.zip = pc;
        P.street = `${chance(0.25) ? `${int(1, 20)}/` : chance(0.1) ? `Unit ${int(1, 9)}, ` : ''}${int(1, 400)} ${pick(AU_STREETS)}`;
        break;
      }
      case 'ie': {
        const [town, county, keys] = pick(IE_TOWNS);
        P.city = town; P.county = county;
        const L = 'ACDEFHKNPRTVWXY';
        const u = () => (chance(0.5) ? letter(L) : String(int(0, 9)));
        P.zip = `${pick(keys)} ${letter(L)}${u()}${u()}${u()}`;
        P.street = chance(0.15) ? `${pick(IE_HOUSES)}, ${pick(IE_STREETS)}` : `${chance(0.15) ? `Apartment ${int(1, 30)}, ` : ''}${int(1, 120)} ${pick(IE_STREETS)}`;
        break;
      }
      case 'de': {
        const [ci, plzs, land] = pick(DE_CITIES);
        if (real) { P.city = ci; P.zip = pick(plzs); P.region = land; } else { P.city = fk.location.city(); P.zip = fk.location.zipCode(); P.region = fk.location.state(); }
        P.street = chance(0.35) ? fk.location.streetAddress() : `${pick(DE_STREETS)} ${int(1, 140)}${chance(0.15) ? letter('abc') : ''}`;
        break;
      }
      case 'fr': {
        const [ci, cp, reg] = pick(FR_CITIES);
        if (real) { P.city = ci; P.zip = cp(); P.region = reg; } else { P.city = fk.location.city(); P.zip = fk.location.zipCode(); P.region = fk.location.state(); }
        P.street = chance(0.3) ? fk.location.streetAddress() : `${int(1, 180)}${chance(0.1) ? ' bis' : ''} ${pick(FR_STREETS)}`;
        break;
      }
      case 'es': {
        const [ci, cp, reg, prov] = pick(ES_CITIES);
        if (real) { P.city = ci; P.zip = cp(); P.region = reg; P.prov = prov; } else { P.city = fk.location.city(); P.zip = fk.location.zipCode(); P.region = fk.location.state(); P.prov = null; }
        P.street = `${pick(ES_STREETS)}, ${int(1, 160)}${chance(0.5) ? pick([`, ${int(1, 8)}º ${letter('ABCD')}`, `, ${int(1, 6)}º izda.`, `, bajo`, `, ${int(1, 5)}º dcha.`]) : ''}`;
        break;
      }
      case 'it': {
        const [ci, pv, cap, reg] = pick(IT_CITIES);
        if (real) { P.city = ci; P.prov = pv; P.zip = cap(); P.region = reg; } else { P.city = fk.location.city(); P.prov = pick(['MI', 'RM', 'TO', 'FI', 'BO']); P.zip = fk.location.zipCode(); P.region = null; }
        P.street = chance(0.3) ? fk.location.streetAddress() : `${pick(IT_STREETS)} ${int(1, 200)}${chance(0.1) ? '/A' : ''}`;
        break;
      }
      case 'nl': {
        const [ci, [lo, hi], prov] = pick(NL_CITIES);
        const L = 'ABCEGHJKLMNPRTVWXZ';
        if (real) { P.city = ci; P.zip = `${int(lo, hi)} ${letter(L)}${letter(L)}`; P.region = prov; } else { P.city = fk.location.city(); P.zip = fk.location.zipCode(); P.region = null; }
        P.street = chance(0.3) ? fk.location.streetAddress() : `${pick(NL_STREETS)} ${int(1, 320)}${chance(0.2) ? pick(['-II', 'A', '-1', ' bis', '-H']) : ''}`;
        break;
      }
      case 'br': {
        const [ci, uf, [lo, hi], ddd] = pick(BR_CITIES);
        if (real) { P.city = ci; P.st = uf; P.zip = `${pad(int(lo, hi), 5)}-${digits(3)}`; P.ddd = ddd; }
        else { P.city = fk.location.city(); P.st = fk.location.state({ abbreviated: true }); P.zip = fk.location.zipCode(); }
        P.regionAbbr = P.st; P.regionFull = BR_STATES[P.st] || null;
        P.street = `${pick(BR_STREETS)}, ${int(1, 3200)}${chance(0.4) ? pick([`, apto ${int(11, 184)}`, `, casa ${int(1, 4)}`, `, bloco ${letter('ABC')}, apto ${int(11, 84)}`, ` - sala ${int(101, 1204)}`]) : ''}`;
        break;
      }
    }
    return P;
  };

  // address with formatted one-line / multi-line forms
  c.addr = (opts = {}) => {
    const P = c.place();
    const a = {
      P, street: E('STREET_ADDRESS', P.street), city: E('CITY', P.city), zip: E('ZIP_CODE', P.zip),
    };
    let region = null, country = null;
    const wantCountry = opts.country ?? chance(0.3);
    switch (loc) {
      case 'us': case 'ca': {
        region = E('GPE', chance(0.85) || !P.regionFull ? P.regionAbbr : P.regionFull);
        if (wantCountry) country = E('GPE', pick(COUNTRY[loc]));
        a.one = [a.street, ', ', a.city, ', ', region, ' ', a.zip, country && [', ', country]];
        a.multi = [a.street, '\n', a.city, ', ', region, ' ', a.zip, country && ['\n', country]];
        break;
      }
      case 'au': {
        region = E('GPE', chance(0.9) ? P.regionAbbr : P.regionFull);
        if (wantCountry) country = E('GPE', 'Australia');
        const city = chance(0.2) ? E('CITY', P.city.toUpperCase()) : a.city;
        a.city = city;
        a.one = [a.street, ', ', city, ' ', region, ' ', a.zip, country && [', ', country]];
        a.multi = [a.street, '\n', city, ' ', region, ' ', a.zip, country && ['\n', country]];
        break;
      }
      case 'gb': {
        if (wantCountry) country = E('GPE', chance(0.5) && P.nation ? P.nation : pick(COUNTRY.gb));
        const city = chance(0.2) ? E('CITY', P.city.toUpperCase()) : a.city;
        a.city = city;
        a.one = [a.street, ', ', city, chance(0.8) ? ', ' : ' ', a.zip, country && [', ', country]];
        a.multi = [a.street, '\n', city, '\n', a.zip, country && ['\n', country]];
        break;
      }
      case 'ie': {
        const showCounty = P.city !== P.county || chance(0.3);
        if (showCounty) region = E('GPE', `${pick(['Co. ', 'County ', 'Co '])}${P.county}`);
        if (wantCountry) country = E('GPE', pick(COUNTRY.ie));
        a.one = [a.street, ', ', a.city, region && [', ', region], ', ', a.zip, country && [', ', country]];
        a.multi = [a.street, '\n', a.city, region && ['\n', region], '\n', a.zip, country && ['\n', country]];
        break;
      }
      case 'de': case 'fr': case 'nl': {
        if (wantCountry) country = E('GPE', pick(COUNTRY[loc]));
        const sep = loc === 'nl' && chance(0.3) ? '  ' : ' ';
        a.one = [a.street, ', ', a.zip, sep, a.city, country && [', ', country]];
        a.multi = [a.street, '\n', a.zip, sep, a.city, country && ['\n', country]];
        if (loc === 'fr' && chance(0.15)) { const cu = E('CITY', P.city.toUpperCase()); a.city = cu; a.one = [a.street, ', ', a.zip, ' ', cu, country && [', ', country]]; a.multi = [a.street, '\n', a.zip, ' ', cu, country && ['\n', country]]; }
        break;
      }
      case 'es': {
        if (P.prov && P.prov !== P.city && chance(0.5)) region = E('GPE', P.prov);
        if (wantCountry) country = E('GPE', pick(COUNTRY.es));
        a.one = [a.street, ', ', a.zip, ' ', a.city, region && [' (', region, ')'], country && [', ', country]];
        a.multi = [a.street, '\n', a.zip, ' ', a.city, region && [' (', region, ')'], country && ['\n', country]];
        break;
      }
      case 'it': {
        region = E('GPE', P.prov);
        if (wantCountry) country = E('GPE', pick(COUNTRY.it));
        const paren = chance(0.6);
        a.one = [a.street, ', ', a.zip, ' ', a.city, paren ? [' (', region, ')'] : [' ', region], country && [', ', country]];
        a.multi = [a.street, '\n', a.zip, ' ', a.city, paren ? [' (', region, ')'] : [' ', region], country && ['\n', country]];
        break;
      }
      case 'br': {
        region = E('GPE', chance(0.85) || !P.regionFull ? P.regionAbbr : P.regionFull);
        if (wantCountry) country = E('GPE', pick(COUNTRY.br));
        const cep = chance(0.5) ? 'CEP ' : '';
        a.one = [a.street, ', ', a.city, ' - ', region, ', ', cep, a.zip, country && [', ', country]];
        a.multi = [a.street, '\n', a.city, ' - ', region, '\n', cep, a.zip, country && ['\n', country]];
        break;
      }
    }
    a.region = region; a.country = country;
    // a region entity always available for templates
    a.gpe = region || E('GPE', P.regionFull || P.region || P.nation || pick(COUNTRY[loc]));
    return a;
  };
  c.city = () => E('CITY', c.place().city);
  // city + matching region/country pair
  c.cityGpe = () => {
    const P = c.place();
    let g;
    if (['us', 'ca', 'au', 'br'].includes(loc)) g = chance(0.6) || !P.regionFull ? P.regionAbbr : P.regionFull;
    else if (loc === 'ie') g = chance(0.5) ? `Co. ${P.county}` : 'Ireland';
    else if (loc === 'gb') g = P.nation && chance(0.6) ? P.nation : pick(COUNTRY.gb);
    else if (loc === 'es' || loc === 'it') g = chance(0.5) && P.region ? P.region : pick(COUNTRY[loc]);
    else g = chance(0.3) && P.region ? P.region : pick(COUNTRY[loc]);
    return [E('CITY', P.city), E('GPE', g)];
  };
  c.ph = (region) => E('PHONE_NUMBER', ['us', 'ca', 'gb', 'au'].includes(loc) && chance(0.12) ? fk.phone.number() : phone(loc, region));
  c.phA = (a) => {
    const r = a && a.P ? (loc === 'br' ? a.P.ddd : a.P.st) : undefined;
    return c.ph(r);
  };
  c.other = () => ctx(pick(Object.keys(FAKERS).filter((l) => l !== loc)));
  return c;
}

// ---------------------------------------------------------------- templates
const EU_IBAN = ['gb', 'ie', 'de', 'fr', 'es', 'it', 'nl', 'br'];
const ALL = null;
const TPL = [];
const add = (cat, locs, fn, casual = false) => TPL.push({ cat, locs, fn, casual });

// --- customer support
add('support', ALL, (c) => { const p = c.p(), a = c.addr(); return T`Hi, this is ${p.n}. I ordered a kettle on ${c.date(2023, 2024)} and it still hasn't arrived at ${a.street}. Could someone ring me on ${c.phA(a)}?`; });
add('support', ALL, (c) => { const p = c.p(); return T`Order #${c.int(100000, 999999)} – customer ${p.n} (${p.em()}) says the parcel was left at the wrong door in ${c.city()}.`; });
add('support', ALL, (c) => { const p = c.p(), a = c.addr({ country: false }); return T`hello i need to change the delivery address on my account to ${a.one} thanks ${p.f}`; }, true);
add('support', ALL, (c) => { const p = c.p(); return T`Account holder: ${p.n}\nRegistered phone: ${c.ph()}\nIssue: card ${c.cc()} declined at checkout on ${c.date(2024, 2024)} at ${c.time()}.`; });
add('support', EU_IBAN, (c) => { const p = c.p(); return T`${p.n} phoned at ${c.time()} asking why the refund to IBAN ${c.iban()} has not arrived yet.`; });
add('support', ['gb', 'ie', 'ca', 'au', 'nl', 'us'], (c) => { const p = c.p(); const a = c.addr(); return T`Can you update my email from ${p.em()} to ${p.em()}? My name is ${p.n} and my ${c.loc === 'us' ? 'zip code' : 'postcode'} is ${a.zip}.`; });
add('support', ALL, (c) => { const p = c.p(); return T`Complaint logged ${c.wd()}: ${p.n}, ${c.title()} at ${c.org()}, says our technician never turned up in ${c.city()}.`; });
add('support', ALL, (c) => { const p = c.p(); return T`Ticket ${c.int(10000, 99999)} | Requester: ${p.em()} | IP: ${c.ip()} | Subject: can't log in since ${c.date(2024, 2024)}`; });
add('support', ALL, (c) => { const p = c.p(), a = c.addr(); const [ci, g] = c.cityGpe(); return T`Please stop sending post to ${a.street} — I've moved to ${ci}, ${g}. — ${p.f}`; }, true);
add('support', ['us'], (c) => { const p = c.p(); return T`I'm ${c.age(25, 80)} years old and I've never had this much trouble with a bank. Your website rejected my SSN (${c.ssn()}) twice. ${p.n}`; });
add('support', ALL, (c) => { const p = c.p(); return T`Refund of the duplicate charge was sent back to card ${c.cc()} for ${p.n} on ${c.date(2023, 2024)}.`; });
add('support', ALL, (c) => { const p = c.p(); const a = c.addr({ country: false }); const tr = c.timeRange(); return T`Dear support team, the engineer visit for ${a.one} is booked for ${c.wd()} between ${tr[0]} and ${tr[1]}. Nobody will be in before then. Regards, ${p.n}`; });

// --- forms
add('form', ALL, (c) => { const p = c.p(); const ag = c.age(); return T`Name: ${p.n}\nDOB: ${c.dob(ag)}\nAge: ${ag}\nPhone: ${c.ph()}\nEmail: ${p.em()}`; });
add('form', ALL, (c) => { const p = c.p(), a = c.addr(); return T`APPLICANT DETAILS\nSurname: ${p.l}\nGiven name(s): ${p.f}\nNationality: ${c.nat()}\nAddress: ${a.one}`; });
add('form', ALL, (c) => { const p = c.p(); return T`Full name - ${p.n} | Position applied for - ${c.title()} | Available from ${c.date(2024, 2025)} | Contact ${c.ph()}`; });
add('form', ALL, (c) => { const p = c.p(), q = c.p(); return T`Emergency contact for ${p.n} (relationship: ${c.pick(q.sex === 'female' ? ['sister', 'wife', 'partner', 'mother', 'friend', 'aunt'] : ['brother', 'husband', 'partner', 'father', 'friend', 'uncle'])}): ${q.n}, tel. ${c.ph()}`; });
add('form', ALL, (c) => { const p = c.p(), a = c.addr({ country: false }); return T`Membership form\nFirst name: ${p.f}\nLast name: ${p.l}\nStreet: ${a.street}\nTown/City: ${a.city}\nPostcode: ${a.zip}\nCountry: ${c.country()}`; });
add('form', ['us'], (c) => { const p = c.p(); const ag = c.age(21, 70); return T`Applicant: ${p.n}   SSN: ${c.ssn()}   DOB: ${c.dob(ag)}   Employer: ${c.org()}`; });
add('form', ALL, (c) => { const p = c.p(); const [ci, g] = c.cityGpe(); return T`Race registration #${c.int(100, 4999)}: ${p.n}, ${c.age(16, 72)}, from ${ci}, ${g}. Wave start ${c.time()}.`; });
add('form', ALL, (c) => { const p = c.p(); return T`[x] I have read and agree to the terms above.\nSigned: ${p.n}\nDate: ${c.date(2023, 2024, 'numeric')}`; });
add('form', ALL, (c) => { const p = c.p(), a = c.addr(); return T`Registered keeper: ${p.n}; address on file: ${a.one}; licence first issued ${c.year(1985, 2020)}.`; });
add('form', ALL, (c) => { const p = c.p(); const [d1, d2] = c.dateRange(); return T`Guest: ${p.n} · Check-in: ${d1} · Check-out: ${d2} · Card on file: ${c.cc()}`; });
add('form', ALL, (c) => { const p = c.p(), q = c.p(); return T`Student: ${p.n} (${c.age(6, 17)} y/o)\nGuardian: ${q.n}\nHome phone: ${c.ph()}\nMedical notes: asthma inhaler in bag`; });
add('form', EU_IBAN, (c) => { const p = c.p(); return T`Beneficiary: ${p.n}\nIBAN: ${c.iban()}\nReference: rent ${c.month()}`; });
add('form', ALL, (c) => { const p = c.p(); const a = c.addr(); return T`CUSTOMER INFORMATION\n  name ........ ${p.n}\n  address ..... ${a.one}\n  telephone ... ${c.phA(a)}\n  e-mail ...... ${p.em()}`; });
add('form', ALL, (c) => { const p = c.p(); return T`Religion (optional): ${c.rel()}   Marital status: ${c.pick(['single', 'married', 'divorced', 'widowed'])}   Name: ${p.n}   Age: ${c.age()}`; });

// --- letters
add('letter', ALL, (c) => { const p = c.p(), q = c.p(), a = c.addr({ country: false }); return T`${p.n}\n${a.multi}\n\n${c.date(2024, 2024)}\n\nDear ${p.hon} ${p.l},\n\nThank you for applying for the role of ${c.title()}. We would like to invite you to an interview on ${c.wd()} at ${c.time()}.\n\nKind regards,\n${q.n}\n${c.org()}`; });
add('letter', ['de', 'fr', 'nl', 'es', 'it'], (c) => { const p = c.p(), a = c.addr(); return T`${c.org()}\n${a.multi}\n\nDear ${p.n},\n\nyour contract ends on ${c.date(2024, 2025)}. Please get in touch at ${c.em()} or ${c.ph()} if you wish to renew.`; });
add('letter', ALL, (c) => { const p = c.p(), q = c.p(); return T`To whom it may concern,\n\nI have known ${p.n} since ${c.year(2005, 2019)}, when we both worked at ${c.org()}. ${p.He} is dependable, patient and great with customers.\n\nSincerely,\n${q.n}\n${c.title()}`; });
add('letter', ALL, (c) => { const p = c.p(), q = c.p(); return T`Dear ${p.f},\n\nCongratulations on turning ${c.age(30, 70)}! Everyone at ${c.org()} hopes you have a wonderful day.\n\nBest wishes,\n${q.f} & the team`; });
add('letter', EU_IBAN, (c) => { const p = c.p(), q = c.p(), a = c.addr({ country: false }); return T`RE: Tenancy at ${a.one}\n\nDear ${p.hon} ${p.l},\nThe monthly rent will be collected from IBAN ${c.iban()} on the first working day of each month starting ${c.date(2024, 2024)}.\n\n${q.n}\nLetting agent`; });
add('letter', ALL, (c) => { const p = c.p(), a = c.addr(), b = c.addr(); return T`Notice of change of address\nFrom: ${p.n}\nOld address: ${a.one}\nNew address: ${b.one}\nEffective: ${c.date(2024, 2024)}`; });
add('letter', ALL, (c) => { const p = c.p(), q = c.p(); return T`${c.date(2024, 2024)}\n\nHi ${q.f},\n\nJust a quick note to say thanks for looking after the dog while we were in ${c.foreign()}. Drop by any ${c.wd()} for dinner!\n\nLove,\n${p.f}`; });
add('letter', ['us', 'ca'], (c) => { const p = c.p(), a = c.addr({ country: false }); return T`${c.org()}\nAccounts Department\n\n${p.hon} ${p.n}\n${a.multi}\n\nRe: overdue balance\n\nOur records show that no payment has been received since ${c.date(2023, 2024)}. Please call ${c.ph()} to arrange a plan.`; });

// --- chat
add('chat', ALL, (c) => { const p = c.p(); return T`omg ${p.f} turns ${c.age(18, 60)} on ${c.wd()}?? we need cake 🎂`; }, true);
add('chat', ALL, (c) => { const p = c.p(); return T`hey its ${p.f}, new number: ${c.ph()} - delete the old one pls`; }, true);
add('chat', ALL, (c) => { const a = c.addr(); return T`u still at ${a.street}? im parked outside`; }, true);
add('chat', ALL, (c) => { const p = c.p(); return T`does anyone have ${p.n}'s email? I think it's ${p.em()} but it keeps bouncing`; }, true);
add('chat', ALL, (c) => { const p = c.p(), q = c.p(); return T`${p.f}: landed in ${c.city()}!!\n${q.f}: yay. call me on ${c.ph()} once ur at the hotel`; }, true);
add('chat', ALL, (c) => { const p = c.p(); return T`my cousin ${p.f} just got hired as ${c.title()} at ${c.org()} lol so proud`; }, true);
add('chat', ALL, (c) => { const p = c.p(); return T`wifi password is on the fridge. if it drops again the router page is ${c.lanip()} -${p.f}`; }, true);
add('chat', ALL, (c) => { const p = c.p(), a = c.addr(); return T`ok meet at ${a.street} at ${c.time()}, ask for ${p.f} at the door`; }, true);
add('chat', EU_IBAN, (c) => { const p = c.p(); return T`thx ${p.f}!! sent the money for the concert tickets to ${c.iban()}, lmk if it doesn't show up`; }, true);
add('chat', ALL, (c) => { const a = c.p(), b = c.p(), d = c.p(); return T`Book club group: ${a.f} (${c.ph()}), ${b.f} (${c.ph()}) and ${d.f} (${c.ph()}). Next meeting ${c.wd()}!`; }, true);
add('chat', ALL, (c) => { const p = c.p(); return T`btw ${p.n} from ${c.city()} wants to connect, here's the profile: ${c.url(p)}`; }, true);
add('chat', ALL, (c) => { const p = c.p(); return T`[${c.time()}] ${p.f}: running late, train stuck outside ${c.city()} 🙄`; }, true);
add('chat', ALL, (c) => { const p = c.p(), q = c.p(); return T`${p.f} > is ${q.f} still living in ${c.city()}?\n${q.f} > nope moved back to ${c.foreign()} in ${c.year(2015, 2023)}`; }, true);

// --- social / tweets
add('social', ALL, (c) => { const [ci, g] = c.cityGpe(); return T`Just moved to ${ci}, ${g}! Anyone know a good dentist? #newintown`; }, true);
add('social', ALL, (c) => { const p = c.p('female'); return T`Happy ${c.age(40, 90)}th birthday to my amazing mum ${p.n} ❤️ love you loads`; }, true);
add('social', ALL, (c) => { const p = c.p(); return T`So proud of ${p.n} — first ${c.nat()} runner to win the ${c.city()} half marathon! 🏃`; }, true);
add('social', ALL, (c) => { return T`Catch us live at ${c.org()} in ${c.city()} on ${c.date(2024, 2025)}. Tickets: ${c.url()}`; });
add('social', ALL, (c) => { return T`Thread 🧵 on what I learned in my first year as ${(t => [art(t), ' ', t])(c.title())} in ${c.foreign()} (${c.year(2016, 2023)})`; }, true);
add('social', ALL, (c) => { const p = c.p(), q = c.p(); return T`throwback to ${c.year(2008, 2020)} in ${c.city()} with ${p.f} and ${q.f} 📸`; }, true);
add('social', ALL, (c) => { const a = c.addr(); return T`LOST DOG near ${a.street}, ${a.city}! Answers to Biscuit, brown collar. Please call ${c.phA(a)} 🙏`; });
add('social', ALL, (c) => { return T`still waiting on my order from ${c.org()}, placed ${c.date(2024, 2024)}. not impressed tbh`; }, true);
add('social', ALL, (c) => { const p = c.p(); return T`Shoutout to ${p.n} at the ${c.city()} branch for fixing my account in minutes 👏`; }, true);
add('social', ALL, (c) => { const p = c.p(); return T`New post on the blog: "${c.age(30, 65)} and starting over" ${c.url(p)}`; });
add('social', ['gb', 'ie', 'ca', 'au', 'nl'], (c) => { const a = c.addr(); return T`Selling my road bike, collection from ${a.zip} only. DM or text ${c.phA(a)}`; }, true);
add('social', ALL, (c) => { return T`Proud ${c.nat()} living in ${c.city()} since ${c.year(1990, 2020)}. Best decision ever.`; }, true);
add('social', ['us'], (c) => { const [ci, g] = c.cityGpe(); return T`Lifelong ${c.pol()} here but the new library in ${ci}, ${g} is something we can all agree on.`; }, true);

// --- HR
add('hr', ALL, (c) => { const p = c.p(), q = c.p(); return T`Employee: ${p.n}\nEmployee ID: E-${c.int(10000, 99999)}\nTitle: ${c.title()}\nDepartment: ${c.pick(['Finance', 'Operations', 'Sales', 'IT', 'Customer Care'])}\nStart date: ${c.date(2015, 2024)}\nManager: ${q.n}`; });
add('hr', ALL, (c) => { const p = c.p(), q = c.p(); return T`${p.n} (${c.title()}) will be leaving ${c.org()} effective ${c.date(2024, 2024)}. Questions can go to ${q.em()}.`; });
add('hr', EU_IBAN, (c) => { const p = c.p(); return T`Payroll change for ${p.n}: salary to be paid into IBAN ${c.iban()} from ${c.month()} onwards.`; });
add('hr', ALL, (c) => { const p = c.p(), a = c.addr({ country: false }); return T`Onboarding checklist – ${p.n}: laptop shipped to ${a.one}; first day ${c.wd()} ${c.date(2024, 2024)}.`; });
add('hr', ALL, (c) => { const p = c.p(), q = c.p(); return T`Performance review: ${p.n}, ${c.age(22, 63)}, ${c.title()}, reviewed by ${q.n} on ${c.date(2023, 2024)}. Rating: meets expectations.`; });
add('hr', ['us'], (c) => { const p = c.p(), a = c.addr({ country: false }); return T`Background check authorised by ${p.n}. SSN: ${c.ssn()}. Previous address: ${a.one}.`; });
add('hr', ALL, (c) => { const p = c.p(); const y = +c.year(2010, 2018).v; return T`Reference: ${p.n} worked for us as ${c.title()} from ${E('DATE_TIME', y)} to ${E('DATE_TIME', y + c.int(1, 5))}.`; });
add('hr', ALL, (c) => { const p = c.p(), q = c.p(); const [d1, d2] = c.dateRange(); return T`Leave request – ${p.n} off from ${d1} to ${d2}. Cover: ${q.n} (ext. ${c.int(1000, 4999)}).`; });
add('hr', ALL, (c) => { const p = c.p(); return T`Please welcome ${p.n}, our new ${c.title()}! ${p.He} joins us from ${c.org()} in ${c.city()}.`; });
add('hr', ALL, (c) => { const p = c.p(); const [ci, g] = c.cityGpe(); return T`Relocation: ${p.n} transferring from ${c.city()} to the ${ci}, ${g} office. Contact: ${c.ph()}`; });
add('hr', ALL, (c) => { const p = c.p(); return T`EXIT INTERVIEW NOTES\nname: ${p.n}\nrole: ${c.title()}\nlast day: ${c.date(2024, 2024)}\nforwarding email: ${p.em()}`; });

// --- medical
add('medical', ALL, (c) => { const p = c.p(); const ag = c.age(); return T`Patient: ${p.n}, ${ag}yo ${p.sex === 'female' ? 'F' : 'M'}. DOB ${c.dob(ag)}. Presents with persistent cough and mild fever.`; });
add('medical', ALL, (c) => { const p = c.p(), q = c.p(); return T`Intake note: ${p.n}, ${(g => [art(g), ' ', g])(c.age(19, 80))}-year-old ${c.title()}, referred by Dr. ${q.l}. Allergies: penicillin.`; });
add('medical', ALL, (c) => { const p = c.p(); return T`Pt ${p.n} (DOB ${c.dob()}) called re: repeat prescription. Pharmacy: ${c.org()}, ${c.city()}. Callback ${c.ph()}.`; });
add('medical', ALL, (c) => { const p = c.p(), q = c.p(); return T`Reminder: ${p.f}, you're booked with Dr. ${q.l} on ${c.date(2024, 2024)} at ${c.time()}. Reply Y to confirm.`; });
add('medical', ALL, (c) => { const p = c.p(); return T`Next of kin: ${p.n} (${c.pick(p.sex === 'female' ? ['wife', 'daughter', 'partner', 'sister'] : ['husband', 'son', 'partner', 'brother'])}), ${c.ph()}. Religion: ${c.rel()}. Dietary: vegetarian.`; });
add('medical', ALL, (c) => { const p = c.p(), q = c.p(), a = c.addr(); return T`MEDICAL HISTORY\nName: ${p.n}\nAge: ${c.age()}\nAddress: ${a.one}\nGP: Dr. ${q.n}\nInsurer: ${c.org()}`; });
add('medical', ALL, (c) => { const p = c.p('female'); return T`${c.age(65, 95)} y/o female, ${c.nat()}, lives alone in ${c.city()}. Daughter ${p.n} visits every ${c.wd()}.`; });
add('medical', ALL, (c) => { const p = c.p(), q = c.p(); const [d1, d2] = c.dateRange(); return T`Discharge summary – ${p.n}, admitted ${d1}, discharged ${d2}. Follow-up with ${q.n} at ${c.org()}.`; });
add('medical', ALL, (c) => { const p = c.p(), a = c.addr(); return T`Vaccination record: ${p.n}, aged ${c.age()}, second dose given ${c.date(2021, 2022)} at the ${a.city} clinic.`; });
add('medical', ALL, (c) => { const p = c.p(); return T`Telehealth session with ${p.n} connected from ${c.ip()} at ${c.time()}; audio dropped twice.`; });
add('medical', ALL, (c) => { const p = c.p(), q = c.p(); return T`Rx for ${p.n}, age ${c.age()}: amoxicillin 500 mg three times daily. Prescriber: Dr. ${q.n}.`; });
add('medical', ALL, (c) => { const p = c.p(); return T`new pt intake — ${p.l}, ${p.f}; ${c.age(18, 90)} yrs; ${c.nat()}; speaks limited english, interpreter requested. tel ${c.ph()}`; });

// --- shipping
add('shipping', ALL, (c) => { const p = c.p(), a = c.addr(); const tr = c.timeRange(); return T`Your parcel for ${p.n} is out for delivery to ${a.one}. Expected between ${tr[0]} and ${tr[1]}.`; });
add('shipping', ALL, (c) => { const p = c.p(), a = c.addr({ country: true }); return T`SHIP TO:\n${E('PERSON', p.n.v.toUpperCase())}\n${a.multi}\nTEL: ${c.phA(a)}`; });
add('shipping', ALL, (c) => { const a = c.addr(); return T`Delivery attempted ${c.wd()} ${c.time()} – no one home at ${a.street}. Collect from the ${c.city()} depot with photo ID.`; });
add('shipping', ALL, (c) => { const p = c.p(); return T`Return label created for ${p.n} (${p.em()}). Drop off at any ${c.org()} location before ${c.date(2024, 2024)}.`; });
add('shipping', ALL, (c) => { const o = c.other(); return T`Tracking update: parcel left ${c.city()}, ${c.country()} on ${c.date(2024, 2024)}; next stop ${o.city()}, ${o.country()}.`; });
add('shipping', ALL, (c) => { const p = c.p(), a = c.addr(); return T`Recipient: ${p.n} c/o ${c.org()}, ${a.one}`; });
add('shipping', ALL, (c) => { const o = c.other(); const p = c.p(), q = o.p(), a = c.addr({ country: true }), b = o.addr({ country: true }); return T`Customs declaration – sender: ${p.n}, ${a.one}; receiver: ${q.n}, ${b.one}. Contents: books.`; });
add('shipping', ALL, (c) => { const p = c.p(), a = c.addr(); return T`Courier note: gate code at ${a.street} is ${c.int(1000, 9999)}#, call ${p.f} on ${c.phA(a)} if stuck.`; }, true);
add('shipping', ALL, (c) => { const p = c.p(), a = c.addr(); return T`Deliver to ${p.n}\n${a.multi}\n(leave with neighbour at no. ${c.int(2, 99)} if out)`; });

// --- bios
add('bio', ALL, (c) => { const p = c.p(); return T`${p.n} is ${(t => [art(t), ' ', t])(c.title())} based in ${c.city()}. Before joining ${c.org()} in ${c.year(2012, 2022)}, ${p.he} worked as a freelance designer in ${c.foreign()}.`; });
add('bio', ALL, (c) => { const p = c.p(); return T`About me: ${c.age(20, 60)}, ${c.nat()}, ${c.title()}. Coffee, hiking, terrible puns. ${c.url(p)}`; }, true);
add('bio', ALL, (c) => { const p = c.p(); return T`${p.n} (born ${c.dob()} in ${c.city()}) is ${(n => [art(n), ' ', n])(c.nat())} ${c.title()} and part-time author.`; });
add('bio', ALL, (c) => { const p = c.p(); return T`Speaker bio — ${p.n}, ${c.title()} at ${c.org()}. Reach ${p.him} at ${p.em()} or ${c.url(p)}.`; });
add('bio', ALL, (c) => { const p = c.p(); const [ci, g] = c.cityGpe(); let c2; do { c2 = c.city(); } while (c2.v === ci.v); return T`hi! I'm ${p.f}, ${c.age(18, 45)}yo, originally from ${ci}, ${g} but now living in ${c2} 🌍`; }, true);
add('bio', ALL, (c) => { const p = c.p(); return T`${p.n} grew up in ${c.city()} and now teaches at ${c.org()}. ${p.He} is ${c.rel()} and volunteers at the food bank.`; });

// --- finance / IT
add('it', ALL, (c) => { const p = c.p(); return T`Failed login for ${p.em()} from ${c.ip()} on ${c.date(2024, 2024)} ${c.time()}.`; });
add('finance', EU_IBAN, (c) => { const p = c.p(); return T`Transfer of ${c.int(100, 4000)}.00 from ${p.n} (IBAN ${c.iban()}) to ${c.org()} received ${c.date(2024, 2024)}.`; });
add('finance', ALL, (c) => { const p = c.p(); const o = c.other(); return T`Fraud alert: card ${c.cc()} used in ${o.city()}, ${o.country()} at ${c.time()}; cardholder ${p.n} is registered in ${c.city()}.`; });
add('it', ALL, (c) => { const p = c.p(); return T`vpn session user=${p.em()} src=${c.ip()} dst=${c.lanip()} ts=${c.iso()}`; });
add('finance', ALL, (c) => { const p = c.p(); const exp = E('DATE_TIME', `${pad(c.int(1, 12))}/${c.int(25, 29)}`); return T`${p.n}'s credit card (${c.cc()}, exp ${exp}) was charged twice for the same booking.`; });
add('finance', ['us'], (c) => { const p = c.p(), a = c.addr({ country: false }); return T`W-9 details — Name: ${p.n}; SSN: ${c.ssn()}; Address: ${a.one}`; });
add('it', ALL, (c) => { const p = c.p(); return T`Subscriber ${p.em()} unsubscribed on ${c.date(2024, 2024)} (IP ${c.ip()}).`; });
add('it', ALL, (c) => { const p = c.p(); return T`Admin ${p.n} whitelisted ${c.ip(0.4)} and ${c.ip(0.4)} for the staging server at ${c.time()}.`; });

add('form', ALL, (c) => { const p = c.p(); return T`Applicant portfolio: ${c.url(p)}\nCandidate: ${p.n}, ${c.title()}, currently in ${c.city()}`; });
add('support', ALL, (c) => { const p = c.p(); return T`Password reset requested for ${p.em()} on ${c.url()} from IP ${c.ip()} at ${c.time()}. If this wasn't you, contact us.`; });
add('form', ALL, (c) => { const p = c.p(), a = c.addr(); const exp = E('DATE_TIME', `${pad(c.int(1, 12))}/${c.int(25, 29)}`); return T`Payment details\nCardholder: ${p.n}\nCard number: ${c.cc()}\nExpiry: ${exp}\nBilling postcode: ${a.zip}`; });
add('social', ALL, (c) => { const p = c.p(); return T`Meet our volunteer of the month: ${p.f}! ${p.He} is ${c.age(60, 85)} years young and has been helping out in ${c.city()} since ${c.year(2000, 2020)}. Full story: ${c.url()}`; });

// --- misc
add('misc', ALL, (c) => { const p = c.p(); return T`Reservation under "${p.l}" for four people, ${c.wd()} at ${c.time()}. Phone: ${c.ph()}`; });
add('misc', ALL, (c) => { const p = c.p(); return T`Lost property: a wallet belonging to ${p.n} was handed in at ${c.org()}, ${c.city()}.`; });
add('misc', ALL, (c) => { const p = c.p(), a = c.addr(); return T`the landlord (${p.n}) says the boiler at ${a.street} will be fixed by ${c.wd()}`; }, true);
add('misc', ALL, (c) => { const a = c.p(), b = c.p(), d = c.p(); return T`Volunteer rota\n${c.wd()}: ${a.n}, ${b.n}\n${c.wd()}: ${d.n}`; });
add('misc', ALL, (c) => { const p = c.p(); const [ci, g] = c.cityGpe(); return T`Congratulations to ${p.n}, ${c.age(16, 80)}, of ${ci}, ${g} – winner of our spring photo contest!`; });
add('misc', ALL, (c) => { const p = c.p(), q = c.p(); return T`Parent/guardian: ${p.n} · Child's age: ${c.age(4, 12)} · Allergies: none · Authorised pickup: ${q.n}`; });
add('misc', ALL, (c) => { const p = c.p(); return T`${p.n} | ${c.title()} | ${c.org()} | ${c.ph()} | ${c.url(p)}`; });
add('misc', ALL, (c) => { const p = c.p(); return T`Best,\n${p.n}\n${c.title()}, ${c.org()}\nM: ${c.ph()}\nE: ${p.em()}`; });
add('misc', ALL, (c) => { const p = c.p(), a = c.addr(); return T`Jury summons issued to ${p.n}, ${a.one}. Report on ${c.date(2024, 2024)} at ${c.time()}.`; });
add('misc', ALL, (c) => { const p = c.p(); return T`Looking for an old friend, ${p.n} — we were at school together in ${c.city()} around ${c.year(1975, 2000)}. ${p.He} would be about ${c.age(35, 65)} now.`; });
add('misc', ALL, (c) => { const p = c.p(); return T`SMS from ${c.ph()}: "Hi ${p.f}, your table at ${c.org()} is ready."`; });
add('misc', ALL, (c) => { const p = c.p(), q = c.p(); return T`Minutes, ${c.date(2024, 2024)}: attendees ${p.n} (chair), ${q.n} (${c.title()}). Next meeting ${c.wd()} ${c.time()}.`; });
add('misc', ALL, (c) => { const p = c.p(); return T`WANTED: babysitter for two kids in ${c.city()}, ${c.wd()} evenings. Contact ${p.f} – ${c.ph()} or ${p.em()}`; });
add('misc', ALL, (c) => { const p = c.p(); return T`Library card issued to ${p.n} (${c.age(8, 90)}) on ${c.date(2023, 2024)} — branch: ${c.city()}.`; });
add('misc', ALL, (c) => { const p = c.p(); return T`Neighbourhood watch: ${p.f} at no. ${c.int(2, 80)} is turning ${c.age(40, 90)} this ${c.wd()} — card going round!`; }, true);
add('misc', ALL, (c) => { const p = c.p(), a = c.addr(); const tr = c.timeRange(); return T`Open house ${c.wd()} ${tr[0]}–${tr[1]} at ${a.one}. Agent: ${p.n}, ${c.ph()}.`; });
add('misc', ALL, (c) => { const p = c.p(); return T`Q: who's coaching the under-12s? A: ${p.n}, ${c.title()} by day, ${c.ph()}.`; }, true);
add('misc', ALL, (c) => { const p = c.p(); return T`Interview transcript. INTERVIEWER: State your name and age. RESPONDENT: ${p.n}, ${c.age()}. INTERVIEWER: And your nationality? RESPONDENT: ${c.nat()}.`; });
add('misc', ALL, (c) => { const p = c.p(); const o = c.other(); return T`Visa appointment for ${p.n}, ${c.nat()} passport holder, at the ${o.city()} consulate on ${c.date(2024, 2024)}.`; });
add('misc', ['us'], (c) => { const p = c.p(); return T`Voter registration update: ${p.n}, party affiliation ${c.pol()}, precinct ${c.int(1, 99)}, ${c.city()}.`; });
add('misc', ALL, (c) => { const p = c.p(), a = c.addr(); return T`Parking permit #${c.int(1000, 9999)}\nHolder: ${p.n}\nVehicle address: ${a.street}\nValid until: ${c.date(2024, 2025)}`; });
add('misc', ALL, (c) => { const p = c.p(); return T`⚠️ Scam warning: someone is calling from ${c.ph()} pretending to be ${p.n} from ${c.org()}. Don't give them your card number!`; }, true);

// ---------------------------------------------------------------- generate
const LOC_W = [['us', 22], ['gb', 12], ['ca', 8], ['au', 8], ['ie', 7], ['de', 10], ['fr', 8], ['es', 7], ['it', 7], ['nl', 6], ['br', 6]];

let order = [];
while (order.length < N_TEXTS) order = order.concat(shuffle(TPL.map((_, i) => i)));
order = order.slice(0, N_TEXTS);

const out = [];
for (const ti of order) {
  const t = TPL[ti];
  const loc = t.locs ? pick(t.locs) : weighted(LOC_W);
  const c = ctx(loc);
  const parts = t.fn(c);
  const { text, spans } = finalize(parts, { casual: t.casual });
  // verification
  let prevEnd = -1;
  for (const s of spans) {
    if (text.slice(s.start_position, s.end_position) !== s._v) throw new Error('slice mismatch: ' + text);
    if (s._v.trim() !== s._v || s._v.length === 0) throw new Error('whitespace/empty span: ' + JSON.stringify(s) + ' in ' + text);
    if (s.start_position < prevEnd) throw new Error('overlap: ' + text);
    prevEnd = s.end_position;
    delete s._v;
  }
  out.push({ full_text: text, spans });
}

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'generated-g3.json'), JSON.stringify(out, null, 1) + '\n');
const counts = {};
for (const r of out) for (const s of r.spans) counts[s.entity_type] = (counts[s.entity_type] || 0) + 1;
console.log(`templates: ${TPL.length}  texts: ${out.length}`);
console.log(counts);
