import { Button, Caption1, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { DIMENSION_CLASS } from "../../../domain/schema/values";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { RuleField } from "./rule-field";
import type { SettingsPanelState } from "./use-settings-panel";
import { problemText } from "./problem-text";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  rowHead: { gridColumn: "1 / -1", display: "flex", alignItems: "center", justifyContent: "space-between" },
  key: { color: tokens.colorNeutralForeground3 },
  shares: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  // Fluent's inputs have a minimum width; in a two-column grid at 320 px they must shrink.
  input: { minWidth: 0, width: "100%" },
  totalWrong: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The sum of the weights typed so far, in percent, and how many dimensions have one; undefined while none has.
 * A weight that is not a number is left out (its field says so when saving).
 */
export function weightTotal(weights: readonly string[]): { total: number; given: number } | undefined {
  const numbers = weights
    .map((w) => w.trim().replace(/%$/, ""))
    .filter((w) => w !== "")
    .map(Number)
    .filter((n) => Number.isFinite(n));
  if (numbers.length === 0) return undefined;
  // Rounded to 2 decimals, so 33.33 + 33.33 + 33.34 shows 100, not 99.99999999999999.
  return { total: Math.round(numbers.reduce((a, b) => a + b, 0) * 100) / 100, given: numbers.length };
}

/** The evaluation dimensions: labels, class and weight, the class shares, add and remove. */
export function DimensionsEditor({ panel }: { readonly panel: SettingsPanelState }) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const form = panel.form;
  if (!form) return null;
  const message = (field: string) =>
    panel
      .problemsOf(field)
      .map((p) => problemText(t, locale, p))
      .join(" ") || undefined;
  const total = weightTotal(form.dimensions.map((d) => d.weight));
  const totalOk = total === undefined || (total.total === 100 && total.given === form.dimensions.length);
  return (
    <>
      <Caption1>{t.settingsWeightsHint}</Caption1>
      <div className={styles.shares}>
        <RuleField panel={panel} ruleKey="coreShare" />
        <RuleField panel={panel} ruleKey="auxShare" />
      </div>
      <ul className={styles.list} aria-label={t.settingsDimensions}>
        {form.dimensions.map((d, i) => (
          <li key={d.key} className={styles.row} aria-label={fill(t.settingsDimensionNumber, { n: i + 1 })}>
            <div className={styles.rowHead}>
              <Caption1 className={styles.key}>{fill(t.settingsDimensionKey, { n: i + 1, key: d.key })}</Caption1>
              <Button
                appearance="subtle"
                aria-label={fill(t.settingsRemoveDimension, { name: d.zh || d.key })}
                onClick={() => panel.removeDimension(i)}
              >
                {t.remove}
              </Button>
            </div>
            <Field label={t.settingsDimensionZh} validationMessage={message(`dimensions.${i}.zh`)}>
              <Input
                className={styles.input}

                value={d.zh}
                onChange={(_, data) => panel.setDimension(i, { zh: data.value })}
              />
            </Field>
            <Field label={t.settingsDimensionEn} validationMessage={message(`dimensions.${i}.en`)}>
              <Input
                className={styles.input}

                value={d.en}
                onChange={(_, data) => panel.setDimension(i, { en: data.value })}
              />
            </Field>
            <Field label={t.settingsDimensionClass} validationMessage={message(`dimensions.${i}.class`)}>
              <Select
                className={styles.input}

                value={d.class}
                onChange={(_, data) => panel.setDimension(i, { class: data.value })}
              >
                <option value={DIMENSION_CLASS.core}>{t.classCore}</option>
                <option value={DIMENSION_CLASS.auxiliary}>{t.classAuxiliary}</option>
              </Select>
            </Field>
            <Field label={t.settingsDimensionWeight} validationMessage={message(`dimensions.${i}.weight`)}>
              <Input
                className={styles.input}

                value={d.weight}
                placeholder={t.settingsWeightAuto}
                contentAfter="%"
                inputMode="decimal"
                onChange={(_, data) => panel.setDimension(i, { weight: data.value })}
              />
            </Field>
            {message(`dimensions.${i}.key`) && <Caption1 role="alert">{message(`dimensions.${i}.key`)}</Caption1>}
          </li>
        ))}
      </ul>
      <Caption1 aria-live="polite" className={totalOk ? undefined : styles.totalWrong}>
        {total === undefined
          ? t.settingsWeightTotalNone
          : fill(totalOk ? t.settingsWeightTotal : t.settingsWeightTotalWrong, {
              total: total.total,
              given: total.given,
              count: form.dimensions.length,
            })}
      </Caption1>
      {message("dimensions") && (
        <Field validationMessage={message("dimensions")} validationState="error">
          <span />
        </Field>
      )}
      <div>
        <Button onClick={panel.addDimension}>{t.settingsAddDimension}</Button>
      </div>
    </>
  );
}
