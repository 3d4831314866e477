/**
 * A training example as the training formats receive it: a conversation's context and the model
 * turn to learn, with the persona and the system prompt that carries it. `prepare/` builds them
 * from records; `formats/training/` writes them.
 */

export type Role = "user" | "model";

export interface DialogueTurn {
  role: Role;
  text: string;
  /** The other generations of a model turn (swipes not chosen), for preference pairs. */
  alternatives?: string[];
  /** True for the character's greeting (the first model turn before any user turn). */
  greeting?: boolean;
}

/** A turn of an example chat from the character's definitions. */
export interface ExampleDialogueTurn {
  /** The speaker's name (placeholders resolved). */
  name: string;
  role: Role;
  text: string;
}

export interface TrainingExample {
  botId: string;
  char: string;
  user: string;
  /** The persona as the system prompt carries it (description, with the example chats if asked). */
  persona: string;
  /** The description alone (formats that place example chats themselves use it). */
  description: string;
  /** The system prompt with the persona in it. */
  system: string;
  /** The example chats, when the persona is to include them; else empty. */
  exampleChats: ExampleDialogueTurn[][];
  context: DialogueTurn[];
  target: DialogueTurn;
}
