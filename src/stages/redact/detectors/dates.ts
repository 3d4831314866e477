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

const CAPITALISED_MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const CLOCK = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\t]?[AaPp]\\.?[Mm]\\.?(?![\\p{L}]))?|\\d{1,2}[ \\t]?[AaPp]\\.?[Mm]\\.?(?![\\p{L}])";
/**
 * Calendar dates and clock times as forms, messages and tickets write them: "2023-06-08 14:20",
 * "17/07/2024 3am", "10.01.2025", "November 29, 2025", "7 Jun", "9:50pm". A month's name only
 * capitalised ("may" and "march" are words).
 */
const DATE_TIME = new RegExp(
  `(?<![\\p{L}\\p{N}:./-])(?:(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2}))(?:[ \\tT,]+(?:${CLOCK}))?|${CAPITALISED_MONTH}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?:,?[ \\t]+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${CAPITALISED_MONTH}(?:,?[ \\t]+\\d{4})?|${CLOCK})(?![\\p{L}\\p{N}]|[:/-]\\d)`,
  "gu",
);

/**
 * Dates and times in text analysed on its own (a ticket, a form, a post): they place a person in
 * time, and Presidio's DATE_TIME takes them too. In a role-play turn they are the story's clock
 * and calendar ("meet me at 9pm", "the festival on June 5th") and are left alone; a birth date is
 * found there by `detectBirthDates`.
 */
export const detectDateTimes: Detector = (text, context) => {
  if (context.rolePlay || !context.isHuman) return [];
  const found: Candidate[] = [];
  for (const match of allMatches(DATE_TIME, text)) {
    found.push({ start: match.index!, end: match.index! + match[0].length, type: "DATE", score: 0.6, rule: "date/calendar-or-clock" });
  }
  return found;
};
