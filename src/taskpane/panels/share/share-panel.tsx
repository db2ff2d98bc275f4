import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Section } from "../../components/section";
import { FocusOnShow } from "../../components/focus-on-show";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { useSharePanel } from "./use-share-panel";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

/**
 * 共享: a copy with every personal field masked, to pass on outside the team. The password field stays disabled
 * with its reason: Office encryption needs Node's crypto, so only `share --password` encrypts.
 */
export function SharePanel() {
  const styles = useStyles();
  const { t, format } = useLocale();
  const panel = useSharePanel();
  return (
    <Section title={t.shareTitle}>
      <Body1>{t.shareIntro}</Body1>
      <ul className={styles.list}>
        <li>
          <Body1>{t.shareMaskNames}</Body1>
        </li>
        <li>
          <Body1>{t.shareMaskContacts}</Body1>
        </li>
        <li>
          <Body1>{t.shareMaskText}</Body1>
        </li>
        <li>
          <Body1>{t.shareLeftOut}</Body1>
        </li>
      </ul>
      <Field label={t.sharePassword} hint={t.sharePasswordUnavailable}>
        <Input type="password" disabled />
      </Field>
      <div>
        <Button appearance="primary" disabled={panel.busy} onClick={() => void panel.share()}>
          {t.shareRun}
        </Button>
      </div>
      {panel.result && (
        <FocusOnShow trigger={panel.result}>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {fill(t.shareDone, { file: panel.result.fileName, count: format.count(panel.result.maskedCells) })}
            </MessageBarBody>
          </MessageBar>
        </FocusOnShow>
      )}
    </Section>
  );
}
