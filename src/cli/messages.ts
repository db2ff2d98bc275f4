import { AppError } from "../domain/errors";
import type { Lang } from "../domain/schema/types";
import { catalogues, pickLocale } from "../taskpane/locale";
import { errorText } from "../taskpane/locale/error-text";
import { fill } from "../taskpane/locale/format";

/** The language of the command line's messages: --lang, else the terminal's locale (zh-CN when it names neither). */
export function cliLang(argv: readonly string[] = process.argv.slice(2)): Lang {
  const at = argv.indexOf("--lang");
  const env = process.env;
  return pickLocale([at >= 0 ? argv[at + 1] : undefined, env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]]);
}

/** An AppError's title and what to do, in the command line's language, for the line above its detail. */
export function errorSummary(error: AppError, lang: Lang = cliLang()): string {
  const { title, next } = errorText(catalogues[lang], error);
  return lang === "zh-CN" ? `错误：${title}。${next}` : `Error: ${title}. ${next}`;
}

/** Told on stderr when another writer holds the workbook's lock and this one starts to wait. */
export function sayWaiting(lockFile: string): void {
  console.error(fill(catalogues[cliLang()].workbookWaiting, { lock: lockFile }));
}
