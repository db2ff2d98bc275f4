import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";

const HINT =
  "LibreOffice (soffice) and poppler-utils (pdfinfo, pdftotext, pdftoppm) are required for the report print test: " +
  "`npm run setup` installs them.";

function tool(name: string): string {
  for (const dir of ["/usr/bin", "/usr/local/bin"]) if (existsSync(join(dir, name))) return join(dir, name);
  throw new Error(`${name} is missing. ${HINT}`);
}

/**
 * A copy of `book` where only `sheet` is visible: LibreOffice prints the visible sheets only, so the PDF holds the
 * report alone. Only workbook.xml's sheet states change (through JSZip, not a reload that could drop print settings).
 */
async function onlySheet(book: string, sheet: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(book));
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error(`${book} has no xl/workbook.xml`);
  const xml = (await part.async("string")).replace(/<sheet\b[^>]*\/>/g, (tag) => {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1] ?? "";
    const state = name === sheet.replace(/&/g, "&amp;") ? "visible" : "hidden";
    return tag.replace(/\s+state="[^"]*"/, "").replace(/^<sheet\b/, `<sheet state="${state}"`);
  });
  zip.file("xl/workbook.xml", xml);
  writeFileSync(out, await zip.generateAsync({ type: "uint8array" }));
}

export interface PrintedReport {
  readonly pdf: string;
  readonly pages: number;
  /** The text of each page, in order (pdftotext -layout). */
  readonly pageTexts: readonly string[];
  /** PNG images of the pages (pdftoppm), when an image folder was given. */
  readonly images: readonly string[];
}

/**
 * Prints the report sheet `sheet` of `book` to PDF with LibreOffice (`soffice --headless --convert-to pdf`), counts
 * its pages with pdfinfo, reads each page's text with pdftotext and, when `imageDir` is given, renders each page to
 * PNG there with pdftoppm. LibreOffice exits 0 when a conversion fails, so the output is checked.
 */
export async function printReport(book: string, sheet: string, imageDir?: string): Promise<PrintedReport> {
  const soffice = tool("soffice");
  const work = mkdtempSync(join(tmpdir(), "sqd-print-"));
  const copy = join(work, basename(book));
  await onlySheet(book, sheet, copy);
  const profile = mkdtempSync(join(tmpdir(), "sqd-lo-print-profile-"));
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      copy,
    ],
    { stdio: "pipe", timeout: 300_000 },
  );
  const pdf = copy.replace(/\.xlsx$/, ".pdf");
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf} from ${copy}`);
  const info = execFileSync(tool("pdfinfo"), [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  if (!Number.isInteger(pages)) throw new Error(`pdfinfo gave no page count for ${pdf}:\n${info}`);
  const pageTexts: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const args = ["-layout", "-f", String(p), "-l", String(p), pdf, "-"];
    pageTexts.push(execFileSync(tool("pdftotext"), args, { encoding: "utf8" }));
  }
  const images: string[] = [];
  if (imageDir) {
    rmSync(imageDir, { recursive: true, force: true });
    mkdirSync(imageDir, { recursive: true });
    const prefix = join(imageDir, "page");
    execFileSync(tool("pdftoppm"), ["-png", "-r", "80", pdf, prefix]);
    for (let p = 1; p <= pages; p++) {
      const name = [`${prefix}-${p}.png`, `${prefix}-${String(p).padStart(2, "0")}.png`].find((f) => existsSync(f));
      if (name) images.push(name);
    }
    writeFileSync(join(imageDir, "report.pdf"), readFileSync(pdf));
  }
  return { pdf, pages, pageTexts, images };
}
