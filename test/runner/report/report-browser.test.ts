/**
 * The report's figures as a reader sees them in Debian's Chromium, on a desktop (1280 px) and a
 * phone (390 px): every category label of Figure 4 drawn whole, inside the figure, none over
 * another; figure text at a readable size; on the phone the figures scroll sideways instead of
 * shrinking. Screenshots are kept in a temporary folder for a look when this fails.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser } from "playwright-core";
import { run } from "../../../src/cli/main.js";
import { writePippaLine } from "../../../src/formats/pippa/pippa-jsonl.js";
import { UNCATEGORISED_LABEL } from "../../../src/stats/charts/specs.js";
import { synthesizeCorpus } from "../../../src/synth/corpus.js";
import { CATEGORIES } from "../../../src/synth/vocabulary.js";
import { captureIo, temporaryFolder } from "../../helpers/io.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : `SKIPPING: ${CHROMIUM} not found (Debian's chromium package; .ci/run installs it)`;
if (skip) console.log(`# ${skip}`);

/** Thirty categories (the chart's most), long names among them, so the labels crowd. */
const NAMES = [...CATEGORIES, "Role-Playing Adventures", "Interactive Storytelling", "Mystery & Detective", "Science Fiction", "Historical Figures", "Study Helpers", "Travel Companions", "Music & Songwriting"];
/** Smaller than this, figure text is a smudge on a phone. */
const MIN_FONT_PX = 9;

type Point = [number, number];
interface TextBox {
  text: string;
  /** The font size on screen, in CSS pixels (the SVG's own size times its scale). */
  fontPx: number;
  /** The corners of the text's box on screen (turned with the text). */
  corners: Point[];
  categoryLabel: boolean;
  /** Not hidden (Vega hides a label it finds crowded by making it transparent). */
  shown: boolean;
}
interface FigureMeasure {
  id: string;
  box: { left: number; top: number; right: number; bottom: number; width: number };
  /** The width the SVG was drawn at (its width attribute). */
  drawnWidth: number;
  scrollWidth: number;
  clientWidth: number;
  texts: TextBox[];
}

/** Runs in the page: every figure's box, its container's scroll, and every text's box and size. */
const MEASURE = `(() => {
  const names = new Set(${JSON.stringify([...NAMES, UNCATEGORISED_LABEL])});
  return [...document.querySelectorAll("figure")].map((figure) => {
    const svg = figure.querySelector("svg");
    const chart = figure.querySelector(".chart");
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll("text")].filter((text) => text.textContent.trim() !== "").map((text) => {
      const m = text.getScreenCTM();
      const b = text.getBBox();
      const corner = (x, y) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
      return {
        text: text.textContent,
        fontPx: parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b),
        corners: [corner(b.x, b.y), corner(b.x + b.width, b.y), corner(b.x + b.width, b.y + b.height), corner(b.x, b.y + b.height)],
        categoryLabel: figure.id === "figure-4" && text.closest(".role-axis-label") !== null && names.has(text.textContent),
        shown: Number(getComputedStyle(text).opacity) > 0 && getComputedStyle(text).visibility === "visible",
      };
    });
    return {
      id: figure.id,
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width },
      drawnWidth: svg.width.baseVal.value,
      scrollWidth: chart.scrollWidth,
      clientWidth: chart.clientWidth,
      texts,
    };
  });
})()`;

/** Whether two convex quadrilaterals share any area (separating axis theorem; touching is not overlapping). */
function overlaps(a: Point[], b: Point[]): boolean {
  for (const shape of [a, b]) {
    for (let i = 0; i < shape.length; i++) {
      const [x1, y1] = shape[i];
      const [x2, y2] = shape[(i + 1) % shape.length];
      const normal: Point = [y1 - y2, x2 - x1];
      const project = (corners: Point[]) => corners.map(([x, y]) => x * normal[0] + y * normal[1]);
      const pa = project(a);
      const pb = project(b);
      const length = Math.hypot(normal[0], normal[1]);
      // A gap (or less than half a pixel of overlap) along any edge's normal separates them.
      if (Math.min(...pa) >= Math.max(...pb) - 0.5 * length || Math.min(...pb) >= Math.max(...pa) - 0.5 * length) return false;
    }
  }
  return true;
}

function insideBox(corners: Point[], box: FigureMeasure["box"]): boolean {
  const slack = 0.5;
  return corners.every(([x, y]) => x >= box.left - slack && x <= box.right + slack && y >= box.top - slack && y <= box.bottom + slack);
}

/** Category counts falling away like PIPPA's, every one at least once. */
function categoryOf(index: number): string[] | null {
  if (index % 4 === 0) return null; // a quarter without a category
  const rank = Math.floor(NAMES.length * ((index * 0.618034) % 1) ** 2);
  return [NAMES[rank]];
}

describe("the report's figures in Chromium", { skip }, () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let report: string;
  let browser: Browser;
  const WIDTHS = [1280, 390];
  let screenshots: string;
  /** The widths whose checks all held: the screenshots are kept only when one did not. */
  const held = new Set<number>();

  before(async () => {
    folder = await temporaryFolder();
    const corpus = join(folder.path, "corpus.jsonl");
    report = join(folder.path, "report.html");
    const records = [...synthesizeCorpus({ scale: 0.01, seed: 11 })].map((record, i) => ({ ...record, categories: i < NAMES.length ? [NAMES[i]] : categoryOf(i) }));
    await writeFile(corpus, `${records.map((record) => writePippaLine(record)).join("\n")}\n`);
    const io = captureIo();
    assert.equal(await run(["report", corpus, "-o", report, "--bootstrap", "0"], io), 0, io.err());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    // Kept after a failed run, so the failure can be looked at.
    screenshots = await mkdtemp(join(tmpdir(), "pippa-report-screenshots-"));
  });
  after(async () => {
    await browser?.close();
    await folder?.cleanup();
    if (screenshots !== undefined && held.size === WIDTHS.length) await rm(screenshots, { recursive: true, force: true });
  });

  for (const width of WIDTHS) {
    it(`at ${width} px: Figure 4's labels whole, inside, apart; figure text readable; ${width < 600 ? "figures scroll sideways" : "figures fit"}`, async (t) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`file://${report}`, { waitUntil: "load" });
      const figureShot = join(screenshots, `figure-4-${width}px.png`);
      await page.locator("#figure-4").screenshot({ path: figureShot });
      await page.screenshot({ path: join(screenshots, `report-${width}px.png`), fullPage: true });
      t.diagnostic(`screenshots: ${screenshots}`);
      assert.ok((await stat(figureShot)).size > 5_000, "the figure was drawn");

      const figures = (await page.evaluate(MEASURE)) as FigureMeasure[];
      assert.deepEqual(figures.map((figure) => figure.id), ["figure-2", "figure-3", "figure-4"]);

      const categories = figures[2];
      const labels = categories.texts.filter((text) => text.categoryLabel && text.shown);
      assert.deepEqual(labels.map((label) => label.text).sort(), [...NAMES, UNCATEGORISED_LABEL].sort(), "one whole label per bar");
      for (const label of labels) assert.ok(insideBox(label.corners, categories.box), `"${label.text}" inside the figure: ${JSON.stringify(label.corners)} vs ${JSON.stringify(categories.box)}`);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) assert.ok(!overlaps(labels[i].corners, labels[j].corners), `"${labels[i].text}" and "${labels[j].text}" overlap`);
      }

      for (const figure of figures) {
        const smallest = Math.min(...figure.texts.map((text) => text.fontPx));
        assert.ok(smallest >= MIN_FONT_PX, `${figure.id}: text drawn at ${smallest.toFixed(1)} px`);
        for (const text of figure.texts) assert.ok(insideBox(text.corners, figure.box), `${figure.id}: "${text.text}" inside the figure`);
        // Drawn at its own size, never shrunk; the scroll area holds all of it.
        assert.ok(Math.abs(figure.box.width - figure.drawnWidth) < 1, `${figure.id}: ${figure.box.width} px wide, drawn at ${figure.drawnWidth}`);
        assert.ok(figure.scrollWidth >= figure.drawnWidth, `${figure.id}: scrolls over the whole figure`);
        if (width < 600) assert.ok(figure.scrollWidth > figure.clientWidth, `${figure.id} scrolls: ${figure.scrollWidth} > ${figure.clientWidth}`);
        else assert.ok(figure.scrollWidth <= figure.clientWidth, `${figure.id} fits: ${figure.scrollWidth} ≤ ${figure.clientWidth}`);
      }
      // Only the figures scroll: the page itself is as wide as the window.
      assert.ok(((await page.evaluate("document.documentElement.scrollWidth")) as number) <= width, "the page does not scroll sideways");
      await page.close();
      held.add(width);
    });
  }
});
