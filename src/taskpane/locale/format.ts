import type { Lang } from "../../domain/schema/types";

/** Numbers, percentages and months written for one UI language (Intl; months in UTC, as serials are). */
export interface Formatters {
  count(n: number): string;
  /** 0.873 → "87.3%"; "—" for no data. */
  percent(x: number | undefined): string;
  /** Up to two decimals; "—" for no data. */
  decimal(x: number | undefined): string;
  /** `YYYY-MM` → "2024年3月" / "March 2024". */
  month(key: string): string;
}

/** Placeholder for a figure without data. */
export const NO_DATA = "—";

export function formatters(locale: Lang): Formatters {
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const month = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" });
  return {
    count: (n) => count.format(n),
    percent: (x) => (x === undefined ? NO_DATA : percent.format(x)),
    decimal: (x) => (x === undefined ? NO_DATA : decimal.format(x)),
    month: (key) => {
      const [year, m] = key.split("-").map(Number);
      return year && m ? month.format(Date.UTC(year, m - 1, 1)) : key;
    },
  };
}

/** A catalogue string with its `{name}` placeholders filled; unknown placeholders stay as written. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
