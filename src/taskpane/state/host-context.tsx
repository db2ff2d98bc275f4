import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Segmenter } from "../../domain/keywords/segmenter";
import type { WorkbookHost } from "../../hosts/host";
import { loadBrowserSegmenter } from "../workbook/load-actions";

/** Where the pane runs: inside Excel on the live workbook, or in a plain browser on an .xlsx held in memory. */
export type HostKind = "excel" | "browser";

/** Makes the keyword segmenter with the workbook's lexicon (jieba-wasm, loaded when first needed). */
export type LoadSegmenter = (lexicon: readonly string[]) => Promise<Segmenter>;

/** The workbook the panels work on. */
export interface PaneWorkbook {
  readonly host: WorkbookHost;
  /** The file name in browser mode; empty inside Excel. */
  readonly name: string;
  /** The workbook as .xlsx bytes (browser mode only: Excel saves its own workbook). */
  readonly save?: () => Promise<Uint8Array>;
}

/** What only Excel can do for the pane (excel-bridge.ts): move the selection, name the active sheet. */
export interface ExcelBridge {
  /** Activates the sheet and selects the cell or range (`F12`, `A1:C3`). */
  selectCell(sheet: string, address: string): Promise<void>;
  activeSheetName(): Promise<string>;
}

export interface HostValue {
  readonly kind: HostKind;
  readonly workbook: PaneWorkbook | undefined;
  /** Grows whenever the workbook is replaced or changed, so panels read it again. */
  readonly revision: number;
  readonly excel: ExcelBridge | undefined;
  readonly loadSegmenter: LoadSegmenter;
  /** Replaces the workbook (browser mode: a file opened, a demo or a new workbook). */
  open(workbook: PaneWorkbook): void;
  /** Tells the panels that an operation changed the workbook. */
  changed(): void;
}

const HostContext = createContext<HostValue | undefined>(undefined);

export interface HostProviderProps {
  readonly kind: HostKind;
  /** The workbook to start with: the Office host inside Excel, none in a browser until one is opened. */
  readonly workbook?: PaneWorkbook;
  readonly excel?: ExcelBridge;
  /** @default jieba-wasm's web build, imported lazily */
  readonly loadSegmenter?: LoadSegmenter;
  readonly children: ReactNode;
}

/** Gives the panels their workbook host and capabilities (STYLE.md "task pane": components never import Office). */
export function HostProvider({ kind, workbook: initial, excel, loadSegmenter, children }: HostProviderProps) {
  const [workbook, setWorkbook] = useState(initial);
  const [revision, setRevision] = useState(0);
  const open = useCallback((next: PaneWorkbook) => {
    setWorkbook(next);
    setRevision((r) => r + 1);
  }, []);
  const changed = useCallback(() => setRevision((r) => r + 1), []);
  const value = useMemo(
    () => ({ kind, workbook, revision, excel, loadSegmenter: loadSegmenter ?? loadBrowserSegmenter, open, changed }),
    [kind, workbook, revision, excel, loadSegmenter, open, changed],
  );
  return <HostContext.Provider value={value}>{children}</HostContext.Provider>;
}

export function useHost(): HostValue {
  const value = useContext(HostContext);
  if (!value) throw new Error("useHost needs a HostProvider above it");
  return value;
}
