/**
 * The contributor page: pick files, see what would be shared (read here), leave swipes out, choose
 * consent, send, keep the receipt. Send stays disabled, saying why beside it, until there are files
 * and a consent; focus goes to the thanks once sent.
 */
import { withoutSwipes } from "../../formats/chats/sillytavern-chat.js";
import { copyText, csrfToken, errorOf, formatBytes, h } from "./dom.js";
import { previewFiles, type FilePreview } from "./preview.js";
import { renderFilePreviews, SWIPES_LEFT_OUT_FORMATS, type LeftOutSwipes } from "./preview-view.js";

const form = document.querySelector<HTMLFormElement>("#contribute")!;
const input = document.querySelector<HTMLInputElement>("#files")!;
const drop = document.querySelector<HTMLElement>("#drop")!;
const list = document.querySelector<HTMLUListElement>("#file-list")!;
const preview = document.querySelector<HTMLElement>("#preview")!;
const send = document.querySelector<HTMLButtonElement>("#send")!;
const reason = document.querySelector<HTMLElement>("#send-reason")!;
const status = document.querySelector<HTMLElement>("#status")!;
const result = document.querySelector<HTMLElement>("#result")!;

let chosen: File[] = [];
let previewRun = 0;
/** The format each file was read as, by name (from the last preview). */
let formats = new Map<string, string | null>();
const leftOut: LeftOutSwipes = new Map();

function consent(): string | null {
  return form.querySelector<HTMLInputElement>('input[name="consent"]:checked')?.value ?? null;
}

function refreshSend(): void {
  reason.textContent = chosen.length === 0 ? "choose your files first" : consent() === null ? "choose public or private first" : "";
  send.disabled = reason.textContent !== "";
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
  formats = new Map(previews.map((file) => [file.name, file.format]));
  preview.replaceChildren(...renderFilePreviews(previews, leftOut));
}

/** The file as it will be sent: without the swipes left out, where its format allows that. */
async function fileToSend(file: File): Promise<File> {
  const turns = leftOut.get(file.name);
  const format = formats.get(file.name);
  if (!turns || ![...turns.values()].some((swipes) => swipes.size > 0) || !format || !SWIPES_LEFT_OUT_FORMATS.has(format)) return file;
  return new File([withoutSwipes(await file.text(), turns)], file.name, { type: file.type, lastModified: file.lastModified });
}

async function render(): Promise<void> {
  renderList();
  refreshSend();
  // Choices about a file no longer chosen go with it.
  for (const name of leftOut.keys()) if (!chosen.some((file) => file.name === name)) leftOut.delete(name);
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
  for (const file of chosen) body.append("file", await fileToSend(file), file.name);
  const response = await fetch("/api/submissions", { method: "POST", body, headers: { "x-csrf-token": csrfToken() } }).catch((error: Error) => error);
  if (response instanceof Error) {
    status.textContent = `Could not send: ${response.message}`;
    refreshSend();
    return;
  }
  if (response.status !== 201) {
    status.textContent = await errorOf(response);
    refreshSend();
    return;
  }
  const answer = (await response.json()) as { receipt: string; files: { name: string; accepted: boolean; conversations: number; messages: number; reason?: string; role?: string }[] };
  form.hidden = true;
  result.hidden = false;
  document.querySelector("#receipt")!.textContent = answer.receipt;
  // The form with the focused button is gone: focus goes to what replaced it.
  document.querySelector<HTMLElement>("#thanks")!.focus();
  document.querySelector("#outcome")!.replaceChildren(
    ...answer.files.map((file) =>
      h("li", { class: file.accepted ? "accepted" : "refused" }, h("span", { class: "name" }, file.name), ": ", file.accepted ? (file.role === "card" ? "character card, used for the chat" : file.role === "definitions" ? "Character.AI definitions, used for the chat dump" : `${file.conversations} conversation(s), ${file.messages} message(s) received`) : `not taken: ${file.reason ?? "unreadable"}`),
    ),
  );
});

document.querySelector("#copy")!.addEventListener("click", async () => {
  const receipt = document.querySelector("#receipt")!;
  const copied = await copyText(receipt.textContent ?? "", receipt);
  document.querySelector("#copy-status")!.textContent = copied ? "Copied." : "Could not copy: the code is selected, copy it with Ctrl+C.";
});

refreshSend();
