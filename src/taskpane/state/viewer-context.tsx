import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";

/** A sheet to show in the read-only viewer, with the 1-based Excel row to bring into view. */
export interface SheetView {
  readonly sheet: string;
  readonly row?: number;
}

export interface ViewerValue {
  readonly view: SheetView | undefined;
  /** Shows the sheet in the pane (browser mode's stand-in for selecting a cell in Excel). */
  open(view: SheetView): void;
  /** Closes the viewer and gives focus back to what opened it (unless another panel is being chosen). */
  close(options?: { readonly restoreFocus?: boolean }): void;
}

const ViewerContext = createContext<ViewerValue | undefined>(undefined);

/** Holds which sheet the read-only viewer shows, and the element that opened it, to return focus there. */
export function ViewerProvider({ children }: { readonly children: ReactNode }) {
  const [view, setView] = useState<SheetView>();
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((next: SheetView) => {
    if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) {
      opener.current = document.activeElement;
    }
    setView(next);
  }, []);
  const close = useCallback((options: { readonly restoreFocus?: boolean } = {}) => {
    setView(undefined);
    const back = options.restoreFocus === false ? null : opener.current;
    opener.current = null;
    // The panel stays mounted (hidden) under the viewer: focus its opener once it is shown again.
    setTimeout(() => {
      if (back?.isConnected) back.focus();
    }, 0);
  }, []);
  const value = useMemo(() => ({ view, open, close }), [view, open, close]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error("useViewer needs a ViewerProvider above it");
  return value;
}
