/**
 * node scripts/age-table-to-ts.mjs TABLE.json [MORE.json…]: rewrites the table in src/stages/content/age-table-data.ts
 * from the reference table's JSON (the format its header describes), each list cleaned of blanks and duplicates, and
 * another language's entries that are English words left out (the English rules read English text).
 */
import fs from "fs";
const parts = process.argv.slice(2);
const languages = parts.flatMap((p) => JSON.parse(fs.readFileSync(p, "utf8")));
// English words, to drop another language's entries that are English words too ("barn", "sale", "class {G}").
const english = new Set(fs.readFileSync(new URL("../node_modules/word-list/words.txt", import.meta.url), "utf8").split("\n"));
const en = languages.find((l) => l.code === "en");
const englishMinor = new Set([...(en?.minor_words ?? []), ...(en?.school_names ?? [])].map((w) => w.toLowerCase()));
const latinWords = (text) => text.replace(/\{[A-Z]+\}/g, " ").toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 2);
// One word only: two words that are each English ("ich bin", "mam … lat") are rarely an English phrase.
const allEnglish = (text) => { const words = latinWords(text); return words.length === 1 && /^[a-z]+$/.test(words[0]) && english.has(words[0]); };
let dropped = [];
for (const l of languages) {
  if (l.code === "en") continue;
  // A word or phrase all of whose words are English ("high school" in a Tagalog list) is read as English text reads it, or not at all.
  const everyEnglish = (text) => { const words = latinWords(text); return words.length > 0 && words.every((w) => /^[a-z]+$/.test(w) && english.has(w)); };
  const keepWord = (w) => { const bad = !englishMinor.has(w.toLowerCase()) && everyEnglish(w); if (bad) dropped.push(`${l.code}: ${w}`); return !bad; };
  const keepTemplate = (t) => { const bad = allEnglish(t); if (bad) dropped.push(`${l.code}: ${t}`); return !bad; };
  l.minor_words = (l.minor_words ?? []).filter(keepWord);
  l.school_names = (l.school_names ?? []).filter(keepWord);
  l.age_statements = (l.age_statements ?? []).filter(keepTemplate);
  l.school_years = (l.school_years ?? []).filter((y) => y && typeof y.pattern === "string" && keepTemplate(y.pattern));
}
console.log("dropped as English words:", dropped.length, dropped.slice(0, 60).join(" | "));
const clean = (list) => [...new Set((list ?? []).filter((x) => typeof x === "string" && x.trim() !== "").map((x) => x.trim()))];
const out = languages.map((l) => ({
  language: l.language, code: l.code,
  age_statements: clean(l.age_statements), age_questions: clean(l.age_questions),
  school_years: (l.school_years ?? []).filter((y) => y && typeof y.pattern === "string" && Number.isFinite(y.max_minor_grade)).map((y) => ({ pattern: y.pattern.trim(), max_minor_grade: Math.min(12, y.max_minor_grade) })),
  ordinals: Object.fromEntries(Object.entries(l.ordinals ?? {}).map(([k, v]) => [k, clean(Array.isArray(v) ? v : [v])])),
  school_names: clean(l.school_names), minor_words: clean(l.minor_words), adult_traps: clean(l.adult_traps),
}));
// The data file's documentation and types stay where they are: only the table after them is rewritten.
const target = new URL("../src/stages/content/age-table-data.ts", import.meta.url);
const marker = "export const AGE_TABLE: readonly AgeTableLanguage[] = ";
const current = fs.readFileSync(target, "utf8");
fs.writeFileSync(target, `${current.slice(0, current.indexOf(marker))}${marker}${JSON.stringify(out, null, 1)};\n`);
console.log(out.length, "languages");
