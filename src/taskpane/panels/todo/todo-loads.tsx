import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Load } from "../../../domain/todo/worklist";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
  table: { width: "100%", borderCollapse: "collapse" },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    textAlign: "start",
    wordBreak: "break-word",
  },
  number: { textAlign: "end", whiteSpace: "nowrap" },
});

export interface TodoLoadsProps {
  readonly title: string;
  readonly loads: readonly Load[];
  readonly nobody: string;
}

/** Items per owner or team, with how many are late: a supervisor's view of the load. */
export function TodoLoads({ title, loads, nobody }: TodoLoadsProps) {
  const styles = useStyles();
  const { t, format } = useLocale();
  const id = useId();
  return (
    <>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      <table className={styles.table} aria-labelledby={id}>
        <tbody>
          {loads.map((load) => (
            <tr key={load.name ?? ""}>
              <th scope="row" className={styles.cell}>
                <Caption1>{load.name ?? nobody}</Caption1>
              </th>
              <td className={`${styles.cell} ${styles.number}`}>
                <Caption1>
                  {fill(t.todoLoad, { total: format.count(load.total), late: format.count(load.late) })}
                </Caption1>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
