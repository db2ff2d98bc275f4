import { AppError } from "../domain/errors";
import type { Segmenter } from "../domain/keywords/segmenter";
import type { Lang } from "../domain/schema/types";
import type { WorkbookHost } from "../hosts/host";
import { OfficeHostError } from "../hosts/office/office-errors";
import { catalogues } from "../taskpane/locale";
import { errorText } from "../taskpane/locale/error-text";
import { generateReport, NotSetUpError, TooManyRecordsError } from "../use-cases/generate-report";
import { RIBBON_MESSAGES } from "./ribbon-messages";

/**
 * Records above which the ribbon sends the user to the task pane. A function command is stopped after 5 minutes;
 * the report reads every record in requests of 5,000 rows and Excel on the web answers each in seconds, so a
 * workbook of this size can come near the limit on a slow connection, where the pane has no limit at all.
 */
export const RIBBON_MAX_RECORDS = 60_000;

export interface RibbonReportDeps {
  readonly openHost: () => WorkbookHost;
  readonly lang: Lang;
  readonly loadSegmenter: (lexicon: readonly string[]) => Segmenter | Promise<Segmenter>;
  readonly notify: (text: string, kind: "success" | "error") => void | Promise<void>;
  readonly today?: number;
  /** @default RIBBON_MAX_RECORDS */
  readonly maxRecords?: number;
}

/**
 * 生成月报 from the ribbon: the previous calendar month's report (or the latest month with data), then the report
 * sheet is activated and the user is told what happened. Errors are told too, never thrown to Excel; a workbook too
 * large for the command's time limit is sent to the task pane, with the reason.
 */
export async function generateReportFromRibbon(deps: RibbonReportDeps): Promise<void> {
  const messages = RIBBON_MESSAGES[deps.lang];
  try {
    const host = deps.openHost();
    const result = await generateReport(host, {
      lang: deps.lang,
      loadSegmenter: deps.loadSegmenter,
      today: deps.today,
      maxRecords: deps.maxRecords ?? RIBBON_MAX_RECORDS,
    });
    await host.activate(result.sheet);
    const rate = result.report.evaluations.overallRate;
    const shown = rate === undefined ? "—" : `${(rate * 100).toFixed(1)}%`;
    await deps.notify(
      messages.done(result.sheet, shown, result.report.evaluations.grade ?? "", result.improvementsAdded),
      "success",
    );
  } catch (error) {
    // Excel's own words, and anything unexpected, go to the log; the user gets what to do.
    if (!(error instanceof AppError) || error instanceof OfficeHostError) console.error(error);
    await deps.notify(failureText(deps.lang, error), "error");
  }
}

/** What the ribbon says about a failure: as the pane says it (Excel's own message is only in the log). */
function failureText(lang: Lang, error: unknown): string {
  const messages = RIBBON_MESSAGES[lang];
  if (error instanceof NotSetUpError) return messages.notSetUp;
  if (error instanceof TooManyRecordsError) return messages.tooMany(error.records);
  if (!(error instanceof AppError)) return messages.unexpected;
  const text = errorText(catalogues[lang], error);
  return messages.failed([text.title, text.next, text.detail].filter((p) => p).join(lang === "zh-CN" ? "。" : ". "));
}
