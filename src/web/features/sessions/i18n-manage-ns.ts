import { defineNamespace } from '../../i18n/define-namespace.ts';
import { manageEn, manageFr, mineEn, mineFr } from './i18n-manage.ts';
import {
  pickersEn,
  pickersFr,
  portfolioEn,
  portfolioFr,
  siteStagesEn,
  siteStagesFr,
  verdictsEn,
  verdictsFr,
} from './i18n-portfolio.ts';

/**
 * The copy of the sessions' signed-in pages: the facilitators' (their sessions, the editor and its pickers,
 * registrations, attendance, cohort, resources, portfolio) and the participants' « Mes inscriptions ». A namespace of
 * its own, added by i18n-manage-runtime.ts from the modules that show it, so that the public pages (a session's page,
 * the list) leave it out of their download.
 */
export const sessionsManage = defineNamespace({
  fr: {
    manage: manageFr,
    mine: mineFr,
    portfolio: portfolioFr,
    pickers: pickersFr,
    verdicts: verdictsFr,
    siteStages: siteStagesFr,
  },
  en: {
    manage: manageEn,
    mine: mineEn,
    portfolio: portfolioEn,
    pickers: pickersEn,
    verdicts: verdictsEn,
    siteStages: siteStagesEn,
  },
});
