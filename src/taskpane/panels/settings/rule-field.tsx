import { Field, Input, makeStyles } from "@fluentui/react-components";
import { label } from "../../../domain/schema/types";
import { SETTING_SPECS, type RuleSettings } from "../../../domain/settings";
import { useLocale } from "../../state/locale-context";
import { problemText } from "./problem-text";
import type { SettingsPanelState } from "./use-settings-panel";

const useStyles = makeStyles({
  input: { minWidth: 0, width: "100%" },
});

/** One rule of the Settings sheet as a labelled input: percentages in %, date-times as YYYY-MM-DD HH:mm. */
export function RuleField({
  panel,
  ruleKey,
}: {
  readonly panel: SettingsPanelState;
  readonly ruleKey: keyof RuleSettings;
}) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const spec = SETTING_SPECS.find((s) => s.key === ruleKey);
  if (!spec || !panel.form) return null;
  const message = panel
    .problemsOf(`rules.${ruleKey}`)
    .map((p) => problemText(t, locale, p))
    .join(" ");
  return (
    <Field label={label(spec, locale)} validationMessage={message || undefined}>
      <Input
        className={styles.input}

        value={panel.form.rules[ruleKey]}
        contentAfter={spec.kind === "percent" ? "%" : undefined}
        inputMode={spec.kind === "percent" || spec.kind === "number" ? "decimal" : undefined}
        placeholder={spec.kind === "dateTime" ? t.settingsDateTimePlaceholder : undefined}
        onChange={(_, data) => panel.setRule(ruleKey, data.value)}
      />
    </Field>
  );
}
