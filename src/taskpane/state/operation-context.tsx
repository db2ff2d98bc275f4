import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { AppError } from "../../domain/errors";
import { OfficeHostError } from "../../hosts/office/office-errors";
import { onWorkerProgress } from "../workbook/load-actions";

/** Reports the step an operation is at, for the progress bar: "Reading the file…", "Writing 1,204 rows…". */
export type Progress = (step: string) => Promise<void>;

export interface OperationValue {
  /** The step of the running operation; undefined when none runs. */
  readonly step: string | undefined;
  /** How far the running operation is, 0 to 100, when the workbook worker reports it (browser mode). */
  readonly percent: number | undefined;
  /** The last operation's failure, until dismissed or the next operation starts. */
  readonly error: unknown;
  /**
   * Runs one workbook operation at a time: shows its progress, and catches its failure for the message bar (an
   * AppError is expected and shown by its code; anything else is logged too). Resolves undefined when it failed
   * or another operation was still running.
   */
  run<T>(step: string, work: (progress: Progress) => Promise<T>): Promise<T | undefined>;
  dismiss(): void;
}

const OperationContext = createContext<OperationValue | undefined>(undefined);

/** Lets the browser paint the progress bar before the work starts (inside Excel the work runs on this thread). */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function OperationProvider({ children }: { readonly children: ReactNode }) {
  const [step, setStep] = useState<string>();
  const [percent, setPercent] = useState<number>();
  const [error, setError] = useState<unknown>();
  const running = useRef(false);
  useEffect(() => onWorkerProgress((p) => running.current && setPercent(p)), []);

  const run = useCallback(async <T,>(first: string, work: (progress: Progress) => Promise<T>) => {
    if (running.current) return undefined;
    running.current = true;
    setPercent(undefined);
    setError(undefined);
    setStep(first);
    try {
      await yieldToBrowser();
      return await work(async (next) => {
        setStep(next);
        await yieldToBrowser();
      });
    } catch (caught) {
      // Excel's own message, and anything unexpected, go to the log; the pane says what to do.
      if (!(caught instanceof AppError) || caught instanceof OfficeHostError) console.error(caught);
      setError(caught ?? new Error("unknown failure"));
      return undefined;
    } finally {
      running.current = false;
      setStep(undefined);
      setPercent(undefined);
    }
  }, []);
  const dismiss = useCallback(() => setError(undefined), []);
  const value = useMemo(() => ({ step, percent, error, run, dismiss }), [step, percent, error, run, dismiss]);
  return <OperationContext.Provider value={value}>{children}</OperationContext.Provider>;
}

export function useOperation(): OperationValue {
  const value = useContext(OperationContext);
  if (!value) throw new Error("useOperation needs an OperationProvider above it");
  return value;
}
