/**
 * Dates that identify a person: a birth date ("born on 12/27/1986", "my birthday is march 3rd",
 * "DOB: 1998-06-28"). Dates in a story or a game are left alone.
 */
import type { Candidate, Detector } from "../types.js";
import { allMatches } from "../text-utils.js";

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|${MONTH}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?:,?[ \\t]+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${MONTH}(?:,?[ \\t]+\\d{4})?)`;
const BIRTH_DATE = new RegExp(`(?<![\\p{L}])(?:born(?:[ \\t]+on)?|birthday(?:[ \\t]+is)?|bday(?:[ \\t]+is)?|b-day(?:[ \\t]+is)?|dob|d\\.o\\.b\\.|date of birth|birth date|birthdate)[^.?\\n\\d]{0,25}?(${DATE})(?![\\p{L}\\p{N}])`, "giud");

export const detectBirthDates: Detector = (text, context) => {
  if (!context.isHuman || !/born|birth|bday|b-day|dob|d\.o\.b/i.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of allMatches(BIRTH_DATE, text)) {
    const [start, end] = (match as RegExpMatchArray & { indices: [number, number][] }).indices[1];
    found.push({ start, end, type: "DATE", score: 0.8, rule: "date/birth" });
  }
  return found;
};
