/** Scaling plans: born from a diagnostic, kept alive by the project's team. */
import type { ItemStatus, PlanItemKind } from '../../core/plans/plan.types.ts';

export type PlanStatus = 'draft' | 'active' | 'archived';

export interface PlanTable {
  id: string;
  project_id: string;
  /** The project's organisation, copied for permission checks. */
  organisation_id: string;
  /** The diagnostic the plan was derived from (null for a plan started from scratch). */
  diagnostic_id: string | null;
  title: string;
  situation: string | null;
  strategy: string | null;
  /** JSON: [{id, score}] the diagnostic's ranking of strategies, as of creation. */
  strategy_ranking: string;
  /** JSON: [{label, target, unit, date}] */
  objectives: string;
  summary: string;
  start_date: string | null;
  end_date: string | null;
  status: PlanStatus;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
}

export interface PlanItemTable {
  id: string;
  plan_id: string;
  kind: PlanItemKind;
  title: string;
  description: string;
  owner_user_id: string | null;
  start_date: string | null;
  due_date: string | null;
  status: ItemStatus;
  position: number;
  /** JSON: the kind's details (likelihood, amount...), see src/core/plans/plan.types.ts. */
  details: string;
  /** JSON SourceRef or null. */
  source_ref: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
}

export interface PlanItemDependencyTable {
  item_id: string;
  depends_on_id: string;
}

export interface PlanItemCommentTable {
  id: string;
  item_id: string;
  plan_id: string;
  author_user_id: string;
  body: string;
  created_at: string;
}

/** Every change to a plan or one of its items: who, when, what (the changed fields, before and after). */
export interface PlanHistoryTable {
  id: string;
  plan_id: string;
  item_id: string | null;
  actor_user_id: string | null;
  action: string;
  /** JSON: { field: { from, to } } or a summary. */
  changes: string;
  at: string;
}

/** Users who asked not to receive the plan reminders (one row each). */
export interface PlanReminderOptOutTable {
  user_id: string;
  created_at: string;
}

export interface PlansTables {
  plans: PlanTable;
  plan_items: PlanItemTable;
  plan_item_dependencies: PlanItemDependencyTable;
  plan_item_comments: PlanItemCommentTable;
  plan_history: PlanHistoryTable;
  plan_reminder_opt_outs: PlanReminderOptOutTable;
}
