import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ManifestInfo } from "office-addin-manifest";

/** Helpers shared by the manifest tests: paths, parsing and the offline XSD check. */
export const REPO_ROOT = path.resolve(__dirname, "../..");
export const MANIFEST_PATH = path.join(REPO_ROOT, "manifest.xml");
/** The project's copy of Microsoft's manifest schemas (provenance in its README). */
export const XSD_PATH = path.join(REPO_ROOT, "schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd");
export const DEV_URL = "https://localhost:3000/";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
};

/** Parses manifest XML with the DOMParser of the jsdom test environment; fails on a parse error. */
export function parseManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml does not parse: ${error.textContent}`);
  return doc;
}

export function readManifest(file = MANIFEST_PATH): Document {
  return parseManifest(readFileSync(file, "utf8"));
}

/**
 * The manifest as Microsoft's office-addin-manifest reads it (id, locale, hosts, permissions, icons, source location,
 * app domains). It runs in a child Node: the package pulls ESM-only modules (uuid 14) that jest's CommonJS runtime
 * cannot require on Node 20, while Node itself can.
 */
export function readManifestInfo(file = MANIFEST_PATH): ManifestInfo {
  const script =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
    ".then((info) => process.stdout.write(JSON.stringify(info)), (e) => { console.error(e.message); process.exit(1); })";
  const result = spawnSync(process.execPath, ["--no-warnings", "-e", script, file], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`office-addin-manifest could not read ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout) as ManifestInfo;
}

/** Validates a manifest against the project's XSDs with xmllint; returns xmllint's output when it rejects it. */
export function validateWithXsd(file: string): { valid: boolean; output: string } {
  if (!existsSync(XSD_PATH)) throw new Error(`The manifest XSDs are missing: expected ${XSD_PATH}`);
  const result = spawnSync("xmllint", ["--noout", "--schema", XSD_PATH, file], { encoding: "utf8" });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error("xmllint is not installed: run `apt-get install -y libxml2-utils`");
  }
  if (result.error) throw result.error;
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the PNG signature. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => bytes[i] === byte) || bytes.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
