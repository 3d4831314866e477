/** Organisations named with a company or institution word: "Areavibes Inc", "Lincoln High School". */
import type { Candidate, Detector } from "../types.js";

const ORG = /(?<![\p{L}])(?:[\p{Lu}][\p{L}&'’.-]*[ \t]+){1,4}(?:Inc|LLC|L\.L\.C\.|Ltd|Limited|Corp|Corporation|Co|Company|GmbH|AG|SA|S\.A\.|BV|B\.V\.|PLC|Pty|Software|Technologies|Technology|Systems|Solutions|Group|Holdings|Bank|Partners|Associates|Consulting|Labs|Studios|Industries|Enterprises|Foundation|University|College|Academy|High School|High|Middle School|Elementary|Elementary School|School|Institute|Hospital|Clinic)\.?(?![\p{L}])/gu;

const ORG_WORD = /(?:Inc|LLC|Ltd|Limited|Corp|Co|Company|GmbH|AG|SA|BV|PLC|Pty|Software|Technolog|Systems|Solutions|Group|Holdings|Bank|Partners|Associates|Consulting|Labs|Studios|Industries|Enterprises|Foundation|University|College|Academy|High|School|Institute|Hospital|Clinic)/;

export const detectOrganizations: Detector = (text, context) => {
  const found: Candidate[] = [];
  if (!context.isHuman || !ORG_WORD.test(text)) return found;
  for (const match of text.matchAll(ORG)) {
    const firstWord = match[0].split(/[ \t]/)[0].toLowerCase();
    if (context.allowNames.has(firstWord)) continue;
    found.push({ start: match.index!, end: match.index! + match[0].length, type: "ORG", score: context.isHuman ? 0.55 : 0.3, rule: "org/suffix", context: ["work", "works", "worked", "job", "school", "attend", "study", "employer", "company", "at", "for"] });
  }
  return found;
};
