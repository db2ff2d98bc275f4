import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  label: { color: tokens.colorNeutralForeground3 },
  value: { fontVariantNumeric: "tabular-nums" },
  extra: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface FigureCardProps {
  readonly label: string;
  readonly value: string;
  /** Badges or a note under the figure. */
  readonly children?: ReactNode;
}

/** One headline figure: its name, its value large, and what to make of it. */
export function FigureCard({ label, value, children }: FigureCardProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.card} role="group" aria-labelledby={id}>
      <Caption1 id={id} className={styles.label}>
        {label}
      </Caption1>
      <Text size={500} weight="semibold" className={styles.value}>
        {value}
      </Text>
      {children && <div className={styles.extra}>{children}</div>}
    </div>
  );
}

const useGridStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(128px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

/** Figure cards side by side, two on a 320 px pane. */
export function FigureGrid({ children }: { readonly children: ReactNode }) {
  const styles = useGridStyles();
  return <div className={styles.grid}>{children}</div>;
}
