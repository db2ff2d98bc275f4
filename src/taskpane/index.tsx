import { createRoot } from "react-dom/client";
import { App, type HostKind } from "./components/app";
import { detectLocale } from "./locale";

/** The id of taskpane.html's async Office.js script tag. */
const OFFICE_SCRIPT_ID = "office-js";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

/** Renders the pane for a host; a new host remounts the App, so it starts in that host's language. */
function render(host: HostKind, officeDisplayLanguage?: string): void {
  root.render(<App key={host} host={host} initialLocale={detectLocale(officeDisplayLanguage)} />);
}

/** Switches to Excel when Office.js reports it; in a plain browser onReady reports no host and nothing changes. */
function listenForOffice(): void {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) render("excel", Office.context.displayLanguage);
  });
}

render("browser");
if (typeof Office !== "undefined") listenForOffice();
else document.getElementById(OFFICE_SCRIPT_ID)?.addEventListener("load", listenForOffice, { once: true });
