import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { orderedId } from './values.service.ts';

describe('time-ordered value ids', () => {
  it('are valid version 7 UUIDs, unique, and increasing even within one millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => orderedId(1_780_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids.slice(0, 50)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(z.uuid().safeParse(id).success).toBe(true);
    }
  });

  it('never go back when the clock does', () => {
    const later = orderedId(1_790_000_000_000);
    expect(orderedId(1_700_000_000_000) > later).toBe(true);
  });
});
