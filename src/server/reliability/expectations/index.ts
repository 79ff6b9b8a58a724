import type { Expectations } from '../matrix-types.ts';
import { accountsExpectations } from './accounts.ts';
import { libraryExpectations } from './library.ts';
import { diagnosticsPlansExpectations } from './diagnostics-plans.ts';
import { modelsExpectations } from './models.ts';
import { trainingExpectations } from './training.ts';
import { awaitingExpectations } from './awaiting.ts';
import { sitesExpectations } from './sites.ts';
import { indicatorsExpectations } from './indicators.ts';
import { orgTransferExpectations } from './org-transfer.ts';

/** Every capability's lines of the permission matrix. A new capability adds its file here. */
export const EXPECTATIONS: Expectations = {
  ...accountsExpectations,
  ...libraryExpectations,
  ...diagnosticsPlansExpectations,
  ...modelsExpectations,
  ...trainingExpectations,
  ...awaitingExpectations,
  ...sitesExpectations,
  ...indicatorsExpectations,
  ...orgTransferExpectations,
};
