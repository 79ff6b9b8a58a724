import type { Kysely } from 'kysely';
import type { FoundationTables } from './tables/foundation.ts';
import type { AccountsTables } from './tables/accounts.ts';
import type { LibraryTables } from './tables/library.ts';
import type { DiagnosticsTables } from './tables/diagnostics.ts';
import type { PlansTables } from './tables/plans.ts';
import type { TrainingTables } from './tables/training.ts';
import type { ModelsTables } from './tables/models.ts';
import type { SitesTables } from './tables/sites.ts';
import type { IndicatorsTables } from './tables/indicators.ts';

/**
 * The one Database type, shared by SQLite and PostgreSQL. Each capability declares its tables in
 * `tables/<capability>.ts` and adds them here. Cross-dialect conventions:
 * - ids are text (UUID v4 from node:crypto), never auto-increment;
 * - timestamps are ISO 8601 text in UTC (`2026-11-25T20:37:33.000Z`), which sort as text in both engines;
 * - booleans are integers 0/1; JSON documents are text, parsed in repositories;
 * - `count()` comes back as a string from pg: repositories convert with Number().
 */
export interface Database
  extends
    FoundationTables,
    AccountsTables,
    LibraryTables,
    DiagnosticsTables,
    PlansTables,
    ModelsTables,
    SitesTables,
    IndicatorsTables,
    TrainingTables {}

export type Dialect = 'sqlite' | 'postgres';

export type Db = Kysely<Database>;
