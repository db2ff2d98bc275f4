import { Badge, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { label } from "../../../domain/schema/types";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import type { SheetStatus } from "../../workbook/workbook-actions";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  names: { display: "flex", flexDirection: "column", flex: "1 1 auto", minWidth: 0 },
  sheet: { color: tokens.colorNeutralForeground3 },
});

/** Each record table, Lists and Settings: present with its row count, or missing. */
export function SheetStatusList({ sheets }: { readonly sheets: readonly SheetStatus[] }) {
  const styles = useStyles();
  const { locale, t, format } = useLocale();
  return (
    <ul className={styles.list} aria-label={t.startStatusListLabel}>
      {sheets.map((s) => (
        <li key={s.key} className={styles.item}>
          <div className={styles.names}>
            <Body1>{label(s.label, locale)}</Body1>
            {s.exists && s.sheet !== label(s.label, locale) && (
              <Caption1 className={styles.sheet}>{fill(t.startSheetName, { sheet: s.sheet })}</Caption1>
            )}
          </div>
          {!s.exists ? (
            <Badge appearance="tint" color="danger">
              {t.startMissing}
            </Badge>
          ) : s.rows !== undefined ? (
            <Badge appearance="tint" color="informative">
              {fill(t.startRows, { rows: format.count(s.rows) })}
            </Badge>
          ) : (
            <Badge appearance="tint" color="success">
              {t.startPresent}
            </Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
