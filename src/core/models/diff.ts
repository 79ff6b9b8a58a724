import { BLOCKS, type BlockName, type ModelContent } from './model.schemas.ts';

/**
 * What changed between two versions of a model, block by block. List blocks are compared item by item through their
 * ids (added, removed, changed with the fields that changed); tasks are compared inside their phase; identity and
 * licence are single items. Pure: the same two contents always give the same diff.
 */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}
export interface ItemRef {
  id: string;
  label: string;
}
export interface ChangedItem extends ItemRef {
  fields: FieldChange[];
}
export interface BlockDiff {
  block: BlockName;
  added: ItemRef[];
  removed: ItemRef[];
  changed: ChangedItem[];
}
export interface ModelDiff {
  blocks: BlockDiff[];
  /** Number of blocks with at least one change. */
  changedBlocks: number;
}

type Item = { id: string } & Record<string, unknown>;

function labelOf(item: Record<string, unknown>): string {
  for (const key of ['title', 'label', 'question', 'name']) {
    const v = item[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return String(item.id ?? '');
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  skip: readonly string[] = [],
): FieldChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (k) => !skip.includes(k) && k !== 'id',
  );
  return keys
    .filter((k) => !same(a[k], b[k]))
    .map((k) => ({ field: k, before: a[k] ?? null, after: b[k] ?? null }));
}

function diffList(
  block: BlockName,
  before: readonly Item[],
  after: readonly Item[],
  nested?: { key: string; prefix: string },
): BlockDiff {
  const out: BlockDiff = { block, added: [], removed: [], changed: [] };
  const beforeById = new Map(before.map((x) => [x.id, x]));
  const afterById = new Map(after.map((x) => [x.id, x]));
  for (const item of after)
    if (!beforeById.has(item.id)) out.added.push({ id: item.id, label: labelOf(item) });
  for (const item of before)
    if (!afterById.has(item.id)) out.removed.push({ id: item.id, label: labelOf(item) });
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) continue;
    const fields = fieldChanges(old, item, nested ? [nested.key] : []);
    if (fields.length > 0) out.changed.push({ id: item.id, label: labelOf(item), fields });
    if (nested) {
      // Tasks: reported as « phase/task » so a reader sees where they sit.
      const inner = diffList(block, (old[nested.key] as Item[]) ?? [], (item[nested.key] as Item[]) ?? []);
      const at = (r: ItemRef) => ({ id: `${item.id}/${r.id}`, label: `${labelOf(item)} › ${r.label}` });
      out.added.push(...inner.added.map(at));
      out.removed.push(...inner.removed.map(at));
      out.changed.push(...inner.changed.map((c) => ({ ...at(c), fields: c.fields })));
    }
  }
  return out;
}

export function diffModelVersions(a: ModelContent, b: ModelContent): ModelDiff {
  const blocks = BLOCKS.map((block): BlockDiff => {
    if (block === 'identity') {
      const fields = fieldChanges(a.identity, b.identity);
      return {
        block,
        added: [],
        removed: [],
        changed: fields.length ? [{ id: 'identity', label: b.identity.name, fields }] : [],
      };
    }
    if (block === 'licence') {
      return {
        block,
        added: [],
        removed: [],
        changed:
          a.licence === b.licence
            ? []
            : [
                {
                  id: 'licence',
                  label: 'licence',
                  fields: [{ field: 'licence', before: a.licence, after: b.licence }],
                },
              ],
      };
    }
    if (block === 'phases') return diffList(block, a.phases, b.phases, { key: 'tasks', prefix: 'tasks' });
    return diffList(block, a[block] as unknown as Item[], b[block] as unknown as Item[]);
  });
  return {
    blocks,
    changedBlocks: blocks.filter((d) => d.added.length + d.removed.length + d.changed.length > 0).length,
  };
}
