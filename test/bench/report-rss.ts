/** Preloaded into benchmarked processes (`node --import`): reports peak RSS (KiB) on exit. */
process.on("exit", () => {
  process.stderr.write(`\nPIPPA_BENCH_MAX_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
