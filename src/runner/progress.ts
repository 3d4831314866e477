/**
 * A progress line on stderr for long work: percent, MB/s, records/s, ETA. It redraws only on a
 * TTY, never under CI, and at most ten times a second; elsewhere it stays silent.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Work done so far; the share done comes from bytes when their total is known, else from records. */
export interface ProgressState {
  bytes?: number;
  totalBytes?: number;
  records: number;
  totalRecords?: number;
}

export interface Progress {
  update(done: ProgressState): void;
  /** Clears the line. */
  done(): void;
}

const REDRAW_INTERVAL_MS = 100;
/** Rates are shown once a stage has run this long. */
const MIN_RATE_SECONDS = 0.5;

/** True when a progress line may be drawn on `stream`. */
export function canDrawProgress(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.CI && env.TERM !== "dumb";
}

export function createProgress(label: string, stream: ProgressStream, enabled = canDrawProgress(stream)): Progress {
  if (!enabled) return { update() {}, done() {} };
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update({ bytes = 0, totalBytes = 0, records, totalRecords = 0 }) {
      const now = Date.now();
      if (now - lastDraw < REDRAW_INTERVAL_MS) return;
      lastDraw = now;
      const seconds = Math.max((now - started) / 1000, 1e-3);
      const share = totalBytes > 0 ? bytes / totalBytes : totalRecords > 0 ? records / totalRecords : 0;
      const parts = [label];
      if (share > 0) parts.push(`${(100 * share).toFixed(0).padStart(3)}%`);
      // Rates over the first instants of a stage say nothing ("1,297,000 records/s" after 1 ms).
      const rated = seconds >= MIN_RATE_SECONDS;
      if (rated && bytes > 0) parts.push(`${(bytes / 1e6 / seconds).toFixed(1)} MB/s`);
      if (rated && records > 0) parts.push(`${Math.round(records / seconds).toLocaleString("en-US")} records/s`);
      if (share > 0) parts.push(`ETA ${Math.max(0, Math.ceil((seconds * (1 - share)) / share))}s`);
      stream.write(`\r\x1b[2K${parts.join("  ")}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1b[2K");
    },
  };
}
