/** The part of `Office.context.ui` a notice needs (a stand-in in tests). */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe: boolean },
    callback: (result: {
      status: "succeeded" | "failed";
      error?: { code: number; message: string };
      value?: { close(): void; addEventHandler(type: "dialogEventReceived", handler: () => void): void };
    }) => void,
  ): void;
}

/** Office's error for "a dialog is already open from this add-in" (Microsoft's "Use the Office dialog API"). */
export const DIALOG_ALREADY_OPEN = 12007;
/** Tries when another dialog of the add-in is still open, and the wait between them. */
const OPEN_TRIES = 3;
const RETRY_MS = 1000;

/**
 * Shows a message in Office's dialog and resolves when the user closes it (DialogEventReceived), or at `deadline`
 * (ms since the epoch), when the dialog is closed for them: a function command must call `event.completed()`
 * within 5 minutes, and the dialogs it opened close when it does, so the command completes only after the message
 * was read or time is nearly up. When another dialog is open (12007) it tries again a few times, then gives up and
 * logs the message: the command still completes.
 */
export function showNotice(ui: DialogUi, url: string, deadline: number, now: () => number = Date.now): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    let close: () => void = () => undefined;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      close();
      resolve();
    };
    const timer = setTimeout(finish, Math.max(0, deadline - now()));
    const open = (tries: number) =>
      ui.displayDialogAsync(url, { height: 25, width: 35, displayInIframe: true }, (result) => {
        if (done) {
          result.value?.close();
          return;
        }
        if (result.status === "succeeded" && result.value) {
          const dialog = result.value;
          close = () => dialog.close();
          dialog.addEventHandler("dialogEventReceived", finish);
          return;
        }
        if (result.error?.code === DIALOG_ALREADY_OPEN && tries > 1 && deadline - now() > RETRY_MS) {
          setTimeout(() => open(tries - 1), RETRY_MS);
          return;
        }
        console.error(`the message dialog could not open: ${result.error?.message ?? "unknown"} (${url})`);
        finish();
      });
    open(OPEN_TRIES);
  });
}
