import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const REPO_ROOT = resolve(__dirname, "../../..");

export interface PaneBuild {
  readonly dir: string;
  /** The bundle-size report the build printed (webpack.config.js BundleSizePlugin). */
  readonly sizes: readonly string[];
  /** The task pane's initial JavaScript, gzipped, in KiB. */
  readonly initialGzipKiB: number;
}

/** Builds the add-in once, for production, into a new temporary folder (as `npm run build` does into dist/). */
export function buildPane(): PaneBuild {
  const dir = mkdtempSync(join(tmpdir(), "sqd-pane-"));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO_ROOT] });
  const result = spawnSync(
    process.execPath,
    [cli, "--mode", "production", "--output-path", dir, "--devtool", "false"],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: 240_000,
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `webpack --mode production failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`,
    );
  }
  const sizes = result.stdout
    .split("\n")
    .filter((l) => /^<i> /.test(l))
    .map((l) => l.slice(4));
  const initial = /taskpane initial JavaScript: ([\d.]+) KiB gzipped/.exec(result.stdout)?.[1];
  if (initial === undefined) throw new Error(`the build printed no bundle sizes:\n${result.stdout}`);
  return { dir, sizes, initialGzipKiB: Number(initial) };
}
