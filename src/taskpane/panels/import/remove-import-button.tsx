import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";

export interface RemoveImportButtonProps {
  /** Rows the import added. */
  readonly rows: number;
  readonly label: string;
  readonly disabled?: boolean;
  readonly onRemove: () => void;
}

/** Removes an import's rows after the user confirms, in the pane (Excel blocks the browser's confirm dialog). */
export function RemoveImportButton({ rows, label, disabled, onRemove }: RemoveImportButtonProps) {
  const { t, format } = useLocale();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button appearance="secondary" size="small" disabled={disabled} onClick={() => setConfirming(true)}>
        {label}
      </Button>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{fill(t.importRemoveConfirm, { count: format.count(rows) })}</MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="primary"
          disabled={disabled}
          onClick={() => {
            setConfirming(false);
            onRemove();
          }}
        >
          {t.importRemoveYes}
        </Button>
        <Button onClick={() => setConfirming(false)}>{t.importRemoveNo}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
