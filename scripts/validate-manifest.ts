import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { OfficeAddinManifest, validateManifest, type ManifestValidationIssue } from "office-addin-manifest";

/**
 * `npm run validate [-- manifest.xml] [--offline]`: Microsoft's online manifest validation (the service
 * `office-addin-manifest validate` calls) when it answers within the time limit, otherwise the offline check against
 * the XSDs in schemas/office-addin-manifest. It says which one ran. Exit 0 valid, 1 invalid, 2 on a usage error.
 */

const REPO_ROOT = path.resolve(__dirname, "..");
const XSD = path.join(REPO_ROOT, "schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd");
/** A closed network often drops packets instead of refusing them: the online attempt may not hang the check. */
const ONLINE_TIMEOUT_MS = Number(process.env["MANIFEST_ONLINE_TIMEOUT_MS"] ?? 8000);

type Online = { kind: "answered"; valid: boolean; lines: string[] } | { kind: "unreachable"; reason: string };

async function online(file: string): Promise<Online> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ONLINE_TIMEOUT_MS} ms`)), ONLINE_TIMEOUT_MS);
  });
  try {
    const validation = await Promise.race([validateManifest(file), timeout]);
    if (!validation.report) {
      return { kind: "unreachable", reason: `HTTP ${validation.status ?? "?"} ${validation.statusText ?? ""}`.trim() };
    }
    const issues = (label: string, list: ManifestValidationIssue[] | undefined) =>
      (list ?? []).map((i) => `  ${label}: ${i.title ?? ""} ${i.content ?? ""}${i.line ? ` (line ${i.line})` : ""}`);
    const { errors, warnings, notes } = validation.report;
    return {
      kind: "answered",
      valid: validation.isValid,
      lines: [...issues("error", errors), ...issues("warning", warnings), ...issues("note", notes)],
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "unreachable", reason: message.split("\n").at(-1) ?? message };
  } finally {
    clearTimeout(timer);
  }
}

function offline(file: string): { valid: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === "ENOENT";
    throw new Error(
      missing ? "xmllint is not installed: run `apt-get install -y libxml2-utils`" : result.error.message,
    );
  }
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

async function main(args: string[]): Promise<number> {
  const offlineOnly = args.includes("--offline");
  const file = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? path.join(REPO_ROOT, "manifest.xml"));
  if (!existsSync(file)) {
    console.error(`validate: ${file} does not exist`);
    return 2;
  }
  try {
    await OfficeAddinManifest.readManifestFile(file);
  } catch (error) {
    console.error(`validate: ${file} is not a readable manifest: ${error instanceof Error ? error.message : error}`);
    return 1;
  }

  if (!offlineOnly) {
    const answer = await online(file);
    if (answer.kind === "answered") {
      console.log(`Microsoft's online validation: ${answer.valid ? "valid" : "NOT valid"} (${file})`);
      for (const line of answer.lines) console.log(line);
      return answer.valid ? 0 : 1;
    }
    console.log(`Microsoft's online validation could not be reached (${answer.reason}); checking offline instead.`);
  }
  const { valid, output } = offline(file);
  console.log(`Offline XSD check (${path.relative(REPO_ROOT, XSD)}): ${valid ? "valid" : "NOT valid"} (${file})`);
  if (!valid) console.log(output);
  return valid ? 0 : 1;
}

main(process.argv.slice(2)).then(
  // Exit at once: a timed-out request may still hold a socket open.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
