/** Hand-written examples of the formats pippa reads, shared by the tests. */

/** Hand-written examples of every card shape. */
export const CARD_EXAMPLES = {
  v1: {
    name: "Mira",
    description: "A lighthouse keeper.",
    personality: "calm, dry humour",
    scenario: "A storm night.",
    first_mes: "*The lamp turns.* You made it.",
    mes_example: "<START>\r\n{{user}}: Hi\r\n{{char}}: Hello.\r\n<START>\r\n{{user}}: Bye\r\n{{char}}: Mind the rocks.",
    avatar: "none",
    create_date: "1674407315376",
  },
  v2: {
    spec: "chara_card_v2",
    spec_version: "2.0",
    data: {
      name: "Ren 蓮",
      description: "A ronin 🗡️ with\u00a0manners.",
      personality: "",
      scenario: "",
      first_mes: "Greetings.\r\nSit.",
      mes_example: "",
      creator_notes: "",
      system_prompt: "",
      post_history_instructions: "",
      alternate_greetings: ["Hm?"],
      tags: ["Anime", "Action"],
      creator: "someone",
      character_version: "1",
      extensions: { depth_prompt: { depth: 4, prompt: "x" }, world: "Edo" },
      character_book: { entries: [{ keys: ["edo"], content: "Old Tokyo", extensions: {} }] },
      x_unknown_field: { kept: [1, 2, 3] },
    },
  },
  v3: {
    spec: "chara_card_v3",
    spec_version: "3.0",
    data: {
      name: "Nova",
      description: "An android.",
      first_mes: "Online.",
      mes_example: "",
      tags: [],
      group_only_greetings: ["Hello, everyone."],
      assets: [{ type: "icon", uri: "ccdefault:", name: "main", ext: "png" }],
      nickname: "N",
      extensions: {},
    },
  },
  hybrid: {
    name: "Sera",
    description: "Healer.",
    first_mes: "Awake?",
    fav: false,
    spec: "chara_card_v2",
    spec_version: "2.0",
    data: { name: "Sera", description: "Healer.", first_mes: "Awake?", extensions: { talkativeness: "0.5" } },
  },
  caiTools: {
    char_name: "Aria",
    char_persona: "An android.",
    char_greeting: "Hello!",
    world_scenario: "",
    example_dialogue: "<START>\n{{user}}: hi\n{{char}}: beep",
    name: "Aria",
    description: "An android.",
    first_mes: "Hello!",
    scenario: "",
    mes_example: "<START>\n{{user}}: hi\n{{char}}: beep",
    personality: "A curious android",
    metadata: { version: 1, created: 1700000000000, modified: 1700000000000, source: null, tool: { name: "CAI Tools", version: "2.1.0", url: "" } },
  },
  pygmalion: {
    char_name: "Old Bot",
    char_persona: "Grumpy.",
    char_greeting: "What.",
    world_scenario: "A shed.",
    example_dialogue: "<START>\nYou: hi\nOld Bot: go away",
    gradio_extra: 7,
  },
} as const;


const line = (value: unknown) => JSON.stringify(value);

/** Hand-written chats in each shape SillyTavern has written. */
export const ST_CHATS = {
  legacy: [
    line({ user_name: "Sam", character_name: "Mira", create_date: "2023-5-12 @21h 32m 29s 224ms" }),
    line({ name: "Mira", is_user: false, is_name: true, send_date: "May 12, 2023 9:32pm", mes: "The lamp turns. Hello, Sam." }),
    line({ name: "Sam", is_user: true, is_name: true, send_date: "May 12, 2023 9:33pm", mes: "hi, I'm sam" }),
  ].join("\r\n"),
  modern: [
    line({ chat_metadata: { note_prompt: "" }, user_name: "unused", character_name: "unused" }),
    line({ name: "Mira", is_user: false, is_system: false, send_date: 1683927149000, mes: "Hello.", extra: {}, swipe_id: 1, swipes: ["Hi.", "Hello."], swipe_info: [{}, {}] }),
    line({ name: "Jo", is_user: true, is_system: false, send_date: "2023-05-12T21:33:00.000Z", mes: "Jo here, joking.", extra: {} }),
    line({ name: "Narrator", is_user: false, is_system: false, send_date: "2023-05-12T21:34:00.000Z", mes: "Rain.", extra: { type: "narrator" } }),
    line({ name: "Jo", is_user: true, is_system: true, send_date: "2023-05-12T21:35:00.000Z", mes: "(ooc)", extra: {} }),
  ].join("\n"),
  group: [
    line({ name: "Ann", is_user: false, send_date: 1683927149000, mes: "We meet.", extra: {}, original_avatar: "Ann.png" }),
    line({ name: "Bo", is_user: false, send_date: 1683927150000, mes: "Again.", extra: {}, original_avatar: "Bo.png" }),
    line({ name: "Kit", is_user: true, send_date: 1683927151000, mes: "Hello both.", extra: {} }),
    line({ name: "Bo", is_user: false, send_date: 1683927152000, mes: "Kit!", extra: {} }),
  ].join("\n"),
};


/** A characterai-dumper chat dump, written from the dumper's description (names redacted as it did). */
export const CAI_CHAT_DUMP = {
  info: {
    character: {
      external_id: "Zq3mKp0aXwT1e9RbLhYvNcUdFsGiJoA2BkCeDfHgIjM",
      name: "Aria",
      title: "A curious android",
      greeting: "Hello! I'm Aria.",
      description: "",
      avatar_file_name: "uploaded/2022/12/1/x.webp",
      categories: [{ name: "Games" }, { name: "Original" }],
      participant__name: "Aria",
      user__username: "[BOT_CREATOR_NAME_REDACTED]",
    },
    status: "OK",
  },
  histories: {
    histories: [
      {
        external_id: "hist-1",
        created: "2022-12-20T10:00:00.000Z",
        last_interaction: "2022-12-20T11:00:00.000Z",
        msgs: [
          { id: 1, text: "Hello! I'm Aria.", is_alternative: false, display_name: "Aria", src: { is_human: false, name: "Aria", user: { username: "internal_id_x" } }, tgt: { is_human: true, name: "[NAME_REDACTED]", user: { username: "[USERNAME_REDACTED]", first_name: "[FIRST_NAME_REDACTED]", account: { name: "[ACCOUNT_NAME_REDACTED]" } } } },
          { id: 2, text: "hi, who made you?", display_name: "[DISPLAY_NAME_REDACTED]", src: { is_human: true, name: "[NAME_REDACTED]", user: { username: "[USERNAME_REDACTED]" } }, tgt: { is_human: false, name: "Aria" } },
          { id: 3, text: "Nice to meet you, [NAME_IN_MESSAGE_REDACTED]!", is_alternative: true, src: { is_human: false, name: "Aria" }, tgt: { is_human: true, name: "[NAME_REDACTED]" } },
          { id: 4, text: "A lab, [NAME_IN_MESSAGE_REDACTED]. A quiet one.", is_alternative: false, src: { is_human: false, name: "Aria" }, tgt: { is_human: true, name: "[NAME_REDACTED]" } },
          { id: 5, text: "cool [REDACTED]", src: { is_human: true, name: "[NAME_REDACTED]" }, tgt: { is_human: false, name: "Aria" } },
        ],
      },
      { external_id: "hist-empty", msgs: [] },
      {
        external_id: "hist-2",
        msgs: [
          { text: "Back again?", src: { is_human: false, name: "Aria" }, tgt: { is_human: true, name: "Dana" } },
          { text: "yes, Dana here", display_name: "Dana", src: { is_human: true, name: "Dana", user: { username: "dana_k", first_name: "Dana" } }, tgt: { is_human: false, name: "Aria" } },
        ],
      },
    ],
  },
};

/** The matching definitions dump. */
export const CAI_DEFINITIONS_DUMP = {
  character: {
    external_id: "Zq3mKp0aXwT1e9RbLhYvNcUdFsGiJoA2BkCeDfHgIjM",
    name: "Aria",
    title: "A curious android",
    greeting: "Hello! I'm Aria.",
    description: "Aria was built to learn.",
    definition: "{{char}}: Beep.\n{{random_user_1}}: Hi\nEND_OF_DIALOG\n{{char}}: Hello, {{user}}.",
    user__username: "[BOT_CREATOR_NAME_REDACTED]",
  },
  user__username: "[BOT_CREATOR_NAME_REDACTED]",
};

/** Character.AI chat2 turns, newest first as the API sends them. */
export const CAI_TURNS = {
  turns: [
    { turn_key: { chat_id: "c", turn_id: "t3" }, create_time: "2024-05-01T12:00:10.000000Z", author: { author_id: "1", name: "Aria" }, candidates: [{ candidate_id: "k1", raw_content: "First try." }, { candidate_id: "k2", raw_content: "Second try, Robin." }], primary_candidate_id: "k2" },
    { turn_key: { chat_id: "c", turn_id: "t2" }, create_time: "2024-05-01T12:00:05.000000Z", author: { author_id: "9", name: "Robin", is_human: true }, candidates: [{ candidate_id: "t2", raw_content: "hi, I'm Robin" }], primary_candidate_id: "t2" },
    { turn_key: { chat_id: "c", turn_id: "t1" }, create_time: "2024-05-01T12:00:00.000000Z", author: { author_id: "1", name: "Aria" }, candidates: [{ candidate_id: "t1", raw_content: "Hello!" }], primary_candidate_id: "t1" },
  ],
  meta: { next_token: null },
};

/** An Oobabooga history as CAI Tools exported it (greeting dropped, four identical arrays). */
export const OOBA_CHAT = {
  internal: [["hello", "Hi there! <3"], ["how are you?", "Fine & you?"]],
  visible: [["hello", "Hi there! &lt;3"], ["how are you?", "Fine &amp; you?"]],
};

/** A card's shown fields, each holding an address to mark: for the browser tests of the page and the extension. */
export const MARKED_CARD_FIELDS = {
  name: "Mira",
  description: "A lighthouse keeper. Letters reach her at keeper.mira@example.net.",
  personality: "Calm; answers mail sent to mira.notes@example.net.",
  scenario: "A storm night at the harbour office, harbour.office@example.com.",
  first_mes: "*The lamp turns.* Write to lamp.room@example.org if you are lost.",
  mes_example: "<START>\n{{user}}: Where do I write?\n{{char}}: To tide.tables@example.org, every Monday.",
};
