import type { Lang } from "../../domain/schema";
import { enUS } from "./en-us";
import { zhCN } from "./zh-cn";

/** The strings of one UI language. */
export type Catalogue = typeof enUS;

/** The pane's languages, the manifest's default locale first. */
export const LOCALES: readonly Lang[] = ["zh-CN", "en-US"];

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Readonly<Record<Lang, string>> = { "zh-CN": "中文", "en-US": "English" };

export const catalogues: Readonly<Record<Lang, Catalogue>> = { "zh-CN": zhCN, "en-US": enUS };

/**
 * The first supported language among BCP 47 tags, most preferred first: any Chinese tag ("zh", "zh-Hans-CN",
 * "zh-TW") gives zh-CN and any English one gives en-US. With none, zh-CN, the manifest's DefaultLocale.
 */
export function pickLocale(tags: readonly (string | undefined)[]): Lang {
  for (const tag of tags) {
    const language = tag?.split(/[-_]/)[0]?.toLowerCase();
    if (language === "zh") return "zh-CN";
    if (language === "en") return "en-US";
  }
  return "zh-CN";
}

/** The pane's starting language: Office's display language when Excel provides one, else the browser's. */
export function detectLocale(officeDisplayLanguage?: string): Lang {
  return pickLocale([officeDisplayLanguage, ...navigator.languages, navigator.language]);
}
