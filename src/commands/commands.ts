/* global Office */
import { loadJiebaSegmenterInBrowser } from "../domain/keywords/jieba-browser";
import { openExcelHost } from "../hosts/office";
import { generateReportFromRibbon } from "./generate-report-command";

/**
 * Function commands have no UI of their own: the message is shown in a small dialog (notice.html), which the
 * user closes.
 */
function notify(text: string, kind: "success" | "error"): void {
  const url = new URL("notice.html", window.location.href);
  url.searchParams.set("kind", kind);
  url.searchParams.set("text", text);
  Office.context.ui.displayDialogAsync(url.href, { height: 25, width: 35, displayInIframe: true });
}

/** The ribbon's "Generate report" button (manifest FunctionName `generateReport`). */
export function generateReport(event: Office.AddinCommands.Event): void {
  const lang = Office.context.displayLanguage?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
  generateReportFromRibbon({
    openHost: openExcelHost,
    lang,
    loadSegmenter: loadJiebaSegmenterInBrowser,
    notify,
  }).finally(() => event.completed());
}

Office.onReady(() => Office.actions.associate("generateReport", generateReport));
