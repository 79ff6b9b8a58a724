import { describe, expect, it } from 'vitest';
import { addDays, dueState, parisDay, parisTimeOn } from './paris-day.ts';

describe('parisDay', () => {
  it.each([
    ['2027-03-10T22:59:00.000Z', '2027-03-10'], // winter: 23:59 in Paris
    ['2027-03-10T23:00:00.000Z', '2027-03-11'], // winter: midnight in Paris
    ['2027-07-10T21:59:00.000Z', '2027-07-10'], // summer: 23:59 in Paris
    ['2027-07-10T22:00:00.000Z', '2027-07-11'], // summer: midnight in Paris
    ['2027-12-31T23:30:00.000Z', '2028-01-01'],
  ])('%s is %s in Paris', (instant, day) => {
    expect(parisDay(new Date(instant))).toBe(day);
  });
});

describe('addDays', () => {
  it.each([
    ['2027-03-10', 7, '2027-03-17'],
    ['2027-02-25', 7, '2027-03-04'],
    ['2028-02-25', 7, '2028-03-03'], // leap year
    ['2027-12-30', 3, '2028-01-02'],
    ['2027-03-01', -1, '2027-02-28'],
  ])('%s + %i = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});

describe('parisTimeOn', () => {
  it.each([
    ['2027-03-11', 6, '2027-03-11T05:00:00.000Z'], // winter
    ['2027-07-11', 6, '2027-07-11T04:00:00.000Z'], // summer
    ['2027-03-28', 6, '2027-03-28T04:00:00.000Z'], // the day the clocks go forward
    ['2027-10-31', 6, '2027-10-31T05:00:00.000Z'], // the day the clocks go back
  ])('%s at %i:00 in Paris is %s', (day, hour, instant) => {
    expect(parisTimeOn(day, hour).toISOString()).toBe(instant);
  });
});

describe('dueState', () => {
  it.each([
    ['2027-03-09', 'overdue'],
    ['2027-03-10', 'due'],
    ['2027-03-17', 'due'],
    ['2027-03-18', 'later'],
  ] as const)('due %s, on 2027-03-10 with 7 days: %s', (due, state) => {
    expect(dueState(due, '2027-03-10', 7)).toBe(state);
  });
});
