import type { ImportSource } from "../../import/read-source";
import { PaneFileError } from "./pane-errors";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The bytes of a file the user chose. */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${String(file)}`));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * An import source for a chosen file, by its extension: .csv/.txt are text, .xlsx/.xlsm workbooks.
 * @throws PaneFileError (`file-type`) for any other file.
 */
export function importSourceOf(fileName: string, bytes: Uint8Array): ImportSource {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "csv" || extension === "txt") return { fileName, kind: "csv", bytes };
  if (extension === "xlsx" || extension === "xlsm") return { fileName, kind: "xlsx", bytes };
  throw new PaneFileError("file-type", fileName, "not a .csv or .xlsx file");
}

/** Saves bytes as a download (browser mode): a Blob behind a temporary anchor. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = "none";
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `服务质量.xlsx` → `服务质量-共享.xlsx`. */
export function withSuffix(fileName: string, suffix: string): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${stem}${suffix}.xlsx`;
}
