import type { Expectations } from '../matrix-types.ts';

/**
 * Routes that landed while their capability was being built, whose rows their authors still have to write
 * (`{ awaiting: '<capability>' }`): skipped by the matrix, listed by every run. Empty: the indicators, networks and
 * library-import routes have their rows in indicators.ts and library.ts.
 */
export const awaitingExpectations: Expectations = {};
