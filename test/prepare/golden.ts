/** Hand-made inputs for the preparation tests: a small record with every feature real data has. */
import type { Episode } from "../../src/model/pippa-record.js";

/** A PIPPA-shaped record: greeting, malformed placeholders, a double human turn, example chats. */
export const SMALL_RECORD: Episode = {
  submission_timestamp: 1_675_002_668_639,
  categories: ["Fantasy"],
  bot_id: "bot-mira",
  bot_name: "Mira",
  bot_greeting: "*Mira looks up.* Oh, {{user}}! You came.",
  bot_definitions: "Mira is a lighthouse keeper.\n{{char}}: The lamp never sleeps.\n{{user}}: Do you?\nEND_OF_DIALOG\nMira: {user}} again?\n{{random_user_1}}: Let them in.\nit is cold",
  bot_description: "A quiet keeper of the {{char}} light, fond of <USER>.",
  conversation: [
    { message: "*Mira looks up.* Oh, {{user}}! You came.", is_human: false },
    { message: "Hi {{Char}}.", is_human: true },
    { message: "It is stormy.", is_human: true },
    { message: "Stay by the fire, {{user}}.", is_human: false, swipes: ["Go home, {{user}}.", "Stay by the fire, {{user}}."], swipe_id: 1 },
    { message: "Thanks.", is_human: true },
    { message: "", is_human: false },
    { message: "*nods*", is_human: false },
  ],
};

/** The names the tests fill placeholders with. */
export const NAMES = { user: "Sam", char: "Mira", randomUser: (n: number) => `Guest${n}` };
