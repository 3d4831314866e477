/**
 * Training examples from a dialogue: the system prompt carrying the persona, the turns before a
 * model turn as context, that model turn as the target; one example per conversation (its last
 * model reply) or one per model reply.
 */
import type { ExampleDialogueTurn, TrainingExample } from "../model/training-example.js";
import type { Dialogue } from "./dialogue.js";

export type { TrainingExample };

export const DEFAULT_SYSTEM_PROMPT =
  "You are now in roleplay conversation mode. You should act according to this character sheet:\n\n{{persona}}\n\nYou must stay in-character at all times, and generate messages as if you were {{char}}.";

export type PersonaSource = "description" | "description+examples";

export interface ExampleOptions {
  /** `{{persona}}`, `{{char}}` and `{{user}}` are filled in [DEFAULT_SYSTEM_PROMPT]. */
  systemPrompt: string;
  persona: PersonaSource;
  /** One example per model reply instead of one per conversation [false]. */
  perTurn: boolean;
  /**
   * Where the character's greeting goes: the first model turn ["model"], or the end of the system
   * prompt ("system"), for chat templates that want a user turn right after the system prompt.
   */
  greeting?: "model" | "system";
}

export const DEFAULT_EXAMPLE_OPTIONS: ExampleOptions = { systemPrompt: DEFAULT_SYSTEM_PROMPT, persona: "description", perTurn: false };

/** The example with its leading model turns (the greeting) moved to the end of its system prompt. */
export function greetingInSystem(example: TrainingExample): TrainingExample {
  let first = 0;
  while (first < example.context.length && example.context[first].role === "model") first++;
  if (first === 0) return example;
  const greeting = example.context.slice(0, first).map((turn) => turn.text).join("\n\n");
  return { ...example, system: `${example.system}\n\n${example.char} opened the conversation with:\n${greeting}`, context: example.context.slice(first) };
}

/** Example chats as plain lines, `Name: text`, one chat after another. */
export function renderExampleChats(chats: readonly ExampleDialogueTurn[][]): string {
  return chats.map((chat) => chat.map((turn) => `${turn.name}: ${turn.text}`).join("\n")).join("\n\n");
}

/** The description: the character's description, else the definitions' own text. */
export function descriptionOf(dialogue: Dialogue, source: PersonaSource): string {
  const parts = [dialogue.description || dialogue.definitionsPreamble];
  if (source === "description+examples" && dialogue.description) parts.push(dialogue.definitionsPreamble);
  return parts.filter((part) => part.length > 0).join("\n\n");
}

/** The persona: the description, with the example chats if asked. */
export function personaOf(dialogue: Dialogue, source: PersonaSource): string {
  const description = descriptionOf(dialogue, source);
  if (source !== "description+examples" || dialogue.exampleChats.length === 0) return description;
  return [description, `Example conversations:\n\n${renderExampleChats(dialogue.exampleChats)}`].filter((part) => part.length > 0).join("\n\n");
}

export function fillSystemPrompt(template: string, values: { persona: string; char: string; user: string }): string {
  return template.replace(/\{\{(persona|char|user)\}\}/g, (_, key: "persona" | "char" | "user") => values[key]);
}

/**
 * The examples of one dialogue. A target is a model turn with a user turn somewhere before it
 * (the greeting alone teaches no reply); an empty list when the dialogue has none.
 */
export function trainingExamples(dialogue: Dialogue, options: ExampleOptions = DEFAULT_EXAMPLE_OPTIONS): TrainingExample[] {
  const persona = personaOf(dialogue, options.persona);
  const system = fillSystemPrompt(options.systemPrompt, { persona, char: dialogue.char, user: dialogue.user });
  const targets: number[] = [];
  const firstUser = dialogue.turns.findIndex((turn) => turn.role === "user");
  if (firstUser >= 0) {
    for (let i = dialogue.turns.length - 1; i > firstUser; i--) {
      if (dialogue.turns[i].role !== "model") continue;
      targets.push(i);
      if (!options.perTurn) break;
    }
  }
  const examples = targets.reverse().map((i) => ({
    botId: dialogue.botId,
    char: dialogue.char,
    user: dialogue.user,
    persona,
    description: descriptionOf(dialogue, options.persona),
    system,
    exampleChats: options.persona === "description+examples" ? dialogue.exampleChats : [],
    context: dialogue.turns.slice(0, i),
    target: dialogue.turns[i],
  }));
  return options.greeting === "system" ? examples.map(greetingInSystem) : examples;
}
