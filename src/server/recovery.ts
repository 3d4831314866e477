/**
 * What a start clears of what a crash left: uploads half-received by servers now gone, blob files
 * no row refers to, builds whose server is gone. Every removal is safe beside servers still running
 * on the same database and folder (intake.ts says in which order a blob's file and its row are
 * written, instance.ts how a gone server is told); servers starting at once sweep one at a time.
 */
import type { BuildManager } from "./builds.js";
import type { Storage } from "./intake.js";

const SWEEP_LOCK = "start-up sweep";

export async function recoverStorage({ store, blobs, instance }: Storage, builds: BuildManager): Promise<void> {
  await store.withLock(SWEEP_LOCK, async () => {
    await blobs.clearTemporary((server) => instance.isGone(server));
    const referenced = await store.referencedBlobs();
    for (const sha256 of await blobs.storedBlobs()) {
      if (!referenced.has(sha256)) await store.removeBlobIfUnreferenced(sha256, () => blobs.remove(sha256));
    }
  });
  // Outside the sweep's lock: this takes the releases lock, and a holder takes no other lock.
  await builds.recover();
}
