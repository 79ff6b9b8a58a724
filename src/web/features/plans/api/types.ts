// Wire types of the plans API (see src/server/plans/plans.schemas.ts).
export type ItemKind = 'prerequisite' | 'risk' | 'safeguard' | 'milestone' | 'budget-line' | 'partner';
export type ItemStatus = 'en-cours' | 'en-retard' | 'en-pause' | 'bloque' | 'abandonne' | 'termine';
export const ITEM_KINDS: ItemKind[] = [
  'prerequisite',
  'risk',
  'safeguard',
  'milestone',
  'budget-line',
  'partner',
];
export const ITEM_STATUSES: ItemStatus[] = [
  'en-cours',
  'en-retard',
  'en-pause',
  'bloque',
  'abandonne',
  'termine',
];

export type PlanItem = {
  id: string;
  kind: ItemKind;
  title: string;
  description: string;
  ownerId: string | null;
  ownerName: string | null;
  startDate: string | null;
  dueDate: string | null;
  status: ItemStatus;
  position: number;
  details: Record<string, unknown>;
  sourceRef: { diagnosticId: string; key: string; questionIds: string[]; ruleId?: string } | null;
  commentCount: number;
  version: number;
  updatedAt: string;
};

export type Localized = { fr: string; en: string };

export type PlanSummary = {
  id: string;
  projectId: string;
  diagnosticId: string | null;
  title: string;
  status: 'draft' | 'active' | 'archived';
  strategy: string | null;
  strategyTitle: Localized | null;
  itemCount: number;
  updatedAt: string;
  version: number;
};

export type Plan = PlanSummary & {
  projectTitle: string;
  organisationId: string;
  situation: string | null;
  strategyRanking: { id: string; score: number }[];
  objectives: { label: string; target: number; unit: string; date: string | null }[];
  summary: string;
  startDate: string | null;
  endDate: string | null;
  createdAt: string;
  items: PlanItem[];
  totals: {
    total: number;
    byCategory: { investment: number; running: number };
    funded: number;
    unfunded: number;
    unfundedShare: number;
  };
  riskMatrix: { likelihood: number; impact: number; itemIds: string[] }[][];
  members: { id: string; displayName: string }[];
  access: { canEdit: boolean };
  choices: {
    situations: { id: string; title: Localized }[];
    strategies: { id: string; title: Localized }[];
  };
};

export type Objective = Plan['objectives'][number];

export type Proposals = {
  diagnosticId: string;
  diff: {
    newGaps: string[];
    closedGaps: string[];
    newVigilance: string[];
    closedVigilance: string[];
    newWeakDimensions: string[];
    closedWeakDimensions: string[];
  } | null;
  add: { key: string; kind: ItemKind; title: string; description: string }[];
  close: { itemId: string; title: string; key: string }[];
};

export type PlanComment = {
  id: string;
  itemId: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
};
export type HistoryEntry = {
  id: string;
  itemId: string | null;
  actorId: string | null;
  actorName: string | null;
  action: string;
  changes: Record<string, unknown>;
  at: string;
};
