import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MANIFEST_PATH, REPO_ROOT } from "./manifest-files";

/** `npm run validate` with an online attempt that cannot answer in 1 ms, so the offline check must take over. */
function validate(file: string): { status: number | null; output: string } {
  const tsx = require.resolve("tsx/cli", { paths: [REPO_ROOT] });
  const result = spawnSync(process.execPath, [tsx, "scripts/validate-manifest.ts", file], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, MANIFEST_ONLINE_TIMEOUT_MS: "1" },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sqd-validate-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("falls back to the project's XSDs when the online validation does not answer, and says so", () => {
  const { status, output } = validate(MANIFEST_PATH);
  expect(output).toMatch(/online validation could not be reached \(.+\); checking offline instead/);
  expect(output).toContain("Offline XSD check (schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd): valid");
  expect(status).toBe(0);
});

test("rejects a manifest the XSDs reject, naming the element, with exit 1", () => {
  const broken = path.join(dir, "manifest.xml");
  writeFileSync(broken, readFileSync(MANIFEST_PATH, "utf8").replace(/<Permissions>\w+<\/Permissions>/, ""));
  const { status, output } = validate(broken);
  expect(output).toContain("NOT valid");
  expect(output).toMatch(/Element '\{[^}]+\}\w+': This element is not expected/);
  expect(status).toBe(1);
});

test("stops with exit 2 when the manifest does not exist", () => {
  const { status, output } = validate(path.join(dir, "missing.xml"));
  expect(output).toContain("missing.xml does not exist");
  expect(status).toBe(2);
});
