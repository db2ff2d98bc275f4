import { Caption1, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportLogEntry } from "../../../import/import-log";
import { serialToParts } from "../../../domain/serial";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { RemoveImportButton } from "./remove-import-button";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    wordBreak: "break-word",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

/** The imports shown: the newest ones (the 导入记录 sheet has them all). */
const SHOWN = 10;

export interface ImportHistoryProps {
  /** Newest first. */
  readonly imports: readonly ImportLogEntry[];
  readonly busy: boolean;
  readonly onRemove: (importId: string) => void;
}

const when = (serial: number) => {
  const p = serialToParts(serial);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(p.year)}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
};

/** 导入记录: each import with its file, table and rows; one that added rows can be removed again (issue 10 item 3). */
export function ImportHistory({ imports, busy, onRemove }: ImportHistoryProps) {
  const styles = useStyles();
  const { t, format } = useLocale();
  return (
    <ul className={styles.list} aria-label={t.importHistory}>
      {imports.slice(0, SHOWN).map((entry) => (
        <li key={entry.id} className={styles.item}>
          <Caption1Strong>{`${entry.id} · ${when(entry.at)}`}</Caption1Strong>
          <Caption1>
            {fill(t.importHistoryLine, {
              file: entry.file,
              table: entry.table,
              imported: format.count(entry.imported),
              already: format.count(entry.alreadyImported),
            })}
          </Caption1>
          {entry.removedAt !== undefined ? (
            <Caption1>{fill(t.importHistoryRemoved, { time: when(entry.removedAt) })}</Caption1>
          ) : (
            entry.imported > 0 && (
              <RemoveImportButton
                rows={entry.imported}
                label={fill(t.importRemoveThis, { id: entry.id })}
                disabled={busy}
                onRemove={() => onRemove(entry.id)}
              />
            )
          )}
        </li>
      ))}
    </ul>
  );
}
