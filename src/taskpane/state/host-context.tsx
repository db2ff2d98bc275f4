import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Segmenter } from "../../domain/keywords/segmenter";
import type { WorkbookHost } from "../../hosts/host";
import { loadBrowserSegmenter } from "../workbook/load-actions";
import type { WorkbookStore } from "../workbook/workbook-store";

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
  /** Replaces the workbook (browser mode: a file opened, a demo or a new workbook, or the one kept last time). */
  open(workbook: PaneWorkbook, options?: { readonly unsaved?: boolean }): void;
  /** Tells the panels that an operation changed the workbook. */
  changed(): void;
  /** Browser mode: the workbook has changes that were not downloaded. */
  readonly unsaved: boolean;
  /** The workbook was downloaded. */
  saved(): void;
  /** Browser mode: where the open workbook is kept between visits (issue 10 item 6). */
  readonly store: WorkbookStore | undefined;
  /** Keeping the workbook in the browser's storage failed: the user must download it to keep it. */
  readonly storeFailed: boolean;
}

const HostContext = createContext<HostValue | undefined>(undefined);

export interface HostProviderProps {
  readonly kind: HostKind;
  /** The workbook to start with: the Office host inside Excel, none in a browser until one is opened. */
  readonly workbook?: PaneWorkbook;
  readonly excel?: ExcelBridge;
  /** @default jieba-wasm's web build, imported lazily */
  readonly loadSegmenter?: LoadSegmenter;
  /** Browser mode's keeping place for the open workbook. @default none */
  readonly store?: WorkbookStore;
  readonly children: ReactNode;
}

/** Gives the panels their workbook host and capabilities (STYLE.md "task pane": components never import Office). */
export function HostProvider(props: HostProviderProps) {
  const { kind, workbook: initial, excel, loadSegmenter, store, children } = props;
  const [workbook, setWorkbook] = useState(initial);
  const [revision, setRevision] = useState(0);
  const [unsaved, setUnsaved] = useState(false);
  const storeFailed = useKeptWorkbook(kind === "browser" ? store : undefined, workbook, revision, unsaved);
  useLeaveWarning(kind === "browser" && unsaved);
  const open = useCallback((next: PaneWorkbook, options: { readonly unsaved?: boolean } = {}) => {
    setWorkbook(next);
    setUnsaved(options.unsaved ?? false);
    setRevision((r) => r + 1);
  }, []);
  const changed = useCallback(() => {
    setUnsaved(true);
    setRevision((r) => r + 1);
  }, []);
  const saved = useCallback(() => setUnsaved(false), []);
  const value = useMemo(
    () => ({
      kind,
      workbook,
      revision,
      excel,
      loadSegmenter: loadSegmenter ?? loadBrowserSegmenter,
      open,
      changed,
      unsaved,
      saved,
      store,
      storeFailed,
    }),
    [kind, workbook, revision, excel, loadSegmenter, open, changed, unsaved, saved, store, storeFailed],
  );
  return <HostContext.Provider value={value}>{children}</HostContext.Provider>;
}

/** Writes the open workbook to the store after it is opened or changed; true when the last write failed. */
function useKeptWorkbook(
  store: WorkbookStore | undefined,
  workbook: PaneWorkbook | undefined,
  revision: number,
  unsaved: boolean,
): boolean {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const save = workbook?.save;
    if (!store || !workbook || !save) return;
    let current = true;
    save()
      .then((bytes) => store.save({ name: workbook.name, bytes, savedAt: Date.now(), unsaved }))
      .then(
        () => current && setFailed(false),
        (error: unknown) => {
          console.error("the workbook could not be kept in the browser's storage", error);
          if (current) setFailed(true);
        },
      );
    return () => {
      current = false;
    };
  }, [store, workbook, revision, unsaved]);
  return failed;
}

/** Asks the browser to confirm leaving the page while `active` (changes not downloaded). */
function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);
}

export function useHost(): HostValue {
  const value = useContext(HostContext);
  if (!value) throw new Error("useHost needs a HostProvider above it");
  return value;
}
