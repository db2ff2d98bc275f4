import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { label } from "../../../domain/schema/types";
import type { UnfedField } from "../../../import/unfed-fields";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";

/** One warning per required field or dimension that no source column feeds, saying what it will cause. */
export function UnfedWarnings({ unfed }: { readonly unfed: readonly UnfedField[] }) {
  const { t, locale } = useLocale();
  return (
    <>
      {unfed.map((f) => (
        <MessageBar key={f.key} intent="warning" layout="multiline">
          <MessageBarBody>
            {fill(f.consequence === "allIncomplete" ? t.importUnfedAllIncomplete : t.importUnfedAllFlagged, {
              field: label(f, locale),
            })}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
