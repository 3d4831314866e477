/**
 * The extension's share dialog in Debian's Chromium, on a page standing in for SillyTavern:
 * - every swipe sent is shown under its message (collapsed, marked, each can be left out) and the
 *   card's fields are shown marked, and what reaches the server is exactly what was shown and kept;
 * - a server that refuses the page's origin is told apart from one that cannot be reached, and the
 *   dialog says which --allow-origin fixes it;
 * - the dialog works by keyboard and for a screen reader: focus moves in, every control is named,
 *   Tab follows the order things are shown, Share says why it waits, Copy copies the receipt and
 *   Escape closes.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { EXTENSION_FOLDER, startFakeSillyTavern, type FakeSillyTavern } from "./fake-sillytavern.js";
import { startTestServer, type TestServer } from "./server-helpers.js";
import { FOCUSED_NAME_SCRIPT, outOfDrawingOrder, tabStopsScript, unnamedControls, type TabStop } from "../helpers/tab-stops.js";
import { MARKED_CARD_FIELDS } from "../helpers/examples.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = !existsSync(CHROMIUM) ? `SKIPPING: ${CHROMIUM} not found (Debian's chromium package; .ci/run installs it)` : !existsSync(join(EXTENSION_FOLDER, "index.js")) ? "SKIPPING: the extension is not built (npm run build)" : false;
if (skip) console.log(`# ${skip}`);

const CHAT = [
  { name: "Mira", is_user: false, send_date: "May 12, 2023 9:32pm", mes: "*The lamp turns.* You made it, Priyanka.", extra: { api: "koboldhorde" } },
  { name: "Priyanka", is_user: true, send_date: "May 12, 2023 9:33pm", mes: "Hi! If the storm cuts us off, email me at priya.k@example.org", extra: {} },
  {
    name: "Mira",
    is_user: false,
    send_date: "May 12, 2023 9:34pm",
    mes: "I will write. Mind the rocks.",
    swipes: ["Go home.", "I will write. Mind the rocks.", "I will write to priya.k@example.org at dawn.", "The tide is high tonight."],
    swipe_id: 1,
    swipe_info: [{ extra: { model: "NOT SHOWN model" } }],
  },
  { name: "Priyanka", is_user: true, send_date: "May 12, 2023 9:35pm", mes: "Thanks. Good night." },
];

/** A card with an address in each field the dialog shows, and fields it does not show. */
const CHARACTER = {
  name: "Mira",
  avatar: "Mira.png",
  data: {
    ...MARKED_CARD_FIELDS,
    creator_notes: "NOT SHOWN creator notes",
    system_prompt: "NOT SHOWN system prompt",
    alternate_greetings: ["NOT SHOWN greeting"],
    tags: ["Lighthouse", "Slice of life"],
    extensions: { world: "NOT SHOWN world" },
    character_book: { entries: [{ keys: ["lamp"], content: "NOT SHOWN lore" }] },
  },
};

const CARD_MARKS: [string, string][] = [
  ["description", "keeper.mira@example.net"],
  ["personality", "mira.notes@example.net"],
  ["scenario", "harbour.office@example.com"],
  ["first_mes", "lamp.room@example.org"],
  ["mes_example", "tide.tables@example.org"],
];

function sillyTavernContext(serverUrl: string): Record<string, unknown> {
  return { chat: CHAT, characters: [CHARACTER], characterId: "0", groupId: null, name1: "Priyanka", name2: "Mira", extensionSettings: { pippa: { serverUrl } } };
}

/** The texts the dialog shows as sent: speakers, dates, texts and the card, not what is struck out. */
const SHOWN_AS_SENT = `(() => {
  const parts = [];
  for (const element of document.querySelectorAll(".pippa-dialog .pippa-who, .pippa-dialog .pippa-text, .pippa-dialog .pippa-card summary")) {
    if (!element.closest(".pippa-left-out")) parts.push(element.textContent);
  }
  return parts.join("\\n");
})()`;

const TAB_STOPS = tabStopsScript(".pippa-dialog");

const FOCUSED = FOCUSED_NAME_SCRIPT;

/** A port nothing listens on. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("the extension's share dialog in Chromium", { skip }, () => {
  let sillyTavern: FakeSillyTavern;
  let allowing: TestServer;
  let refusing: TestServer;
  let allowingBase: string;
  let refusingBase: string;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    sillyTavern = await startFakeSillyTavern();
    allowing = await startTestServer({ allowOrigins: [sillyTavern.base] });
    refusing = await startTestServer();
    allowingBase = (await allowing.app.listen({ port: 0, host: "127.0.0.1" })).replace("localhost", "127.0.0.1");
    refusingBase = (await refusing.app.listen({ port: 0, host: "127.0.0.1" })).replace("localhost", "127.0.0.1");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    context = await browser.newContext({ viewport: { width: 1200, height: 1300 }, permissions: ["clipboard-read", "clipboard-write"] });
  });
  after(async () => {
    await browser?.close();
    await allowing?.close();
    await refusing?.close();
    await sillyTavern?.close();
  });

  /** A tab on the stand-in page, with the dialog opened by the slash command. */
  async function openDialog(serverUrl: string): Promise<Page> {
    const tab = await context.newPage();
    tab.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
    await tab.goto(sillyTavern.pageFor(sillyTavernContext(serverUrl)));
    await tab.waitForSelector("#pippa-share-button");
    await tab.evaluate("window.closedDialogs = 0; window.commands['pippa-share']().then(() => window.closedDialogs++); undefined");
    await tab.waitForSelector(".pippa-dialog .pippa-messages li");
    return tab;
  }

  /** The files of the newest submission, as the server stored them. */
  async function storedFiles(server: TestServer): Promise<Map<string, string>> {
    const { submissions } = await server.store.listSubmissions({});
    const files = new Map<string, string>();
    for (const file of submissions[0].files) files.set(file.name, await readFile(join(server.dataDir, "blobs", file.sha256.slice(0, 2), file.sha256), "utf8"));
    return files;
  }

  it("shows every swipe under its message and the card's fields, marked; sends exactly what is shown and kept", async () => {
    const tab = await openDialog(allowingBase);
    await tab.waitForSelector('.pippa-messages mark[data-type="EMAIL"]');
    // Swipes: collapsed under their message, three besides the one shown as the message.
    const swipes = tab.locator("li:has(> input[data-index='2']) details.pippa-swipes");
    assert.equal(await swipes.getAttribute("open"), null, "collapsed");
    assert.equal(await tab.locator(".pippa-swipe").count(), 3);
    assert.equal(await tab.locator(".pippa-swipe").first().isVisible(), false);
    await swipes.locator("summary").click();
    assert.equal(await tab.locator(".pippa-swipe").first().isVisible(), true, "expanded");
    assert.equal(await tab.textContent('.pippa-swipe:has(input[data-swipe="2"]) mark[data-type="EMAIL"]'), "priya.k@example.org");
    // The card: each field shown, its address marked.
    await tab.click(".pippa-card summary");
    assert.deepEqual(await tab.locator(".pippa-card dt").allTextContents(), ["Description", "Personality", "Scenario", "First message", "Example chats", "Tags"]);
    assert.equal(await tab.textContent('.pippa-card dd[data-field="tags"]'), "Lighthouse, Slice of life");
    for (const [field, address] of CARD_MARKS) assert.equal(await tab.textContent(`.pippa-card dd[data-field="${field}"] mark[data-type="EMAIL"]`), address, field);

    // One swipe left out; the preview reads the payload again.
    await tab.uncheck('input[data-message="2"][data-swipe="2"]');
    await tab.waitForSelector('.pippa-swipe.pippa-left-out:has(input[data-swipe="2"])');
    await tab.waitForSelector('.pippa-swipes summary:has-text("3 other swipes: 2 sent")');
    assert.equal(await tab.locator('.pippa-swipe:has(input[data-swipe="2"]) mark').count(), 0, "what is not sent is not marked");
    await tab.check('.pippa-consent input[value="public"]');
    const shown = (await tab.evaluate(SHOWN_AS_SENT)) as string;
    await tab.click(".pippa-share");
    await tab.waitForSelector(".pippa-receipt code");

    // What the server stored: the chat with the kept swipes, the card's shown fields, nothing else.
    const files = await storedFiles(allowing);
    assert.deepEqual([...files.keys()].sort(), ["Mira.json", "Mira.jsonl"]);
    const [header, ...messages] = files.get("Mira.jsonl")!.split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(messages[2].swipes, ["Go home.", "I will write. Mind the rocks.", "The tide is high tonight."]);
    assert.equal(messages[2].swipe_id, 1);
    const card = JSON.parse(files.get("Mira.json")!) as { data: Record<string, string | string[]> };
    assert.deepEqual(Object.keys(card.data).sort(), ["description", "first_mes", "mes_example", "name", "personality", "scenario", "tags"]);
    for (const text of files.values()) {
      assert.doesNotMatch(text, /NOT SHOWN/);
      assert.doesNotMatch(text, /at dawn/, "the swipe left out");
      assert.doesNotMatch(text, /Priyanka/);
    }
    // What is not shown is not sent: every text in the upload is in the dialog (bar the share time).
    const sent = [header.user_name, header.character_name, ...messages.flatMap((message) => [message.name, message.send_date, message.mes, ...((message.swipes as string[] | undefined) ?? [])]), ...Object.values(card.data).flat()];
    for (const value of sent) if (typeof value === "string" && value !== "") assert.ok(shown.includes(value), `sent but not shown: ${JSON.stringify(value)}`);
    await tab.close();
  });

  it("says when the server refuses this page's origin and how to fix it, apart from a server that cannot be reached", async () => {
    const refused = await openDialog(refusingBase);
    await refused.waitForSelector(".pippa-status:not(:empty)");
    assert.equal(await refused.textContent(".pippa-status"), `this pippa server does not accept uploads from ${sillyTavern.base} — start it with --allow-origin ${sillyTavern.base}`);
    assert.equal(await refused.isDisabled(".pippa-share"), true);
    await refused.close();

    const down = `http://127.0.0.1:${await deadPort()}`;
    const unreachable = await openDialog(down);
    await unreachable.waitForSelector(".pippa-status:not(:empty)");
    const said = (await unreachable.textContent(".pippa-status")) ?? "";
    assert.ok(said.startsWith(`Cannot reach the pippa server at ${down}`), said);
    assert.doesNotMatch(said, /allow-origin/);
    assert.equal(await unreachable.isDisabled(".pippa-share"), true);
    await unreachable.close();
  });

  it("works by keyboard and screen reader: focus moves in, controls are named, Tab follows the view, Share says why it waits, Copy copies, Escape closes", async () => {
    const tab = await openDialog(allowingBase);
    await tab.waitForSelector('.pippa-messages mark[data-type="EMAIL"]');
    await tab.waitForSelector('.pippa-consent input[type="radio"]');
    assert.equal(await tab.evaluate("document.activeElement.closest('.pippa-dialog') !== null"), true, "focus is in the dialog");
    assert.equal(await tab.evaluate("document.activeElement.id"), "pippa-dialog-title");

    // Share is disabled, looks it, and says why right beside it.
    assert.equal(await tab.isDisabled(".pippa-share"), true);
    assert.ok(Number(await tab.evaluate("getComputedStyle(document.querySelector('.pippa-share')).opacity")) < 0.6, "looks disabled");
    assert.equal(await tab.evaluate("document.querySelector('.pippa-share').nextElementSibling.id"), "pippa-share-reason");
    assert.equal(await tab.textContent("#pippa-share-reason"), "choose public or private first");
    assert.equal(await tab.isVisible("#pippa-share-reason"), true);
    assert.equal(await tab.getAttribute(".pippa-share", "aria-describedby"), "pippa-share-reason");

    // Every control has a name, as a screen reader is given it; the dialog too.
    const tree = await tab.locator(".pippa-dialog").ariaSnapshot();
    assert.match(tree, /dialog "Share this chat with pippa"/);
    assert.deepEqual(unnamedControls(tree), [], tree);

    // Tab goes through the controls in the order they are drawn, top to bottom, left to right.
    const stops = (await tab.evaluate(TAB_STOPS)) as TabStop[];
    assert.ok(stops.length >= 8, JSON.stringify(stops));
    assert.equal(outOfDrawingOrder(stops), null);
    const visited: (string | null)[] = [];
    for (let i = 0; i < stops.length; i++) {
      await tab.keyboard.press("Tab");
      visited.push((await tab.evaluate(FOCUSED)) as string | null);
    }
    assert.deepEqual(visited, stops.map((stop) => stop.name));

    // By keyboard alone: back to the consent, choose, share, copy the receipt, close.
    while ((await tab.evaluate("document.activeElement.type")) !== "radio") await tab.keyboard.press("Shift+Tab");
    await tab.keyboard.press("Space");
    assert.equal(await tab.textContent("#pippa-share-reason"), "");
    assert.equal(Number(await tab.evaluate("getComputedStyle(document.querySelector('.pippa-share')).opacity")), 1);
    await tab.keyboard.press("Tab");
    assert.equal(await tab.evaluate(FOCUSED), "Share");
    await tab.keyboard.press("Enter");
    await tab.waitForSelector(".pippa-receipt code");
    const receipt = (await tab.textContent(".pippa-receipt code")) ?? "";
    assert.match(receipt, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    assert.equal(await tab.evaluate("document.activeElement.closest('.pippa-dialog') !== null"), true, "focus stays in the dialog");
    await tab.keyboard.press("Tab");
    assert.equal(await tab.evaluate(FOCUSED), "Copy the receipt code");
    await tab.keyboard.press("Enter");
    await tab.waitForSelector('.pippa-status:has-text("copied")');
    assert.equal(await tab.evaluate("navigator.clipboard.readText()"), receipt);
    await tab.keyboard.press("Escape");
    await tab.waitForSelector(".pippa-dialog", { state: "detached" });
    assert.equal(await tab.evaluate("window.closedDialogs"), 1, "the command ends when the dialog closes");

    // The wand-menu item opens it from the keyboard too, and focus comes back to it.
    assert.match(await tab.locator("#extensionsMenu").ariaSnapshot(), /button "Share with pippa"/);
    await tab.focus("#pippa-share-button");
    await tab.keyboard.press("Enter");
    await tab.waitForSelector(".pippa-dialog[open]");
    assert.equal(await tab.evaluate("document.activeElement.id"), "pippa-dialog-title");
    await tab.keyboard.press("Escape");
    await tab.waitForSelector(".pippa-dialog", { state: "detached" });
    assert.equal(await tab.evaluate("document.activeElement.id"), "pippa-share-button");
    await tab.close();
  });
});
