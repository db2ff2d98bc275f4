import { Caption1, Field, Select, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { LISTS } from "../../../domain/schema/lists";
import { label, type ListKey } from "../../../domain/schema/types";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { problemText } from "./problem-text";
import type { SettingsPanelState } from "./use-settings-panel";

/** One list of the Lists sheet at a time, a value a line; default values stay. */
export function ListsEditor({ panel }: { readonly panel: SettingsPanelState }) {
  const { locale, t, format } = useLocale();
  const [key, setKey] = useState<ListKey>(LISTS[0]?.key ?? "channel");
  const spec = LISTS.find((l) => l.key === key);
  if (!panel.form || !spec) return null;
  const message = panel
    .problemsOf(`lists.${key}`)
    .map((p) => problemText(t, locale, p))
    .join(" ");
  const flagged = new Set(panel.problems.map((p) => p.field));
  return (
    <>
      <Field label={t.settingsList}>
        <Select value={key} onChange={(_, data) => setKey(data.value as ListKey)}>
          {LISTS.map((l) => (
            <option key={l.key} value={l.key}>
              {flagged.has(`lists.${l.key}`) ? `⚠ ${label(l, locale)}` : label(l, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={fill(t.settingsListValues, { list: label(spec, locale) })}

        hint={fill(t.settingsListHint, { count: format.count(spec.values.length) })}
        validationMessage={message || undefined}
      >
        <Textarea
          resize="vertical"
          rows={8}
          value={panel.form.lists[key]}
          onChange={(_, data) => panel.setList(key, data.value)}
        />
      </Field>
      <Caption1>{spec.dropdown ? t.settingsListDropdown : t.settingsListKeywords}</Caption1>
    </>
  );
}
