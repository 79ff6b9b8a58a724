import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite, type DatabaseHandle } from '../../db/connect.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { EXCLUDED, TABLES } from './org-transfer.spec.ts';

/**
 * The export's list of tables follows the schema: a new table must be exported or excluded with a reason, and every
 * foreign key of an exported table must say what the import does when its record is missing.
 */
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = openSqlite(':memory:');
  await migrateToLatest(handle.db, 'sqlite');
});
afterAll(() => handle.close());

function tables(): string[] {
  return (
    handle.native!.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
}

describe('organisation export spec', () => {
  it('names every table of the schema once, exported or excluded with a reason', () => {
    const exported = TABLES.map((t) => t.table);
    expect(new Set(exported).size).toBe(exported.length);
    for (const table of tables()) {
      const places = Number(exported.includes(table)) + Number(table in EXCLUDED);
      expect(places, table).toBe(1);
    }
  });

  it('declares every foreign key of an exported table, pointing at the same table', () => {
    for (const spec of TABLES) {
      const keys = handle.native!.prepare(`pragma foreign_key_list('${spec.table}')`).all() as {
        table: string;
        from: string;
      }[];
      for (const key of keys) {
        const ref = spec.refs.find((r) => r.column === key.from);
        expect(ref, `${spec.table}.${key.from}`).toBeDefined();
        if (typeof ref!.table === 'string') expect(ref!.table, `${spec.table}.${key.from}`).toBe(key.table);
      }
    }
  });

  it('comes after the tables it is scoped by, and scopes by a declared reference', () => {
    const seen = new Set<string>();
    for (const spec of TABLES) {
      for (const scope of spec.scope) {
        expect(seen.has(scope.of), `${spec.table} after ${scope.of}`).toBe(true);
        expect(spec.refs.some((r) => r.column === scope.column && r.table === scope.of)).toBe(true);
      }
      seen.add(spec.table);
    }
  });
});
