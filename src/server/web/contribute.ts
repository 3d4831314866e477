/** The contributor page: pick files, see what would be shared (read here), choose consent, send, keep the receipt. */
import { csrfToken, errorOf, formatBytes, h, markedText } from "./dom.js";
import { previewFiles, type FilePreview } from "./preview.js";

const form = document.querySelector<HTMLFormElement>("#contribute")!;
const input = document.querySelector<HTMLInputElement>("#files")!;
const drop = document.querySelector<HTMLElement>("#drop")!;
const list = document.querySelector<HTMLUListElement>("#file-list")!;
const preview = document.querySelector<HTMLElement>("#preview")!;
const send = document.querySelector<HTMLButtonElement>("#send")!;
const status = document.querySelector<HTMLElement>("#status")!;
const result = document.querySelector<HTMLElement>("#result")!;

let chosen: File[] = [];
let previewRun = 0;

function consent(): string | null {
  return form.querySelector<HTMLInputElement>('input[name="consent"]:checked')?.value ?? null;
}

function refreshSend(): void {
  send.disabled = chosen.length === 0 || consent() === null;
  status.textContent = chosen.length === 0 ? "" : consent() === null ? "Choose whether your chats may be published." : "";
}

function addFiles(files: Iterable<File>): void {
  for (const file of files) {
    if (chosen.some((known) => known.name === file.name && known.size === file.size)) continue;
    chosen.push(file);
  }
  void render();
}

function renderList(): void {
  list.replaceChildren(
    ...chosen.map((file, index) => {
      const remove = h("button", { type: "button", class: "link", "aria-label": `Remove ${file.name}` }, "Remove");
      remove.addEventListener("click", () => {
        chosen.splice(index, 1);
        void render();
      });
      return h("li", {}, h("span", { class: "name" }, file.name), " ", h("span", { class: "meta" }, formatBytes(file.size)), " ", remove);
    }),
  );
}

function renderPreview(previews: readonly FilePreview[]): void {
  preview.replaceChildren(
    ...previews.map((file) => {
      const summary = !file.format
        ? "not read"
        : file.format.startsWith("card")
          ? "a character card, sent with the chat beside it"
          : `${file.format}: ${file.conversations.length} conversation(s), ${file.messages} message(s), ${file.pii} piece(s) of personal information found`;
      const conversations = file.conversations.map((conversation) =>
        h(
          "details",
          { class: "conversation" },
          h("summary", {}, `${conversation.botName || "a character"}: ${conversation.total} messages`),
          h(
            "ol",
            { class: "messages" },
            ...conversation.messages.map((message) => h("li", { class: message.isHuman ? "human" : "bot" }, h("span", { class: "who" }, message.isHuman ? "You" : conversation.botName || "Bot"), " ", h("span", { class: "text" }, markedText(message.text, message.spans)))),
          ),
          conversation.total > conversation.messages.length ? h("p", { class: "hint" }, `…and ${conversation.total - conversation.messages.length} more messages.`) : null,
        ),
      );
      return h("article", { class: "file-preview", "data-file": file.name }, h("h3", {}, file.name), h("p", { class: "summary" }, summary), ...file.problems.slice(0, 3).map((problem) => h("p", { class: "problem" }, problem)), ...(file.format?.startsWith("card") ? [] : file.notes.slice(0, 3).map((note) => h("p", { class: "hint" }, note))), ...conversations);
    }),
  );
}

async function render(): Promise<void> {
  renderList();
  refreshSend();
  const run = ++previewRun;
  if (chosen.length === 0) {
    preview.replaceChildren();
    return;
  }
  preview.replaceChildren(h("p", { class: "hint" }, "Reading your files here in the browser…"));
  try {
    const previews = await previewFiles(chosen);
    if (run === previewRun) renderPreview(previews);
  } catch (error) {
    if (run === previewRun) preview.replaceChildren(h("p", { class: "problem" }, `The preview failed: ${(error as Error).message}`));
  }
}

input.addEventListener("change", () => {
  addFiles(input.files ?? []);
  input.value = "";
});
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  addFiles(event.dataTransfer?.files ?? []);
});
form.addEventListener("change", (event) => {
  if ((event.target as HTMLInputElement).name === "consent") refreshSend();
});

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const choice = consent();
  if (!choice || chosen.length === 0) return;
  send.disabled = true;
  status.textContent = "Sending…";
  const body = new FormData();
  body.append("consent", choice);
  for (const file of chosen) body.append("file", file, file.name);
  const response = await fetch("/api/submissions", { method: "POST", body, headers: { "x-csrf-token": csrfToken() } }).catch((error: Error) => error);
  if (response instanceof Error) {
    status.textContent = `Could not send: ${response.message}`;
    send.disabled = false;
    return;
  }
  if (response.status !== 201) {
    status.textContent = await errorOf(response);
    send.disabled = false;
    return;
  }
  const answer = (await response.json()) as { receipt: string; files: { name: string; accepted: boolean; conversations: number; messages: number; reason?: string; role?: string }[] };
  form.hidden = true;
  result.hidden = false;
  document.querySelector("#receipt")!.textContent = answer.receipt;
  document.querySelector("#outcome")!.replaceChildren(
    ...answer.files.map((file) =>
      h("li", { class: file.accepted ? "accepted" : "refused" }, h("span", { class: "name" }, file.name), ": ", file.accepted ? (file.role === "card" ? "character card, used for the chat" : file.role === "definitions" ? "Character.AI definitions, used for the chat dump" : `${file.conversations} conversation(s), ${file.messages} message(s) received`) : `not taken: ${file.reason ?? "unreadable"}`),
    ),
  );
});

document.querySelector("#copy")!.addEventListener("click", () => {
  void navigator.clipboard?.writeText(document.querySelector("#receipt")!.textContent ?? "");
});
