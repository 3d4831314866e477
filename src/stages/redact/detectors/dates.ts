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
 * The rest of what Presidio counts as a date: a weekday ("on Tuesday"), a month and year ("March
 * 2024"), a month after "in"/"since"/"until", a year after such a word ("since 2017", "class of
 * 2009"), a relative day ("yesterday", "last Friday").
 */
const LOOSE_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:(?:last|next|this)[ \\t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?(?:[ \\t]+(?:morning|afternoon|evening|night))?|${CAPITALISED_MONTH}[ \\t]+(?:19|20)\\d{2}|(?:yesterday|today|tomorrow|tonight)|(?:last|next)[ \\t]+(?:week|month|year|weekend))(?![\\p{L}\\p{N}])|(?<![\\p{L}])(?:in|since|until|till|by|from|of|during|before|after|early|late|mid)[ \\t]+((?:${CAPITALISED_MONTH}|(?:19|20)\\d{2}))(?![\\p{L}\\p{N}]|[.,]\\d)`,
  "gdu",
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
  for (const pattern of [DATE_TIME, LOOSE_DATE]) {
    for (const match of allMatches(pattern, text)) {
      // LOOSE_DATE's value is one of its two groups (without "since" or "in").
      const indices = (match as RegExpMatchArray & { indices?: ([number, number] | undefined)[] }).indices;
      const [start, end] = indices?.[1] ?? indices?.[2] ?? [match.index!, match.index! + match[0].length];
      found.push({ start, end, type: "DATE", score: 0.6, rule: "date/calendar-or-clock" });
    }
  }
  return found;
};
