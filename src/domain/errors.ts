/**
 * Typed errors for problems in the user's data or settings (STYLE.md "errors"). The task pane shows an `AppError`
 * by its `code`; anything else is a bug and gets a generic message.
 */
export class AppError extends Error {
  /** Stable, language-neutral id of the problem, for `t(code, params)` in the UI. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Where on the Settings sheet a problem is. */
export interface SettingsLocation {
  readonly sheet?: string;
  /** An A1 reference or range, e.g. `A30:D34`. */
  readonly cells?: string;
}

/**
 * The Settings sheet holds a value the rules cannot work with (DOMAIN.md §1.6, §2.2), e.g. dimension weights that
 * do not sum to 100%. The message starts with the location when it is known: `Settings!D30:D34: …`.
 */
export class SettingsError extends AppError {
  readonly sheet?: string;
  readonly cells?: string;

  constructor(problem: string, location: SettingsLocation = {}, options?: { cause?: unknown }) {
    super("settings", `${locationText(location)}${problem}`, options);
    if (location.sheet !== undefined) this.sheet = location.sheet;
    if (location.cells !== undefined) this.cells = location.cells;
  }
}

function locationText({ sheet, cells }: SettingsLocation): string {
  if (sheet !== undefined && cells !== undefined) return `${sheet}!${cells}: `;
  if (sheet !== undefined) return `${sheet}: `;
  if (cells !== undefined) return `${cells}: `;
  return "";
}
