import type { ProjectInput, StoryInput } from './library.schemas.ts';
import { CENTRALES_VILLAGEOISES } from './library.demo.centrales-villageoises.ts';
import { TERRES_DE_SOURCES } from './library.demo.terres-de-sources.ts';
import { BRICOBUS } from './library.demo.bricobus.ts';

/**
 * The three reference cases of the demo library, from public sources (see ../shared/research/domain.md): figures
 * whose sources disagree or are less certain are marked `uncertain`. One file per case.
 */
export type CaseStudy = {
  id: string;
  organisationId: string;
  project: Omit<ProjectInput, 'organisationId'>;
  story: Omit<StoryInput, 'version'>;
  sharedWith?: string[];
};

export const CASE_STUDIES: CaseStudy[] = [CENTRALES_VILLAGEOISES, TERRES_DE_SOURCES, BRICOBUS];
