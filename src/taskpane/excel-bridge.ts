/* global Office */
/**
 * What the pane learns from Office: that it runs in Excel, its display language and theme; and the Excel-only
 * capabilities (from src/hosts/office) that components get as ExcelBridge.
 */
import { activeSheetName, selectCell } from "../hosts/office/excel-selection";
import type { ExcelBridge } from "./state/host-context";
import { isDarkColor, type ThemeMode } from "./state/use-pane-theme";

/** The id of taskpane.html's async Office.js script tag. */
const OFFICE_SCRIPT_ID = "office-js";

export interface ExcelInfo {
  readonly displayLanguage: string | undefined;
  readonly theme: ThemeMode | undefined;
}

/**
 * Calls back once Office.js reports Excel. In a plain browser Office.js never arrives, or onReady reports no host,
 * and nothing happens: the pane keeps running in browser mode.
 */
export function onExcelReady(callback: (info: ExcelInfo) => void): void {
  const listen = () =>
    Office.onReady((info) => {
      if (info.host !== Office.HostType.Excel) return;
      callback({ displayLanguage: Office.context.displayLanguage, theme: officeTheme() });
    });
  if (typeof Office !== "undefined") listen();
  else document.getElementById(OFFICE_SCRIPT_ID)?.addEventListener("load", listen, { once: true });
}

function officeTheme(): ThemeMode | undefined {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background) return undefined;
  return isDarkColor(background) ? "dark" : "light";
}

export const excelBridge: ExcelBridge = { selectCell, activeSheetName };
