import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { DimensionsEditor } from "./dimensions-editor";
import { ListsEditor } from "./lists-editor";
import { problemPlace, problemText } from "./problem-text";
import { RulesEditor } from "./rules-editor";
import { useSettingsPanel } from "./use-settings-panel";

const useStyles = makeStyles({
  accordion: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  bar: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** 设置: dimensions and weights, thresholds, lists; checked, then written to the Settings and Lists sheets. */
export function SettingsPanel() {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const panel = useSettingsPanel();
  if (!panel.form) return null;
  return (
    <>
      {/* Errors above the form, where the eye and the focus go after saving; each field is marked as well. */}
      {panel.problems.length > 0 && (
        <div ref={panel.resultRef} tabIndex={-1}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{fill(t.settingsNotSaved, { count: panel.problems.length })}</MessageBarTitle>
              <ul className={styles.problems}>
                {panel.problems.map((p, i) => (
                  <li key={i}>{`${problemPlace(t, locale, p)}: ${problemText(t, locale, p)}`}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      <Accordion
        multiple
        collapsible
        openItems={panel.openSections}
        onToggle={(_, data) => panel.setOpenSections(data.openItems as string[])}
        className={styles.accordion}
      >
        <AccordionItem value="dimensions">
          <AccordionHeader as="h2">{t.settingsDimensions}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <DimensionsEditor panel={panel} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="rules">
          <AccordionHeader as="h2">{t.settingsRules}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <RulesEditor panel={panel} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="lists">
          <AccordionHeader as="h2">{t.settingsLists}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ListsEditor panel={panel} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {panel.saved && (
        <div ref={panel.resultRef} tabIndex={-1}>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {panel.saved.evaluationsRewritten ? t.settingsSavedWithTable : t.settingsSaved}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      <div className={styles.bar}>
        <Button appearance="primary" disabled={panel.busy || !panel.dirty} onClick={() => void panel.save()}>
          {t.settingsSave}
        </Button>
        <Button disabled={panel.busy || !panel.dirty} onClick={panel.reset}>
          {t.settingsReset}
        </Button>
      </div>
    </>
  );
}
