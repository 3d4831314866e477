/**
 * URLs and bare domains. With a scheme or `www.` a URL is taken as it is; a bare `name.tld` must
 * have a real public suffix (tldts) and must not be a file name (`main.py`, `readme.md`): suffixes
 * that are common file extensions need a path or a scheme to count.
 */
import { parse } from "tldts";
import type { Candidate, Detector } from "../types.js";
import { allMatches } from "../text-utils.js";

const WITH_SCHEME = /\b(?:https?|ftp):\/\/[^\s<>"'`]+|\bwww\.[^\s<>"'`]+/gi;
const WWW = /www\./i;
const BARE = /(?<![\p{L}\p{N}@./-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,24}(?::\d{2,5})?(?:\/[^\s<>"'`]*)?(?![\p{L}\p{N}@-])/gu;
/** Public suffixes that are also file extensions people type in chats. */
const FILE_EXTENSIONS = new Set([
  "py", "md", "js", "ts", "sh", "rs", "pl", "cs", "ps", "txt", "json", "yaml", "yml", "toml", "ini", "cfg", "exe", "zip", "rar",
  "png", "jpg", "jpeg", "gif", "mp3", "mp4", "mov", "pdf", "doc", "docx", "csv", "html", "htm", "css", "php", "java", "kt", "go",
  "lua", "rb", "cpp", "hpp", "h", "c", "bat", "dll", "so", "app", "apk", "log", "bin", "dat", "sav", "st", "ai", "gg", "gd",
]);
/** Social sites: a URL on one is a profile link (still typed URL; the rule says so). */
const SOCIAL = /(?:^|\.)(?:instagram\.com|twitter\.com|x\.com|tiktok\.com|reddit\.com|youtube\.com|youtu\.be|twitch\.tv|snapchat\.com|discord\.gg|discord\.com|facebook\.com|fb\.com|tumblr\.com|github\.com|linkedin\.com|pixiv\.net|deviantart\.com|ko-fi\.com|patreon\.com)$/i;
const TRAILING = /[.,;:!?)\]}'"*]+$/;

function trimUrl(value: string): string {
  let trimmed = value.replace(TRAILING, "");
  // Keep a closing parenthesis that closes one inside the URL (Wikipedia links).
  if (value.length > trimmed.length && value[trimmed.length] === ")" && trimmed.includes("(")) trimmed += ")";
  return trimmed;
}

function hostOf(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, "").split(/[/:?#]/)[0];
}

export const detectUrls: Detector = (text) => {
  if (!text.includes(".")) return [];
  const found: Candidate[] = [];
  const taken: [number, number][] = [];
  // What the pattern needs is searched first: most texts have neither (a third of the pattern's cost).
  const withScheme = text.includes("://") || WWW.test(text) ? allMatches(WITH_SCHEME, text) : [];
  for (const match of withScheme) {
    const value = trimUrl(match[0]);
    const start = match.index!;
    const social = SOCIAL.test(hostOf(value));
    found.push({ start, end: start + value.length, type: "URL", score: 0.9, rule: social ? "url/profile" : "url/scheme", context: ["link", "site", "website", "url", "page", "profile"] });
    taken.push([start, start + value.length]);
  }
  // A bare domain has a letter or digit right before a dot and letters right after it.
  if (!/[A-Za-z0-9\u00C0-\uFFFF]\.[A-Za-z\u00C0-\uFFFF]{2}/.test(text)) return found;
  for (const match of allMatches(BARE, text)) {
    const start = match.index!;
    if (taken.some(([a, b]) => start >= a && start < b)) continue;
    const value = trimUrl(match[0]);
    const host = hostOf(value);
    const parsed = parse(host);
    if (parsed.isIcann !== true || !parsed.domainWithoutSuffix || !parsed.publicSuffix) continue;
    const hasPath = value.length > host.length;
    const suffix = parsed.publicSuffix.split(".").pop()!.toLowerCase();
    if (FILE_EXTENSIONS.has(suffix) && !hasPath) continue;
    // Abbreviations like "e.g." or "i.e." and numbers are not domains.
    if (/^(?:[\p{L}]\.)+[\p{L}]{2}$/u.test(host) && host.length <= 5) continue;
    const social = SOCIAL.test(host);
    found.push({
      start,
      end: start + value.length,
      type: "URL",
      score: social ? 0.85 : hasPath ? 0.7 : 0.55,
      rule: social ? "url/profile" : "url/bare-domain",
      context: ["link", "site", "website", "url", "page", "visit", "check", "go to", "profile"],
    });
  }
  return found;
};
