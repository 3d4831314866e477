/**
 * The upload page in Debian's Chromium, beyond the happy path of browser.test.ts:
 * - a SillyTavern chat's swipes are shown under their messages (collapsed, marked) and the card's
 *   fields marked, and a swipe unticked is not in what the server stores;
 * - Send is disabled and says why beside it, focus goes to the thanks once sent, Copy copies the
 *   receipt, every control is named and Tab follows the order things are drawn.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { temporaryFolder } from "../helpers/io.js";
import { startTestServer, type TestServer } from "./server-helpers.js";
import { FOCUSED_NAME_SCRIPT, outOfDrawingOrder, tabStopsScript, unnamedControls, type TabStop } from "../helpers/tab-stops.js";
import { MARKED_CARD_FIELDS } from "../helpers/examples.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : `SKIPPING: ${CHROMIUM} not found (Debian's chromium package; .ci/run installs it)`;
if (skip) console.log(`# ${skip}`);

const CHAT_LINES = [
  { user_name: "Sam", character_name: "Mira", create_date: "2023-5-12 @21h 32m 29s 224ms" },
  { name: "Mira", is_user: false, send_date: "May 12, 2023 9:32pm", mes: "*The lamp turns.* You came back." },
  { name: "Sam", is_user: true, send_date: "May 12, 2023 9:33pm", mes: "write to me at jo.writer@example.com" },
  { name: "Mira", is_user: false, send_date: "May 12, 2023 9:34pm", mes: "I will. Mind the rocks.", swipes: ["Go home.", "I will. Mind the rocks.", "I will write to jo.writer@example.com at dawn."], swipe_id: 1 },
].map((line) => JSON.stringify(line));

const CARD = {
  spec: "chara_card_v2",
  spec_version: "2.0",
  data: MARKED_CARD_FIELDS,
};

const TAB_STOPS = tabStopsScript(null);

const FOCUSED = FOCUSED_NAME_SCRIPT;
const SEND_OPACITY = `Number(getComputedStyle(document.querySelector("#send")).opacity)`;

describe("the upload page's preview and controls in Chromium", { skip }, () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let server: TestServer;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  const chatFile = () => join(folder.path, "Mira chat.jsonl");
  const cardFile = () => join(folder.path, "Mira.json");

  before(async () => {
    folder = await temporaryFolder();
    await writeFile(chatFile(), CHAT_LINES.join("\n"));
    await writeFile(cardFile(), JSON.stringify(CARD));
    server = await startTestServer();
    base = await server.app.listen({ port: 0, host: "127.0.0.1" });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    context = await browser.newContext({ viewport: { width: 1200, height: 1400 }, permissions: ["clipboard-read", "clipboard-write"] });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await folder?.cleanup();
  });

  async function pageWithFiles(): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
    await page.goto(`${base}/`);
    await page.setInputFiles("#files", [chatFile(), cardFile()]);
    await page.waitForSelector('.file-preview[data-file="Mira chat.jsonl"] .summary');
    return page;
  }

  it("shows the swipes under their messages and the card's fields, marked; a swipe unticked is not sent", async () => {
    const page = await pageWithFiles();
    assert.match((await page.textContent('.file-preview[data-file="Mira chat.jsonl"] .summary')) ?? "", /3 message\(s\), 2 swipe\(s\)/);
    await page.click('.file-preview[data-file="Mira chat.jsonl"] details.conversation > summary');
    for (const [field, address] of [["description", "keeper.mira@example.net"], ["personality", "mira.notes@example.net"], ["scenario", "harbour.office@example.com"], ["first_mes", "lamp.room@example.org"], ["mes_example", "tide.tables@example.org"]]) {
      assert.equal(await page.textContent(`.card-fields dd[data-field="${field}"] mark[data-type="EMAIL"]`), address, field);
    }
    // Two swipes besides the one shown as the message, collapsed under it.
    assert.equal(await page.locator(".swipe").count(), 2);
    assert.equal(await page.getAttribute("details.swipes", "open"), null);
    assert.equal(await page.locator(".swipe").first().isVisible(), false);
    await page.click("details.swipes > summary");
    assert.equal(await page.textContent('.swipe mark[data-type="EMAIL"]'), "jo.writer@example.com");
    await page.uncheck('.swipe input[data-turn="2"][data-swipe="2"]');
    await page.check('input[name="consent"][value="private"]');
    await page.click("#send");
    await page.waitForSelector("#result:not([hidden])");

    const { submissions } = await server.store.listSubmissions({});
    const stored = submissions[0].files.find((file) => file.name === "Mira chat.jsonl")!;
    const lines = (await readFile(join(server.dataDir, "blobs", stored.sha256.slice(0, 2), stored.sha256), "utf8")).split("\n");
    assert.deepEqual(JSON.parse(lines[3]), { name: "Mira", is_user: false, send_date: "May 12, 2023 9:34pm", mes: "I will. Mind the rocks.", swipes: ["Go home.", "I will. Mind the rocks."], swipe_id: 1 });
    assert.deepEqual(lines.slice(0, 3), CHAT_LINES.slice(0, 3), "every other line as it was");
    await page.close();
  });

  it("says why Send waits, is named and tabbed in the order drawn, moves focus to the thanks, and copies the receipt", async () => {
    const page = await context.newPage();
    page.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
    await page.goto(`${base}/`);
    assert.equal(await page.isDisabled("#send"), true);
    assert.equal(await page.textContent("#send-reason"), "choose your files first");
    await page.setInputFiles("#files", [chatFile(), cardFile()]);
    await page.waitForSelector('.file-preview[data-file="Mira chat.jsonl"] .summary');
    assert.equal(await page.isDisabled("#send"), true);
    assert.equal(await page.textContent("#send-reason"), "choose public or private first");
    assert.equal(await page.isVisible("#send-reason"), true);
    assert.equal(await page.evaluate(`document.querySelector("#send").nextElementSibling.id`), "send-reason", "right beside Send");
    assert.equal(await page.getAttribute("#send", "aria-describedby"), "send-reason");
    assert.ok(((await page.evaluate(SEND_OPACITY)) as number) < 0.6, "looks disabled");

    // Every control named, as a screen reader is given it.
    await page.click('.file-preview[data-file="Mira chat.jsonl"] details.conversation > summary');
    await page.click("details.swipes > summary");
    const tree = await page.locator("body").ariaSnapshot();
    assert.deepEqual(unnamedControls(tree), [], tree);

    // Tab goes through the controls in the order they are drawn.
    const stops = (await page.evaluate(TAB_STOPS)) as TabStop[];
    assert.ok(stops.length >= 8, JSON.stringify(stops));
    assert.equal(outOfDrawingOrder(stops), null);
    await page.focus("a.brand");
    const visited = [(await page.evaluate(FOCUSED)) as string | null];
    for (let i = 1; i < stops.length; i++) {
      await page.keyboard.press("Tab");
      visited.push((await page.evaluate(FOCUSED)) as string | null);
    }
    assert.deepEqual(visited, stops.map((stop) => stop.name));

    // By keyboard: choose a consent, send, copy the receipt.
    await page.focus('input[name="consent"][value="public"]');
    await page.keyboard.press("Space");
    assert.equal(await page.textContent("#send-reason"), "");
    assert.equal(((await page.evaluate(SEND_OPACITY)) as number), 1);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(FOCUSED), "Send");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#result:not([hidden])");
    assert.equal(await page.evaluate("document.activeElement.id"), "thanks", "focus goes to the thanks");
    const receipt = (await page.textContent("#receipt")) ?? "";
    assert.match(receipt, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    await page.focus("#copy");
    await page.keyboard.press("Enter");
    await page.waitForSelector('#copy-status:has-text("Copied")');
    assert.equal(await page.evaluate("navigator.clipboard.readText()"), receipt);
    await page.close();
  });
});
