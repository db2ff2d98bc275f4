import {
  Body1,
  Body1Strong,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FilePicker } from "../../components/file-picker";
import { Section } from "../../components/section";
import { FocusOnShow } from "../../components/focus-on-show";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { SheetStatusList } from "./sheet-status-list";
import { useStartPanel } from "./use-start-panel";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** 开始: what the workbook holds, set up / repair, and (browser) where a workbook comes from. */
export function StartPanel() {
  const styles = useStyles();
  const { t, locale } = useLocale();
  const panel = useStartPanel();
  const kept = panel.kept;
  const sources = panel.canOpenFiles && (
    <div className={styles.actions}>
      <Button
        appearance={panel.hasWorkbook ? "secondary" : "primary"}
        disabled={panel.busy}
        onClick={() => void panel.startDemo()}
      >
        {t.startDemo}
      </Button>
      <Button disabled={panel.busy} onClick={() => void panel.startNew()}>
        {t.startNew}
      </Button>
      <FilePicker
        label={t.startOpen}
        accept=".xlsx,.xlsm"
        disabled={panel.busy}
        onFile={(file) => void panel.openFile(file)}
      />
    </div>
  );

  if (!panel.hasWorkbook) {
    return (
      <Section title={t.startWelcome}>
        <Body1Strong>{t.appTagline}</Body1Strong>
        <Body1>{panel.canOpenFiles ? t.startIntroBrowser : t.startIntroExcel}</Body1>
        {kept && panel.restore && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {fill(t.startKept, { name: kept.name, time: new Date(kept.savedAt).toLocaleString(locale) })}
              {kept.unsaved && `${locale === "zh-CN" ? "" : " "}${t.startKeptUnsaved}`}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" disabled={panel.busy} onClick={() => void panel.restore?.()}>
                {fill(t.startRestore, { name: kept.name })}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {sources}
      </Section>
    );
  }
  const status = panel.status;
  const problems = status?.settingsProblems ?? 0;
  return (
    <>
      <Section title={t.startStatus}>
        {status &&
          (panel.opened ? (
            // A workbook was just opened or made: its status is the result, and takes the focus.
            <FocusOnShow trigger={panel.opened}>
              <SheetStatusList sheets={status.sheets} />
            </FocusOnShow>
          ) : (
            <SheetStatusList sheets={status.sheets} />
          ))}
        {status && problems > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{fill(t.startSettingsProblems, { count: problems })}</MessageBarBody>
          </MessageBar>
        )}
        {status && <Body1>{status.ready ? t.startRepairHint : t.startSetUpHint}</Body1>}
        <div className={styles.actions}>
          <Button appearance="primary" disabled={panel.busy || !status} onClick={() => void panel.setUp()}>
            {status?.ready ? t.startRepair : t.startSetUp}
          </Button>
        </div>
        {panel.done && (
          <FocusOnShow trigger={panel.done}>
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{panel.done}</MessageBarBody>
            </MessageBar>
          </FocusOnShow>
        )}
      </Section>
      {sources && <Section title={t.startOtherWorkbook}>{sources}</Section>}
    </>
  );
}
