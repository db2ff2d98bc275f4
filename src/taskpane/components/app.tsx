import {
  Badge,
  Body1,
  Caption1,
  FluentProvider,
  Label,
  Select,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { Lang } from "../../domain/schema";
import { LOCALES, LOCALE_NAMES, catalogues, type Catalogue } from "../locale";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flex: "1 1 200px", minWidth: 0 },
  logo: { width: "32px", height: "32px", flexShrink: 0 },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  heading: { margin: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
  language: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  body: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
});

/** Where the pane runs: inside Excel, or in a plain browser that works on a workbook file. */
export type HostKind = "excel" | "browser";

export interface AppProps {
  host: HostKind;
  /** The language the pane starts in; the header's switch changes it. */
  initialLocale: Lang;
}

/** The pane's language and its strings; keeps the document's `lang` in step for screen readers and fonts. */
function useLocale(initialLocale: Lang): { locale: Lang; t: Catalogue; setLocale: (value: string) => void } {
  const [locale, setLocaleState] = useState(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = (value: string) => {
    const next = LOCALES.find((candidate) => candidate === value);
    if (next) setLocaleState(next);
  };
  return { locale, t: catalogues[locale], setLocale };
}

/** The task-pane shell: product header with the language switch, and what the pane will offer. */
export function App({ host, initialLocale }: AppProps) {
  const styles = useStyles();
  const { locale, t, setLocale } = useLocale(initialLocale);
  const languageId = useId();

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <img className={styles.logo} src="assets/icon-32.png" alt="" />
          <div className={styles.titles}>
            <Subtitle1 as="h1" className={styles.heading}>
              {t.appTitle}
            </Subtitle1>
            <Caption1 className={styles.tagline}>{t.appTagline}</Caption1>
          </div>
        </div>
        <div className={styles.language}>
          <Label htmlFor={languageId} size="small">
            {t.languageLabel}
          </Label>
          <Select id={languageId} size="small" value={locale} onChange={(_, data) => setLocale(data.value)}>
            {LOCALES.map((value) => (
              <option key={value} value={value} lang={value}>
                {LOCALE_NAMES[value]}
              </option>
            ))}
          </Select>
        </div>
      </header>
      <main className={styles.body}>
        <Badge appearance="tint" color={host === "excel" ? "success" : "informative"}>
          {host === "excel" ? t.hostExcel : t.hostBrowser}
        </Badge>
        <Subtitle2 as="h2" className={styles.heading}>
          {t.introHeading}
        </Subtitle2>
        <ul className={styles.list}>
          {[t.introSetUp, t.introImport, t.introScore, t.introReport].map((line) => (
            <li key={line}>
              <Body1>{line}</Body1>
            </li>
          ))}
        </ul>
      </main>
    </FluentProvider>
  );
}
