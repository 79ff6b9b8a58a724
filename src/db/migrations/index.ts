import type { Migration } from '../migrator.ts';
import { foundation } from './0001_foundation.ts';
import { accounts } from './0100_accounts.ts';
import { accountsOutbox } from './0101_accounts_outbox.ts';
import { library } from './0200_library.ts';
import { librarySearch } from './0201_library_search.ts';
import { libraryFacetKeys } from './0202_library_facet_keys.ts';
import { libraryImports } from './0203_library_imports.ts';
import { librarySearchGeneration } from './0204_library_search_generation.ts';
import { librarySearchChanges } from './0205_library_search_changes.ts';
import { librarySearchCards } from './0206_library_search_cards.ts';
import { diagnostics } from './0300_diagnostics.ts';
import { plans } from './0400_plans.ts';
import { training } from './0700_training.ts';
import { models } from './0500_models.ts';
import { modelsExports } from './0501_models_exports.ts';
import { sites } from './0600_sites.ts';
import { indicators } from './0650_indicators.ts';
import { indicatorsNetworkGeneration } from './0651_indicators_network_generation.ts';
import { sitesCollaboration } from './0601_sites_collaboration.ts';

/**
 * Every migration, in order. Each capability owns a range of numbers (0100 accounts, 0200 library,
 * 0300 diagnostics, 0400 plans, 0500 models, 0600 sites and indicators, 0700 training sessions) so that work on
 * several capabilities at once never collides.
 */
export const migrations: Migration[] = [
  foundation,
  accounts,
  accountsOutbox,
  library,
  librarySearch,
  libraryFacetKeys,
  libraryImports,
  librarySearchGeneration,
  librarySearchChanges,
  librarySearchCards,
  diagnostics,
  plans,
  models,
  modelsExports,
  sites,
  sitesCollaboration,
  indicators,
  indicatorsNetworkGeneration,
  training,
];
