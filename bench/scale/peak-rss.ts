import { writeFileSync } from "node:fs";

/**
 * Preloaded into a measured child process (`node --import tsx --import bench/scale/peak-rss.ts …`): on exit, writes
 * the process's peak resident set size in bytes to the file named by BENCH_PEAK_RSS_FILE.
 */
const file = process.env["BENCH_PEAK_RSS_FILE"];
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
