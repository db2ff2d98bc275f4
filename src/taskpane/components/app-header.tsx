import { Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { LOCALES, LOCALE_NAMES } from "../locale";
import { useLocale } from "../state/locale-context";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  logo: { width: "28px", height: "28px", flexShrink: 0 },
  heading: { margin: 0, flex: "1 1 0", minWidth: 0 },
  language: { flexShrink: 0 },
});

/** Product name and the language switch (its options name each language in itself), as a row of the banner. */
export function AppHeader() {
  const styles = useStyles();
  const { locale, t, setLocale } = useLocale();
  return (
    <div className={styles.header}>
      <img className={styles.logo} src="assets/icon-32.png" alt="" />
      <Subtitle2 as="h1" className={styles.heading}>
        {t.appTitle}
      </Subtitle2>
      <Select
        className={styles.language}

        appearance="filled-darker"
        aria-label={t.languageLabel}
        title={t.languageLabel}
        value={locale}
        onChange={(_, data) => {
          const next = LOCALES.find((candidate) => candidate === data.value);
          if (next) setLocale(next);
        }}
      >
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value}>
            {LOCALE_NAMES[value]}
          </option>
        ))}
      </Select>
    </div>
  );
}
