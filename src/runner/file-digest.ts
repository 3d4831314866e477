/** A file's SHA-256, for build.json's record of its inputs. */
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";

/** The file's SHA-256, read through one reused buffer (a stream's fresh chunks would keep the collector busy beside pass 1). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(1 << 20);
  const handle = await open(path, "r");
  try {
    for (let read = 0; (read = (await handle.read(buffer, 0, buffer.length, null)).bytesRead) > 0; ) hash.update(buffer.subarray(0, read));
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
