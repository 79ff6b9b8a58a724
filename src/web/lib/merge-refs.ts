import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * `useMergeRefs` of @floating-ui/react, for Mantine's ScrollArea only (vite.config.ts points that one import here):
 * the same hook from @mantine/hooks, so a page with a table or a scroll area does not download the whole
 * positioning library (13 KB gzip) that only popovers, menus and tooltips need.
 */
export function useMergeRefs<T>(refs: readonly (Ref<T> | undefined)[]) {
  return useMergedRef<T>(...refs);
}
