/** Indicators of a replication network: dictionary, values, roll-ups maintained on write, settings, reporting links. */

export const indicatorFrequencies = ['monthly', 'quarterly', 'yearly'] as const;
export type IndicatorFrequency = (typeof indicatorFrequencies)[number];
export const indicatorAggregations = ['sum', 'average', 'last', 'count'] as const;
export type IndicatorAggregation = (typeof indicatorAggregations)[number];
export const indicatorValueTypes = ['integer', 'decimal'] as const;
export type IndicatorValueType = (typeof indicatorValueTypes)[number];
export const valueKinds = ['baseline', 'target', 'actual'] as const;
export type ValueKind = (typeof valueKinds)[number];
export type ValueSource = 'form' | 'csv' | 'link' | 'demo';

export interface IndicatorTable {
  id: string;
  model_id: string;
  /** The carrier: the model's organisation, whose editors own the dictionary. */
  organisation_id: string;
  name: string;
  definition: string;
  unit: string;
  value_type: IndicatorValueType;
  frequency: IndicatorFrequency;
  aggregation: IndicatorAggregation;
  higher_is_better: number;
  /** 1: the carrier stated that the indicator holds no personal data (required). */
  no_personal_data: number;
  /** 1: its aggregated figures appear on the public network page. */
  is_public: number;
  position: number;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
  deleted_at: string | null;
  version: number;
}

export interface IndicatorValueTable {
  id: string;
  indicator_id: string;
  site_id: string;
  kind: ValueKind;
  /** Label in the indicator's frequency: 2025-03, 2025-T1 or 2025. */
  period: string;
  /** First day of the period (YYYY-MM-DD): sorts and buckets in both engines. */
  period_start: string;
  value: number;
  source: ValueSource;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Sum and count of the values of one indicator, kind and period, over all sites: maintained on write. */
export interface IndicatorRollupTable {
  indicator_id: string;
  kind: ValueKind;
  period_start: string;
  period: string;
  value_sum: number;
  value_count: number;
}

/** Each site's latest value per indicator and kind: maintained on write. */
export interface IndicatorSiteLatestTable {
  indicator_id: string;
  site_id: string;
  kind: ValueKind;
  period: string;
  period_start: string;
  value: number;
}

export interface IndicatorSettingsTable {
  model_id: string;
  stalled_days: number;
  grace_days: number;
  reminders_enabled: number;
  public_dashboard: number;
  updated_by: string | null;
  updated_at: string;
  version: number;
}

export interface IndicatorReminderOptOutTable {
  site_id: string;
  created_by: string | null;
  created_at: string;
}

export interface IndicatorLinkTable {
  id: string;
  /** SHA-256 (hex) of the token; the token itself is only in the e-mail. */
  token_hash: string;
  site_id: string;
  model_id: string;
  period: string;
  contact_email: string;
  expires_at: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
}

export interface IndicatorsTables {
  indicators: IndicatorTable;
  indicator_values: IndicatorValueTable;
  indicator_rollups: IndicatorRollupTable;
  indicator_site_latest: IndicatorSiteLatestTable;
  indicator_settings: IndicatorSettingsTable;
  indicator_reminder_opt_outs: IndicatorReminderOptOutTable;
  indicator_links: IndicatorLinkTable;
}
