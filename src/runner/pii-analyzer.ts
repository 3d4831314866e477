/** The analyzer as the command line and the server use it: name lists plus the English dictionary. */
import { PiiAnalyzer } from "../stages/redact/analyzer.js";
import { loadEnglishDictionary } from "./dictionary.js";

export async function createPiiAnalyzer(options: { threshold?: number } = {}): Promise<PiiAnalyzer> {
  return PiiAnalyzer.create({ ...options, dictionary: await loadEnglishDictionary() });
}
