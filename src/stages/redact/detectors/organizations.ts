/** Organisations named with a company or institution word: "Areavibes Inc", "Lincoln High School". */
import type { Candidate, Detector } from "../types.js";
import { allMatches } from "../text-utils.js";
import { COMMON_WORDS } from "../word-lists.js";

const ORG = /(?<![\p{L}])(?:[\p{Lu}][\p{L}&'’.-]*[ \t]+){1,4}(?:Inc|LLC|L\.L\.C\.|Ltd|Limited|Corp|Corporation|Co|Company|GmbH|AG|SA|S\.A\.|BV|B\.V\.|PLC|Pty|Software|Technologies|Technology|Systems|Solutions|Group|Holdings|Bank|Partners|Associates|Consulting|Labs|Studios|Industries|Enterprises|Foundation|University|College|Academy|High School|High|Middle School|Elementary|Elementary School|School|Institute|Hospital|Clinic)\.?(?![\p{L}])/gu;

/** Schools in any letter case after "at", "to", "from": "westfield high", "st. mary's college", "ohio state". */
const SCHOOL = /(?<![\p{L}])(?:at|to|from|into|attend|attends|attending|and)[ \t]+((?:the[ \t]+)?(?:[\p{L}][\p{L}.'’-]*[ \t]+){1,3}(?:high school|high|middle school|middle|elementary|college|university|uni|academy|state|polytechnic|community college|prep|secondary school|secondary|sixth form college|sixth form|grammar school|comprehensive))(?![\p{L}])/giud;
/** "University of Bath", "university of leeds": the word after "of" names it; a second one only capitalised. */
const UNIVERSITY_OF = /(?<![\p{L}])[Uu]niversity[ \t]+of[ \t]+([\p{L}][\p{L}'’-]+)(?:[ \t]+([\p{Lu}][\p{L}'’-]+))?/gu;

/**
 * Schools as other countries name them, whole (a school word's name is words, not an acronym:
 * "sekolah di SMAN 8 Jakarta" is the acronym's): "SMAN 8 Jakarta", "SMPN 3 Surabaya", "школа № 1535",
 * "Liceo Galilei", "Colegio San José", "Lycée Victor Hugo", "Goethe-Gymnasium", "Escola Estadual X".
 */
const SCHOOL_ELSEWHERE = new RegExp(
  [
    "(?<![\\p{L}])(?:SMA|SMP|SMK|SD|MTs|MA)N?(?:[ \\t]+Negeri)?[ \\t]+\\d{1,3}(?:[ \\t]+[\\p{Lu}][\\p{L}]+){0,2}",
    "(?<![\\p{L}])(?:школ[аеуыой]{0,2}|лице[йяюе]|гимнази[яиюей])[ \\t]*(?:№[ \\t]*)?\\d{1,4}(?![\\p{N}])",
    "(?<![\\p{L}\\p{N}])\\d{1,4}[-–]?(?:й|я|ой|ая|ей|ю)?[ \\t]+(?:школ[аеуыой]{0,2}|лице[йяюе]|гимнази[яиюей])",
    "(?<![\\p{L}])(?:[Cc]olegio|[Ii]nstituto|[Ee]scuela|[Pp]reparatoria|[Ss]ecundaria|[Uu]niversidad(?:[ \\t]+de)?|[Ll]ycée|[Cc]ollège|[ÉéEe]cole|[Uu]niversité(?:[ \\t]+de)?|[Ll]iceo|[Ii]stituto|[Ss]cuola|[Uu]niversità(?:[ \\t]+di)?|[Cc]olégio|[Ee]scola(?:[ \\t]+[Ee]stadual|[ \\t]+[Mm]unicipal)?|[Ff]aculdade|[Uu]niversidade(?:[ \\t]+de)?|[Uu]niversität|[Hh]ochschule|[Uu]niversitas|[Ss]ekolah|[Pp]aaralang)(?:[ \\t]+(?:de|del|di|da|do|des|du|la|le))?(?:[ \\t]+[\\p{Lu}][\\p{Ll}'’.-][\\p{L}'’.-]*){1,3}",
    "(?<![\\p{L}])[\\p{Lu}][\\p{L}'’.-]+(?:[ \\t-][\\p{Lu}][\\p{L}'’.-]+){0,2}[ \\t-](?:Gymnasium|Realschule|Gesamtschule|Grundschule|Hauptschule|Gymnasiet|National High School|High School)",
  ].join("|"),
  "gu",
);
/**
 * Where a person says they study, in the languages above: "estudio en la UNAM", "kuliah di ITB",
 * "nag-aaral ako sa Rizal High", "учусь в МГУ". The capitalised words (or acronym) after it.
 */
const STUDY_AT = /(?<![\p{L}])(?:estudio en|estudo n[oa]|estudo em|je suis au|je vais au|j['’]?étudie à|ich gehe auf|ich gehe zur|ich studiere an|vado al|frequento|studio al|kuliah di|sekolah di|nag-aaral(?:[ \t]+ako)?[ \t]+sa|pumapasok(?:[ \t]+ako)?[ \t]+sa|учусь в|учусь на|студент)[ \t]+(?:(?:el|la|los|las|o|a|the|der|die|das|dem|den|il|lo|l['’])[ \t]*)?((?:[\p{Lu}][\p{L}'’.-]*|\d{1,4})(?:[ \t]+(?:[\p{Lu}][\p{L}'’.-]*|\d{1,4}|de|del|di|da|do|des|du))*)/giud;
const STUDY_WORD = /estud|je suis au|je vais au|ich gehe|studiere|vado al|frequento|studio al|kuliah|sekolah|nag-aaral|pumapasok|учусь|студент/i;
const SCHOOL_ELSEWHERE_WORD = /SMA|SMP|SMK|SD|MTs|№|школ|лице|гимнази|olegio|nstitut|scuela|reparatoria|ecundaria|niversi|ycée|ollège|cole|iceo|cuola|olégio|scola|aculdade|ochschule|ekolah|aaralang|chule|ymnasi|School/;
const ORG_WORD = /(?:Inc|LLC|Ltd|Limited|Corp|Co|Company|GmbH|AG|SA|BV|PLC|Pty|Software|Technolog|Systems|Solutions|Group|Holdings|Bank|Partners|Associates|Consulting|Labs|Studios|Industries|Enterprises|Foundation|University|College|Academy|High|School|Institute|Hospital|Clinic)/;

export const detectOrganizations: Detector = (text, context) => {
  const found: Candidate[] = [];
  if (!context.isHuman) return found;
  if (/high|college|universit|uni\b|academy|state|school|prep|secondary|sixth form|comprehensive/i.test(text)) {
    for (const match of allMatches(SCHOOL, text)) {
      const [matchStart, matchEnd] = (match as RegExpMatchArray & { indices: [number, number][] }).indices[1];
      // "the" is no part of the name.
      const start = /^the[ \t]/i.test(text.slice(matchStart, matchEnd)) ? matchStart + 4 : matchStart;
      const value = text.slice(start, matchEnd);
      const firstWord = value.split(/\s/)[0].toLowerCase();
      if (context.allowNames.has(firstWord) || /^(?:my|your|our|his|her|their|a|an|this|that|some|no|every)$/.test(firstWord)) continue;
      // An English word starts a school's name when the name is written as one ("Maple Ridge
      // Secondary"), not in lower case ("at home high").
      const titleCase = value.split(/[ \t]+/).every((word) => /^[\p{Lu}\d]/u.test(word));
      if (context.dictionary.has(firstWord) && !titleCase && !/^(?:st|saint|north|south|east|west|central|lincoln|washington|jefferson)\.?$/i.test(firstWord) && !/state$/i.test(value)) continue;
      found.push({ start, end: matchEnd, type: "ORG", score: 0.6, rule: "org/school" });
    }
  }
  if (/niversity/.test(text)) {
    for (const match of allMatches(UNIVERSITY_OF, text)) {
      const named = match[1];
      const lower = named.toLowerCase();
      if (context.allowNames.has(lower) || (named === lower && (context.dictionary.has(lower) || COMMON_WORDS.has(lower)))) continue;
      const end = match.index! + (match[2] !== undefined && !context.allowNames.has(match[2].toLowerCase()) ? match[0].length : match[0].indexOf(named) + named.length);
      found.push({ start: match.index!, end, type: "ORG", score: 0.7, rule: "org/school" });
    }
  }
  if (SCHOOL_ELSEWHERE_WORD.test(text)) {
    for (const match of allMatches(SCHOOL_ELSEWHERE, text)) {
      const words = match[0].split(/[ \t-]+/);
      if (words.some((word) => context.allowNames.has(word.toLowerCase()))) continue;
      found.push({ start: match.index!, end: match.index! + match[0].length, type: "ORG", score: 0.7, rule: "org/school" });
    }
  }
  if (STUDY_WORD.test(text)) {
    for (const match of allMatches(STUDY_AT, text)) {
      const [start, end] = (match as RegExpMatchArray & { indices: [number, number][] }).indices[1];
      // The pattern ignores case for its cue, so the name ends at the first word in lower case
      // ("UNAM jaja") that is no connector ("Universidad de Chile").
      const words = text.slice(start, end).split(/[ \t]+/);
      let kept = 0;
      while (kept < words.length && (/^[\p{Lu}\d]/u.test(words[kept]) || (kept > 0 && /^(?:de|del|di|da|do|des|du)$/.test(words[kept])))) kept++;
      const value = words.slice(0, kept).join(" ").replace(/[ \t]+(?:de|del|di|da|do|des|du)$/, "");
      if (!value || text.slice(start, start + value.length) !== value) continue;
      if (value.split(/[ \t]+/).some((word) => context.allowNames.has(word.toLowerCase())) || COMMON_WORDS.has(value.toLowerCase())) continue;
      found.push({ start, end: start + value.length, type: "ORG", score: 0.6, rule: "org/school" });
    }
  }
  if (!ORG_WORD.test(text)) return found;
  for (const match of allMatches(ORG, text)) {
    const firstWord = match[0].split(/[ \t]/)[0].toLowerCase();
    if (context.allowNames.has(firstWord)) continue;
    found.push({ start: match.index!, end: match.index! + match[0].length, type: "ORG", score: context.isHuman ? 0.55 : 0.3, rule: "org/suffix", context: ["work", "works", "worked", "job", "school", "attend", "study", "employer", "company", "at", "for"] });
  }
  return found;
};
