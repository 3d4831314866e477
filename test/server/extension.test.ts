/**
 * The SillyTavern extension end to end, in Debian's Chromium: a small page stands in for SillyTavern
 * (its public `SillyTavern.getContext()` with a chat and a card from the project's test data, and
 * the containers extensions attach to), loads the built extension module from the extension's own
 * folder, runs /pippa-share against a running `pippa serve` on another origin, and checks the
 * submission arrived with the chosen consent, without the left-out message and the persona name,
 * and that the receipt withdraws it.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser } from "playwright-core";
import { buildServer } from "../../src/server/app.js";
import { openStore } from "../../src/server/store/open.js";
import type { Store } from "../../src/server/store/store.js";
import { CARD_EXAMPLES } from "../helpers/examples.js";
import { projectRoot, temporaryFolder } from "../helpers/io.js";
import { EXTENSION_FOLDER, startFakeSillyTavern, type FakeSillyTavern } from "./fake-sillytavern.js";

const CHROMIUM = "/usr/bin/chromium";
const ADMIN = "extension-test-token";
const skip = !existsSync(CHROMIUM) ? `SKIPPING: ${CHROMIUM} not found (Debian's chromium package; .ci/run installs it)` : !existsSync(join(EXTENSION_FOLDER, "index.js")) ? "SKIPPING: the extension is not built (npm run build)" : false;
if (skip) console.log(`# ${skip}`);

const CHAT = [
  { name: "Mira", is_user: false, send_date: "May 12, 2023 9:32pm", mes: "*The lamp turns.* You made it, Priyanka.", extra: { api: "koboldhorde" } },
  { name: "Priyanka", is_user: true, send_date: "May 12, 2023 9:33pm", mes: "Hi! If the storm cuts us off, email me at priya.k@example.org", extra: {} },
  { name: "Mira", is_user: false, send_date: "May 12, 2023 9:34pm", mes: "I will write, Priyanka. Mind the rocks.", swipes: ["Go home.", "I will write, Priyanka. Mind the rocks."], swipe_id: 1 },
  { name: "Priyanka", is_user: true, send_date: "May 12, 2023 9:35pm", mes: "Something I would rather not share." },
];

describe("SillyTavern extension in Chromium", { skip }, () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let store: Store;
  let app: FastifyInstance;
  let sillyTavern: FakeSillyTavern;
  let browser: Browser;
  let pippaBase: string;
  let stBase: string;

  before(async () => {
    folder = await temporaryFolder();
    sillyTavern = await startFakeSillyTavern();
    stBase = sillyTavern.base;
    store = await openStore(`sqlite:${join(folder.path, "pippa.db")}`);
    app = await buildServer({ store, dataDir: join(folder.path, "data"), adminToken: ADMIN, allowOrigins: [stBase] });
    pippaBase = (await app.listen({ port: 0, host: "127.0.0.1" })).replace("localhost", "127.0.0.1");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    await sillyTavern?.close();
    await folder?.cleanup();
  });

  it("previews, lets a message be left out, asks consent, uploads, and the receipt withdraws", async () => {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 1300 } });
    const problems: string[] = [];
    const requests: string[] = [];
    tab.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
    });
    tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    tab.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
    const context = { chat: CHAT, characters: [{ name: "Mira", avatar: "Mira.png", data: CARD_EXAMPLES.v2.data }], characterId: "0", groupId: null, name1: "Priyanka", name2: "Mira", chatMetadata: { note: "private" }, extensionSettings: { pippa: { serverUrl: pippaBase } } };
    await tab.goto(sillyTavern.pageFor(context));
    await tab.waitForSelector("#pippa-share-button");
    await tab.waitForSelector(".pippa-settings #pippa-server-url");
    assert.equal(await tab.inputValue("#pippa-server-url"), pippaBase);
    assert.equal(await tab.inputValue("#pippa-default-consent"), "", "no consent until chosen");
    assert.ok(requests.every((request) => !request.includes("/api/submissions")), "nothing is sent on load");

    await tab.evaluate("void window.commands['pippa-share']()"); // the command resolves when the dialog closes
    await tab.waitForSelector(".pippa-dialog .pippa-messages li");
    await tab.waitForSelector('.pippa-dialog mark[data-type="EMAIL"]');
    assert.equal(await tab.textContent('.pippa-dialog mark[data-type="EMAIL"]'), "priya.k@example.org");
    assert.doesNotMatch((await tab.textContent(".pippa-messages")) ?? "", /Priyanka/, "the persona name is {{user}} already in the preview");
    assert.equal(await tab.isDisabled(".pippa-share"), true, "no consent chosen yet");
    await tab.uncheck('.pippa-messages input[data-index="3"]');
    await tab.waitForSelector(".pippa-messages li.pippa-left-out");
    await tab.check('.pippa-consent input[value="private"]');
    await tab.screenshot({ path: join(projectRoot(), "test-output", "sillytavern-share.png") });
    assert.ok(requests.every((request) => !request.includes("/api/submissions")), "nothing is sent before Share");
    await tab.click(".pippa-share");
    await tab.waitForSelector(".pippa-receipt code");
    const receipt = (await tab.textContent(".pippa-receipt code")) ?? "";
    assert.match(receipt, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    assert.equal(await tab.getAttribute('.pippa-dialog a[href$="/withdraw"]', "href"), `${pippaBase}/withdraw`);

    // What arrived: private, from the extension, three messages, no name, the card paired.
    const admin = { authorization: `Bearer ${ADMIN}` };
    const list = (await (await fetch(`${pippaBase}/api/admin/submissions`, { headers: admin })).json()) as { submissions: { id: string; consent: string; channel: string; files: { format: string; status: string }[] }[] };
    assert.equal(list.submissions.length, 1);
    const [submission] = list.submissions;
    assert.deepEqual([submission.consent, submission.channel], ["private", "extension"]);
    assert.deepEqual(submission.files.map((file) => [file.format, file.status]), [["sillytavern-chat", "ok"], ["card-json", "card"]]);
    const detail = (await (await fetch(`${pippaBase}/api/admin/submissions/${submission.id}`, { headers: admin })).json()) as { conversations: { botName: string; messages: { text: string }[] }[] };
    const texts = detail.conversations[0].messages.map((message) => message.text);
    assert.equal(texts.length, 3);
    assert.ok(texts.every((text) => !/Priyanka/.test(text) && !text.includes("rather not share")));
    assert.equal(detail.conversations[0].botName, CARD_EXAMPLES.v2.data.name);

    const withdrawn = await fetch(`${pippaBase}/api/withdraw`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ receipt }) });
    assert.deepEqual(await withdrawn.json(), { withdrawn: true, releasesRemoved: 0 });
    assert.deepEqual(problems, []);
    // The page fetched only from its own origin and the pippa server.
    assert.ok(requests.every((request) => request.includes(stBase) || request.includes(pippaBase) || request.startsWith("GET data:")), requests.join("\n"));
  });
});
