/**
 * pippa for SillyTavern: "Share with pippa" (a wand-menu button and `/pippa-share`) shows what would
 * be sent, the chat and its character card, with the personal information pippa would redact
 * marked (the detectors run here, bundled with the extension: nothing is fetched from anywhere but
 * this extension's own folder), lets the user leave messages out and choose a consent, and only
 * then uploads to the pippa server, answering with the receipt code and the withdraw link.
 * Uses SillyTavern's public `SillyTavern.getContext()` only.
 */
import { bytesDocument, previewDocuments, type FilePreview } from "../../../src/server/web/preview.js";
import { h, markedText } from "../../../src/server/web/dom.js";
import { buildPayload, replaceUserName, shareableMessages, type StContext } from "./payload.js";

const NAME = "pippa";
const NAME_DATA_URL = new URL("./name-data.json", import.meta.url).href;

interface Settings {
  serverUrl: string;
  /** "" until the user chooses one. */
  defaultConsent: "" | "public" | "private";
  alwaysAsk: boolean;
}

interface Context extends StContext {
  extensionSettings: Record<string, unknown>;
  saveSettingsDebounced?: () => void;
  SlashCommandParser?: { addCommandObject?: (command: unknown) => void };
  SlashCommand?: { fromProps: (props: Record<string, unknown>) => unknown };
  registerSlashCommand?: (name: string, callback: () => unknown, aliases: string[], help: string) => void;
}

declare global {
  interface Window {
    SillyTavern: { getContext(): Context };
  }
}

const context = (): Context => window.SillyTavern.getContext();

function settings(): Settings {
  const all = context().extensionSettings;
  const current = (all[NAME] ?? {}) as Partial<Settings>;
  const merged: Settings = { serverUrl: current.serverUrl ?? "http://127.0.0.1:8088", defaultConsent: current.defaultConsent ?? "", alwaysAsk: current.alwaysAsk ?? true };
  all[NAME] = merged;
  return merged;
}

function saveSettings(change: Partial<Settings>): void {
  Object.assign(settings(), change);
  context().saveSettingsDebounced?.();
}

function serverUrl(): string {
  return settings().serverUrl.replace(/\/+$/, "");
}

// --- settings panel -------------------------------------------------------------------------

function settingsPanel(): HTMLElement {
  const current = settings();
  const url = h("input", { type: "url", class: "text_pole", id: "pippa-server-url", value: current.serverUrl });
  url.addEventListener("change", () => saveSettings({ serverUrl: url.value.trim() }));
  const consent = h(
    "select",
    { class: "text_pole", id: "pippa-default-consent" },
    h("option", { value: "", selected: current.defaultConsent === "" }, "none: choose each time"),
    h("option", { value: "public", selected: current.defaultConsent === "public" }, "may be included in a public dataset"),
    h("option", { value: "private", selected: current.defaultConsent === "private" }, "keep private: training only"),
  );
  consent.addEventListener("change", () => saveSettings({ defaultConsent: consent.value as Settings["defaultConsent"] }));
  const ask = h("input", { type: "checkbox", id: "pippa-always-ask", checked: current.alwaysAsk });
  ask.addEventListener("change", () => saveSettings({ alwaysAsk: ask.checked }));
  return h(
    "div",
    { class: "pippa-settings" },
    h(
      "div",
      { class: "inline-drawer" },
      h("div", { class: "inline-drawer-toggle inline-drawer-header" }, h("b", {}, "pippa: share chats"), h("div", { class: "inline-drawer-icon fa-solid fa-circle-chevron-down down" })),
      h(
        "div",
        { class: "inline-drawer-content" },
        h("label", { for: "pippa-server-url" }, "pippa server"),
        url,
        h("label", { for: "pippa-default-consent" }, "Default consent"),
        consent,
        h("label", { class: "checkbox_label", for: "pippa-always-ask" }, ask, h("span", {}, "Always ask for consent")),
        h("small", {}, "Nothing is sent until you have seen the preview and pressed Share. Use /pippa-share or the wand menu."),
      ),
    ),
  );
}

// --- the share dialog -----------------------------------------------------------------------

interface ConsentChoice {
  value: string;
  label: string;
}

async function serverConsents(): Promise<ConsentChoice[]> {
  const response = await fetch(`${serverUrl()}/api/config`);
  if (!response.ok) throw new Error(`the pippa server answered ${response.status}`);
  return ((await response.json()) as { consent: ConsentChoice[] }).consent;
}

function closeDialog(dialog: HTMLDialogElement): void {
  dialog.close();
  dialog.remove();
}

/** Opens the share dialog for the current chat; resolves when it is closed. */
export async function share(): Promise<void> {
  const ctx = context();
  const all = shareableMessages(ctx.chat);
  const selected = new Set(all);
  const dialog = h("dialog", { class: "pippa-dialog", "aria-label": "Share with pippa" });
  const status = h("p", { class: "pippa-status", role: "status" });
  const preview = h("div", { class: "pippa-preview" });
  const consentBox = h("fieldset", { class: "pippa-consent" }, h("legend", {}, "Consent"));
  const shareButton = h("button", { type: "button", class: "menu_button pippa-share", disabled: true }, "Share");
  const cancel = h("button", { type: "button", class: "menu_button pippa-cancel" }, "Cancel");
  cancel.addEventListener("click", () => closeDialog(dialog));
  dialog.append(
    h("h3", {}, "Share this chat with pippa"),
    h("p", { class: "pippa-hint" }, `To ${serverUrl()}. Your persona name becomes {{user}}. Personal information pippa would redact before any release is marked. Untick messages to leave them out.`),
    preview,
    consentBox,
    h("div", { class: "pippa-buttons" }, shareButton, cancel),
    status,
  );
  document.body.append(dialog);
  dialog.showModal();
  if (all.length === 0) {
    status.textContent = "This chat has no messages to share.";
    return;
  }

  let consent = "";
  const refreshButton = () => {
    shareButton.disabled = consent === "" || selected.size === 0;
  };
  try {
    const choices = await serverConsents();
    const preset = !settings().alwaysAsk ? settings().defaultConsent : "";
    for (const choice of choices) {
      const radio = h("input", { type: "radio", name: "pippa-consent", value: choice.value, checked: choice.value === preset });
      radio.addEventListener("change", () => {
        consent = radio.value;
        refreshButton();
      });
      consentBox.append(h("label", { class: "pippa-choice" }, radio, " ", choice.label));
    }
    consent = preset && choices.some((choice) => choice.value === preset) ? preset : "";
  } catch (error) {
    status.textContent = `Cannot reach the pippa server: ${(error as Error).message}. Check its address in the extension settings.`;
  }
  refreshButton();

  // The preview is computed again when messages are left out (what the kept turns reveal changes
  // what is found); a newer run wins over an older one still reading the name lists.
  let run = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const render = async () => {
    const mine = ++run;
    const payload = buildPayload(ctx, selected);
    const documents = [bytesDocument(payload.chat.name, new TextEncoder().encode(payload.chat.text))];
    if (payload.card) documents.push(bytesDocument(payload.card.name, new TextEncoder().encode(payload.card.text)));
    let previews: FilePreview[];
    try {
      previews = await previewDocuments(documents, NAME_DATA_URL, Number.MAX_SAFE_INTEGER);
    } catch (error) {
      if (mine === run) preview.replaceChildren(h("p", { class: "pippa-problem" }, `The preview failed: ${(error as Error).message}`));
      return;
    }
    if (mine !== run) return;
    const chat = previews.find((file) => file.name === payload.chat.name);
    const turns = chat?.conversations[0]?.messages ?? [];
    const spansByIndex = new Map(payload.messages.map((index, position) => [index, turns[position]?.spans ?? []]));
    const found = [...spansByIndex.values()].reduce((sum, spans) => sum + spans.length, 0);
    const list = h(
      "ol",
      { class: "pippa-messages" },
      ...all.map((index) => {
        const message = ctx.chat[index];
        const box = h("input", { type: "checkbox", checked: selected.has(index), "data-index": String(index), "aria-label": "send this message" });
        box.addEventListener("change", () => {
          if (box.checked) selected.add(index);
          else selected.delete(index);
          box.closest("li")?.classList.toggle("pippa-left-out", !box.checked);
          refreshButton();
          clearTimeout(pending);
          pending = setTimeout(() => void render(), 250);
        });
        // The text as it would be sent (the persona name already {{user}}), marked where sent.
        const text = markedText(replaceUserName(message.mes ?? "", ctx.name1), spansByIndex.get(index) ?? []);
        return h("li", { class: `${message.is_user ? "pippa-human" : "pippa-bot"}${selected.has(index) ? "" : " pippa-left-out"}` }, box, h("span", {}, h("b", {}, message.is_user ? "{{user}}" : (message.name ?? "")), ": ", h("span", { class: "pippa-text" }, text)));
      }),
    );
    // The list is replaced where the reader left it.
    const scrolled = [preview.scrollTop, dialog.scrollTop];
    preview.replaceChildren(
      h("p", {}, `${selected.size} of ${all.length} messages, the character card${payload.card ? "" : " (none: a group chat)"}; ${found} piece(s) of personal information marked.`),
      list,
    );
    [preview.scrollTop, dialog.scrollTop] = scrolled;
  };
  await render();

  await new Promise<void>((resolve) => {
    dialog.addEventListener("close", () => resolve());
    shareButton.addEventListener("click", async () => {
      shareButton.disabled = true;
      status.textContent = "Sending…";
      const payload = buildPayload(ctx, selected);
      const body = new FormData();
      body.append("consent", consent);
      body.append("file", new Blob([payload.chat.text], { type: "application/x-ndjson" }), payload.chat.name);
      if (payload.card) body.append("file", new Blob([payload.card.text], { type: "application/json" }), payload.card.name);
      try {
        const response = await fetch(`${serverUrl()}/api/submissions`, { method: "POST", body });
        const answer = (await response.json()) as { receipt?: string; error?: string };
        if (response.status !== 201 || !answer.receipt) throw new Error(answer.error ?? `the server answered ${response.status}`);
        preview.replaceChildren(
          h("p", {}, "Shared. Keep this receipt code: with it you can withdraw the chat at any time."),
          h("p", { class: "pippa-receipt" }, h("code", {}, answer.receipt)),
          h("p", {}, h("a", { href: `${serverUrl()}/withdraw`, target: "_blank", rel: "noopener" }, "Withdraw page")),
        );
        consentBox.remove();
        shareButton.remove();
        cancel.textContent = "Close";
        status.textContent = "";
      } catch (error) {
        status.textContent = `Not sent: ${(error as Error).message}`;
        refreshButton();
      }
    });
  });
}

// --- wiring into SillyTavern ----------------------------------------------------------------

function waitFor(selector: string, timeoutMs = 10_000): Promise<Element | null> {
  const found = document.querySelector(selector);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const element = document.querySelector(selector);
      if (element) {
        observer.disconnect();
        resolve(element);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(document.querySelector(selector));
    }, timeoutMs);
  });
}

function registerCommand(): void {
  const ctx = context();
  const help = "Share the current chat and its character card with a pippa server, after a preview and your consent.";
  if (ctx.SlashCommandParser?.addCommandObject && ctx.SlashCommand?.fromProps) {
    ctx.SlashCommandParser.addCommandObject(ctx.SlashCommand.fromProps({ name: "pippa-share", callback: async () => (await share(), ""), helpString: help, returns: "nothing" }));
  } else {
    ctx.registerSlashCommand?.("pippa-share", async () => (await share(), ""), [], help);
  }
}

async function init(): Promise<void> {
  settings();
  const settingsHost = (await waitFor("#extensions_settings2")) ?? (await waitFor("#extensions_settings"));
  settingsHost?.append(settingsPanel());
  const menu = await waitFor("#extensionsMenu");
  if (menu) {
    const button = h("div", { id: "pippa-share-button", class: "list-group-item flex-container flexGap5", title: "Share this chat with pippa" }, h("div", { class: "fa-solid fa-share-nodes extensionsMenuExtensionButton" }), h("span", {}, "Share with pippa"));
    button.addEventListener("click", () => void share());
    menu.append(button);
  }
  registerCommand();
}

void init();
