import { LISTS } from "../../../domain/schema/lists";
import { label, type Lang } from "../../../domain/schema/types";
import { SETTING_SPECS } from "../../../domain/settings";
import type { SettingsEditCode, SettingsEditProblem } from "../../../use-cases/update-settings";
import type { Catalogue } from "../../locale";
import { fill } from "../../locale/format";

const TEMPLATES: Readonly<Record<SettingsEditCode, keyof Catalogue>> = {
  required: "settingsProblemRequired",
  whitespace: "settingsProblemWhitespace",
  number: "settingsProblemNumber",
  percent: "settingsProblemPercent",
  date: "settingsProblemDate",
  order: "settingsProblemOrder",
  key: "settingsProblemKey",
  class: "settingsProblemClass",
  weights: "settingsProblemWeights",
  "in-use": "settingsProblemInUse",
  "no-dimension": "settingsProblemNoDimension",
  duplicate: "settingsProblemDuplicate",
  "default-removed": "settingsProblemDefaultRemoved",
  "too-long": "settingsProblemTooLong",
  "too-many": "settingsProblemTooMany",
};

const ruleLabel = (key: string, lang: Lang) => {
  const spec = SETTING_SPECS.find((s) => s.key === key);
  return spec ? label(spec, lang) : key;
};

/** What is wrong, in the pane's language. */
export function problemText(t: Catalogue, lang: Lang, problem: SettingsEditProblem): string {
  const other = problem.params["other"];
  return fill(t[TEMPLATES[problem.code]], {
    ...problem.params,
    ...(other === undefined ? {} : { other: ruleLabel(String(other), lang) }),
  });
}

/** Where it is: a rule's label, "Dimension 2", "Dimensions and weights" or a list's name. */
export function problemPlace(t: Catalogue, lang: Lang, problem: SettingsEditProblem): string {
  const [area, part] = problem.field.split(".");
  if (area === "rules") return ruleLabel(part ?? "", lang);
  if (area === "lists") {
    const spec = LISTS.find((l) => l.key === part);
    return spec ? label(spec, lang) : (part ?? "");
  }
  return part === undefined ? t.settingsDimensions : fill(t.settingsDimensionNumber, { n: Number(part) + 1 });
}
