/**
 * The share dialog's preview: the character card's fields, then every shareable message with a
 * checkbox and its swipes collapsed under it, each with a checkbox of its own. The rows are built
 * once, so focus and what is open stay where they are while the user ticks; `show` then puts in the
 * texts as the last preview read them back from the payload's bytes (marked), and the texts left
 * out as they are (plain, struck through). What is sent is what `show` was given: nothing else.
 */
import type { CardPreview } from "../../../src/server/web/card-preview.js";
import { h, markedText } from "../../../src/server/web/dom.js";
import type { ConversationPreview } from "../../../src/server/web/preview.js";
import { replaceUserName, shareableMessages, shareableSwipes, type Payload, type StContext } from "./payload.js";

/** What the user has chosen: the messages kept, and per message the swipes left out. */
export interface Choices {
  messages: Set<number>;
  swipesLeftOut: Map<number, Set<number>>;
}

interface SwipeRow {
  swipe: number;
  item: HTMLLIElement;
  box: HTMLInputElement;
  text: HTMLElement;
}

interface MessageRow {
  index: number;
  item: HTMLLIElement;
  text: HTMLElement;
  swipes: SwipeRow[];
  swipeSummary: HTMLElement | null;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export class PreviewList {
  readonly element: HTMLElement;
  private readonly summary = h("p", { class: "pippa-summary" });
  private readonly cardSummary = h("summary", {});
  private readonly cardFields = h("dl", {});
  private readonly card = h("details", { class: "pippa-card", hidden: true }, this.cardSummary, this.cardFields);
  private readonly rows: MessageRow[];

  constructor(
    private readonly ctx: StContext,
    private readonly choices: Choices,
    onChange: () => void,
  ) {
    const messages = shareableMessages(ctx.chat);
    this.rows = messages.map((index, position) => this.messageRow(index, position + 1, onChange));
    this.element = h("div", { class: "pippa-preview-list" }, this.summary, this.card, h("ol", { class: "pippa-messages", "aria-label": "Messages" }, ...this.rows.map((row) => row.item)));
  }

  private messageRow(index: number, number: number, onChange: () => void): MessageRow {
    const message = this.ctx.chat[index];
    const speaker = message.is_user ? "{{user}}" : (message.name ?? "");
    const box = h("input", { type: "checkbox", checked: this.choices.messages.has(index), "data-index": String(index), "aria-label": `Send message ${number} (${speaker || "no name"})` });
    const text = h("span", { class: "pippa-text" });
    const swipes = shareableSwipes(message).map((swipe, position) => this.swipeRow(index, number, swipe, position + 1, onChange));
    const swipeSummary = swipes.length > 0 ? h("summary", {}) : null;
    const item = h(
      "li",
      { class: message.is_user ? "pippa-human" : "pippa-bot" },
      box,
      h(
        "div",
        { class: "pippa-message" },
        h("span", { class: "pippa-who" }, h("b", {}, speaker), ...(message.send_date !== undefined && message.send_date !== "" ? [" ", h("small", { class: "pippa-date" }, String(message.send_date))] : [])),
        text,
        swipeSummary ? h("details", { class: "pippa-swipes" }, swipeSummary, h("ol", { "aria-label": `Swipes of message ${number}` }, ...swipes.map((row) => row.item))) : null,
      ),
    );
    box.addEventListener("change", () => {
      if (box.checked) this.choices.messages.add(index);
      else this.choices.messages.delete(index);
      onChange();
    });
    return { index, item, text, swipes, swipeSummary };
  }

  private swipeRow(index: number, number: number, swipe: number, position: number, onChange: () => void): SwipeRow {
    const box = h("input", { type: "checkbox", checked: !this.choices.swipesLeftOut.get(index)?.has(swipe), "data-message": String(index), "data-swipe": String(swipe), "aria-label": `Send swipe ${position} of message ${number}` });
    const text = h("span", { class: "pippa-text" });
    box.addEventListener("change", () => {
      const leftOut = this.choices.swipesLeftOut.get(index) ?? new Set<number>();
      if (box.checked) leftOut.delete(swipe);
      else leftOut.add(swipe);
      this.choices.swipesLeftOut.set(index, leftOut);
      onChange();
    });
    return { swipe, item: h("li", { class: "pippa-swipe" }, box, text), box, text };
  }

  /** Puts in the texts: those in `payload` as the preview (`chat`, read from its bytes) shows them; returns the marks shown. */
  show(payload: Payload, chat: ConversationPreview | undefined): number {
    const sentAt = new Map(payload.messages.map((index, position) => [index, position]));
    let marked = 0;
    let swipesSent = 0;
    let swipesAll = 0;
    for (const row of this.rows) {
      const message = this.ctx.chat[row.index];
      const position = sentAt.get(row.index);
      const turn = position === undefined ? undefined : chat?.messages[position];
      row.item.classList.toggle("pippa-left-out", !turn);
      row.text.replaceChildren(turn ? markedText(turn.text, turn.spans) : replaceUserName(message.mes ?? "", this.ctx.name1));
      if (turn) marked += turn.spans.length;
      // Swipe k of the sent turn is the message's swipe payload.swipes[position][k].
      const sentSwipes = new Map((turn?.swipes ?? []).map((swipe) => [payload.swipes[position!][swipe.index], swipe]));
      for (const swipeRow of row.swipes) {
        const sent = sentSwipes.get(swipeRow.swipe);
        swipeRow.box.disabled = !turn;
        swipeRow.item.classList.toggle("pippa-left-out", !sent);
        swipeRow.text.replaceChildren(sent ? markedText(sent.text, sent.spans) : replaceUserName(String(message.swipes?.[swipeRow.swipe] ?? ""), this.ctx.name1));
        if (sent) marked += sent.spans.length;
      }
      swipesAll += row.swipes.length;
      swipesSent += sentSwipes.size;
      if (row.swipeSummary) {
        const marks = [...sentSwipes.values()].reduce((sum, swipe) => sum + swipe.spans.length, 0);
        row.swipeSummary.textContent = `${plural(row.swipes.length, "other swipe")}: ${sentSwipes.size} sent${marks > 0 ? `, ${plural(marks, "mark")}` : ""}`;
      }
    }
    marked += this.showCard(payload.card ? (chat?.card ?? null) : null);
    const card = payload.card ? "the character card" : "no character card (a group chat)";
    this.summary.textContent = `${payload.messages.length} of ${this.rows.length} messages and ${swipesSent} of ${swipesAll} swipes, ${card}; ${plural(marked, "piece")} of personal information marked.`;
    return marked;
  }

  /** The card's fields, in a section kept (open or closed as the user left it) across updates. */
  private showCard(card: CardPreview | null): number {
    this.card.hidden = !card;
    if (!card) return 0;
    const marks = card.fields.reduce((sum, field) => sum + field.spans.length, 0);
    this.cardSummary.textContent = `Character card: ${card.name} (${plural(card.fields.length, "field")}${marks > 0 ? `, ${plural(marks, "mark")}` : ""})`;
    this.cardFields.replaceChildren(
      ...card.fields.flatMap((field) => [h("dt", {}, field.label), h("dd", { class: "pippa-text", "data-field": field.key }, markedText(field.text, field.spans))]),
      ...(card.tags.length > 0 ? [h("dt", {}, "Tags"), h("dd", { class: "pippa-text", "data-field": "tags" }, card.tags.join(", "))] : []),
    );
    return marks;
  }
}
