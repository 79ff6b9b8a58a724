import type { AppContext } from '../context.ts';
import { ValidationError, msg } from '../errors.ts';
import { parseResult } from '../diagnostics/diagnostics.present.ts';
import { findDiagnostic } from '../diagnostics/diagnostics.repository.ts';
import { getInstruments } from '../diagnostics/instruments.ts';

export const FIT_INSTRUMENT = 'replicator-fit';

/**
 * The replicator-fit diagnostic attached to a request, as a frozen summary (verdict, overall score, dimensions): the
 * carrier reads it with the request without gaining access to the diagnostic itself.
 */
export async function summariseFitDiagnostic(ctx: AppContext, diagnosticId: string, organisationId: string) {
  const row = await findDiagnostic(ctx.db, diagnosticId);
  if (!row || row.organisation_id !== organisationId)
    throw new ValidationError({
      diagnosticId: msg(
        'Ce diagnostic n’existe pas dans l’organisation choisie.',
        'This diagnostic does not exist in the chosen organisation.',
      ),
    });
  if (row.instrument_id !== FIT_INSTRUMENT)
    throw new ValidationError({
      diagnosticId: msg(
        'Joignez un diagnostic d’adéquation du territoire d’accueil (replicator-fit).',
        'Attach a host-territory fit diagnostic (replicator-fit).',
      ),
    });
  const result = parseResult(row);
  const instrument = getInstruments().find(row.instrument_id, row.instrument_version);
  const titles = new Map(instrument?.dimensions.map((d) => [d.id, d.title]) ?? []);
  return {
    diagnosticId: row.id,
    title: row.title,
    status: row.status,
    completedAt: row.completed_at,
    verdict: result?.verdict.id ?? null,
    overallScore: result?.overall.score ?? null,
    dimensions: (result?.dimensions ?? []).map((d) => ({
      id: d.id,
      title: titles.get(d.id) ?? { fr: d.id, en: d.id },
      score: d.score,
      level: d.level,
    })),
  };
}
