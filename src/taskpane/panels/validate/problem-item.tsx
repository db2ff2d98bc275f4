import { Body1Strong, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ValidationProblem } from "../../../use-cases/validate-workbook";
import { expectationText } from "../../locale/expectation-text";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { cellOf } from "./use-validate-panel";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "start", minWidth: 0 },
  button: {
    justifyContent: "flex-start",
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  text: { wordBreak: "break-word" },
});

export interface ProblemItemProps {
  readonly problem: ValidationProblem;
  /** Selects the cell in Excel, or shows its row in the sheet viewer (browser mode). */
  readonly onSelect: (problem: ValidationProblem) => void;
  readonly inExcel: boolean;
}

/** One problem: where (sheet!cell), which column and value, and what was expected. */
export function ProblemItem({ problem, onSelect, inExcel }: ProblemItemProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const where = `${problem.sheet}!${cellOf(problem)}`;
  const content = (
    <span className={styles.content}>
      <Body1Strong>{where}</Body1Strong>
      <Caption1 className={styles.text}>
        {fill(t.validateValue, {
          column: problem.column,
          value: problem.value === undefined ? t.validateBlank : String(problem.value),
        })}
      </Caption1>
      <Caption1 className={styles.text}>
        {fill(t.validateExpected, {
          expected: expectationText(problem.expectation, t, locale === "zh-CN" ? "、" : ", "),
        })}
      </Caption1>
    </span>
  );
  return (
    <Button
      appearance="subtle"
      className={styles.button}
      aria-label={fill(inExcel ? t.validateSelect : t.validateShowRow, { where })}
      onClick={() => onSelect(problem)}
    >
      {content}
    </Button>
  );
}
