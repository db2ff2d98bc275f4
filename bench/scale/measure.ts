import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Time and peak resident memory of one child process. */
export interface Run {
  readonly seconds: number;
  readonly peakRssMB: number;
  /** "ok", "stopped at N s" (the time limit), or how the child failed (exit code or signal, its last error lines). */
  readonly outcome: string;
}

/** A figure the bench did not take, and why. */
export interface NotRun {
  readonly notRun: string;
}

export type Figure = Run | NotRun;

export const ROOT = join(__dirname, "..", "..");
const PEAK_RSS = join(__dirname, "peak-rss.ts");

export const ran = (figure: Figure | undefined): figure is Run => figure !== undefined && "outcome" in figure;
export const ok = (figure: Figure | undefined): figure is Run => ran(figure) && figure.outcome === "ok";

/**
 * Runs `node --import tsx <script> …args` in a child process with the peak-RSS preload and a time limit; a child
 * that fails or is stopped is a figure too (its outcome says how it ended). `heapMB` sets the child's heap limit
 * (Node's default when absent, as a user runs the command line). Returns its exit code and the tail of its standard error as well.
 */
export async function measureWithOutput(
  script: string,
  args: readonly string[],
  dir: string,
  limitSeconds: number,
  heapMB?: number,
): Promise<{ run: Run; code: number | null; stderr: string }> {
  const rssFile = join(dir, `rss-${process.hrtime.bigint()}`);
  const heap = heapMB === undefined ? [] : [`--max-old-space-size=${String(heapMB)}`];
  const start = performance.now();
  const child = spawn(process.execPath, [...heap, "--import", "tsx", "--import", PEAK_RSS, script, ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  let stopped = false;
  const timer = setTimeout(() => {
    stopped = true;
    child.kill("SIGKILL");
  }, limitSeconds * 1000);
  // A child stopped by the time limit (or killed) never reaches its exit handler: its peak so far is sampled.
  let sampled = 0;
  const sampler = setInterval(() => (sampled = Math.max(sampled, highWaterMark(child.pid) ?? 0)), 1000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (c, s) => resolve([c, s])),
  );
  clearTimeout(timer);
  clearInterval(sampler);
  const seconds = Math.round((performance.now() - start) / 10) / 100;
  const peak = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : sampled || Number.NaN;
  const outcome =
    code === 0
      ? "ok"
      : stopped
        ? `stopped at ${String(limitSeconds)} s`
        : `failed (${signal ?? `exit ${String(code)}`}): ${stderr.trim().split("\n").slice(-3).join(" | ")}`;
  return { run: { seconds, peakRssMB: Math.round(peak / 2 ** 20), outcome }, code, stderr };
}

/** The peak resident set size of a running process in bytes (VmHWM, Linux), if it can be read. */
function highWaterMark(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kB = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${String(pid)}/status`, "utf8"))?.[1];
    return kB === undefined ? undefined : Number(kB) * 1024;
  } catch {
    return undefined;
  }
}

export async function measure(
  script: string,
  args: readonly string[],
  dir: string,
  limitSeconds: number,
  heapMB?: number,
): Promise<Run> {
  return (await measureWithOutput(script, args, dir, limitSeconds, heapMB)).run;
}
