import type { Dialect } from '../database.ts';
import type { CreateTableBuilder } from 'kysely';

/** The few column types that differ between the two engines. */
export function blobType(dialect: Dialect): 'blob' | 'bytea' {
  return dialect === 'postgres' ? 'bytea' : 'blob';
}

export function floatType(dialect: Dialect): 'real' | 'double precision' {
  return dialect === 'postgres' ? 'double precision' : 'real';
}

/**
 * The columns every editable, soft-deletable record carries: who created and last changed it and when, its
 * deletion date (trash), and the version used to refuse a stale write (HTTP 409). Use with `.$call(...)`.
 */
export function withRecordColumns<T extends string, C extends string>(
  table: CreateTableBuilder<T, C>,
): CreateTableBuilder<T, C> {
  return table
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)) as CreateTableBuilder<T, C>;
}
