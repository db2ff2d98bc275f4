import { Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { SETTING_SPECS } from "../../../domain/settings";
import type { Catalogue } from "../../locale";
import { useLocale } from "../../state/locale-context";
import { RuleField } from "./rule-field";
import type { SettingsPanelState } from "./use-settings-panel";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** The Settings sheet's sections, in its order; the class shares are edited with the dimensions. */
const SECTIONS: readonly [string, keyof Catalogue][] = [
  ["ids", "settingsSectionIds"],
  ["scores", "settingsSectionScores"],
  ["quality", "settingsSectionQuality"],
  ["sla", "settingsSectionSla"],
  ["followups", "settingsSectionFollowups"],
  ["monitoring", "settingsSectionMonitoring"],
  ["improvements", "settingsSectionImprovements"],
];
const WITH_DIMENSIONS = new Set(["coreShare", "auxShare"]);

/** Thresholds, targets and time limits, grouped as on the Settings sheet. */
export function RulesEditor({ panel }: { readonly panel: SettingsPanelState }) {
  const styles = useStyles();
  const { t } = useLocale();
  return (
    <div className={styles.groups}>
      {SECTIONS.map(([section, title]) => (
        <fieldset key={section} className={styles.group}>
          <legend className={styles.legend}>
            <Caption1Strong>{t[title]}</Caption1Strong>
          </legend>
          {SETTING_SPECS.filter((s) => s.section === section && !WITH_DIMENSIONS.has(s.key)).map((s) => (
            <RuleField key={s.key} panel={panel} ruleKey={s.key} />
          ))}
        </fieldset>
      ))}
    </div>
  );
}
