import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useLocale } from "../state/locale-context";

/** Shown on every panel but 开始 while no workbook is open (browser mode). */
export function NoWorkbook({ onStart }: { readonly onStart: () => void }) {
  const { t } = useLocale();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t.noWorkbookHint}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onStart}>{t.goToStart}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
