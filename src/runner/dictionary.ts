/**
 * The English dictionary the name detector consults ("job", "pie", "rune" are words, "dana" is
 * not): the word-list package's ~274,000 words, read from disk once (Node only; a browser passes
 * its own set).
 */
import { readFile } from "node:fs/promises";

let cached: Promise<Set<string>> | undefined;

export function loadEnglishDictionary(): Promise<Set<string>> {
  cached ??= import("word-list").then(async ({ default: path }) => new Set((await readFile(path, "utf8")).split("\n").filter(Boolean)));
  return cached;
}
