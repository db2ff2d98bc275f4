import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HINT =
  "LibreOffice Calc and its Python bridge are required to open encrypted workbooks in the tests. Install them with " +
  "`npm run setup` or `sudo apt-get install -y --no-install-recommends libreoffice-calc python3-uno`.";

function soffice(): string {
  const found = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].find((f) => existsSync(f));
  if (!found) throw new Error(HINT);
  return found;
}

/** A Python that can `import uno` (Debian's python3-uno installs into the system Python, not pyenv's). */
function unoPython(): string {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    if (spawnSync(candidate, ["-c", "import uno"], { stdio: "ignore" }).status === 0) return candidate;
  }
  throw new Error(HINT);
}

/**
 * Lets LibreOffice open `file` (with `password` when given) and save it as a plain .xlsx in a new folder, through
 * `libreoffice-open.py` (soffice's command line cannot pass a password). `opened` is false when LibreOffice could
 * not open the file; any other failure throws, so a missing LibreOffice fails the test instead of skipping it.
 */
export function openInLibreOffice(file: string, password?: string): { opened: boolean; file: string } {
  const out = join(mkdtempSync(join(tmpdir(), "sqd-lo-pw-")), "opened.xlsx");
  const profile = mkdtempSync(join(tmpdir(), "sqd-lo-profile-"));
  const args = [join(__dirname, "libreoffice-open.py"), soffice(), profile, file, out];
  const run = spawnSync(unoPython(), password === undefined ? args : [...args, password], {
    encoding: "utf8",
    timeout: 300_000,
  });
  if (run.status === 2) return { opened: false, file: out };
  if (run.status !== 0 || !existsSync(out)) {
    throw new Error(`LibreOffice could not convert ${file} (exit ${String(run.status)}): ${run.stderr}`);
  }
  return { opened: true, file: out };
}
