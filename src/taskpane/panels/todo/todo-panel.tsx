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
import { useState } from "react";
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
  more: { minHeight: "32px", paddingLeft: 0 },
  summary: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

/** Late, or due now (no deadline): as the domain's `isLate`, kept here so the rules stay in the workbook chunk. */
const isLate = (item: TodoItem) => item.late === undefined || item.late > 0;

/** Items listed per group, and owners or teams per load table, until "show all" is chosen. */
const SHOWN_PER_GROUP = 10;

/** 待办: what is due or late today, grouped by rule and counted per owner and team. */
export function TodoPanel() {
  const styles = useStyles();
  const { t, locale, format } = useLocale();
  const panel = useTodoPanel();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const expand = (key: string) => setExpanded((open) => new Set([...open, key]));
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
                {fill(t.todoGroup, { label: TODO_LABELS[kind][lang], count: format.count(entries.length) })}
              </Subtitle2>
              <ul className={styles.list} aria-labelledby={headingId}>
                {entries.slice(0, expanded.has(kind) ? undefined : SHOWN_PER_GROUP).map(({ item, place }) => (
                  <li key={`${item.table}-${item.record}-${item.kind}`} className={styles.item}>
                    <TodoItemRow item={item} place={place} onShow={panel.show} />
                  </li>
                ))}
              </ul>
              {!expanded.has(kind) && entries.length > SHOWN_PER_GROUP && (
                <Button appearance="transparent" className={styles.more} onClick={() => expand(kind)}>
                  {fill(t.todoShowAll, { count: format.count(entries.length) })}
                </Button>
              )}
            </div>
          );
        })}
      {list && list.items.length > 0 && (
        <>
          {(["owner", "team"] as const).map((by) => {
            const loads = by === "owner" ? list.byOwner : list.byTeam;
            const all = expanded.has(by) || loads.length <= SHOWN_PER_GROUP;
            return (
              <div key={by}>
                <TodoLoads
                  title={by === "owner" ? t.todoByOwner : t.todoByTeam}
                  loads={all ? loads : loads.slice(0, SHOWN_PER_GROUP)}
                  nobody={by === "owner" ? t.todoNoOwner : t.todoNoTeam}
                />
                {!all && (
                  <Button appearance="transparent" className={styles.more} onClick={() => expand(by)}>
                    {fill(t.todoShowAll, { count: format.count(loads.length) })}
                  </Button>
                )}
              </div>
            );
          })}
        </>
      )}
    </Section>
  );
}
