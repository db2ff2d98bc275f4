import { useEffect, useRef, useState } from "react";
import type { ListKey } from "../../../domain/schema/types";
import { DIMENSION_CLASS } from "../../../domain/schema/values";
import type { RuleSettings } from "../../../domain/settings";
import type { SettingsEditProblem } from "../../../use-cases/update-settings";
import { useHost } from "../../state/host-context";
import { useLocale } from "../../state/locale-context";
import { useOperation } from "../../state/operation-context";
import { loadWorkbookActions } from "../../workbook/load-actions";
import { editOf, formOf, newDimensionKey, type DimensionRow, type SettingsForm } from "../../workbook/settings-form";

/** The accordion section a problem's field is in: `rules.x` → rules (the shares too), `lists.x` → lists. */
function sectionOf(field: string): string {
  if (field === "rules.coreShare" || field === "rules.auxShare") return "dimensions";
  if (field.startsWith("rules.")) return "rules";
  if (field.startsWith("lists.")) return "lists";
  return "dimensions";
}

/**
 * The 设置 panel: dimensions and weights, thresholds and lists as a form; saving checks the edit first and writes
 * nothing while a value is wrong, listing every problem by field.
 */
export function useSettingsPanel() {
  const { workbook, revision, changed } = useHost();
  const { locale, t } = useLocale();
  const { run, step } = useOperation();
  const [initial, setInitial] = useState<SettingsForm>();
  const [form, setForm] = useState<SettingsForm>();
  const [problems, setProblems] = useState<readonly SettingsEditProblem[]>([]);
  const [saved, setSaved] = useState<{ readonly evaluationsRewritten: boolean }>();
  const [openSections, setOpenSections] = useState<string[]>(["dimensions"]);
  /** The error list or the saved message: focus goes there after saving. */
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!workbook) return undefined;
    let current = true;
    void run(t.progressReading, async () => {
      const snapshot = await (await loadWorkbookActions()).readSettings(workbook.host, locale);
      if (!current) return;
      const read = formOf(snapshot);
      setInitial(read);
      setForm(read);
    });
    return () => {
      current = false;
    };
  }, [workbook, revision]);

  const edit = (change: (f: SettingsForm) => SettingsForm) => {
    setForm((f) => f && change(f));
    setSaved(undefined);
  };
  const setRule = (key: keyof RuleSettings, text: string) =>
    edit((f) => ({ ...f, rules: { ...f.rules, [key]: text } }));
  const setDimension = (index: number, patch: Partial<DimensionRow>) =>
    edit((f) => ({ ...f, dimensions: f.dimensions.map((d, i) => (i === index ? { ...d, ...patch } : d)) }));
  const addDimension = () =>
    edit((f) => ({
      ...f,
      dimensions: [
        ...f.dimensions,
        { key: newDimensionKey(f.dimensions), zh: "", en: "", class: DIMENSION_CLASS.auxiliary, weight: "" },
      ],
    }));
  const removeDimension = (index: number) =>
    edit((f) => ({ ...f, dimensions: f.dimensions.filter((_, i) => i !== index) }));
  const setList = (key: ListKey, text: string) => edit((f) => ({ ...f, lists: { ...f.lists, [key]: text } }));

  const save = async () => {
    if (!workbook || !form || !initial) return;
    const update = await run(t.progressSavingSettings, async () =>
      (await loadWorkbookActions()).saveSettings(workbook.host, editOf(form, initial), locale),
    );
    if (!update) return;
    setProblems(update.problems);
    // Open the sections holding a wrong value, so each marked field can be seen.
    const sections = new Set(update.problems.map((p) => sectionOf(p.field)));
    setOpenSections((open) => [...new Set([...open, ...sections])]);
    setTimeout(() => resultRef.current?.focus(), 0);
    if (!update.written) return;
    setSaved({ evaluationsRewritten: update.evaluationsRewritten });
    changed();
  };

  const reset = () => {
    setForm(initial);
    setProblems([]);
    setSaved(undefined);
  };

  return {
    form,
    problems,
    problemsOf: (field: string) => problems.filter((p) => p.field === field),
    saved,
    resultRef,
    openSections,
    setOpenSections,
    dirty: form !== undefined && JSON.stringify(form) !== JSON.stringify(initial),
    busy: step !== undefined,
    setRule,
    setDimension,
    addDimension,
    removeDimension,
    setList,
    save,
    reset,
  };
}

export type SettingsPanelState = ReturnType<typeof useSettingsPanel>;
