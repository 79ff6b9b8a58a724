import type { Dialect } from '../database.ts';

/** The few column types that differ between the two engines. */
export function blobType(dialect: Dialect): 'blob' | 'bytea' {
  return dialect === 'postgres' ? 'bytea' : 'blob';
}

export function floatType(dialect: Dialect): 'real' | 'double precision' {
  return dialect === 'postgres' ? 'double precision' : 'real';
}
