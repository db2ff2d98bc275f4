import { Body1Strong, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatSerial } from "../../../domain/serial";
import type { TodoItem } from "../../../domain/todo/todo-types";
import type { RecordPlace } from "../../../use-cases/read-worklist";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { lateText } from "./late-text";

const useStyles = makeStyles({
  button: {
    position: "relative",
    justifyContent: "flex-start",
    width: "100%",
    minHeight: "44px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  content: { display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "start", minWidth: 0 },
  line: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  due: { color: tokens.colorPaletteDarkOrangeForeground1 },
  text: { wordBreak: "break-word" },
  // Read by screen readers after the visible text, so the button's name starts with what it shows.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface TodoItemRowProps {
  readonly item: TodoItem;
  readonly place: RecordPlace | undefined;
  readonly onShow: (item: TodoItem, place: RecordPlace) => void;
}

/** One 待办 item: its id and how late, then deadline and owner; a button that shows its row. */
export function TodoItemRow({ item, place, onShow }: TodoItemRowProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const status = lateText(item, t);
  const late = item.late === undefined || item.late > 0;
  const deadline =
    item.deadline === undefined
      ? t.todoNoDeadline
      : fill(t.todoDeadline, { deadline: formatSerial(item.deadline, !item.allDay) });
  const owner = item.owner ?? t.todoNoOwner;
  const content = (
    <span className={styles.content}>
      <span className={styles.line}>
        <Body1Strong>{item.id ?? "—"}</Body1Strong>{" "}
        <Caption1 className={mergeClasses(late ? styles.late : styles.due)}>{status}</Caption1>
      </span>
      <Caption1 className={styles.text}>
        {deadline} · {owner}
      </Caption1>
    </span>
  );
  if (!place) return <div className={styles.button}>{content}</div>;
  return (
    <Button appearance="subtle" className={styles.button} onClick={() => onShow(item, place)}>
      {content}
      <span className={styles.hidden}>{fill(t.todoOpenRow, { sheet: place.sheet, row: place.row })}</span>
    </Button>
  );
}
