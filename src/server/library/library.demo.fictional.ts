import type { ProjectInput } from './library.schemas.ts';
import type { DEMO_ORGANISATION_IDS } from './library.demo.data.ts';
import { FICTIONAL_PROJECTS_1_TO_21 } from './library.demo.fictional-1.ts';
import { FICTIONAL_PROJECTS_22_TO_42 } from './library.demo.fictional-2.ts';

/**
 * The fictional projects of the demo library, each marked `isFictional` and introduced as « Projet fictif de
 * démonstration ». Their order gives their ids (see fictionalProjectId), so new ones go at the end.
 */
export type Fictional = [
  title: string,
  themes: ProjectInput['themes'],
  commune: string,
  phase: ProjectInput['phase'],
  status: ProjectInput['phaseStatus'],
  situation: ProjectInput['scalingSituation'],
  summary: string,
  organisation: keyof typeof DEMO_ORGANISATION_IDS,
];

export const FICTIONAL_PROJECTS: Fictional[] = [
  ...FICTIONAL_PROJECTS_1_TO_21,
  ...FICTIONAL_PROJECTS_22_TO_42,
];
