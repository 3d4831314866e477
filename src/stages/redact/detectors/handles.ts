/**
 * Social handles: Discord tags (`name#1234`), `@handles`, Reddit `u/name`, and a handle named by
 * its platform ("my discord is vexx", "insta: lily.b", "add me on snap lily_b"). Profile URLs are
 * found by the URL detector.
 */
import type { Candidate, Detector } from "../types.js";

const DISCORD_TAG = /(?<![\p{L}\p{N}_.#])[\p{L}\p{N}_.]{2,32}#\d{4}(?!\d)/gu;
const AT_HANDLE = /(?<![A-Za-z0-9_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![A-Za-z0-9_@]|\.[A-Za-z])/g;
const REDDIT_USER = /(?<![A-Za-z0-9/])\/?u\/[A-Za-z0-9_-]{3,20}(?![A-Za-z0-9_-])/g;
const PLATFORMS = "discord|dc|insta|instagram|ig|snap|snapchat|sc|twitter|tiktok|tik tok|tt|twitch|yt|youtube|telegram|tg|kik|skype|steam|psn|xbox|gamertag|reddit|tumblr|bsky|bluesky|threads|roblox|epic|battlenet|battle.net|github|spotify|vsco|pinterest|fb|facebook|whatsapp|line|wechat";
const NAMED = new RegExp(
  `(?<![\\p{L}])(?:${PLATFORMS})(?:[ \\t]+(?:is|name|username|user|handle|id|tag|account|acc|@))*[ \\t]*(?:[:=\\-]|is|->)?[ \\t]*(?:it'?s[ \\t]+)?(@?[\\p{L}\\p{N}_.#-]{2,40})`,
  "giud",
);
const ADD_ME = new RegExp(`(?<![\\p{L}])(?:add|follow|dm|msg|message|hmu|find)[ \\t]+me[ \\t]+(?:on|at|@)[ \\t]+(?:${PLATFORMS})[ \\t]*[:,\\-]?[ \\t]*(@?[\\p{L}\\p{N}_.#-]{2,40})`, "giud");
const NOT_HANDLES = new Set(["is", "me", "and", "or", "the", "a", "lol", "too", "rn", "name", "username", "account", "server", "call", "chat", "dm", "dms", "on", "if", "but", "so", "it", "its", "it's", "yet", "now", "later", "please", "pls", "thanks", "though", "tho", "was", "has", "nitro", "mod", "bot"]);
const CONTEXT = ["insta", "instagram", "ig", "twitter", "tiktok", "snap", "snapchat", "discord", "follow", "add", "dm", "handle", "user", "username", "tumblr", "youtube", "yt", "twitch", "account", "me", "my", "at"];

export const detectHandles: Detector = (text) => {
  const found: Candidate[] = [];
  if (text.includes("#")) {
    for (const match of text.matchAll(DISCORD_TAG)) found.push({ start: match.index!, end: match.index! + match[0].length, type: "HANDLE", score: 0.85, rule: "handle/discord-tag" });
  }
  if (text.includes("@")) {
    for (const match of text.matchAll(AT_HANDLE)) {
      if (/^@(?:everyone|here|gmail|yahoo|outlook)$/i.test(match[0])) continue;
      found.push({ start: match.index!, end: match.index! + match[0].length, type: "HANDLE", score: 0.45, rule: "handle/at", context: CONTEXT });
    }
  }
  if (text.includes("u/")) {
    for (const match of text.matchAll(REDDIT_USER)) found.push({ start: match.index!, end: match.index! + match[0].length, type: "HANDLE", score: 0.85, rule: "handle/reddit" });
  }
  for (const pattern of [NAMED, ADD_ME]) {
    for (const match of text.matchAll(pattern)) {
      const indices = (match as RegExpMatchArray & { indices: [number, number][] }).indices[1];
      let value = match[1].replace(/[.,!?]+$/, "");
      if (NOT_HANDLES.has(value.toLowerCase().replace(/^@/, "")) || value.length < 2) continue;
      if (/^\d+$/.test(value) && value.length < 5) continue;
      value = value.replace(/[-]+$/, "");
      found.push({ start: indices[0], end: indices[0] + value.length, type: "HANDLE", score: 0.8, rule: "handle/named-platform" });
    }
  }
  return found;
};
