/**
 * Release builds from the curator console: every current submission is read back (its card with its
 * chats) into one PIPPA file per submission, passed to `pippa build` with the submission's consent
 * as data, and the public release can be downloaded as a zip. One build at a time among all the
 * servers on the database: the build's row, inserted as running with the id of the server that runs
 * it, is the claim, and the database refuses a second running row. A build whose server is gone
 * (killed, restarted) is marked failed, at the next start of any server or when a build is asked for.
 *
 * Withdrawals reach what was built: each build keeps the list of submissions it read
 * (`submissions.json`, beside the release), and a release that holds a submission no longer
 * current is deleted and marked "removed" — after every withdrawal, when a build finishes, and at
 * start. The unredacted copies a build reads from are removed when it ends, however it ends, and at
 * start (a killed server leaves them).
 */
import { randomUUID } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { stringifyPython } from "../formats/pippa/python-json.js";
import { buildRelease } from "../runner/release/build.js";
import type { BuildConfig } from "../runner/release/config.js";
import { importFiles } from "../runner/import-files.js";
import { AtomicFile } from "../runner/write-file.js";
import type { ConsentedInput } from "../runner/import-files.js";
import { HttpError } from "./http-error.js";
import { zipFolder } from "./zip-folder.js";
import type { Storage } from "./intake.js";
import { filesBySubmission, type BuildRow } from "./store/store.js";

/** Taken while a release is checked against the current submissions, so a withdrawal and a finishing build (on any server) are ordered. */
const RELEASES_LOCK = "releases";

export class BuildManager {
  private running: Promise<void> | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly folder: string,
    private readonly config: BuildConfig,
  ) {}

  /**
   * At start: builds whose server is gone are failed, not forever "running", and all they wrote is
   * removed; unredacted sources left anywhere but by builds still running are removed; releases
   * that hold a withdrawn submission are removed.
   */
  async recover(): Promise<void> {
    // The folders are listed before the running builds are read: a build claimed later, by a
    // server still running, makes its folder after its claim, so it is not in this list.
    const folders = await readdir(this.folder).catch(() => [] as string[]);
    const live = await this.failAbandoned();
    for (const id of folders) if (!live.has(id)) await rm(this.sourcesFolder(id), { recursive: true, force: true });
    await this.removeWithdrawn();
  }

  /** Fails the running builds whose server is gone, removing all they wrote; returns the ids of those still running. */
  private async failAbandoned(): Promise<Set<string>> {
    const { store, instance } = this.storage;
    const live = new Set<string>();
    for (const { id, claimedBy } of await store.runningBuilds()) {
      if (!(await instance.isGone(claimedBy))) {
        live.add(id);
        continue;
      }
      await store.updateBuild(id, { status: "failed", error: "interrupted by a restart" });
      // Its staging folder holds records of every consent and raw rejected lines: nothing of it is kept.
      await rm(join(this.folder, id), { recursive: true, force: true });
    }
    return live;
  }

  releaseFolder(id: string): string {
    return join(this.folder, id, "release");
  }

  private sourcesFolder(id: string): string {
    return join(this.folder, id, "sources");
  }

  private membersFile(id: string): string {
    return join(this.folder, id, "submissions.json");
  }

  private async membersOf(id: string): Promise<string[]> {
    return readFile(this.membersFile(id), "utf8").then((text) => JSON.parse(text) as string[], () => []);
  }

  /**
   * Deletes every stored release (and its private part and sources) that holds a submission no
   * longer current, and marks its build "removed" (a running build is checked when it finishes).
   * Runs under the releases lock, so a withdrawal and a finishing build are ordered.
   */
  removeWithdrawn(): Promise<string[]> {
    return this.storage.store.withLock(RELEASES_LOCK, async () => {
      const { store } = this.storage;
      const current = new Set((await store.allFiles()).map((file) => file.submissionId));
      const removed: string[] = [];
      for (const build of await store.listBuilds()) {
        const stale = (await this.membersOf(build.id)).filter((member) => !current.has(member));
        if (stale.length === 0) continue;
        // The withdrawn submissions' unredacted copies go at once, even while a build reads the rest.
        for (const member of stale) await rm(join(this.sourcesFolder(build.id), `${member}.jsonl`), { force: true });
        if (build.status === "running") continue;
        await this.discardRelease(build.id);
        if (build.status === "done") {
          await store.updateBuild(build.id, { status: "removed", error: "a submission it held was withdrawn, so the release was deleted; build again for a current one" });
          removed.push(build.id);
        }
      }
      return removed;
    });
  }

  private async discardRelease(id: string): Promise<void> {
    const release = this.releaseFolder(id);
    for (const path of [release, `${release}.private`]) await rm(path, { recursive: true, force: true });
  }

  async start(): Promise<BuildRow> {
    const { store, instance } = this.storage;
    const build: BuildRow = { id: randomUUID(), createdMs: Date.now(), status: "running", stage: "collecting submissions", records: 0, error: null, summary: null };
    // The running build may be one whose server died: then it is failed, and the claim tried again.
    const claimed = (await store.insertBuild(build, instance.id)) || ((await this.failAbandoned()).size === 0 && (await store.insertBuild(build, instance.id)));
    if (!claimed) throw new HttpError(409, "a build is already running");
    this.running = this.run(build.id).finally(() => {
      this.running = null;
    });
    return build;
  }

  private async run(id: string): Promise<void> {
    const { store, blobs } = this.storage;
    const sources = this.sourcesFolder(id);
    // Progress is written in order, and before the final state (never after it, never unhandled).
    let progressWrites = Promise.resolve();
    try {
      // Each submission read on its own, so its card pairs with its chats only.
      const bySubmission = filesBySubmission(await store.allFiles());
      // Written before any copy is made: a withdrawal from here on finds this build.
      await mkdir(sources, { recursive: true });
      await writeFile(this.membersFile(id), JSON.stringify([...bySubmission.keys()]));
      const inputs: ConsentedInput[] = [];
      for (const [submissionId, group] of bySubmission) {
        const path = join(sources, `${submissionId}.jsonl`);
        const out = new AtomicFile(path);
        try {
          for await (const event of importFiles(group.map((file) => blobs.pathOf(file.sha256)))) {
            if (event.kind === "episode") {
              const { source: _source, ...episode } = event.episode;
              await out.write(`${stringifyPython(episode)}\n`);
            }
          }
          if (out.started) {
            await out.commit();
            // Consent as the database holds it, carried with the file: nothing is read from its path.
            inputs.push({ path, consent: group[0].consent });
          }
        } catch (error) {
          await out.abort();
          throw error;
        }
      }
      let lastUpdate = 0;
      const summary = await buildRelease({
        sources: inputs,
        output: this.releaseFolder(id),
        // Consent comes with each file from the database; anything else is private.
        config: { ...this.config, consent: "private" },
        onProgress: (stage, { records }) => {
          const now = Date.now();
          if (now - lastUpdate < 250) return;
          lastUpdate = now;
          progressWrites = progressWrites.then(() => store.updateBuild(id, { stage, records })).catch(() => {});
        },
      });
      await progressWrites;
      // The unredacted sources go before the build is reported done: no reader of "done" may find them.
      await rm(sources, { recursive: true, force: true });
      // A submission withdrawn while this build ran must not stay in its release.
      await store.withLock(RELEASES_LOCK, async () => {
        const current = new Set((await store.allFiles()).map((file) => file.submissionId));
        const built = [...bySubmission.keys()];
        if (built.some((member) => !current.has(member))) {
          await this.discardRelease(id);
          await store.updateBuild(id, { status: "removed", stage: "done", error: "a submission it held was withdrawn while it was built, so the release was deleted; build again" });
          return;
        }
        await store.markBuilt(built, Date.now());
        await store.updateBuild(id, { status: "done", stage: "done", records: summary.records.imported, summary: summary.records });
      });
    } catch (error) {
      await progressWrites;
      await rm(sources, { recursive: true, force: true });
      await store.updateBuild(id, { status: "failed", error: error instanceof Error ? error.message : String(error) });
    } finally {
      await rm(sources, { recursive: true, force: true });
    }
  }

  /** The public release folder as a zip, streamed file by file as fast as the client reads (its private part, a folder beside it, is never in it). */
  zipStream(id: string): Readable {
    return zipFolder(this.releaseFolder(id));
  }

  async close(): Promise<void> {
    await this.running?.catch(() => {});
  }
}
