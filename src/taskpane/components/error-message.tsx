import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { errorText } from "../locale/error-text";
import { useLocale } from "../state/locale-context";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, wordBreak: "break-word" },
  detail: { color: tokens.colorNeutralForeground3 },
});

export interface ErrorMessageProps {
  readonly error: unknown;
  readonly onDismiss?: () => void;
}

/** A failure as a Fluent MessageBar: what went wrong, what to do next, and the error's own detail. */
export function ErrorMessage({ error, onDismiss }: ErrorMessageProps) {
  const styles = useStyles();
  const { t, locale } = useLocale();
  const text = errorText(t, error, locale);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        <span>{text.next}</span>
        {text.detail && <Caption1 className={styles.detail}>{text.detail}</Caption1>}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button appearance="transparent" onClick={onDismiss}>
            {t.dismiss}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
