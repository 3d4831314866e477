/** The analyzer as the command line and the server use it: name lists plus the English dictionary. */
import { readFile } from "node:fs/promises";
import { PiiAnalyzer } from "../stages/redact/analyzer.js";
import { namesFromData, type NameSets } from "../stages/redact/name-data.js";
import { loadEnglishDictionary } from "./dictionary.js";

/** The lists as `npm run build` writes them beside the compiled code (dist/web/name-data.json). */
const PREBUILT = new URL("../../web/name-data.json", import.meta.url);

let prebuilt: Promise<{ names: NameSets; dictionary: Set<string> } | null> | undefined;

/**
 * The name lists and dictionary from the built document when there is one: one parse instead of
 * importing every faker locale and splitting the word list (each worker thread starts ~0.15 s
 * sooner). Without it (running from the sources) they are built as the document was.
 */
function prebuiltNames(): Promise<{ names: NameSets; dictionary: Set<string> } | null> {
  prebuilt ??= readFile(PREBUILT, "utf8").then(
    (text) => namesFromData(JSON.parse(text)),
    () => null,
  );
  return prebuilt;
}

export async function createPiiAnalyzer(options: { threshold?: number; storyNames?: ReadonlySet<string> } = {}): Promise<PiiAnalyzer> {
  const sets = await prebuiltNames().catch(() => null);
  if (sets) return PiiAnalyzer.withNames(sets.names, { ...options, dictionary: sets.dictionary });
  return PiiAnalyzer.create({ ...options, dictionary: await loadEnglishDictionary() });
}
