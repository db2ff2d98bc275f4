import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../../domain/schema/types";
import { catalogues, type Catalogue } from "../locale";
import { formatters, type Formatters } from "../locale/format";

export interface LocaleValue {
  readonly locale: Lang;
  readonly t: Catalogue;
  readonly format: Formatters;
  setLocale(locale: Lang): void;
}

const LocaleContext = createContext<LocaleValue | undefined>(undefined);

export interface LocaleProviderProps {
  /** The language the pane starts in; the header's switch changes it. */
  readonly initialLocale: Lang;
  readonly children: ReactNode;
}

/** The pane's language, its strings and formatters; keeps the document's `lang` in step for screen readers. */
export function LocaleProvider({ initialLocale, children }: LocaleProviderProps) {
  const [locale, setLocale] = useState(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, t: catalogues[locale], format: formatters(locale), setLocale }), [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale needs a LocaleProvider above it");
  return value;
}
