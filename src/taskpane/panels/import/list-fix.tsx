import { Button, Caption1 } from "@fluentui/react-components";
import { listSpec } from "../../../domain/schema/lists";
import type { ListKey } from "../../../domain/schema/types";
import { label } from "../../../domain/schema/types";
import type { ProblemGroup } from "../../../import/problem-groups";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import type { ListValue } from "./use-import-panel";

export interface ListFixProps {
  readonly group: ProblemGroup;
  readonly addToList?: (list: ListKey, value: string) => void;
  readonly added: readonly ListValue[];
}

/** For a value outside a list: a button that adds it to the list, then a line saying it was added. */
export function ListFix({ group, addToList, added }: ListFixProps) {
  const { t, locale } = useLocale();
  const { reason, value } = group;
  if (reason.kind !== "notInList" || value === undefined || !addToList) return null;
  const text = String(value).trim();
  const params = { value: text, list: label(listSpec(reason.list), locale) };
  if (added.some((a) => a.list === reason.list && a.value === text)) {
    return <Caption1>{fill(t.importAddedToList, params)}</Caption1>;
  }
  return (
    <Button size="small" appearance="secondary" onClick={() => addToList(reason.list, text)}>
      {fill(t.importAddToList, params)}
    </Button>
  );
}
