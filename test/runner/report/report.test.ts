import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium } from "playwright-core";
import { run } from "../../../src/cli/main.js";
import { writePippaLine } from "../../../src/formats/pippa/pippa-jsonl.js";
import { synthesizeCorpus } from "../../../src/synth/corpus.js";
import { captureIo, projectRoot, temporaryFolder } from "../../helpers/io.js";
import { sampleRecord } from "../../helpers/records.js";

const CHROMIUM = "/usr/bin/chromium";
const HOSTILE_NAME = '<script>alert("name")</script>';
const HOSTILE_CATEGORY = "</svg><img src=x onerror=alert(1)>";

describe("pippa report", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let corpus: string;
  let report: string;
  let figures: string;
  before(async () => {
    folder = await temporaryFolder();
    corpus = join(folder.path, "corpus.jsonl");
    report = join(folder.path, "report.html");
    figures = join(folder.path, "figures");
    const lines = [...synthesizeCorpus({ scale: 0.01, seed: 3 })].map((record) => writePippaLine(record));
    lines.push(writePippaLine(sampleRecord({ bot_id: "hostile", bot_name: HOSTILE_NAME, categories: [HOSTILE_CATEGORY] })));
    for (let i = 0; i < 40; i++) lines.push(writePippaLine(sampleRecord({ bot_id: "hostile", bot_name: HOSTILE_NAME, categories: [HOSTILE_CATEGORY] })));
    await writeFile(corpus, `${lines.join("\n")}\n{"broken": \n`);
    const io = captureIo();
    assert.equal(await run(["report", corpus, "-o", report, "--png", figures, "--bootstrap", "20", "--seed", "5"], io), 1, io.err());  // refused lines make the exit 1
    assert.match(io.out(), /^wrote .*report\.html \(\d[\d,]* conversations\)/);
    assert.match(io.out(), /human messages: /);
    assert.match(io.err(), /1 line\(s\) rejected/);
  });
  after(() => folder.cleanup());

  it("writes one self-contained page: the three figures inline, no script, nothing to fetch", async () => {
    const html = await readFile(report, "utf8");
    assert.ok(html.startsWith("<!DOCTYPE html>"));
    assert.equal(html.match(/<svg\b/g)?.length, 3);
    for (const figure of ["Figure 2.", "Figure 3.", "Figure 4.", "Table 1.", "Table 2.", "Table 5."]) assert.ok(html.includes(figure), figure);
    assert.doesNotMatch(html, /<script|<img|<link|<iframe|@import|url\(/i);
    assert.doesNotMatch(html, /\b(?:src|href)="(?!#)/i, "no attribute points outside the page");
  });

  it("escapes text from the data, in tables and inside the figures", async () => {
    const html = await readFile(report, "utf8");
    assert.ok(html.includes("&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;"));
    assert.ok(!html.includes(HOSTILE_NAME));
    assert.ok(!html.includes(HOSTILE_CATEGORY));
  });

  it("compares the corpus with the paper and fits power laws with a bootstrap", async () => {
    const html = await readFile(report, "utf8");
    assert.match(html, /<td>conversations<\/td><td class="num">\d[\d,]*<\/td><td class="num">25,940<\/td>/);
    assert.match(html, /bootstrap p (?:= [\d.]+|&lt; 0\.05) over 20 replicates/);
    assert.match(html, /Seed 5\./);
  });

  it("gives the lognormal comparison the same numbers and conclusion in the table as in the words", async () => {
    const html = await readFile(report, "utf8");
    for (const speaker of ["human", "bot"]) {
      const row = new RegExp(`<tr><td>${speaker}</td>(?:<td class="num">[^<]*</td>)*?<td class="num">([^<]*)</td></tr>`).exec(html);
      const verdict = new RegExp(`<li><strong>${speaker === "human" ? "Human" : "Bot"} messages:</strong> ([^<]*)</li>`).exec(html);
      assert.ok(row && verdict, speaker);
      const [, ratio, p, finding] = /^(-?[\d,.]+), (p (?:=|&lt;) [\d.]+) \((.+)\)$/.exec(row[1]) ?? [];
      assert.ok(finding, row[1]);
      assert.ok(verdict[1].includes(`R = ${ratio}, ${p}`), `${row[1]} | ${verdict[1]}`);
      assert.equal(finding.startsWith("neither"), verdict[1].includes("neither is favoured"), `${row[1]} | ${verdict[1]}`);
    }
    assert.match(html, /R &gt; 0 favours the power law, R &lt; 0 the lognormal/);
  });

  it("writes the same bytes again for the same input and seed", async () => {
    const again = join(folder.path, "again.html");
    assert.equal(await run(["report", corpus, "-o", again, "--bootstrap", "20", "--seed", "5"], captureIo()), 1);  // refused lines make the exit 1
    assert.deepEqual(await readFile(again), await readFile(report));
  });

  it("writes every figure as SVG and PNG with --png", async () => {
    for (const name of ["figure-2-conversation-length", "figure-3-message-length", "figure-4-categories"]) {
      const svg = await readFile(join(figures, `${name}.svg`), "utf8");
      assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const png = await readFile(join(figures, `${name}.png`));
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.ok(png.length > 10_000, `${name}.png has content`);
    }
  });

  it("refuses lines longer than --max-line-bytes", async () => {
    const io = captureIo();
    const small = join(folder.path, "small.html");
    assert.equal(await run(["report", corpus, "-o", small, "--bootstrap", "0", "--max-line-bytes", "2000"], io), 1, io.err());  // refused lines make the exit 1
    const rejected = Number(/(\d[\d,]*) line\(s\) rejected/.exec(io.err())?.[1].replace(/,/g, ""));
    assert.ok(rejected > 1, io.err());
  });

  it("refuses input without a single valid record (exit 1)", async () => {
    const empty = join(folder.path, "empty.jsonl");
    await writeFile(empty, "[1]\n");
    const io = captureIo();
    assert.equal(await run(["report", empty, "-o", join(folder.path, "empty.html")], io), 1);
    assert.match(io.err(), /PIPPA_E_EMPTY .*empty\.jsonl: no valid PIPPA record/);
    assert.ok(!existsSync(join(folder.path, "empty.html")));
  });

  it("opens in Chromium without a console error or a request, and is screenshotted", async (t) => {
    if (!existsSync(CHROMIUM)) {
      t.skip(`skipping: ${CHROMIUM} not found (Debian's chromium package; .ci/run installs it)`);
      return;
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("requestfailed", (request) => problems.push(`failed request: ${request.url()}`));
      page.on("request", (request) => requests.push(request.url()));
      const url = `file://${report}`;
      await page.goto(url, { waitUntil: "load" });
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, [url], "the page loads nothing but itself");
      const charts = await page.$$eval(".chart svg", (svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
      assert.equal(charts.length, 3);
      assert.ok(charts.every((width) => width > 300), `charts drawn: ${charts.join(", ")}`);
      const screenshots = join(projectRoot(), "test-output");
      await mkdir(screenshots, { recursive: true });
      const shot = join(screenshots, "report.png");
      await page.screenshot({ path: shot, fullPage: true });
      assert.ok((await readFile(shot)).length > 50_000);
      t.diagnostic(`screenshot: ${shot}`);
    } finally {
      await browser.close();
    }
  });
});
