import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TABLE_KEYS } from "../../../domain/schema";
import type { TableKey } from "../../../domain/schema/types";
import { label } from "../../../domain/schema/types";
import { FilePicker } from "../../components/file-picker";
import { Section } from "../../components/section";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { ImportHistory } from "./import-history";
import { ImportResult } from "./import-result";
import { MappingPreview } from "./mapping-preview";
import { UnfedWarnings } from "./unfed-warnings";
import { useImportPanel } from "./use-import-panel";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  // A <select> is as wide as its longest option unless told otherwise.
  select: { minWidth: 0 },
  selectControl: { minWidth: 0, textOverflow: "ellipsis" },
});

/** 导入: choose a source, check the column mapping, import, and see what happened. */
export function ImportPanel() {
  const styles = useStyles();
  const { locale, t, format } = useLocale();
  const panel = useImportPanel();
  const preview = panel.preview;
  return (
    <>
      <Section title={t.importSource}>
        <Body1>{t.importIntro}</Body1>
        <div className={styles.actions}>
          <FilePicker
            label={t.importChooseFile}
            accept=".csv,.txt,.xlsx,.xlsm"
            appearance="primary"
            disabled={panel.busy}
            onFile={(file) => void panel.chooseFile(file)}
          />
          {panel.useCurrentSheet && (
            <Button disabled={panel.busy} onClick={() => void panel.useCurrentSheet?.()}>
              {t.importCurrentSheet}
            </Button>
          )}
        </div>
      </Section>
      {preview && (
        <Section title={t.importMapping}>
          <Caption1 className={styles.muted}>
            {[preview.file, preview.sheet, preview.encoding?.toUpperCase()].filter(Boolean).join(" · ")}
          </Caption1>
          <Field label={t.importTable}>
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              value={panel.table}
              onChange={(_, data) => panel.setTable(data.value as TableKey)}
            >
              {TABLE_KEYS.filter((key) => preview.tables[key]).map((key) => {
                const mapping = preview.tables[key];
                return (
                  <option key={key} value={key}>
                    {mapping &&
                      fill(t.importTableOption, { table: label(mapping.label, locale), fields: mapping.fields })}
                  </option>
                );
              })}
            </Select>
          </Field>
          {panel.mapping && (
            <>
              <MappingPreview
                columns={panel.mapping.columns}
                choices={panel.mapping.choices}
                disabled={panel.busy}
                onMap={(index, key) => void panel.mapColumn(index, key)}
              />
              <Caption1 className={styles.muted}>{t.importMappingNote}</Caption1>
              <UnfedWarnings unfed={panel.mapping.unfed} />
              <div className={styles.actions}>
                <Button appearance="primary" disabled={panel.busy} onClick={() => void panel.runImport()}>
                  {fill(t.importRun, { rows: format.count(panel.mapping.dataRows) })}
                </Button>
              </div>
            </>
          )}
        </Section>
      )}
      {panel.outcome && (
        <Section title={t.importResult}>
          <ImportResult
            outcome={panel.outcome}
            openQuarantine={panel.openQuarantine}
            removal={panel.removal?.importId === panel.outcome.summary.importId ? panel.removal : undefined}
            removeImport={panel.removeOutcome}
            addToList={panel.addToList}
            added={panel.added}
          />
        </Section>
      )}
      {panel.imports.length > 0 && (
        <Section title={t.importHistory}>
          {panel.removal && panel.removal.importId !== panel.outcome?.summary.importId && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                {fill(t.importRemoved, { id: panel.removal.importId, count: format.count(panel.removal.total) })}
              </MessageBarBody>
            </MessageBar>
          )}
          <ImportHistory imports={panel.imports} busy={panel.busy} onRemove={(id) => void panel.removeImport(id)} />
        </Section>
      )}
    </>
  );
}
