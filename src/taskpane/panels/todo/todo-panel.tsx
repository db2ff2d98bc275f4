import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatSerial } from "../../../domain/serial";
import { TODO_LABELS } from "../../../domain/todo/todo-labels";
import { TODO_KINDS } from "../../../domain/todo/todo-types";
import type { TodoItem } from "../../../domain/todo/todo-types";
import { Section } from "../../components/section";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { TodoItemRow } from "./todo-item";
import { TodoLoads } from "./todo-loads";
import { useTodoPanel } from "./use-todo-panel";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  asOf: { flex: "1 1 10em", color: tokens.colorNeutralForeground2 },
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  summary: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

/** Late, or due now (no deadline): as the domain's `isLate`, kept here so the rules stay in the workbook chunk. */
const isLate = (item: TodoItem) => item.late === undefined || item.late > 0;

/** Items listed per group at most; the rest are counted. */
const SHOWN_PER_GROUP = 50;

/** 待办: what is due or late today, grouped by rule and counted per owner and team. */
export function TodoPanel() {
  const styles = useStyles();
  const { t, locale, format } = useLocale();
  const panel = useTodoPanel();
  const result = panel.result;
  const list = result?.worklist;
  const late = list?.items.filter(isLate).length ?? 0;
  const lang = locale === "zh-CN" ? "zh" : "en";
  return (
    <Section title={t.todoTitle}>
      <Body1>{t.todoIntro}</Body1>
      <div className={styles.bar}>
        {list && (
          <Caption1 className={styles.asOf}>
            {fill(result.asOfSource === "settings" ? t.todoAsOfSettings : t.todoAsOf, {
              time: formatSerial(list.asOf, true),
            })}
          </Caption1>
        )}
        <Button disabled={panel.busy} onClick={panel.refresh}>
          {t.todoRefresh}
        </Button>
      </div>
      {list && (
        <div ref={panel.summary} tabIndex={-1} className={styles.summary}>
          <MessageBar intent={list.items.length === 0 ? "success" : late > 0 ? "warning" : "info"} layout="multiline">
            <MessageBarBody>
              {list.items.length === 0
                ? t.todoNone
                : fill(t.todoSummary, { count: format.count(list.items.length), late: format.count(late) })}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {list &&
        TODO_KINDS.filter((kind) => list.byKind[kind] > 0).map((kind) => {
          const entries = list.items
            .map((item, i) => ({ item, place: result.places[i] }))
            .filter((e) => e.item.kind === kind);
          const headingId = `todo-${kind}`;
          return (
            <div key={kind}>
              <Subtitle2 as="h3" id={headingId} className={styles.heading}>
                {TODO_LABELS[kind][lang]} ({format.count(entries.length)})
              </Subtitle2>
              <ul className={styles.list} aria-labelledby={headingId}>
                {entries.slice(0, SHOWN_PER_GROUP).map(({ item, place }) => (
                  <li key={`${item.table}-${item.record}-${item.kind}`} className={styles.item}>
                    <TodoItemRow item={item} place={place} onShow={panel.show} />
                  </li>
                ))}
                {entries.length > SHOWN_PER_GROUP && (
                  <li>
                    <Caption1>{fill(t.moreItems, { count: format.count(entries.length - SHOWN_PER_GROUP) })}</Caption1>
                  </li>
                )}
              </ul>
            </div>
          );
        })}
      {list && list.items.length > 0 && (
        <>
          <TodoLoads title={t.todoByOwner} loads={list.byOwner} nobody={t.todoNoOwner} />
          <TodoLoads title={t.todoByTeam} loads={list.byTeam} nobody={t.todoNoTeam} />
        </>
      )}
    </Section>
  );
}
