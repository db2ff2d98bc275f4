import { Body1, Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../../components/section";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { ProblemItem } from "./problem-item";
import { useValidatePanel } from "./use-validate-panel";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
});

/** Problems listed at most; the rest are counted. */
const SHOWN_PROBLEMS = 200;

/** 校验: every table against its schema and the settings' rules, problem by problem. */
export function ValidatePanel() {
  const styles = useStyles();
  const { t, format } = useLocale();
  const panel = useValidatePanel();
  const report = panel.report;
  return (
    <Section title={t.validateTitle}>
      <Body1>{panel.inExcel ? t.validateIntroExcel : t.validateIntroBrowser}</Body1>
      <div>
        <Button appearance="primary" disabled={panel.busy} onClick={() => void panel.check()}>
          {report ? t.validateAgain : t.validateRun}
        </Button>
      </div>
      {report && (
        <div ref={panel.summary} tabIndex={-1}>
          <MessageBar intent={report.problems.length === 0 ? "success" : "warning"} layout="multiline">
            <MessageBarBody>
              {fill(report.problems.length === 0 ? t.validateNone : t.validateFound, {
                rows: format.count(report.rowsChecked),
                count: format.count(report.problems.length),
              })}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {report?.warnings.map((w) => (
        <MessageBar key={`${w.sheet}|${w.column}`} intent="warning" layout="multiline">
          <MessageBarBody>
            {fill(w.kind === "name" ? t.validatePersonalNames : t.validatePersonalContacts, {
              sheet: w.sheet,
              column: w.column,
            })}
          </MessageBarBody>
        </MessageBar>
      ))}
      {report && report.problems.length > 0 && (
        <ul className={styles.list} aria-label={t.validateListLabel}>
          {report.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
            <li key={i} className={styles.item}>
              <ProblemItem problem={problem} onSelect={panel.select} inExcel={panel.inExcel} />
            </li>
          ))}
          {report.problems.length > SHOWN_PROBLEMS && (
            <li>
              <Caption1>{fill(t.moreItems, { count: format.count(report.problems.length - SHOWN_PROBLEMS) })}</Caption1>
            </li>
          )}
        </ul>
      )}
    </Section>
  );
}
