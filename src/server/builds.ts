/**
 * Release builds from the curator console: every current submission is read back (its card with its
 * chats) into one PIPPA file per submission, passed to `pippa build` with the submission's consent
 * as data, and the public release can be downloaded as a zip. One build at a time; a build a
 * restart interrupted is marked failed.
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

export class BuildManager {
  private running: Promise<void> | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly folder: string,
    private readonly config: BuildConfig,
  ) {}

  /**
   * At start: builds a restart interrupted are failed, not forever "running", and all they wrote
   * is removed; unredacted sources left anywhere are removed; releases that hold a withdrawn
   * submission are removed.
   */
  async recover(): Promise<void> {
    for (const build of await this.storage.store.listBuilds()) {
      if (build.status !== "running") continue;
      await this.storage.store.updateBuild(build.id, { status: "failed", error: "interrupted by a restart" });
      // Its staging folder holds records of every consent and raw rejected lines: nothing of it is kept.
      await rm(join(this.folder, build.id), { recursive: true, force: true });
    }
    for (const id of await readdir(this.folder).catch(() => [] as string[])) await rm(this.sourcesFolder(id), { recursive: true, force: true });
    await this.removeWithdrawn();
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
   * Runs under the storage lock, so a withdrawal and a finishing build are ordered.
   */
  removeWithdrawn(): Promise<string[]> {
    return this.storage.lock.exclusive(async () => {
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
    if (this.running) throw new HttpError(409, "a build is already running");
    const build: BuildRow = { id: randomUUID(), createdMs: Date.now(), status: "running", stage: "collecting submissions", records: 0, error: null, summary: null };
    // Claimed before the first await, so that two requests at once cannot both start a build.
    const inserted = this.storage.store.insertBuild(build);
    this.running = inserted.then(() => this.run(build.id)).finally(() => {
      this.running = null;
    });
    this.running.catch(() => {}); // a failed insert is the caller's error, answered below
    await inserted;
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
      await this.storage.lock.exclusive(async () => {
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
