import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const SCHEMAS = resolve(__dirname, "../../schemas/ooxml/wrappers");

const INSTALL_HINT =
  "xmllint is required for the package check. Install it with `npm run setup` or " +
  "`sudo apt-get install -y --no-install-recommends libxml2-utils`.";

/** What a part of a content type must hold: its root element, and the wrapper schema that declares it. */
export interface PartSchema {
  readonly root: string;
  readonly wrapper: string;
}

const SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
export const PART_SCHEMAS: Readonly<Record<string, PartSchema>> = {
  "application/vnd.openxmlformats-package.content-types": { root: "Types", wrapper: "content-types" },
  "application/vnd.openxmlformats-package.relationships+xml": { root: "Relationships", wrapper: "relationships" },
  "application/vnd.openxmlformats-package.core-properties+xml": { root: "coreProperties", wrapper: "core-properties" },
  "application/vnd.openxmlformats-officedocument.extended-properties+xml": {
    root: "Properties",
    wrapper: "extended-properties",
  },
  "application/vnd.openxmlformats-officedocument.custom-properties+xml": {
    root: "Properties",
    wrapper: "custom-properties",
  },
  [`${SHEET}sheet.main+xml`]: { root: "workbook", wrapper: "spreadsheetml" },
  // An .xlsm's workbook part: the same CT_Workbook under the macro-enabled content type.
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": { root: "workbook", wrapper: "spreadsheetml" },
  [`${SHEET}worksheet+xml`]: { root: "worksheet", wrapper: "spreadsheetml" },
  [`${SHEET}chartsheet+xml`]: { root: "chartsheet", wrapper: "spreadsheetml" },
  [`${SHEET}styles+xml`]: { root: "styleSheet", wrapper: "spreadsheetml" },
  [`${SHEET}sharedStrings+xml`]: { root: "sst", wrapper: "spreadsheetml" },
  [`${SHEET}table+xml`]: { root: "table", wrapper: "spreadsheetml" },
  [`${SHEET}calcChain+xml`]: { root: "calcChain", wrapper: "spreadsheetml" },
  [`${SHEET}comments+xml`]: { root: "comments", wrapper: "spreadsheetml" },
  "application/vnd.openxmlformats-officedocument.theme+xml": { root: "theme", wrapper: "theme" },
  "application/vnd.openxmlformats-officedocument.drawing+xml": { root: "wsDr", wrapper: "drawing" },
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": { root: "chartSpace", wrapper: "chart" },
};

/** Fails (never skips) when xmllint is missing: a package check that did not run must not pass. */
export function requireXmllint(): void {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error(INSTALL_HINT);
}

/**
 * Parts (already through Markup Compatibility processing) written to files as they are read, then validated with
 * xmllint, one run per wrapper schema. xmllint reads each file as a stream (`--stream`), so a worksheet of hundreds
 * of megabytes is validated in bounded memory. `dispose` removes the files.
 */
export class SchemaValidation {
  private readonly dir = mkdtempSync(join(tmpdir(), "sqd-package-"));
  private readonly byWrapper = new Map<string, string[]>();

  constructor() {
    requireXmllint();
  }

  /** A file for one part, written piece by piece (buffered), closed by `end`. */
  part(path: string, wrapper: string): { write(xml: string): void; end(): void } {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(file, "w");
    this.byWrapper.set(wrapper, [...(this.byWrapper.get(wrapper) ?? []), path]);
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      writeSync(fd, pending.join(""));
      pending = [];
      size = 0;
    };
    return {
      write(xml) {
        pending.push(xml);
        size += xml.length;
        if (size > 1 << 20) flush();
      },
      end() {
        flush();
        closeSync(fd);
      },
    };
  }

  /** xmllint's error lines, each starting with the part's path in the package. */
  run(): string[] {
    const errors: string[] = [];
    for (const [wrapper, paths] of this.byWrapper) {
      const run = spawnSync(
        "xmllint",
        ["--noout", "--nonet", "--stream", "--schema", join(SCHEMAS, `${wrapper}.xsd`), ...paths],
        { cwd: this.dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      );
      if (run.error) throw run.error;
      const lines = run.stderr.split("\n").filter((l) => l.trim() !== "" && !/ validates$/.test(l));
      // Status 3 is "validation errors", 4 "schema does not compile": the latter is the checker's own fault.
      if (run.status === 4 || run.status === 5) throw new Error(`xmllint could not use ${wrapper}.xsd:\n${run.stderr}`);
      errors.push(...lines.filter((l) => !/ fails to validate$/.test(l)));
      if (run.status !== 0 && lines.length === 0) errors.push(`xmllint exited ${run.status} on ${paths.join(", ")}`);
    }
    return errors;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
