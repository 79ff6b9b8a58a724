import type { MethodSearchHitKind } from './method-search.ts';

/**
 * The kinds of method page a training session may link to, in the order the method presents them. A link is stored
 * as `kind:id` (`strategy:franchise`): the server checks it against this list, the session editor groups its picker
 * by it, the public session page names and links what it finds.
 */
export const LINKABLE_METHOD_KINDS = [
  'introduction',
  'situation',
  'strategy',
  'initiative',
  'vigilance',
  'method-point',
  'case',
] as const satisfies readonly MethodSearchHitKind[];

export type LinkableMethodKind = (typeof LINKABLE_METHOD_KINDS)[number];
