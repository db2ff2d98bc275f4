import { Body1, Button, Caption1, Field, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { CellValue } from "../../domain/schema/types";
import { formatSerial } from "../../domain/serial";
import { columnLetter } from "../../workbook/a1";
import { fill } from "../locale/format";
import { useLocale } from "../state/locale-context";
import type { SheetView } from "../state/viewer-context";
import { Section } from "./section";
import { useSheetViewer } from "./use-sheet-viewer";

/** Row height in px: every row is this tall, so the visible rows follow from the scroll position alone. */
const ROW_HEIGHT = 32;
const COLUMN_WIDTH = 144;
const ROW_HEADER_WIDTH = 56;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 8;
const VIEWPORT_ROWS = 14;

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  select: { flex: "1 1 10em", minWidth: 0 },
  scroller: {
    position: "relative",
    overflow: "auto",
    height: `${ROW_HEIGHT * (VIEWPORT_ROWS + 1)}px`,
    maxHeight: "60vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  row: { display: "flex", position: "absolute", left: 0, height: `${ROW_HEIGHT}px` },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  cell: {
    flex: "0 0 auto",
    width: `${COLUMN_WIDTH}px`,
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    lineHeight: `${ROW_HEIGHT}px`,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  rowHeader: {
    width: `${ROW_HEADER_WIDTH}px`,
    position: "sticky",
    left: 0,
    textAlign: "end",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  current: { backgroundColor: tokens.colorBrandBackground2, outline: "none" },
  currentHeader: { backgroundColor: tokens.colorBrandBackground2Hover, fontWeight: tokens.fontWeightSemibold },
});

function cellText(value: CellValue, dated: boolean): string {
  if (value === undefined) return "";
  if (typeof value === "number") {
    if (dated && value >= 61) return formatSerial(value, value % 1 !== 0);
    return String(value);
  }
  return value;
}

export interface SheetViewerProps {
  readonly view: SheetView;
  readonly onClose: () => void;
}

/**
 * A read-only view of one sheet, virtualized: only the rows in sight are in the page, so a 100,000-row table
 * scrolls as lightly as a short one. The row asked for is scrolled into view, marked and focused.
 */
export function SheetViewer({ view, onClose }: SheetViewerProps) {
  const styles = useStyles();
  const { t, format } = useLocale();
  const { sheet, setSheet, sheets, content } = useSheetViewer(view.sheet);
  const scroller = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const target = sheet === view.sheet ? view.row : undefined;
  const cells = content?.cells ?? [];
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !content || target === undefined) return;
    el.scrollTop = Math.max(0, (target - 1) * ROW_HEIGHT - ROW_HEIGHT * 3);
    setTop(el.scrollTop);
  }, [content, target]);
  const focused = useRef<{ content: unknown; target: number | undefined } | undefined>(undefined);
  useEffect(() => {
    if (!content) return;
    if (focused.current?.content === content && focused.current.target === target) return;
    const row =
      target === undefined ? undefined : scroller.current?.querySelector<HTMLElement>('[aria-current="true"]');
    // The row asked for is drawn only once the scroll position set above is rendered: focus it then.
    if (target !== undefined && !row) return;
    (row ?? scroller.current)?.focus({ preventScroll: true });
    focused.current = { content, target };
  }, [content, target, top]);

  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(cells.length, Math.ceil((top + ROW_HEIGHT * VIEWPORT_ROWS * 3) / ROW_HEIGHT) + OVERSCAN);
  const columns = Array.from({ length: width }, (_, c) => c);
  const gridLabel = fill(t.viewerGridLabel, {
    sheet,
    first: format.count(Math.min(first + 1, cells.length)),
    last: format.count(last),
    rows: format.count(cells.length),
  });

  return (
    <Section title={t.viewerTitle}>
      <div className={styles.bar}>
        <Field label={t.viewerSheet} className={styles.select}>
          <Select value={sheet} onChange={(_, data) => setSheet(data.value)}>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={onClose}>{t.viewerClose}</Button>
      </div>
      <Caption1>
        {t.viewerReadOnly} {content && fill(t.viewerRows, { rows: format.count(cells.length) })}
      </Caption1>
      {content && cells.length === 0 && <Body1>{t.viewerEmpty}</Body1>}
      {content && cells.length > 0 && (
        <div
          ref={scroller}
          className={styles.scroller}
          role="table"
          aria-label={gridLabel}
          aria-rowcount={cells.length + 1}
          tabIndex={0}
          onScroll={(e) => setTop(e.currentTarget.scrollTop)}
        >
          <div role="rowgroup" className={styles.header} style={{ width: ROW_HEADER_WIDTH + width * COLUMN_WIDTH }}>
            <div role="row" aria-rowindex={1} style={{ display: "flex" }}>
              <span role="columnheader" className={mergeClasses(styles.cell, styles.rowHeader)}>
                #
              </span>
              {columns.map((c) => {
                // The letter, and the sheet's first-row text (a table's header), which scrolls away with row 1.
                const first = cells[0]?.[c];
                const name =
                  typeof first === "string" && first !== "" ? `${columnLetter(c + 1)} · ${first}` : columnLetter(c + 1);
                return (
                  <span key={c} role="columnheader" className={styles.cell} title={name}>
                    {name}
                  </span>
                );
              })}
            </div>
          </div>
          <div
            role="rowgroup"
            style={{
              position: "relative",
              height: cells.length * ROW_HEIGHT,
              width: ROW_HEADER_WIDTH + width * COLUMN_WIDTH,
            }}
          >
            {cells.slice(first, last).map((row, k) => {
              const index = first + k;
              const isTarget = target === index + 1;
              return (
                <div
                  key={index}
                  role="row"
                  aria-rowindex={index + 2}
                  aria-current={isTarget ? "true" : undefined}
                  tabIndex={isTarget ? -1 : undefined}
                  className={mergeClasses(styles.row, isTarget && styles.current)}
                  style={{ top: index * ROW_HEIGHT }}
                >
                  <span
                    role="rowheader"
                    className={mergeClasses(styles.cell, styles.rowHeader, isTarget && styles.currentHeader)}
                  >
                    {index + 1}
                  </span>
                  {columns.map((c) => {
                    const text = cellText(row[c], index > 0 && content.dateColumns.has(c));
                    return (
                      <span key={c} role="cell" className={styles.cell} title={text}>
                        {text}
                      </span>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </Section>
  );
}
