import { describe, expect, it } from 'vitest';
import { lastDuePeriod, parseDate, parsePeriodLabel, periodEndExclusive, readPeriod } from './periods.ts';

describe('parsePeriodLabel', () => {
  it.each([
    ['2025', 'yearly', '2025-01-01'],
    ['2025-03', 'monthly', '2025-03-01'],
    ['2025-T1', 'quarterly', '2025-01-01'],
    ['2025-t4', 'quarterly', '2025-10-01'],
    ['2025-Q2', 'quarterly', '2025-04-01'],
  ])('%s is %s from %s', (label, frequency, start) => {
    expect(parsePeriodLabel(label)).toMatchObject({ frequency, start });
  });
  it.each(['2025-13', '2025-00', '2025-T5', '25', '1800', 'mars 2025', ''])('%s is no period', (label) => {
    expect(parsePeriodLabel(label)).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['31/03/2025', '2025-03-31'],
    ['1/2/2024', '2024-02-01'],
    ['29/02/2024', '2024-02-29'],
    ['2025-12-01', '2025-12-01'],
  ])('%s', (input, expected) => expect(parseDate(input)).toBe(expected));
  it.each(['29/02/2025', '31/04/2025', '12/13/2025', '03/31/2025x'])('%s is no date', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('readPeriod', () => {
  it('maps a date to the period containing it', () => {
    expect(readPeriod('15/05/2025', 'quarterly')).toEqual({
      period: { label: '2025-T2', frequency: 'quarterly', start: '2025-04-01' },
    });
    expect(readPeriod('15/05/2025', 'yearly')).toMatchObject({ period: { label: '2025' } });
  });
  it('refuses a label of another frequency, and what is no period', () => {
    expect(readPeriod('2025-03', 'yearly')).toEqual({ problem: 'frequency' });
    expect(readPeriod('2025', 'monthly')).toEqual({ problem: 'frequency' });
    expect(readPeriod('hier', 'monthly')).toEqual({ problem: 'format' });
  });
});

describe('lastDuePeriod', () => {
  it.each([
    ['monthly', '2026-11-25T10:00:00Z', 30, '2026-09'],
    ['monthly', '2026-11-25T10:00:00Z', 0, '2026-10'],
    ['quarterly', '2026-11-25T10:00:00Z', 30, '2026-T3'],
    ['yearly', '2026-01-20T10:00:00Z', 30, '2024'],
    ['yearly', '2026-03-01T10:00:00Z', 30, '2025'],
  ] as const)('%s at %s with %i days of grace: %s', (frequency, now, grace, label) => {
    expect(lastDuePeriod(frequency, new Date(now), grace).label).toBe(label);
  });
  it('ends periods on the first day of the next', () => {
    expect(periodEndExclusive(parsePeriodLabel('2025-T4')!)).toBe('2026-01-01');
  });
});
