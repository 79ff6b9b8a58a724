import { LINKABLE_METHOD_KINDS } from '../../core/method/linkable-kinds.ts';
import { ValidationError, msg } from '../errors.ts';
import { getMethodContent } from '../method/method-content.loader.ts';
import { methodItem, type MethodKind } from '../method/method.service.ts';

/**
 * A session's linked method pages are stored as `kind:id` (`strategy:franchise`), the kind and identifier of the
 * method page's address: the editor's picker writes them, the public page names and links them.
 */
export const METHOD_PAGE_KINDS: readonly MethodKind[] = LINKABLE_METHOD_KINDS;

function exists(ref: string): boolean {
  const colon = ref.indexOf(':');
  const kind = ref.slice(0, colon) as MethodKind;
  if (colon < 1 || !METHOD_PAGE_KINDS.includes(kind)) return false;
  try {
    methodItem(getMethodContent(), kind, ref.slice(colon + 1), 'fr');
    return true;
  } catch {
    return false;
  }
}

/** Refuses a reference to a method page that does not exist, naming it. */
export function assertMethodPages(refs: string[]): void {
  const missing = refs.find((ref) => !exists(ref));
  if (missing !== undefined)
    throw new ValidationError({
      methodPageIds: msg(
        `Page de méthode introuvable\u00a0: ${missing} (attendu\u00a0: type:identifiant, par exemple strategy:franchise).`,
        `Method page not found: ${missing} (expected kind:identifier, for example strategy:franchise).`,
      ),
    });
}
