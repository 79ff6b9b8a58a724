/**
 * Stages of a replication site and how each reads in Les Communs' vocabulary (phase idée / étude / opération and a
 * status). Pure: the same stage and status always give the same answer.
 */
export const SITE_STAGES = [
  'interest',
  'opportunity',
  'feasibility',
  'launch',
  'operating',
  'autonomous',
  'stopped',
] as const;
export type Stage = (typeof SITE_STAGES)[number];

export const COMMUNS_PHASES = ['idee', 'etude', 'operation'] as const;
export type CommunsPhase = (typeof COMMUNS_PHASES)[number];
export const COMMUNS_STATUSES = [
  'en_cours',
  'en_retard',
  'en_pause',
  'bloque',
  'abandonne',
  'termine',
] as const;
export type CommunsStatus = (typeof COMMUNS_STATUSES)[number];

const PHASE_OF: Record<Exclude<Stage, 'stopped'>, CommunsPhase> = {
  interest: 'idee',
  opportunity: 'etude',
  feasibility: 'etude',
  launch: 'operation',
  operating: 'operation',
  autonomous: 'operation',
};

/** Statuses that make sense for a stage: a stopped site is abandoned or paused, a running one is not abandoned. */
export function allowedStatuses(stage: Stage): readonly CommunsStatus[] {
  if (stage === 'stopped') return ['abandonne', 'en_pause'];
  if (stage === 'autonomous') return ['termine', 'en_cours'];
  return ['en_cours', 'en_retard', 'en_pause', 'bloque'];
}

/**
 * The Les Communs phase and status for a stage. A stopped site keeps the phase it stopped in; the status is the one
 * asked for when it fits the stage, else the stage's default.
 */
export function communsFor(
  stage: Stage,
  previousPhase: CommunsPhase | null,
  status?: CommunsStatus,
): { phase: CommunsPhase; status: CommunsStatus } {
  const phase = stage === 'stopped' ? (previousPhase ?? 'idee') : PHASE_OF[stage];
  const allowed = allowedStatuses(stage);
  return { phase, status: status && allowed.includes(status) ? status : allowed[0]! };
}

export const STAGE_LABELS: Record<Stage, { fr: string; en: string }> = {
  interest: { fr: 'Intérêt', en: 'Interest' },
  opportunity: { fr: 'Étude d’opportunité', en: 'Opportunity study' },
  feasibility: { fr: 'Faisabilité', en: 'Feasibility' },
  launch: { fr: 'Lancement', en: 'Launch' },
  operating: { fr: 'En fonctionnement', en: 'Operating' },
  autonomous: { fr: 'Autonome', en: 'Autonomous' },
  stopped: { fr: 'Arrêté', en: 'Stopped' },
};

/** Position of a stage in the road (stopped sits outside it). */
export function stageRank(stage: Stage): number {
  return stage === 'stopped' ? -1 : SITE_STAGES.indexOf(stage);
}
