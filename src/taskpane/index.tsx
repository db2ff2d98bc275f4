import { createRoot } from "react-dom/client";
import { PaneRoot, type PaneRootProps } from "./components/pane-root";
import { indexedDbStore } from "./workbook/workbook-store";
import { excelBridge, onExcelReady } from "./excel-bridge";
import { detectLocale } from "./locale";
import { runWorkbookInWorker } from "./workbook/load-actions";
import { startWorkbookWorker } from "./worker/start-worker";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
// taskpane.html found a webview too old for the pane and shows its message there: leave it.
const oldWebview = document.documentElement.hasAttribute("data-old-webview");
const root = oldWebview ? undefined : createRoot(container);

/** Renders the pane; a new host kind remounts it, so it starts over in that host's language. */
function render(props: PaneRootProps): void {
  root?.render(<PaneRoot key={props.kind} {...props} />);
}

// Browser mode: the workbook's work runs in a Web Worker, so the pane stays responsive (issue 18 item 3).
if (typeof Worker !== "undefined") runWorkbookInWorker(startWorkbookWorker);
render({ kind: "browser", initialLocale: detectLocale(), store: indexedDbStore() });

onExcelReady(({ displayLanguage, theme }) => {
  const common = { kind: "excel", initialLocale: detectLocale(displayLanguage), officeTheme: theme } as const;
  import(/* webpackChunkName: "office" */ "../hosts/office")
    .then(({ openExcelHost }) =>
      render({ ...common, workbook: { host: openExcelHost(), name: "" }, excel: excelBridge }),
    )
    .catch((error: unknown) => render({ ...common, startupError: error }));
});
