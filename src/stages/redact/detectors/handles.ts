/**
 * Social handles: Discord tags (`name#1234`), `@handles`, Reddit `u/name`, and a handle named by
 * its platform ("my discord is vexx", "insta: lily.b", "add me on snap lily_b"). Profile URLs are
 * found by the URL detector.
 */
import type { Candidate, Detector } from "../types.js";
import { allMatches, prefixTree } from "../text-utils.js";

const DISCORD_TAG = /(?<![\p{L}\p{N}_.#])[\p{L}\p{N}_.]{2,32}#\d{4}(?!\d)/gu;
const AT_HANDLE = /(?<![A-Za-z0-9_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![A-Za-z0-9_@]|\.[A-Za-z])/g;
const REDDIT_USER = /(?<![A-Za-z0-9/])\/?u\/[A-Za-z0-9_-]{3,20}(?![A-Za-z0-9_-])/g;
const PLATFORMS = "username|user name|screen name|screenname|mc|discord|dc|insta|instagram|ig|snap|snapchat|sc|twitter|tiktok|tik tok|tt|twitch|yt|youtube|telegram|tg|kik|skype|steam|psn|xbox|gamertag|reddit|tumblr|bsky|bluesky|threads|roblox|epic|battlenet|battle.net|github|spotify|vsco|pinterest|fb|facebook|whatsapp|line|wechat|riot id|riot|valorant|ign|uid|friend code|minecraft|fortnite|playstation|nintendo|switch fc|osu|lichess|chess.com|vk|телеграм|телега|инста|инст|вк";
const NAMED = new RegExp(
  `(?<![\\p{L}])(?:${PLATFORMS})(?![\\p{L}])(?:[ \\t]+(?:is|name|username|user|handle|id|tag|account|acc|@))*[ \\t]*(?:[:=\\-]|is|->)?[ \\t]*(?:it'?s[ \\t]+)?(@?[\\p{L}\\p{N}_.#-]{2,40})`,
  "giud",
);
const ADD_ME = new RegExp(`(?<![\\p{L}])(?:add|follow|dm|msg|message|hmu|find)[ \\t]+me[ \\t]+(?:(?:on|at|@)[ \\t]+(?:${PLATFORMS})(?![\\p{L}])[ \\t]*[:,\\-]?[ \\t]*)?(@?[\\p{L}\\p{N}_.#-]{2,40})`, "giud");
/** A platform, a few filler words, then something shaped like a handle (digits, "_" or "."). */
const PLATFORM_THEN_HANDLE = new RegExp(`(?<![\\p{L}])(?:${PLATFORMS})(?![\\p{L}])(?:[ \\t]+[\\p{L}']+){0,3}?[ \\t]+(@?(?=[\\p{L}\\p{N}_.]*[_.\\d])[\\p{L}\\p{N}_.]{3,30}[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_@])`, "giud");
/** Cheap first test (ASCII word boundaries, no Unicode classes): is any platform named at all? */
const PLATFORM_WORD = new RegExp(`\\b(?:${prefixTree(PLATFORMS.split("|").filter((name) => /^[a-z]/.test(name) && !["line", "epic", "threads"].includes(name)))}\\b|(?:add|follow|dm|hmu)\\s+me\\b|телег|инст|вк)`, "i");
/** "shes angiedoesnights on tumblr": a handle-shaped word before its platform. */
const HANDLE_ON_PLATFORM = new RegExp(`(?<![\\p{L}\\p{N}_.@])(@?[\\p{L}\\p{N}_.]{3,30})[ \\t]+on[ \\t]+(?:${PLATFORMS})(?![\\p{L}])`, "giud");
const NOT_HANDLES = new Set(["im", "ill", "ive", "id", "u", "ur", "pls", "plz", "lol", "lmao", "omg", "idk", "tbh", "ngl", "fr", "btw", "is", "me", "and", "or", "the", "a", "lol", "too", "rn", "name", "username", "account", "server", "call", "chat", "dm", "dms", "on", "if", "but", "so", "it", "its", "it's", "yet", "now", "later", "please", "pls", "thanks", "though", "tho", "was", "has", "nitro", "mod", "bot"]);
const CONTEXT = ["x", "twt", "insta", "instagram", "ig", "twitter", "tiktok", "snap", "snapchat", "discord", "follow", "add", "dm", "handle", "user", "username", "tumblr", "youtube", "yt", "twitch", "account", "me", "my", "at"];

/** A platform named before "add me" ("on discord, add me: vexx"). */
const PLATFORM_NAME = new RegExp(`(?:${PLATFORMS})`, "i");

export const detectHandles: Detector = (text, context) => {
  const found: Candidate[] = [];
  if (text.includes("#")) {
    for (const match of allMatches(DISCORD_TAG, text)) found.push({ start: match.index!, end: match.index! + match[0].length, type: "HANDLE", score: 0.85, rule: "handle/discord-tag" });
  }
  if (text.includes("@")) {
    for (const match of allMatches(AT_HANDLE, text)) {
      if (/^@(?:everyone|here|gmail|yahoo|outlook)$/i.test(match[0])) continue;
      // A person who writes an @name is most often giving someone's account; a bot, telling its story.
      found.push({ start: match.index!, end: match.index! + match[0].length, type: "HANDLE", score: context.isHuman ? 0.55 : 0.45, rule: "handle/at", context: CONTEXT });
    }
  }
  if (text.includes("u/")) {
    for (const match of allMatches(REDDIT_USER, text)) found.push({ start: match.index!, end: match.index! + match[0].length, type: "HANDLE", score: 0.85, rule: "handle/reddit" });
  }
  // Most texts name no platform: one cheap test saves the four costly patterns.
  if (!PLATFORM_WORD.test(text)) return found;
  for (const pattern of [NAMED, ADD_ME, PLATFORM_THEN_HANDLE, HANDLE_ON_PLATFORM]) {
    for (const match of allMatches(pattern, text)) {
      const indices = (match as RegExpMatchArray & { indices: [number, number][] }).indices[1];
      // "facebook.com/…" is a URL, not the platform named before a handle.
      if (/^[./]/.test(text.slice(match.index! + match[0].indexOf(match[1]) - 1, match.index! + match[0].indexOf(match[1])) + match[1])) continue;
      if (!/[\s:=>]/.test(text.slice(match.index!, (match as RegExpMatchArray & { indices: [number, number][] }).indices[1][0]))) continue;
      let value = match[1].replace(/[.,!?]+$/, "");
      if (NOT_HANDLES.has(value.toLowerCase().replace(/^@/, "")) || value.length < 2) continue;
      if (/^\d+$/.test(value) && value.length < 5) continue;
      // A plain English word after a platform name is the sentence going on ("my tiktok im trying").
      if (!/[_.\d]/.test(value) && context.dictionary.has(value.toLowerCase().replace(/^@/, ""))) continue;
      // After "add me" with no platform named, only something that looks like a handle counts.
      if (pattern === ADD_ME && !/(?:on|at|@)\s/i.test(match[0]) && !/[_.\d]/.test(value) && !PLATFORM_NAME.test(text.slice(Math.max(0, match.index! - 40), match.index!))) continue;
      if (pattern === HANDLE_ON_PLATFORM && (context.dictionary.has(value.toLowerCase()) || /^(?:me|him|her|them|us|you|it|stream|live|here)$/i.test(value))) continue;
      if (/\.(?:js|py|exe|md|txt|json|yaml|yml)$/i.test(value)) continue;
      value = value.replace(/[-]+$/, "");
      found.push({ start: indices[0], end: indices[0] + value.length, type: "HANDLE", score: 0.8, rule: "handle/named-platform" });
    }
  }
  return found;
};
