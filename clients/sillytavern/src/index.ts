/**
 * pippa for SillyTavern: "Share with pippa" (a wand-menu button and `/pippa-share`) shows what would
 * be sent, the chat and its character card, with the personal information pippa would redact
 * marked (the detectors run here, bundled with the extension: nothing is fetched from anywhere but
 * this extension's own folder), lets the user leave messages and swipes out and choose a consent,
 * and only then uploads to the pippa server exactly what was shown, answering with the receipt code
 * (and a Copy button) and the withdraw link.
 * Uses SillyTavern's public `SillyTavern.getContext()` only.
 */
import { bytesDocument, previewDocuments, type FilePreview } from "../../../src/server/web/preview.js";
import { copyText, h } from "../../../src/server/web/dom.js";
import { buildPayload, shareableMessages, type StContext } from "./payload.js";
import { PreviewList, type Choices } from "./preview-list.js";
import { checkServer, describeServerState, uploadPayload } from "./server-api.js";

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

/**
 * Opens the share dialog for the current chat; resolves when it is closed (Cancel, Close or Escape).
 * The dialog is modal: focus moves to its title when it opens, Tab stays inside it in the order
 * things are shown, and focus goes back where it was when it closes.
 */
export async function share(): Promise<void> {
  // One dialog at a time: its ids are fixed, and two would share them.
  if (document.querySelector(".pippa-dialog")) return;
  const ctx = context();
  const all = shareableMessages(ctx.chat);
  const choices: Choices = { messages: new Set(all), swipesLeftOut: new Map() };
  const title = h("h3", { id: "pippa-dialog-title", tabindex: "-1" }, "Share this chat with pippa");
  const dialog = h("dialog", { class: "pippa-dialog", "aria-labelledby": "pippa-dialog-title", "aria-describedby": "pippa-dialog-hint" });
  const status = h("p", { class: "pippa-status", role: "status" });
  const preview = h("div", { class: "pippa-preview" });
  const consentBox = h("fieldset", { class: "pippa-consent" }, h("legend", {}, "Consent"));
  const shareButton = h("button", { type: "button", class: "menu_button pippa-share", disabled: true, "aria-describedby": "pippa-share-reason" }, "Share");
  const reason = h("span", { class: "pippa-share-reason", id: "pippa-share-reason" });
  const cancel = h("button", { type: "button", class: "menu_button pippa-cancel" }, "Cancel");
  const say = (text: string, problem = false) => {
    status.textContent = text;
    status.classList.toggle("pippa-problem", problem);
  };
  cancel.addEventListener("click", () => dialog.close());
  dialog.append(
    title,
    h("p", { class: "pippa-hint", id: "pippa-dialog-hint" }, `To ${serverUrl()}. Your persona name becomes {{user}}. Personal information pippa would redact before any release is marked. Untick messages or swipes to leave them out: only what is shown here is sent.`),
    preview,
    consentBox,
    h("div", { class: "pippa-buttons" }, shareButton, reason, cancel),
    status,
  );
  document.body.append(dialog);
  const closed = new Promise<void>((resolve) =>
    // Escape closes a modal dialog by itself; every way of closing ends here.
    dialog.addEventListener("close", () => {
      clearTimeout(pending);
      dialog.remove();
      resolve();
    }),
  );
  let pending: ReturnType<typeof setTimeout> | undefined;
  dialog.showModal();
  title.focus();
  if (all.length === 0) {
    say("This chat has no messages to share.");
    return closed;
  }

  let consent = "";
  let serverProblem = "";
  // Why Share is disabled, said next to it; empty once it can be pressed.
  const refreshButton = () => {
    reason.textContent = serverProblem ? "the server cannot take this upload (see below)" : consent === "" ? "choose public or private first" : choices.messages.size === 0 ? "keep at least one message" : "";
    shareButton.disabled = reason.textContent !== "";
  };
  const server = await checkServer(serverUrl(), location.origin);
  if (server.kind === "ready") {
    const preset = !settings().alwaysAsk ? settings().defaultConsent : "";
    for (const choice of server.consents) {
      const radio = h("input", { type: "radio", name: "pippa-consent", value: choice.value, checked: choice.value === preset });
      radio.addEventListener("change", () => {
        consent = radio.value;
        refreshButton();
      });
      consentBox.append(h("label", { class: "pippa-choice" }, radio, " ", choice.label));
    }
    consent = preset && server.consents.some((choice) => choice.value === preset) ? preset : "";
  } else {
    serverProblem = describeServerState(server, serverUrl());
    say(serverProblem, true);
  }
  refreshButton();

  // The preview is read again from the payload's bytes whenever a choice changes (what the kept
  // turns reveal changes what is found); a newer run wins over an older one still reading.
  let run = 0;
  const list = new PreviewList(ctx, choices, () => {
    refreshButton();
    clearTimeout(pending);
    pending = setTimeout(() => void render(), 250);
  });
  preview.replaceChildren(list.element);
  const render = async () => {
    const mine = ++run;
    const payload = buildPayload(ctx, choices);
    const documents = [bytesDocument(payload.chat.name, new TextEncoder().encode(payload.chat.text))];
    if (payload.card) documents.push(bytesDocument(payload.card.name, new TextEncoder().encode(payload.card.text)));
    try {
      const previews: FilePreview[] = await previewDocuments(documents, NAME_DATA_URL);
      if (mine !== run) return;
      list.show(payload, previews.find((file) => file.name === payload.chat.name)?.conversations[0]);
    } catch (error) {
      if (mine === run) say(`The preview failed: ${(error as Error).message}`, true);
    }
  };
  await render();

  shareButton.addEventListener("click", async () => {
    shareButton.disabled = true;
    say("Sending…");
    // Built from the same choices the preview shows, after any pending re-read is done.
    clearTimeout(pending);
    await render();
    const payload = buildPayload(ctx, choices);
    const result = await uploadPayload(serverUrl(), payload, consent, location.origin);
    if ("problem" in result) {
      say(result.problem, true);
      refreshButton();
      return;
    }
    showReceipt(result.receipt);
  });

  const showReceipt = (receipt: string) => {
    const code = h("code", {}, receipt);
    const copy = h("button", { type: "button", class: "menu_button pippa-copy", "aria-label": "Copy the receipt code" }, "Copy");
    copy.addEventListener("click", async () => say((await copyText(receipt, code)) ? "Receipt code copied." : "Could not copy: the code is selected, copy it with Ctrl+C."));
    const done = h("p", { tabindex: "-1" }, "Shared. Keep this receipt code: with it you can withdraw the chat at any time.");
    preview.replaceChildren(done, h("p", { class: "pippa-receipt" }, code, " ", copy), h("p", {}, h("a", { href: `${serverUrl()}/withdraw`, target: "_blank", rel: "noopener" }, "Withdraw page")));
    consentBox.remove();
    shareButton.remove();
    reason.remove();
    cancel.textContent = "Close";
    say("");
    // The button pressed is gone: focus goes to what replaced it.
    done.focus();
  };
  return closed;
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
    // A div, as SillyTavern's own menu items are, made a button for the keyboard and screen readers.
    const button = h("div", { id: "pippa-share-button", class: "list-group-item flex-container flexGap5", title: "Share this chat with pippa", role: "button", tabindex: "0" }, h("div", { class: "fa-solid fa-share-nodes extensionsMenuExtensionButton", "aria-hidden": "true" }), h("span", {}, "Share with pippa"));
    button.addEventListener("click", () => void share());
    button.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      void share();
    });
    menu.append(button);
  }
  registerCommand();
}

void init();
