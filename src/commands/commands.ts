/**
 * The ribbon's "Generate report" button (manifest FunctionName `generateReport`). Excel's function commands have
 * no notification API; the event is completed in every case, also when the work throws, or Excel keeps waiting.
 */
export function generateReport(event: Office.AddinCommands.Event): void {
  try {
    // The monthly report use case runs here over the Office host; until it exists the button only completes.
  } finally {
    event.completed();
  }
}

Office.onReady(() => Office.actions.associate("generateReport", generateReport));
