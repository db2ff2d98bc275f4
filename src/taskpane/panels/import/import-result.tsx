import {
  Body1,
  Button,
  Caption1,
  Caption1Strong,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { groupProblems } from "../../../import/problem-groups";
import type { RemovalSummary } from "../../../import/plan-remove";
import { FigureCard, FigureGrid } from "../../components/figure-card";
import { fill } from "../../locale/format";
import { problemReasonText } from "../../locale/problem-text";
import { useLocale } from "../../state/locale-context";
import { RemoveImportButton } from "./remove-import-button";
import { UnfedWarnings } from "./unfed-warnings";
import { ListFix } from "./list-fix";
import type { ListKey } from "../../../domain/schema/types";
import type { ListValue } from "./use-import-panel";
import type { ImportOutcome } from "../../workbook/workbook-actions";

const useStyles = makeStyles({
  problems: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  problem: {
    display: "flex",
    flexDirection: "column",
    wordBreak: "break-word",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

/** Groups of problems listed under the counts (each with its count and first rows). */
const SHOWN_GROUPS = 20;

export interface ImportResultProps {
  readonly outcome: ImportOutcome;
  readonly openQuarantine?: () => void;
  /** The removal of this import's rows, once done. */
  readonly removal?: RemovalSummary;
  /** Removes this import's rows again; absent when there is nothing to remove. */
  readonly removeImport?: () => void;
  /** Adds a value found outside a list to that list (the one-click fix). */
  readonly addToList?: (list: ListKey, value: string) => void;
  /** Values added to lists from this result. */
  readonly added?: readonly ListValue[];
}

/** What an import did: counts, the columns kept or ignored, the first problems and where the set-aside rows are. */
export function ImportResult({
  outcome,
  openQuarantine,
  removal,
  removeImport,
  addToList,
  added = [],
}: ImportResultProps) {
  const styles = useStyles();
  const { t, format, locale } = useLocale();
  const s = outcome.summary;
  const groups = groupProblems(s.problems);
  return (
    <>
      {removal && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {fill(t.importRemoved, { id: removal.importId, count: format.count(removal.total) })}
          </MessageBarBody>
        </MessageBar>
      )}
      <MessageBar intent={s.quarantined > 0 ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          {fill(t.importDone, {
            imported: format.count(s.imported),
            quarantined: format.count(s.quarantined),
            file: s.file,
          })}
        </MessageBarBody>
      </MessageBar>
      {s.alreadyImported > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{fill(t.importAlreadyImported, { count: format.count(s.alreadyImported) })}</MessageBarBody>
        </MessageBar>
      )}
      <UnfedWarnings unfed={s.unfedFields} />
      <Caption1>{fill(t.importId, { id: s.importId })}</Caption1>
      <FigureGrid>
        <FigureCard label={t.importRowsRead} value={format.count(s.rowsRead)} />
        <FigureCard label={t.importImported} value={format.count(s.imported)} />
        <FigureCard label={t.importQuarantined} value={format.count(s.quarantined)} />
        <FigureCard label={t.importDuplicates} value={format.count(s.alreadyImported)} />
        {s.idsGenerated > 0 && <FigureCard label={t.importIdsGenerated} value={format.count(s.idsGenerated)} />}
        {s.validityRate !== undefined && (
          <FigureCard label={t.importValidity} value={format.percent(s.validityRate)}>
            <Caption1>{fill(t.importInvalid, { count: format.count(s.invalidEvaluations) })}</Caption1>
          </FigureCard>
        )}
      </FigureGrid>
      {s.unmappedColumns.length > 0 && (
        <Body1>{fill(t.importExtraColumns, { columns: s.unmappedColumns.join("、") })}</Body1>
      )}
      {s.calculatedColumnsIgnored.length > 0 && (
        <Body1>{fill(t.importCalculatedIgnored, { columns: s.calculatedColumnsIgnored.join("、") })}</Body1>
      )}
      {outcome.quarantineSheet && (
        <>
          <Body1>{fill(t.importQuarantineWhere, { sheet: outcome.quarantineSheet })}</Body1>
          {openQuarantine && (
            <Button appearance="secondary" onClick={openQuarantine}>
              {fill(t.importOpenQuarantine, { sheet: outcome.quarantineSheet })}
            </Button>
          )}
        </>
      )}
      {removeImport && <RemoveImportButton rows={s.imported} label={t.importRemove} onRemove={removeImport} />}
      {groups.length > 0 && (
        <ul className={styles.problems} aria-label={t.importProblemsLabel}>
          {groups.slice(0, SHOWN_GROUPS).map((g, i) => (
            <li key={i} className={styles.problem}>
              <Caption1Strong>
                {fill(t.importProblemGroup, {
                  column: g.column || "—",
                  count: format.count(g.count),
                  rows: g.rows.join(locale === "zh-CN" ? "、" : ", "),
                })}
              </Caption1Strong>
              {g.value !== undefined && <Caption1>{fill(t.importProblemValue, { value: String(g.value) })}</Caption1>}
              <Caption1>{problemReasonText(g.reason, t, locale)}</Caption1>
              <ListFix group={g} addToList={addToList} added={added} />
            </li>
          ))}
          {groups.length > SHOWN_GROUPS && (
            <li>
              <Caption1>{fill(t.moreItems, { count: format.count(groups.length - SHOWN_GROUPS) })}</Caption1>
            </li>
          )}
        </ul>
      )}
    </>
  );
}
