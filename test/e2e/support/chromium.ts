import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** ARCHITECTURE.md: apt's Chromium with these flags; `npx playwright install` cannot download a browser here. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const INSTALL_HINT =
  `Chromium is required for the end-to-end tests and was not found at ${CHROMIUM}. Install it with \`npm run setup\` ` +
  "or `sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-wqy-microhei`.";

/** Launches apt's headless Chromium through playwright-core. @throws with an install hint when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}
