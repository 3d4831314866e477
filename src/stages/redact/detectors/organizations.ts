/** Organisations named with a company or institution word: "Areavibes Inc", "Lincoln High School". */
import type { Candidate, Detector } from "../types.js";
import { allMatches } from "../text-utils.js";

const ORG = /(?<![\p{L}])(?:[\p{Lu}][\p{L}&'’.-]*[ \t]+){1,4}(?:Inc|LLC|L\.L\.C\.|Ltd|Limited|Corp|Corporation|Co|Company|GmbH|AG|SA|S\.A\.|BV|B\.V\.|PLC|Pty|Software|Technologies|Technology|Systems|Solutions|Group|Holdings|Bank|Partners|Associates|Consulting|Labs|Studios|Industries|Enterprises|Foundation|University|College|Academy|High School|High|Middle School|Elementary|Elementary School|School|Institute|Hospital|Clinic)\.?(?![\p{L}])/gu;

/** Schools in any letter case after "at", "to", "from": "westfield high", "st. mary's college", "ohio state". */
const SCHOOL = /(?<![\p{L}])(?:at|to|from|into|attend|attends|attending|and)[ \t]+((?:the[ \t]+)?(?:[\p{L}][\p{L}.'’-]*[ \t]+){1,3}(?:high school|high|middle school|middle|elementary|college|university|uni|academy|state|polytechnic|community college|prep))(?![\p{L}])|(?<![\p{L}])((?:the[ \t]+)?university[ \t]+of[ \t]+[\p{L}][\p{L}'’-]+(?:[ \t]+[\p{L}][\p{L}'’-]+)?)/giud;
const ORG_WORD = /(?:Inc|LLC|Ltd|Limited|Corp|Co|Company|GmbH|AG|SA|BV|PLC|Pty|Software|Technolog|Systems|Solutions|Group|Holdings|Bank|Partners|Associates|Consulting|Labs|Studios|Industries|Enterprises|Foundation|University|College|Academy|High|School|Institute|Hospital|Clinic)/;

export const detectOrganizations: Detector = (text, context) => {
  const found: Candidate[] = [];
  if (!context.isHuman) return found;
  if (/high|college|universit|uni\b|academy|state|school|prep/i.test(text)) {
    for (const match of allMatches(SCHOOL, text)) {
      const indices = (match as RegExpMatchArray & { indices: ([number, number] | undefined)[] }).indices;
      const [start, end] = indices[1] ?? indices[2]!;
      const value = text.slice(start, end);
      const firstWord = value.replace(/^the\s+/i, "").split(/\s/)[0].toLowerCase();
      if (context.allowNames.has(firstWord) || /^(?:my|your|our|his|her|their|a|an|this|that|some|no|every)$/.test(firstWord)) continue;
      if (context.dictionary.has(firstWord) && !/^(?:st|saint|north|south|east|west|central|lincoln|washington|jefferson)\.?$/i.test(firstWord) && !/state$/i.test(value)) continue;
      found.push({ start, end, type: "ORG", score: 0.6, rule: "org/school" });
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
