import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * `npm run build`: the production build into dist/, then dist/.build-stamp.json with a hash of everything the build
 * reads. `--if-stale` (what `npm test` runs first) builds only when dist/ is missing or was built from other
 * sources, so the tests that need dist/ find it and a test run builds at most once.
 */

const REPO_ROOT = path.resolve(__dirname, "..");
const DIST = path.join(REPO_ROOT, "dist");
export const STAMP = path.join(DIST, ".build-stamp.json");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "bench/budgets.json", "package-lock.json"];

export interface BuildStamp {
  /** sha256 over the path and content of every input file. */
  readonly inputs: string;
  /** The ADDIN_URL the manifest was rewritten to, or null when it kept the development URLs. */
  readonly addinUrl: string | null;
}

function files(entry: string): string[] {
  const full = path.join(REPO_ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

export function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files)) {
    hash.update(`${file.split(path.sep).join("/")}\0`);
    hash.update(readFileSync(path.join(REPO_ROOT, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

export function readStamp(): BuildStamp | undefined {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8")) as BuildStamp;
  } catch {
    return undefined;
  }
}

function build(): void {
  const inputs = inputsHash();
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO_ROOT] });
  const result = spawnSync(process.execPath, [cli, "--mode", "production"], { cwd: REPO_ROOT, stdio: "inherit" });
  if (result.status !== 0) {
    throw new Error(`webpack --mode production failed (${result.status ?? result.signal})`);
  }
  const stamp: BuildStamp = { inputs, addinUrl: process.env["ADDIN_URL"] || null };
  writeFileSync(STAMP, `${JSON.stringify(stamp, null, 2)}\n`);
}

if (require.main === module) {
  try {
    if (process.argv.includes("--if-stale") && readStamp()?.inputs === inputsHash()) {
      console.log("dist/ is up to date with the sources (dist/.build-stamp.json); not rebuilding.");
    } else {
      build();
    }
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
