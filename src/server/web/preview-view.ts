/**
 * The upload page's preview of each file: what was read, and per conversation (opened on demand)
 * the character card's fields and every message, each swipe collapsed under its message, with the
 * personal information marked. Messages are drawn when a conversation is opened, a page at a time,
 * so a large file does not fill the page at once. Swipes of a SillyTavern chat can be left out
 * (the page then sends the file without them, see `withoutSwipes`); other formats are sent as they
 * are, and say so.
 */
import type { CardPreview } from "./card-preview.js";
import { h, markedText } from "./dom.js";
import type { ConversationPreview, FilePreview, PreviewMessage } from "./preview.js";

/** Formats whose swipes the page can take out of the file before sending. */
export const SWIPES_LEFT_OUT_FORMATS: ReadonlySet<string> = new Set(["sillytavern-chat"]);

/** Swipes left out: per file name, per turn, the indices in the turn's `swipes`. */
export type LeftOutSwipes = Map<string, Map<number, Set<number>>>;

const MESSAGES_PER_PAGE = 200;

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function fileSummary(file: FilePreview): string {
  if (!file.format) return "not read";
  if (file.format.startsWith("card")) return "a character card, sent with the chat beside it (its fields are shown with the chat)";
  const swipes = file.conversations.reduce((sum, conversation) => sum + conversation.messages.reduce((count, message) => count + message.swipes.length, 0), 0);
  return `${file.format}: ${file.conversations.length} conversation(s), ${file.messages} message(s)${swipes > 0 ? `, ${swipes} swipe(s)` : ""}, ${file.pii} piece(s) of personal information found`;
}

/** The card's fields, marked. */
function cardSection(card: CardPreview): HTMLElement {
  return h(
    "section",
    { class: "card-fields", "aria-label": `Character card: ${card.name}` },
    h("h4", {}, `Character card: ${card.name}`),
    h(
      "dl",
      {},
      ...card.fields.flatMap((field) => [h("dt", {}, field.label), h("dd", { class: "text", "data-field": field.key }, markedText(field.text, field.spans))]),
      ...(card.tags.length > 0 ? [h("dt", {}, "Tags"), h("dd", { class: "text", "data-field": "tags" }, card.tags.join(", "))] : []),
    ),
  );
}

function swipeList(fileName: string, turn: number, message: PreviewMessage, leftOut: LeftOutSwipes | null): HTMLElement {
  const items = message.swipes.map((swipe, position) => {
    const item = h("li", { class: "swipe" }, h("span", { class: "text" }, markedText(swipe.text, swipe.spans)));
    if (leftOut) {
      const chosen = leftOut.get(fileName)?.get(turn);
      const box = h("input", { type: "checkbox", checked: !chosen?.has(swipe.index), "data-turn": String(turn), "data-swipe": String(swipe.index), "aria-label": `Send swipe ${position + 1} of message ${turn + 1}` });
      box.addEventListener("change", () => {
        const turns = leftOut.get(fileName) ?? new Map<number, Set<number>>();
        const swipes = turns.get(turn) ?? new Set<number>();
        if (box.checked) swipes.delete(swipe.index);
        else swipes.add(swipe.index);
        turns.set(turn, swipes);
        leftOut.set(fileName, turns);
        item.classList.toggle("left-out", !box.checked);
      });
      item.prepend(box);
      item.classList.toggle("left-out", !box.checked);
    }
    return item;
  });
  return h(
    "details",
    { class: "swipes" },
    h("summary", {}, plural(message.swipes.length, "other swipe")),
    leftOut ? null : h("p", { class: "hint" }, "Sent as they are in the file: remove the file to leave them out."),
    h("ol", { "aria-label": `Swipes of message ${turn + 1}` }, ...items),
  );
}

function messageItem(fileName: string, botName: string, turn: number, message: PreviewMessage, leftOut: LeftOutSwipes | null): HTMLElement {
  return h(
    "li",
    { class: message.isHuman ? "human" : "bot" },
    h("span", { class: "who" }, message.isHuman ? "You" : botName || "Bot"),
    " ",
    h("span", { class: "text" }, markedText(message.text, message.spans)),
    message.swipes.length > 0 ? swipeList(fileName, turn, message, leftOut) : null,
  );
}

/** A conversation, drawn when first opened, a page of messages at a time. */
function conversationDetails(file: FilePreview, conversation: ConversationPreview, leftOut: LeftOutSwipes | null): HTMLElement {
  const details = h("details", { class: "conversation" }, h("summary", {}, `${conversation.botName || "a character"}: ${conversation.total} messages`));
  const botName = conversation.botName;
  let drawn = false;
  details.addEventListener("toggle", () => {
    if (!details.open || drawn) return;
    drawn = true;
    const list = h("ol", { class: "messages", "aria-label": "Messages" });
    const more = h("button", { type: "button", class: "link more" });
    let shown = 0;
    const showPage = () => {
      const end = Math.min(conversation.messages.length, shown + MESSAGES_PER_PAGE);
      for (; shown < end; shown++) list.append(messageItem(file.name, botName, shown, conversation.messages[shown], leftOut));
      more.textContent = `Show the next ${Math.min(MESSAGES_PER_PAGE, conversation.messages.length - shown)} messages (${conversation.messages.length - shown} not shown yet)`;
      more.hidden = shown >= conversation.messages.length;
    };
    more.addEventListener("click", showPage);
    showPage();
    details.append(...(conversation.card ? [cardSection(conversation.card)] : []), list, more);
  });
  return details;
}

/** The preview of every file; `leftOut` records the swipes unticked. */
export function renderFilePreviews(previews: readonly FilePreview[], leftOut: LeftOutSwipes): HTMLElement[] {
  return previews.map((file) => {
    const canLeaveOut = file.format !== null && SWIPES_LEFT_OUT_FORMATS.has(file.format);
    return h(
      "article",
      { class: "file-preview", "data-file": file.name },
      h("h3", {}, file.name),
      h("p", { class: "summary" }, fileSummary(file)),
      ...file.problems.slice(0, 3).map((problem) => h("p", { class: "problem" }, problem)),
      ...(file.format?.startsWith("card") ? [] : file.notes.slice(0, 3).map((note) => h("p", { class: "hint" }, note))),
      ...file.conversations.map((conversation) => conversationDetails(file, conversation, canLeaveOut ? leftOut : null)),
    );
  });
}
