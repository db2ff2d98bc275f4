import { Field, ProgressBar } from "@fluentui/react-components";
import { fill } from "../locale/format";
import { useLocale } from "../state/locale-context";
import { useOperation } from "../state/operation-context";
import { ErrorMessage } from "./error-message";
import { FocusOnShow } from "./focus-on-show";

/** The running operation's progress, or the last one's failure with what to do next. */
export function OperationStatus() {
  const { step, percent, error, dismiss } = useOperation();
  const { t } = useLocale();
  if (step !== undefined) {
    const text = percent === undefined ? step : fill(t.progressPercent, { step, percent });
    return (
      <Field validationMessage={text} validationState="none" role="status" aria-live="polite">
        <ProgressBar thickness="large" aria-label={step} value={percent === undefined ? undefined : percent / 100} />
      </Field>
    );
  }
  return error !== undefined ? (
    <FocusOnShow trigger={error}>
      <ErrorMessage error={error} onDismiss={dismiss} />
    </FocusOnShow>
  ) : null;
}
