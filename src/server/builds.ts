/**
 * Release builds from the curator console: every current submission is read back (its card with its
 * chats) into PIPPA lines under a consent folder, `pippa build` runs over them, and the release can
 * be downloaded as a zip. One build at a time; a build a restart interrupted is marked failed.
 * Withdrawn submissions are gone from the rows, so no later build sees them.
 */
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { Readable } from "node:stream";
import { Zip, ZipDeflate } from "fflate";
import { stringifyPython } from "../formats/python-json.js";
import { buildRelease } from "../runner/build/build.js";
import { defaultBuildConfig } from "../runner/build/config.js";
import { importFiles } from "../runner/import-files.js";
import { AtomicFile } from "../runner/write-file.js";
import type { Storage } from "./intake.js";
import { filesBySubmission, type BuildRow } from "./store/store.js";

export class BuildManager {
  private running: Promise<void> | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly folder: string,
  ) {}

  /** Builds a restart interrupted are failed, not forever "running". */
  async recover(): Promise<void> {
    for (const build of await this.storage.store.listBuilds()) {
      if (build.status === "running") await this.storage.store.updateBuild(build.id, { status: "failed", error: "interrupted by a restart" });
    }
  }

  releaseFolder(id: string): string {
    return join(this.folder, id, "release");
  }

  async start(): Promise<BuildRow> {
    if (this.running) throw Object.assign(new Error("a build is already running"), { statusCode: 409 });
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
    const sources = join(this.folder, id, "sources");
    // Progress is written in order, and before the final state (never after it, never unhandled).
    let progressWrites = Promise.resolve();
    try {
      // Each submission read on its own, so its card pairs with its chats only.
      const bySubmission = filesBySubmission(await store.allFiles());
      for (const [submissionId, group] of bySubmission) {
        const consent = group[0].consent;
        await mkdir(join(sources, consent), { recursive: true });
        const out = new AtomicFile(join(sources, consent, `${group[0].createdMs}_${submissionId}.jsonl`));
        try {
          for await (const event of importFiles(group.map((file) => blobs.pathOf(file.sha256)))) {
            if (event.kind === "episode") {
              const { source: _source, ...episode } = event.episode;
              await out.write(`${stringifyPython(episode)}\n`);
            }
          }
          if (out.started) await out.commit();
        } catch (error) {
          await out.abort();
          throw error;
        }
      }
      let lastUpdate = 0;
      const summary = await buildRelease({
        sources: [sources],
        output: this.releaseFolder(id),
        config: { ...defaultBuildConfig(), consent: "private" },
        onProgress: (stage, { records }) => {
          const now = Date.now();
          if (now - lastUpdate < 250) return;
          lastUpdate = now;
          progressWrites = progressWrites.then(() => store.updateBuild(id, { stage, records })).catch(() => {});
        },
      });
      await progressWrites;
      await store.markBuilt([...bySubmission.keys()], Date.now());
      await store.updateBuild(id, { status: "done", stage: "done", records: summary.records.imported, summary: summary.records });
    } catch (error) {
      await progressWrites;
      await store.updateBuild(id, { status: "failed", error: error instanceof Error ? error.message : String(error) });
    } finally {
      await rm(sources, { recursive: true, force: true });
    }
  }

  /** The release folder as a zip, streamed file by file. */
  zipStream(id: string): Readable {
    const root = this.releaseFolder(id);
    // Files are fed to the zip only as fast as the client reads it.
    let resume: (() => void) | null = null;
    const output = new Readable({
      read() {
        resume?.();
        resume = null;
      },
    });
    output.once("close", () => {
      resume?.();
      resume = null;
    });
    const readerCaughtUp = () => (output.readableLength < output.readableHighWaterMark || output.destroyed ? Promise.resolve() : new Promise<void>((done) => (resume = done)));
    const zip = new Zip((error, chunk, final) => {
      if (error) output.destroy(error);
      else {
        output.push(Buffer.from(chunk));
        if (final) output.push(null);
      }
    });
    const addFolder = async (folder: string): Promise<void> => {
      for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
          await addFolder(path);
          continue;
        }
        const file = new ZipDeflate(relative(root, path).split("\\").join("/"), { level: 6 });
        zip.add(file);
        for await (const chunk of createReadStream(path)) {
          await readerCaughtUp();
          if (output.destroyed) return;
          file.push(new Uint8Array(chunk as Buffer));
        }
        file.push(new Uint8Array(0), true);
      }
    };
    stat(root)
      .then(() => addFolder(root))
      .then(() => zip.end())
      .catch((error: Error) => output.destroy(error));
    return output;
  }

  async close(): Promise<void> {
    await this.running?.catch(() => {});
  }
}
