import { paths } from '../../../config/paths.ts';
import type { MethodKind } from '../api/types.ts';

/** The French slug of each kind of method part in page addresses (`/methode/strategies/franchise`). */
export const sectionOfKind: Readonly<Record<MethodKind, string>> = {
  introduction: 'introduction',
  situation: 'situations',
  strategy: 'strategies',
  initiative: 'initiative',
  vigilance: 'vigilance',
  'method-point': 'points-de-methode',
  glossary: 'glossaire',
  case: 'cas',
  source: 'sources',
};

const kindOfSection = new Map<string, MethodKind>(
  (Object.entries(sectionOfKind) as [MethodKind, string][]).map(([kind, section]) => [section, kind]),
);

/** The kind named by an address slug, or undefined for an unknown one. */
export function kindFromSection(section: string | undefined): MethodKind | undefined {
  return section === undefined ? undefined : kindOfSection.get(section);
}

/** Address of the page of one part of the method. */
export function methodItemHref(kind: MethodKind, id: string): string {
  return paths.methodItem.getHref(sectionOfKind[kind], id);
}
