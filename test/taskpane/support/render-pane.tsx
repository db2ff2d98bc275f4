import { render, screen, waitFor } from "@testing-library/react";
import { webcrypto } from "node:crypto";
import { TextDecoder, TextEncoder } from "node:util";
import type { Segmenter } from "../../../src/domain/keywords/segmenter";
import type { Lang } from "../../../src/domain/schema/types";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { App, type PanelKey } from "../../../src/taskpane/components/app";
import { HostProvider, type ExcelBridge, type HostKind } from "../../../src/taskpane/state/host-context";
import { LocaleProvider } from "../../../src/taskpane/state/locale-context";
import { OperationProvider } from "../../../src/taskpane/state/operation-context";
import { ViewerProvider } from "../../../src/taskpane/state/viewer-context";
import { demoSeed } from "../../../src/demo/demo-seed";
import type { StoredWorkbook, WorkbookStore } from "../../../src/taskpane/workbook/workbook-store";

/** A workbook store in memory, in place of the browser's IndexedDB: what was kept last, and every write. */
export function memoryStore(initial?: StoredWorkbook): WorkbookStore & { kept?: StoredWorkbook; writes: number } {
  const store = {
    kept: initial,
    writes: 0,
    load: async () => store.kept,
    save: async (workbook: StoredWorkbook) => {
      store.kept = workbook;
      store.writes++;
    },
    clear: async () => {
      store.kept = undefined;
    },
  };
  return store;
}

/** jsdom lacks the text codecs the import readers use, and the Web Crypto digest of an import's fingerprints. */
export function installCodecs(): void {
  Object.assign(globalThis, { TextDecoder, TextEncoder });
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
}

/** Splits on spaces and punctuation: enough for panel tests, which check the pane, not the keyword rules. */
export const simpleSegmenter = async (): Promise<Segmenter> => (text: string) =>
  text.split(/[\s,，。！？、；;.!?]+/u).filter((w) => w !== "");

/** A set-up workbook in memory, with demo records when `demoIssues` is given. */
export async function workbookHost(lang: Lang = "zh-CN", demoIssues?: number): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await setUpWorkbook(host, {
    lang,
    seed: demoIssues === undefined ? undefined : demoSeed({ issues: demoIssues, seed: "demo" }),
  });
  return host;
}

export interface PaneOptions {
  readonly host?: XlsxHost;
  readonly locale?: Lang;
  readonly kind?: HostKind;
  readonly panel?: PanelKey;
  readonly excel?: ExcelBridge;
  readonly store?: WorkbookStore;
}

/** The whole pane on a panel, the workbook faked by an XlsxHost in memory through the HostProvider. */
export function renderPane({
  host,
  locale = "zh-CN",
  kind = "browser",
  panel = "start",
  excel,
  store,
}: PaneOptions = {}) {
  const workbook = host && { host, name: "测试.xlsx", save: () => host.toBuffer() };
  return render(
    <LocaleProvider initialLocale={locale}>
      <HostProvider kind={kind} workbook={workbook} excel={excel} loadSegmenter={simpleSegmenter} store={store}>
        <OperationProvider>
          <ViewerProvider>
            <App initialPanel={panel} />
          </ViewerProvider>
        </OperationProvider>
      </HostProvider>
    </LocaleProvider>,
  );
}

/** Waits until no operation shows its progress bar. */
export async function settled(timeout = 20_000): Promise<void> {
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull(), { timeout });
}

/** A File with these bytes, as the file input hands it over. */
export function fileOf(name: string, bytes: Uint8Array | string): File {
  return new File([typeof bytes === "string" ? bytes : (bytes as BlobPart)], name);
}
