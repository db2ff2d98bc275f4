import { AppError } from "../domain/errors";
import type { Segmenter } from "../domain/keywords/segmenter";
import type { Lang } from "../domain/schema/types";
import type { WorkbookHost } from "../hosts/host";
import { generateReport, NotSetUpError } from "../use-cases/generate-report";
import { RIBBON_MESSAGES } from "./ribbon-messages";

export interface RibbonReportDeps {
  readonly openHost: () => WorkbookHost;
  readonly lang: Lang;
  readonly loadSegmenter: (lexicon: readonly string[]) => Segmenter | Promise<Segmenter>;
  readonly notify: (text: string, kind: "success" | "error") => void | Promise<void>;
  readonly today?: number;
}

/**
 * 生成月报 from the ribbon: the previous calendar month's report (or the latest month with data), then the report
 * sheet is activated and the user is told what happened. Errors are told too, never thrown to Excel.
 */
export async function generateReportFromRibbon(deps: RibbonReportDeps): Promise<void> {
  const messages = RIBBON_MESSAGES[deps.lang];
  try {
    const host = deps.openHost();
    const result = await generateReport(host, {
      lang: deps.lang,
      loadSegmenter: deps.loadSegmenter,
      today: deps.today,
    });
    await host.activate(result.sheet);
    const rate = result.report.evaluations.overallRate;
    const shown = rate === undefined ? "—" : `${(rate * 100).toFixed(1)}%`;
    await deps.notify(
      messages.done(result.sheet, shown, result.report.evaluations.grade ?? "", result.improvementsAdded),
      "success",
    );
  } catch (error) {
    if (!(error instanceof AppError)) console.error(error);
    const text =
      error instanceof NotSetUpError
        ? messages.notSetUp
        : error instanceof AppError
          ? messages.failed(error.message)
          : messages.unexpected;
    await deps.notify(text, "error");
  }
}
