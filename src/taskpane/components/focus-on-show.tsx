import { useEffect, useRef, type ReactNode } from "react";

export interface FocusOnShowProps {
  /** Focus moves here when this is shown, and again whenever `trigger` changes. */
  readonly trigger?: unknown;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * An operation's result (a message, an error, the new status) that takes the focus when it appears, so keyboard
 * and screen-reader users land on what happened instead of the page body.
 */
export function FocusOnShow({ trigger, className, children }: FocusOnShowProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [trigger]);
  return (
    <div ref={ref} tabIndex={-1} className={className}>
      {children}
    </div>
  );
}
