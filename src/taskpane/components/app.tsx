import { FluentProvider, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { ImportPanel } from "../panels/import/import-panel";
import { ReportPanel } from "../panels/report/report-panel";
import { SettingsPanel } from "../panels/settings/settings-panel";
import { SharePanel } from "../panels/share/share-panel";
import { StartPanel } from "../panels/start/start-panel";
import { TodoPanel } from "../panels/todo/todo-panel";
import { ValidatePanel } from "../panels/validate/validate-panel";
import { useHost } from "../state/host-context";
import { useLocale } from "../state/locale-context";
import { usePaneTheme, type ThemeMode } from "../state/use-pane-theme";
import { useViewer } from "../state/viewer-context";
import { AppHeader } from "./app-header";
import { ErrorMessage } from "./error-message";
import { NoWorkbook } from "./no-workbook";
import { OperationStatus } from "./operation-status";
import { SheetViewer } from "./sheet-viewer";
import { WorkbookBar } from "./workbook-bar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tabs: {
    flexWrap: "wrap",
    paddingLeft: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Seven tabs fit one row of a 320 px pane in either language, even in fonts wider than Segoe UI.
  // At least 32 px tall, like every target in the pane.
  tab: { minHeight: "32px", paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
  // Latin labels are wider: no padding of their own (the content keeps Fluent's), so seven fit in 320 px.
  tabLatin: { minHeight: "32px", minWidth: "32px", paddingLeft: 0, paddingRight: 0 },
  tabsLatin: { paddingLeft: 0, columnGap: tokens.spacingHorizontalXS },
  tabText: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    paddingLeft: 0,
    paddingRight: 0,
  },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  main: { display: "flex", flexDirection: "column", flex: "1 1 auto", minWidth: 0 },
  hidden: { display: "none" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export const PANELS = ["todo", "start", "import", "validate", "report", "settings", "share"] as const;
export type PanelKey = (typeof PANELS)[number];

export interface AppProps {
  /** Office's theme inside Excel; outside it the browser's colour scheme. */
  readonly officeTheme?: ThemeMode;
  /** Why Excel cannot be used, shown above the panels. */
  readonly startupError?: unknown;
  /** @default "todo" when a workbook is open (inside Excel), else "start" */
  readonly initialPanel?: PanelKey;
}

/** The task pane: header, workbook bar, the seven panels as tabs, and the progress and error area. */
export function App({ officeTheme, startupError, initialPanel }: AppProps) {
  const styles = useStyles();
  const theme = usePaneTheme(officeTheme);
  const { locale, t } = useLocale();
  const { workbook } = useHost();
  const viewer = useViewer();
  const [panel, setPanel] = useState<PanelKey>(initialPanel ?? (workbook ? "todo" : "start"));
  useEffect(() => {
    // The e2e suite reads this mark as the first-render time (issue 5 item 6); jsdom has no marks.
    if (typeof performance.mark === "function") performance.mark("pane-first-render");
  }, []);

  const titles: Record<PanelKey, string> = {
    todo: t.tabTodo,
    start: t.tabStart,
    import: t.tabImport,
    validate: t.tabValidate,
    report: t.tabReport,
    settings: t.tabSettings,
    share: t.tabShare,
  };
  const content: Record<PanelKey, () => ReactNode> = {
    todo: () => <TodoPanel />,
    start: () => <StartPanel />,
    import: () => <ImportPanel />,
    validate: () => <ValidatePanel />,
    report: () => <ReportPanel />,
    settings: () => <SettingsPanel />,
    share: () => <SharePanel />,
  };

  return (
    <FluentProvider theme={theme} className={styles.root}>
      {/* Landmarks: the banner (title, language, workbook), then one main holding the tabs and their panel. */}
      <header>
        <AppHeader />
        <WorkbookBar />
      </header>
      <main className={styles.main}>
        <TabList
          className={mergeClasses(styles.tabs, locale === "en-US" && styles.tabsLatin)}
          size="small"
          selectedValue={panel}
          onTabSelect={(_, data) => {
            viewer.close({ restoreFocus: false });
            setPanel(data.value as PanelKey);
          }}
          aria-label={t.tabsLabel}
        >
          {PANELS.map((key) => (
            <Tab
              key={key}
              value={key}
              id={`tab-${key}`}
              aria-controls="panel"
              className={locale === "en-US" ? styles.tabLatin : styles.tab}
              // Latin labels a size smaller, so seven fit; Chinese stays at the body size, where it reads best.
              content={{ className: locale === "en-US" ? styles.tabText : undefined }}
            >
              {titles[key]}
            </Tab>
          ))}
        </TabList>
        <div id="panel" role="tabpanel" aria-labelledby={`tab-${panel}`} className={styles.body}>
          {startupError !== undefined && <ErrorMessage error={startupError} />}
          <OperationStatus />
          {viewer.view && <SheetViewer view={viewer.view} onClose={viewer.close} />}
          {/* Kept mounted under the viewer, so closing it returns to the same place and focus. */}
          <div hidden={viewer.view !== undefined} className={viewer.view ? styles.hidden : styles.panel}>
            {panel === "start" || workbook ? content[panel]() : <NoWorkbook onStart={() => setPanel("start")} />}
          </div>
        </div>
      </main>
    </FluentProvider>
  );
}
