/** Worker entry: scans the shards the parent sends and returns each result with its buffers transferred. */
import { parentPort } from "node:worker_threads";
import { CorpusStats } from "../stats/corpus-stats.js";
import { scanShard, type ShardTask } from "./scan-shard.js";

/** Progress is reported at most this often, so messages stay cheap. */
const PROGRESS_INTERVAL_MS = 100;

if (parentPort) {
  const port = parentPort;
  port.on("message", (task: ShardTask) => {
    try {
      let pendingBytes = 0;
      let reportedRecords = 0;
      let lastReport = Date.now();
      const report = (records: number) => {
        port.postMessage({ type: "progress", bytes: pendingBytes, records: records - reportedRecords });
        pendingBytes = 0;
        reportedRecords = records;
        lastReport = Date.now();
      };
      const result = scanShard(task, (bytes, records) => {
        pendingBytes += bytes;
        if (Date.now() - lastReport >= PROGRESS_INTERVAL_MS) report(records);
      });
      if (pendingBytes > 0) report(result.records);
      port.postMessage({ type: "done", result }, CorpusStats.transferList(result.stats));
    } catch (error) {
      port.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
    }
  });
}
