import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

export type ThemeMode = "light" | "dark";

const DARK_QUERY = "(prefers-color-scheme: dark)";
const prefersDark = () => typeof window.matchMedia === "function" && window.matchMedia(DARK_QUERY).matches;

/** Office's theme when Excel gives one; outside Office the browser's colour scheme, followed as it changes. */
export function usePaneTheme(officeMode: ThemeMode | undefined): Theme {
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    if (officeMode !== undefined || typeof window.matchMedia !== "function") return undefined;
    const query = window.matchMedia(DARK_QUERY);
    const follow = (event: MediaQueryListEvent) => setDark(event.matches);
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, [officeMode]);
  return (officeMode ?? (dark ? "dark" : "light")) === "dark" ? webDarkTheme : webLightTheme;
}

/** Dark when a colour (`#rrggbb`, Office's bodyBackgroundColor) has a relative luminance below one half. */
export function isDarkColor(color: string): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 0.5;
}
