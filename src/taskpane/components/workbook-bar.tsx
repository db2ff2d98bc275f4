import { Badge, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useLocale } from "../state/locale-context";
import { useWorkbookBar } from "./use-workbook-bar";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  file: {
    flex: "1 1 0",
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground2,
  },
  // As wide as the label (Fluent's medium button is at least 96 px), so the file name keeps its room; still 32 px tall.
  button: { minWidth: "auto" },
});

/** Which host the pane works on, the open file, and "download workbook" in browser mode. */
export function WorkbookBar() {
  const styles = useStyles();
  const { t } = useLocale();
  const { kind, name, download, view, busy, unsaved, storeFailed } = useWorkbookBar();
  return (
    <div className={styles.bar}>
      <Badge appearance="tint" color={kind === "excel" ? "success" : "informative"}>
        {kind === "excel" ? t.hostExcel : t.hostBrowser}
      </Badge>
      {kind === "browser" && (
        <Caption1 className={styles.file} title={name}>
          {name ?? t.noWorkbookOpen}
        </Caption1>
      )}
      {unsaved && (
        <Badge appearance="outline" color="warning">
          {t.workbookUnsaved}
        </Badge>
      )}
      {view && (
        <Button className={styles.button} onClick={view} disabled={busy}>
          {t.viewerOpen}
        </Button>
      )}
      {download && (
        <Button
          appearance="primary"
          className={styles.button}
          aria-label={t.downloadWorkbook}
          title={t.downloadWorkbook}
          onClick={() => void download()}
          disabled={busy}
        >
          {t.download}
        </Button>
      )}
      {storeFailed && <Caption1 role="status">{t.workbookNotKept}</Caption1>}
    </div>
  );
}
