/**
 * The pages in Debian's Chromium (playwright-core): a contributor uploads two files with consent,
 * sees the preview with personal information marked, gets a receipt; the curator signs in and sees
 * the submission; the receipt withdraws it. Any console error or failed request fails the test.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildServer } from "../../src/server/app.js";
import { openStore } from "../../src/server/store/open.js";
import type { Store } from "../../src/server/store/store.js";
import { CARD_EXAMPLES } from "../helpers/examples.js";
import { projectRoot, temporaryFolder } from "../helpers/io.js";

const CHROMIUM = "/usr/bin/chromium";
const ADMIN = "browser-test-token";
const skip = existsSync(CHROMIUM) ? false : `SKIPPING: ${CHROMIUM} not found (Debian's chromium package; .ci/run installs it)`;
if (skip) console.log(`# ${skip}`);

const CHAT = [
  { user_name: "Sam", character_name: "Mira", create_date: "2023-5-12 @21h 32m 29s 224ms" },
  { name: "Mira", is_user: false, send_date: "May 12, 2023 9:32pm", mes: "*The lamp turns.* You came back." },
  { name: "Sam", is_user: true, send_date: "May 12, 2023 9:33pm", mes: "write to me at jo.writer@example.com <script>alert('x')</script> (im 15 btw)" },
  { name: "Mira", is_user: false, send_date: "May 12, 2023 9:34pm", mes: "I will. Mind the rocks." },
]
  .map((line) => JSON.stringify(line))
  .join("\n");

describe("pages in Chromium", { skip }, () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
    page.on("response", (response) => {
      if (response.status() >= 400 && !response.url().includes("/api/")) problems.push(`${response.status()}: ${response.url()}`);
    });
    return page;
  };

  before(async () => {
    folder = await temporaryFolder();
    store = await openStore(`sqlite:${join(folder.path, "pippa.db")}`);
    app = await buildServer({ store, dataDir: join(folder.path, "data"), adminToken: ADMIN });
    base = await app.listen({ port: 0, host: "127.0.0.1" });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    await writeFile(join(folder.path, "Mira chat.jsonl"), CHAT);
    await writeFile(join(folder.path, "Mira.json"), JSON.stringify(CARD_EXAMPLES.v2));
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    await folder?.cleanup();
  });

  it("uploads two files with consent, previews them, shows the receipt; the curator sees it; the receipt withdraws it", async () => {
    const page = watch(await browser.newPage({ viewport: { width: 1200, height: 1400 } }));
    await page.goto(`${base}/`);
    assert.equal(await page.isDisabled("#send"), true, "nothing to send yet");
    await page.setInputFiles("#files", [join(folder.path, "Mira chat.jsonl"), join(folder.path, "Mira.json")]);
    await page.waitForSelector('.file-preview[data-file="Mira chat.jsonl"] .summary');
    assert.match(await page.textContent('.file-preview[data-file="Mira chat.jsonl"] .summary') ?? "", /1 conversation\(s\), 3 message\(s\), [1-9]\d* piece\(s\) of personal information/);
    await page.click('.file-preview[data-file="Mira chat.jsonl"] summary');
    assert.equal(await page.textContent('mark[data-type="EMAIL"]'), "jo.writer@example.com");
    assert.ok(((await page.textContent(".messages")) ?? "").includes("<script>alert('x')</script>"), "shown as text");
    assert.equal(await page.locator(".messages script").count(), 0, "not as markup");
    assert.equal(await page.isDisabled("#send"), true, "no consent chosen yet");
    await page.check('input[name="consent"][value="public"]');
    const screenshots = join(projectRoot(), "test-output");
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, "contribute-preview.png"), fullPage: true });
    await page.click("#send");
    await page.waitForSelector("#result:not([hidden])");
    const receipt = (await page.textContent("#receipt")) ?? "";
    assert.match(receipt, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    assert.match((await page.textContent("#outcome")) ?? "", /Mira chat\.jsonl: 1 conversation\(s\), 3 message\(s\) received.*Mira\.json: character card/s);

    const admin = watch(await browser.newPage({ viewport: { width: 1200, height: 1400 } }));
    await admin.goto(`${base}/admin`);
    await admin.fill("#token", "wrong");
    await admin.click('#signin button[type="submit"]');
    // Selector waits, not string predicates: the page's CSP forbids evaluating strings.
    await admin.waitForSelector('#signin-status:has-text("token")');
    await admin.fill("#token", ADMIN);
    await admin.click('#signin button[type="submit"]');
    await admin.waitForSelector("#submissions tbody tr.clickable");
    assert.match((await admin.textContent("#submissions tbody")) ?? "", /public.*web.*Mira chat\.jsonl \(sillytavern-chat/s);
    await admin.click("#submissions tbody tr.clickable");
    await admin.waitForSelector('#detail-body mark[data-type="EMAIL"]');
    // The conversation's content tag, and the words it rests on.
    assert.equal(await admin.textContent("#detail-body summary .tag-minor"), "minor");
    assert.match((await admin.textContent("#detail-body .content-evidence")) ?? "", /minor \(stated age, message 2\): .*im 15/);
    await admin.screenshot({ path: join(screenshots, "admin-submission.png"), fullPage: true });

    // A build: "Building…" while it runs, then how it ended.
    await admin.click("#build");
    await admin.waitForSelector('#build-status:has-text("Built:")', { timeout: 30_000 });
    assert.doesNotMatch((await admin.textContent("#build-status")) ?? "", /Building/);

    const withdraw = watch(await browser.newPage());
    await withdraw.goto(`${base}/withdraw`);
    await withdraw.fill("#receipt-input", receipt.toLowerCase());
    await withdraw.click('#withdraw button[type="submit"]');
    await withdraw.waitForSelector('#status:text-matches("^Withdrawn")');
    await admin.reload();
    await admin.waitForSelector("#console:not([hidden])");
    await admin.waitForSelector("#submissions tbody tr", { state: "detached" });

    // The API refusing a wrong token (401) is expected; everything else must be clean.
    assert.deepEqual(problems.filter((problem) => !problem.includes("401")), []);
  });
});
