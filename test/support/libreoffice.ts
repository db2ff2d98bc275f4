import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const INSTALL_HINT =
  "LibreOffice Calc is required for the workbook proof tests. Install it with `npm run setup` or " +
  "`sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc`.";

function soffice(): string {
  for (const candidate of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(INSTALL_HINT);
}

/** A fresh LibreOffice profile that recalculates every formula of an .xlsx on load (never trusts cached results). */
function recalculatingProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "sqd-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" ` +
      `xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `${item("OOXMLRecalcMode")}${item("ODFRecalcMode")}</oor:items>\n`,
  );
  return dir;
}

/**
 * Lets LibreOffice open `file`, recalculate every formula, and save the result as .xlsx in a new folder.
 * Returns the path of the recalculated copy. LibreOffice exits 0 even when a load fails, so the output is checked.
 */
export function recalculate(file: string, timeoutSeconds = 300): { file: string; seconds: number } {
  const exe = soffice();
  const outDir = mkdtempSync(join(tmpdir(), "sqd-lo-out-"));
  const profile = recalculatingProfile();
  const started = Date.now();
  execFileSync(
    exe,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: timeoutSeconds * 1000 },
  );
  const out = join(outDir, basename(file).replace(/\.[^.]+$/, "") + ".xlsx");
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out} from ${file}`);
  return { file: out, seconds: (Date.now() - started) / 1000 };
}
