import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

export interface FilePickerProps {
  readonly label: string;
  /** File types, as the input's `accept`: ".csv,.xlsx". */
  readonly accept: string;
  readonly onFile: (file: File) => void;
  readonly disabled?: boolean;
  /** @default "secondary" */
  readonly appearance?: ButtonProps["appearance"];
}

/** A Fluent button that opens the browser's file chooser; the input itself stays hidden but labelled. */
export function FilePicker({ label, accept, onFile, disabled, appearance = "secondary" }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={appearance} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        tabIndex={-1}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
