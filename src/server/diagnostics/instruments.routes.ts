import { z } from 'zod';
import { listQuestions } from '../../core/diagnostics/instrument.schemas.ts';
import type { CapabilityRoutes } from '../context.ts';
import { NotFoundError, msg } from '../errors.ts';
import { getInstruments } from './instruments.ts';
import { instrumentParams, instrumentSummaryView, instrumentView } from './diagnostics.schemas.ts';

/** Diagnostic instruments are public content: anyone may read the questions before signing up. */
export const instrumentsRoutes: CapabilityRoutes = (app) => {
  // Loaded and validated at start-up: an invalid instrument stops the server with the list of problems.
  const catalog = getInstruments();
  const tags = ['diagnostics'];
  app.get(
    '/instruments',
    {
      schema: {
        tags,
        summary: 'Les outils de diagnostic (dernière version de chacun)',
        response: { 200: z.object({ items: z.array(instrumentSummaryView) }) },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=300');
      return {
        items: catalog.latest().map((i) => ({
          id: i.id,
          kind: i.kind,
          version: i.version,
          versions: catalog.versions(i.id),
          title: i.title,
          intro: i.intro,
          estimatedMinutes: i.estimatedMinutes,
          dimensionCount: i.dimensions.length,
          questionCount: listQuestions(i).length,
        })),
      };
    },
  );
  app.get(
    '/instruments/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'Une version d’un outil : dimensions, questions, règles',
        params: instrumentParams,
        response: { 200: instrumentView },
      },
    },
    async (request, reply) => {
      const instrument = catalog.find(request.params.id, request.params.version);
      if (!instrument)
        throw new NotFoundError(
          msg('Cet outil ou cette version n’existe pas.', 'This instrument or version does not exist.'),
        );
      // A shipped version never changes: cache it for a day.
      void reply.header('cache-control', 'public, max-age=86400');
      return instrument;
    },
  );
};
