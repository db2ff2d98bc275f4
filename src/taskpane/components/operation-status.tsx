import { Field, ProgressBar } from "@fluentui/react-components";
import { useOperation } from "../state/operation-context";
import { ErrorMessage } from "./error-message";
import { FocusOnShow } from "./focus-on-show";

/** The running operation's progress, or the last one's failure with what to do next. */
export function OperationStatus() {
  const { step, error, dismiss } = useOperation();
  if (step !== undefined) {
    return (
      <Field validationMessage={step} validationState="none" role="status" aria-live="polite">
        <ProgressBar thickness="large" aria-label={step} />
      </Field>
    );
  }
  return error !== undefined ? (
    <FocusOnShow trigger={error}>
      <ErrorMessage error={error} onDismiss={dismiss} />
    </FocusOnShow>
  ) : null;
}
