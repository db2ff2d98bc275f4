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
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  text: { wordBreak: "break-word" },
});

export interface ProblemItemProps {
  readonly problem: ValidationProblem;
  /** Selects the cell in Excel; without it (browser mode) the problem is plain text. */
  readonly onSelect?: (problem: ValidationProblem) => void;
}

/** One problem: where (sheet!cell), which column and value, and what was expected. */
export function ProblemItem({ problem, onSelect }: ProblemItemProps) {
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
  if (!onSelect) return <div className={styles.plain}>{content}</div>;
  return (
    <Button
      appearance="subtle"
      className={styles.button}
      aria-label={fill(t.validateSelect, { where })}
      onClick={() => onSelect(problem)}
    >
      {content}
    </Button>
  );
}
