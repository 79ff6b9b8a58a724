import { useRef } from 'react';

/** A row of an editable list: `key` stays with the row when rows are added, moved or removed. */
export type Keyed = { key: number };

let lastKey = 0;
/** A key no other row of any list has: React keeps each row's inputs (and their focus) with it. */
export function nextRowKey(): number {
  lastKey += 1;
  return lastKey;
}

/** A callback ref that keeps the element in `map` under `key` while it is mounted. */
function keepIn<E extends HTMLElement, K>(map: Map<K, E>, key: K) {
  return (element: E | null) => {
    if (element) map.set(key, element);
    else map.delete(key);
  };
}

/**
 * An editable list of rows held by the caller (`rows`, `onChange`): add, change, move and remove, with the focus
 * where a keyboard user expects it. A new row's first field takes the focus; a moved row keeps it on its move
 * button (the other one at either end, where the pressed one is disabled); a removed row's buttons are gone with
 * it, so the focus goes back to the add button rather than to the page's start.
 */
export function useKeyedList<T extends Keyed>({
  rows,
  onChange,
  create,
}: {
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  /** A new empty row, its key from `nextRowKey()`. */
  create: () => T;
}) {
  const firstFields = useRef(new Map<number, HTMLInputElement>());
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const addButton = useRef<HTMLButtonElement>(null);

  // Focus once the list has been drawn again: the element to focus may not exist before.
  const focusLater = (find: () => HTMLElement | null | undefined) =>
    requestAnimationFrame(() => find()?.focus());

  return {
    /** The ref of the add button, where the focus goes after a removal. */
    addButton,
    /** The ref of a row's first field, focused when the row is added. */
    firstField: (key: number) => keepIn(firstFields.current, key),
    /** The ref of a row's move button in one direction, where the focus stays after a move. */
    moveButton: (key: number, direction: 'up' | 'down') => keepIn(moveButtons.current, `${key}:${direction}`),
    change: (key: number, patch: Partial<T>) =>
      onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row))),
    add: (): T => {
      const row = create();
      onChange([...rows, row]);
      focusLater(() => firstFields.current.get(row.key));
      return row;
    },
    /** Removes the row at `index` and returns it (to say which one went), or undefined when there is none. */
    remove: (index: number): T | undefined => {
      const gone = rows[index];
      if (!gone) return undefined;
      onChange(rows.filter((_, i) => i !== index));
      focusLater(() => addButton.current);
      return gone;
    },
    /** Moves the row at `index` one place up (-1) or down (1); returns it, or undefined at either end. */
    move: (index: number, by: -1 | 1): T | undefined => {
      const target = index + by;
      const moved = rows[index];
      if (!moved || target < 0 || target >= rows.length) return undefined;
      const next = [...rows];
      next.splice(index, 1);
      next.splice(target, 0, moved);
      onChange(next);
      const direction =
        by === -1 ? (target === 0 ? 'down' : 'up') : target === next.length - 1 ? 'up' : 'down';
      focusLater(() => moveButtons.current.get(`${moved.key}:${direction}`));
      return moved;
    },
  };
}
