import type { ReactNode } from 'react';

/** A scrolling box around a long table, reachable with the keyboard (axe « scrollable-region-focusable », RGAA 7.3). */
export function ScrollRegion({
  label,
  maxHeight,
  children,
}: {
  label: string;
  maxHeight: number;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflow: 'auto', maxHeight }}>
      {children}
    </div>
  );
}
