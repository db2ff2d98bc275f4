/* global Office */
import { loadJiebaSegmenterInBrowser } from "../domain/keywords/jieba-browser";
import { openExcelHost } from "../hosts/office";
import { generateReportFromRibbon } from "./generate-report-command";
import type { DialogUi } from "./notice-dialog";
import { showNotice } from "./notice-dialog";

/**
 * Office stops a function command 5 minutes after it started; the message dialog closes itself before that, so
 * `event.completed()` is always called in time.
 */
const COMMAND_LIMIT_MS = 5 * 60 * 1000;
const MARGIN_MS = 20 * 1000;

/** Office's `ui` in the shape `showNotice` takes (its enums are the strings Office.js uses). */
function officeUi(): DialogUi {
  return Office.context.ui as unknown as DialogUi;
}

/**
 * The ribbon's "Generate report" button (manifest FunctionName `generateReport`). Function commands have no UI of
 * their own: the outcome is shown in a small dialog (notice.html), and the command completes when the user closes
 * it (or just before Office's time limit).
 */
export function generateReport(event: Office.AddinCommands.Event): void {
  const started = Date.now();
  const lang = Office.context.displayLanguage?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
  const notify = (text: string, kind: "success" | "error") => {
    const url = new URL("notice.html", window.location.href);
    url.searchParams.set("kind", kind);
    url.searchParams.set("text", text);
    return showNotice(officeUi(), url.href, started + COMMAND_LIMIT_MS - MARGIN_MS);
  };
  generateReportFromRibbon({ openHost: openExcelHost, lang, loadSegmenter: loadJiebaSegmenterInBrowser, notify })
    .catch((error: unknown) => console.error(error))
    .finally(() => event.completed());
}

// At the top level of the function file, as Microsoft's "Add-in commands" pages show: Office looks the function up
// when the button is pressed, which may be before any onReady callback has run.
Office.actions.associate("generateReport", generateReport);
