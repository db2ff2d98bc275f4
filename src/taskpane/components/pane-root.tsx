import type { Lang } from "../../domain/schema/types";
import {
  HostProvider,
  type ExcelBridge,
  type HostKind,
  type LoadSegmenter,
  type PaneWorkbook,
} from "../state/host-context";
import { LocaleProvider } from "../state/locale-context";
import type { WorkbookStore } from "../workbook/workbook-store";
import { OperationProvider } from "../state/operation-context";
import type { ThemeMode } from "../state/use-pane-theme";
import { ViewerProvider } from "../state/viewer-context";
import { App } from "./app";

export interface PaneRootProps {
  readonly kind: HostKind;
  readonly initialLocale: Lang;
  /** The workbook to start with: the Office host in Excel; none in a browser. */
  readonly workbook?: PaneWorkbook;
  readonly excel?: ExcelBridge;
  /** Office's theme; undefined outside Office (the browser's colour scheme is followed). */
  readonly officeTheme?: ThemeMode;
  /** Why Excel cannot be used (too old), shown above the panels. */
  readonly startupError?: unknown;
  readonly loadSegmenter?: LoadSegmenter;
  /** Browser mode: where the open workbook is kept between visits. */
  readonly store?: WorkbookStore;
}

/** The whole pane: language, host and operation state around the App. */
export function PaneRoot(props: PaneRootProps) {
  return (
    <LocaleProvider initialLocale={props.initialLocale}>
      <HostProvider
        kind={props.kind}
        workbook={props.workbook}
        excel={props.excel}
        loadSegmenter={props.loadSegmenter}
        store={props.store}
      >
        <OperationProvider>
          <ViewerProvider>
            <App officeTheme={props.officeTheme} startupError={props.startupError} />
          </ViewerProvider>
        </OperationProvider>
      </HostProvider>
    </LocaleProvider>
  );
}
