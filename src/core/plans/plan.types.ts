/** Types of the scaling plan, shared by the server, the web app and the pure functions of this folder. */

export const PLAN_ITEM_KINDS = [
  'prerequisite',
  'risk',
  'safeguard',
  'milestone',
  'budget-line',
  'partner',
] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

/** The statuses of the « Les Communs » project grid, used for every item. */
export const ITEM_STATUSES = ['en-cours', 'en-retard', 'en-pause', 'bloque', 'abandonne', 'termine'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** An item in one of these statuses needs nothing more (no reminder, not proposed for closing). */
export const CLOSED_STATUSES: readonly ItemStatus[] = ['abandonne', 'termine'];

export const SAFEGUARD_AREAS = ['team-time', 'funding', 'quality', 'territory'] as const;
export type SafeguardArea = (typeof SAFEGUARD_AREAS)[number];

export const BUDGET_CATEGORIES = ['investment', 'running'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
export const FUNDING_STATUSES = ['sought', 'requested', 'granted', 'refused'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

/** 1 low, 2 medium, 3 high (a 3×3 matrix). */
export type Level = 1 | 2 | 3;

/** The diagnostic answer(s) or rule that produced an item. */
export interface SourceRef {
  diagnosticId: string;
  /** Stable key of what produced the item (`gap:<questionId>`, `dimension:<id>`, `vigilance:<id>`, `action:<id>`, `safeguard:<area>`): used to compare diagnostics. */
  key: string;
  questionIds: string[];
  ruleId?: string;
}

export interface RiskDetails {
  likelihood: Level;
  impact: Level;
  mitigation: string;
}
export interface SafeguardDetails {
  area: SafeguardArea;
  /** The indicator that would show the pilot is being weakened. */
  indicator: string;
  threshold: string;
}
export interface MilestoneDetails {
  /** Ids of milestones of the same plan that must be finished first. */
  dependsOn: string[];
}
export interface BudgetLineDetails {
  category: BudgetCategory;
  /** Euros, with cents at most. */
  amount: number;
  fundingSource: string;
  fundingStatus: FundingStatus;
}
export interface PartnerDetails {
  role: string;
  contact: string;
}
export type PrerequisiteDetails = Record<string, never>;

export interface DetailsByKind {
  prerequisite: PrerequisiteDetails;
  risk: RiskDetails;
  safeguard: SafeguardDetails;
  milestone: MilestoneDetails;
  'budget-line': BudgetLineDetails;
  partner: PartnerDetails;
}

/** The fields of an item common to every kind, as the pure functions see them. */
export interface ItemBase<K extends PlanItemKind = PlanItemKind> {
  kind: K;
  title: string;
  description: string;
  status: ItemStatus;
  /** YYYY-MM-DD or null. */
  startDate: string | null;
  dueDate: string | null;
  details: DetailsByKind[K];
  sourceRef: SourceRef | null;
}
export type AnyItem = { [K in PlanItemKind]: ItemBase<K> }[PlanItemKind];
/** An item once stored. */
export type StoredItem = AnyItem & { id: string };

export interface Objective {
  label: string;
  /** Target figure (public reached, territories, sites...). */
  target: number;
  unit: string;
  /** YYYY-MM-DD */
  date: string | null;
}

export interface LocalizedText {
  fr: string;
  en: string;
}
export type FieldErrors = Record<string, LocalizedText>;
