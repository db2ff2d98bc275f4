import {
  Caption1,
  Select,
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
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import type { FieldChoice, MappedColumn } from "../../workbook/workbook-actions";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  letter: { width: "28px", verticalAlign: "top" },
  // The field choices need the room more than the source headers, which wrap.
  target: { width: "55%" },
  muted: { color: tokens.colorNeutralForeground3 },
  ignored: { color: tokens.colorPaletteMarigoldForeground2 },
  cell: { wordBreak: "break-word", verticalAlign: "top" },
  // A <select> is as wide as its longest option unless told otherwise.
  select: { minWidth: 0, width: "100%" },
  selectControl: { minWidth: 0, textOverflow: "ellipsis" },
});

/** The value of the "keep as an extra column" option. */
const KEEP = "";

export interface MappingPreviewProps {
  readonly columns: readonly MappedColumn[];
  /** The fields a column can feed. */
  readonly choices: readonly FieldChoice[];
  /** Maps a source column (0-based) to a field, or keeps it as an extra column (null). */
  readonly onMap: (index: number, key: string | null) => void;
  readonly disabled?: boolean;
}

/** Source column → the field it feeds, or how it is kept (extra column) or ignored (calculated by the sheet); each
 * row's field can be changed. */
export function MappingPreview({ columns, choices, onMap, disabled }: MappingPreviewProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  return (
    <Table size="extra-small" className={styles.table} aria-label={t.importMappingLabel}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.letter}>{t.importColumnLetter}</TableHeaderCell>
          <TableHeaderCell>{t.importColumnSource}</TableHeaderCell>
          <TableHeaderCell className={styles.target}>{t.importColumnTarget}</TableHeaderCell>
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
              {c.samples.length > 0 && (
                <Caption1 block className={styles.muted}>
                  {fill(t.importSamples, { values: c.samples.join(locale === "zh-CN" ? "、" : ", ") })}
                </Caption1>
              )}
            </TableCell>
            <TableCell className={styles.cell}>
              <Select
                size="small"
                className={styles.select}
                select={{
                  className: `${styles.selectControl} ${c.target === "calculated" ? styles.ignored : ""}`,
                  "aria-label": fill(t.importColumnTargetLabel, {
                    letter: c.letter,
                    header: c.header || t.importNoHeader,
                  }),
                }}
                value={c.key ?? KEEP}
                disabled={disabled}
                onChange={(_, data) => onMap(c.index, data.value === KEEP ? null : data.value)}
              >
                <option value={KEEP}>{c.target === "meta" ? t.importTargetMeta : t.importTargetExtra}</option>
                {c.target === "calculated" && c.key && c.field && (
                  <option value={c.key}>
                    {fill(t.importTargetCalculatedField, { field: label(c.field, locale) })}
                  </option>
                )}
                {choices.map((f) => (
                  <option key={f.key} value={f.key}>
                    {label(f, locale)}
                  </option>
                ))}
              </Select>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
