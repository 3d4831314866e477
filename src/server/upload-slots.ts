/**
 * At most so many uploads in progress at once. An upload holds a socket, a temporary file and,
 * once received, a worker's time reading it; the per-address rate limit does not bound these
 * across many addresses. Past the cap an upload is answered 503 with Retry-After at once, before
 * a byte of its body is read.
 */
export const DEFAULT_MAX_CONCURRENT_UPLOADS = 16;

export class UploadSlots {
  private taken = 0;

  constructor(readonly limit: number = DEFAULT_MAX_CONCURRENT_UPLOADS) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`maxConcurrentUploads: expected a positive integer, got ${limit}`);
  }

  /** A slot and the function that gives it back (calling it again does nothing), or null when all are taken. */
  take(): (() => void) | null {
    if (this.taken >= this.limit) return null;
    this.taken++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.taken--;
    };
  }
}
