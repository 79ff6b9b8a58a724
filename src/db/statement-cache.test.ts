import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './connect.ts';

describe('SQLite prepared statement cache', () => {
  let native: SQLite.Database;
  afterEach(() => {
    if (native.open) native.close();
  });

  function open() {
    native = new SQLite(':memory:');
    native.exec('create table t (x integer); insert into t values (1), (2), (3)');
    return withStatementCache(native);
  }

  it('gives back the same statement for the same SQL text, and another for another text', () => {
    const cached = open();
    const first = cached.prepare('select x from t where x > ?');
    expect(cached.prepare('select x from t where x > ?')).toBe(first);
    expect(cached.prepare('select x from t where x < ?')).not.toBe(first);
    expect(first.all(1)).toEqual([{ x: 2 }, { x: 3 }]);
  });

  it('prepares a fresh statement while the cached one is still being iterated', () => {
    const cached = open();
    const streaming = cached.prepare('select x from t order by x');
    const iterator = streaming.iterate();
    expect(iterator.next().value).toEqual({ x: 1 });
    const other = cached.prepare('select x from t order by x');
    expect(other).not.toBe(streaming);
    expect(other.all()).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    expect([...iterator]).toEqual([{ x: 2 }, { x: 3 }]);
    // Once the iteration is over, the cached statement serves again.
    expect(cached.prepare('select x from t order by x')).toBe(streaming);
  });

  it('keeps answering right through Kysely after the schema changes (SQLite prepares again)', async () => {
    const db = new Kysely<{ t: { x: number } }>({ dialect: new SqliteDialect({ database: open() }) });
    const read = () => sql<{ n: number }>`select count(*) as n from t`.execute(db);
    expect((await read()).rows[0]!.n).toBe(3);
    await sql`alter table t add column y text`.execute(db);
    await sql`insert into t (x, y) values (4, 'quatre')`.execute(db);
    expect((await read()).rows[0]!.n).toBe(4);
    const rows = await db.selectFrom('t').selectAll().where('x', '=', 4).execute();
    expect(rows).toEqual([{ x: 4, y: 'quatre' }]);
    await db.destroy();
    expect(native.open).toBe(false);
  });

  it('leaves the oldest statement out once 500 texts are kept', () => {
    const cached = open();
    const oldest = cached.prepare('select 0 as n');
    const kept = cached.prepare('select 1 as n');
    for (let i = 2; i <= 500; i++) cached.prepare(`select ${i} as n`);
    expect(cached.prepare('select 1 as n')).toBe(kept); // used again: now the most recent
    cached.prepare('select 501 as n');
    expect(cached.prepare('select 1 as n')).toBe(kept);
    expect(cached.prepare('select 0 as n')).not.toBe(oldest);
  });
});
