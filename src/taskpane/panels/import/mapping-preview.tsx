import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { label } from "../../../domain/schema/types";
import { useLocale } from "../../state/locale-context";
import type { MappedColumn } from "../../workbook/workbook-actions";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  letter: { width: "28px", verticalAlign: "top" },
  muted: { color: tokens.colorNeutralForeground3 },
  kept: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  ignored: { color: tokens.colorPaletteMarigoldForeground2, fontStyle: "italic" },
  cell: { wordBreak: "break-word", verticalAlign: "top" },
});

/** Source column → the field it feeds, or how it is kept (extra column) or ignored (calculated by the sheet). */
export function MappingPreview({ columns }: { readonly columns: readonly MappedColumn[] }) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const target = (c: MappedColumn) => {
    if (c.target === "field" && c.field) return label(c.field, locale);
    if (c.target === "calculated") return <Caption1 className={styles.ignored}>{t.importTargetCalculated}</Caption1>;
    return (
      <Caption1 className={styles.kept}>{c.target === "meta" ? t.importTargetMeta : t.importTargetExtra}</Caption1>
    );
  };
  return (
    <Table size="extra-small" className={styles.table} aria-label={t.importMappingLabel}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.letter}>{t.importColumnLetter}</TableHeaderCell>
          <TableHeaderCell>{t.importColumnSource}</TableHeaderCell>
          <TableHeaderCell>{t.importColumnTarget}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {columns.map((c) => (
          <TableRow key={c.letter}>
            <TableCell className={styles.letter}>
              <Caption1 className={styles.muted}>{c.letter}</Caption1>
            </TableCell>
            <TableCell className={styles.cell}>
              {c.header || <span className={styles.muted}>{t.importNoHeader}</span>}
            </TableCell>
            <TableCell className={styles.cell}>{target(c)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
