/**
 * The build's privacy promises, each as a test of the whole build: consent comes only from where it
 * is decided (never from folders above an input), a private copy never displaces a public record,
 * the public release says nothing about private inputs, the output never destroys an input, and a
 * killed build leaves nothing behind for long.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { run } from "../../../src/cli/main.js";
import { writePippaLine } from "../../../src/formats/pippa/pippa-jsonl.js";
import type { Consent } from "../../../src/model/consent.js";
import type { PippaRecord } from "../../../src/model/pippa-record.js";
import { buildRelease } from "../../../src/runner/release/build.js";
import { defaultBuildConfig, type BuildConfig } from "../../../src/runner/release/config.js";
import { captureIo, projectRoot, temporaryFolder } from "../../helpers/io.js";
import { sampleRecord } from "../../helpers/records.js";

/** Only what consent needs: every stage that could drop or change a record is off. */
const BARE: BuildConfig = { ...defaultBuildConfig(), redact: false, dedup: false, filter: false, parquet: false, workers: 1 };
const PUBLIC_FILES = ["pippa.jsonl", "pippa_deduped.jsonl", "pippa_metharme.jsonl", "README.md", "build.json"];

const marker = (n: number) => `zqmark${n}zq`;

function markedRecord(n: number, extra: Partial<PippaRecord> = {}): PippaRecord {
  return sampleRecord({
    bot_id: marker(n),
    conversation: [
      { message: `Welcome to the harbour, ${marker(n)}.`, is_human: false },
      { message: "Which ship sails at dawn?", is_human: true },
      { message: "The grey one, with the torn sail.", is_human: false },
    ],
    ...extra,
  });
}

/** A SillyTavern chat (an import that gives episodes, not lines) carrying the marker. */
function markedChat(n: number): string {
  const line = (value: object) => JSON.stringify(value);
  return [
    line({ user_name: "You", character_name: "Keeper", create_date: "2023-05-12@21h33m00s", chat_metadata: {} }),
    line({ name: "Keeper", is_user: false, is_system: false, send_date: 1683927149000, mes: `The lighthouse keeper nods, ${marker(n)}.`, extra: {} }),
    line({ name: "You", is_user: true, is_system: false, send_date: 1683927150000, mes: "Is the lamp lit tonight?", extra: {} }),
    line({ name: "Keeper", is_user: false, is_system: false, send_date: 1683927151000, mes: "It always is.", extra: {} }),
  ].join("\n");
}

async function publicText(release: string): Promise<string> {
  const texts = await Promise.all(PUBLIC_FILES.map((name) => readFile(join(release, name), "utf8").catch(() => "")));
  return texts.join("\n");
}

describe("build privacy", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  const at = (...parts: string[]) => join(folder.path, ...parts);
  before(async () => {
    folder = await temporaryFolder();
  });
  after(() => folder.cleanup());

  it("never reads consent from folders above an input (a private file under /home/me/public/exports stays private)", async () => {
    await mkdir(at("home", "public", "exports"), { recursive: true });
    await writeFile(at("home", "public", "exports", "chat.jsonl"), `${writePippaLine(markedRecord(1))}\n`);
    assert.equal(await run(["build", at("home", "public", "exports", "chat.jsonl"), "-o", at("ancestor-release"), "--workers", "1"], captureIo()), 0);
    assert.ok(!(await publicText(at("ancestor-release"))).includes(marker(1)));
    assert.equal(await run(["build", at("home", "public", "exports"), "-o", at("ancestor-release-2"), "--workers", "1"], captureIo()), 0);
    assert.ok(!(await publicText(at("ancestor-release-2"))).includes(marker(1)));
  });

  it("publishes a record only when its consent is public, for any folder layout and names (property)", async () => {
    const NAMES = ["public", "private", "Public", "PRIVATE", "exports", "chats"];
    const name = fc.constantFrom(...NAMES);
    const layout = fc.record({
      ancestors: fc.array(name, { maxLength: 3 }),
      root: name,
      fallback: fc.constantFrom<Consent>("public", "private"),
      mode: fc.constantFrom("folder", "files"),
      files: fc.array(fc.record({ dirs: fc.array(name, { maxLength: 2 }), kind: fc.constantFrom("line", "line-says-public", "line-says-private", "chat") }), { minLength: 1, maxLength: 6 }),
    });
    let runIndex = 0;
    await fc.assert(
      fc.asyncProperty(layout, async ({ ancestors, root, fallback, mode, files }) => {
        const base = at(`layout-${runIndex++}`);
        const rootPath = join(base, ...ancestors, root);
        const expected = new Map<number, Consent>();
        const inputs: string[] = [];
        for (const [i, file] of files.entries()) {
          const dir = join(rootPath, ...file.dirs);
          await mkdir(dir, { recursive: true });
          const path = join(dir, `f${i}.${file.kind === "chat" ? "st.jsonl" : "jsonl"}`);
          const own = file.kind === "line-says-public" ? "public" : file.kind === "line-says-private" ? "private" : undefined;
          const text = file.kind === "chat" ? markedChat(i) : JSON.stringify({ ...markedRecord(i), ...(own ? { consent: own } : {}) });
          await writeFile(path, `${text}\n`);
          inputs.push(path);
          // The rule, stated independently: a first folder below the root decides; else the fallback.
          const first = file.dirs[0]?.toLowerCase();
          const byPlace = mode === "folder" && (first === "public" || first === "private") ? first : fallback;
          expected.set(i, own === "private" ? "private" : byPlace);
        }
        const release = join(base, "out");
        await buildRelease({ sources: mode === "folder" ? [rootPath] : inputs, output: release, config: { ...BARE, consent: fallback } });
        const published = await publicText(release);
        for (const [i, consent] of expected) {
          assert.equal(published.includes(marker(i)), consent === "public", `f${i} (${consent}) under ${join(...ancestors, root)}`);
        }
      }),
      { numRuns: 12, seed: 20261202 },
    );
  });

  it("keeps a public chat whose longer near-copy is private: the private copy never displaces it", async () => {
    await mkdir(at("dedup", "public"), { recursive: true });
    await mkdir(at("dedup", "private"), { recursive: true });
    const turns = Array.from({ length: 12 }, (_, i) => ({ message: `Turn ${i}: the caravan crosses the salt flats, counting the wells they passed along the old road.`, is_human: i % 2 === 1 }));
    const shorter = sampleRecord({ bot_id: "caravan-public", conversation: turns.slice(0, 8) });
    const longer = sampleRecord({ bot_id: "caravan-private", conversation: turns });
    await writeFile(at("dedup", "public", "a.jsonl"), `${writePippaLine(shorter)}\n`);
    await writeFile(at("dedup", "private", "b.jsonl"), `${writePippaLine(longer)}\n`);
    const summary = await buildRelease({ sources: [at("dedup")], output: at("dedup-release"), config: { ...defaultBuildConfig(), workers: 1, trainOnly: true } });
    const deduped = await readFile(at("dedup-release", "pippa_deduped.jsonl"), "utf8");
    assert.equal(summary.records.deduped, 1);
    assert.match(deduped, /caravan-public/);
    assert.doesNotMatch(deduped, /caravan-private/);
    // The private copy is a duplicate of what is published: train-only does not repeat it.
    assert.equal(summary.records.trainOnly, 0);
  });

  it("writes public files that depend on the public inputs alone: no paths, no private counts, ids or times", async () => {
    const publicRecords = [markedRecord(50), markedRecord(51)].map((record) => writePippaLine(record)).join("\n");
    for (const [variant, privateCount] of [["few", 1], ["many", 5]] as const) {
      await mkdir(at(`indep-${variant}`, "public"), { recursive: true });
      await mkdir(at(`indep-${variant}`, "private"), { recursive: true });
      await writeFile(at(`indep-${variant}`, "public", "shared.jsonl"), `${publicRecords}\n`);
      for (let i = 0; i < privateCount; i++) {
        await writeFile(at(`indep-${variant}`, "private", `1675000000${i}_secret-submission-${i}.jsonl`), `${writePippaLine(markedRecord(60 + i, { submission_timestamp: 1_600_000_000_000 + i }))}\n{broken\n`);
      }
      // The private inputs hold a broken line each: exit 1, and the public files are still the same.
      assert.equal(await run(["build", at(`indep-${variant}`), "-o", at(`indep-${variant}-release`), "--workers", "1"], captureIo()), 1);
    }
    for (const name of [...PUBLIC_FILES, "pippa_deduped.parquet"]) {
      assert.deepEqual(await readFile(at("indep-few-release", name)), await readFile(at("indep-many-release", name)), `${name} differs with the private inputs`);
    }
    const published = await publicText(at("indep-many-release"));
    for (const secret of [folder.path, "secret-submission", "1675000000", "1600000000", marker(60)]) assert.ok(!published.includes(secret), secret);
    // The detail is kept, privately.
    const privateJson = JSON.parse(await readFile(at("indep-many-release.private", "build.json"), "utf8"));
    assert.equal(privateJson.records.imported, 7);
    assert.equal(privateJson.inputs.length, 6);
  });

  describe("the output never destroys an input", () => {
    it("refuses an output folder that holds an input, and leaves everything in it", async () => {
      await mkdir(at("d"), { recursive: true });
      await writeFile(at("d", "cai.jsonl"), `${writePippaLine(markedRecord(70))}\n`);
      await writeFile(at("d", "thesis.txt"), "chapter one");
      const io = captureIo();
      assert.equal(await run(["build", at("d", "cai.jsonl"), "-o", at("d")], io), 2);
      assert.match(io.err(), /PIPPA_E_USAGE .*d: holds the input/);
      assert.equal(await readFile(at("d", "thesis.txt"), "utf8"), "chapter one");
      assert.ok(existsSync(at("d", "cai.jsonl")));
      assert.equal(await run(["build", at("d"), "-o", at("d")], captureIo()), 2);
      assert.equal(await run(["build", at("d"), "-o", at("d", "release")], captureIo()), 2, "an output inside an input");
    });

    it("refuses a folder that is neither empty nor an earlier release, and replaces an earlier release", async () => {
      await mkdir(at("src"), { recursive: true });
      await writeFile(at("src", "chat.jsonl"), `${writePippaLine(markedRecord(71))}\n`);
      await mkdir(at("notes"), { recursive: true });
      await writeFile(at("notes", "thesis.txt"), "chapter two");
      const io = captureIo();
      assert.equal(await run(["build", at("src"), "-o", at("notes")], io), 2);
      assert.match(io.err(), /is not an earlier pippa release/);
      assert.equal(await readFile(at("notes", "thesis.txt"), "utf8"), "chapter two");
      await mkdir(at("empty"), { recursive: true });
      assert.equal(await run(["build", at("src"), "-o", at("empty"), "--workers", "1"], captureIo()), 0);
      assert.equal(await run(["build", at("src"), "-o", at("empty"), "--workers", "1"], captureIo()), 0, "an earlier release is replaced");
    });

    it("refuses the current folder with a clear message, not a stack trace", async () => {
      const io = captureIo();
      assert.equal(await run(["build", at("src"), "-o", resolve(".")], io), 2);
      assert.match(io.err(), /is the current folder or holds it/);
      assert.ok(existsSync(join(projectRoot(), "package.json")));
    });
  });

  it("clears what a build killed with SIGKILL left, at the next build to the same output", async () => {
    await mkdir(at("killed-src"), { recursive: true });
    const many = Array.from({ length: 4000 }, (_, i) => writePippaLine(markedRecord(1000 + i))).join("\n");
    await writeFile(at("killed-src", "chats.jsonl"), `${many}\n`);
    const bin = join(projectRoot(), "dist", "src", "cli", "bin.js");
    const child = spawn(process.execPath, [bin, "build", at("killed-src"), "-o", at("killed"), "--workers", "1", "--consent", "public"], { stdio: "ignore" });
    const staged = () => readdir(folder.path).then((names) => names.filter((name) => name.startsWith(".killed.building-")));
    for (let i = 0; i < 400 && (await staged()).length === 0; i++) await new Promise((done) => setTimeout(done, 10));
    child.kill("SIGKILL");
    await new Promise((done) => child.on("close", done));
    const left = await staged();
    assert.equal(left.length, 1, "the killed build had started staging");
    assert.equal(await run(["build", at("killed-src"), "-o", at("killed"), "--workers", "1", "--consent", "public"], captureIo()), 0);
    assert.deepEqual(await staged(), []);
  });
});
