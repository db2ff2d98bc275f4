import type { DialogUi } from "../../src/commands/notice-dialog";
import { DIALOG_ALREADY_OPEN, showNotice } from "../../src/commands/notice-dialog";

/** Office's dialog API as far as a notice uses it: each open answers with the next scripted result. */
function fakeUi(answers: ("open" | "busy")[]) {
  const log: string[] = [];
  let closeHandler: (() => void) | undefined;
  const ui: DialogUi = {
    displayDialogAsync: (_url, _options, callback) => {
      const answer = answers.shift() ?? "busy";
      log.push(answer);
      if (answer === "busy") {
        callback({ status: "failed", error: { code: DIALOG_ALREADY_OPEN, message: "a dialog is already open" } });
        return;
      }
      callback({
        status: "succeeded",
        value: {
          close: () => log.push("closed by the add-in"),
          addEventHandler: (_type, handler) => (closeHandler = handler),
        },
      });
    },
  };
  return { ui, log, userCloses: () => closeHandler?.() };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("resolves when the user closes the dialog, not before", async () => {
  const { ui, log, userCloses } = fakeUi(["open"]);
  let done = false;
  const shown = showNotice(ui, "notice.html", Date.now() + 60_000).then(() => (done = true));
  await jest.advanceTimersByTimeAsync(30_000);
  expect(done).toBe(false);
  userCloses();
  await shown;
  expect(log).toEqual(["open", "closed by the add-in"]);
});

test("closes the dialog itself at the deadline, under the command's time limit", async () => {
  const { ui, log } = fakeUi(["open"]);
  const shown = showNotice(ui, "notice.html", Date.now() + 60_000);
  await jest.advanceTimersByTimeAsync(60_000);
  await shown;
  expect(log).toEqual(["open", "closed by the add-in"]);
});

test("when another dialog is open it tries again, and gives up without throwing", async () => {
  const { ui, log, userCloses } = fakeUi(["busy", "open"]);
  const shown = showNotice(ui, "notice.html", Date.now() + 60_000);
  await jest.advanceTimersByTimeAsync(1000);
  userCloses();
  await shown;
  expect(log).toEqual(["busy", "open", "closed by the add-in"]);

  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const never = fakeUi(["busy", "busy", "busy"]);
  const given = showNotice(never.ui, "notice.html", Date.now() + 60_000);
  await jest.advanceTimersByTimeAsync(3000);
  await expect(given).resolves.toBeUndefined();
  expect(never.log).toEqual(["busy", "busy", "busy"]);
  expect(String(error.mock.calls[0]?.[0])).toContain("a dialog is already open");
  error.mockRestore();
});
