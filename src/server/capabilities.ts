import type { CapabilityRoutes } from './context.ts';
import { systemRoutes } from './system/system.routes.ts';
import { accountsRoutes } from './accounts/accounts.routes.ts';
import { organisationsRoutes } from './accounts/organisations.routes.ts';
import { libraryRoutes } from './library/library.routes.ts';
import { methodRoutes } from './method/method.routes.ts';
import { diagnosticsRoutes } from './diagnostics/diagnostics.routes.ts';
import { plansRoutes } from './plans/plans.routes.ts';
import { trainingRoutes } from './training/training.routes.ts';
import { modelsRoutes } from './models/models.routes.ts';
import { sitesRoutes } from './sites/sites.routes.ts';
import { indicatorsRoutes } from './indicators/indicators.routes.ts';
import { orgTransferRoutes } from './org-transfer/org-transfer.routes.ts';

/**
 * Every capability's routes, mounted under /api/v1. A capability adds one line here; the permission-matrix and
 * fuzzing suites read the resulting route table, so a new route cannot be forgotten by them.
 */
export const capabilityRoutes: CapabilityRoutes[] = [
  systemRoutes,
  accountsRoutes,
  organisationsRoutes,
  libraryRoutes,
  methodRoutes,
  diagnosticsRoutes,
  plansRoutes,
  trainingRoutes,
  modelsRoutes,
  sitesRoutes,
  indicatorsRoutes,
  orgTransferRoutes,
];
