import type { CapabilityRoutes } from '../context.ts';
import { languageOf } from '../http/language.ts';
import { getMethodContent } from './method-content.loader.ts';
import {
  methodIndexView,
  methodItemParams,
  methodItemView,
  methodLangQuery,
  methodSearchQuery,
  methodSearchView,
} from './method.schemas.ts';
import { methodIndex, methodItem, searchMethodContent, type MethodLang } from './method.service.ts';

/** The method is public content: no account needed, cacheable for a few minutes. */
export const methodRoutes: CapabilityRoutes = (app) => {
  // Loaded and validated now, at start-up: invalid content stops the server with the list of problems.
  const content = getMethodContent();
  const tags = ['method'];
  const cache = 'public, max-age=300';
  // The content never changes while the server runs: resolve each language once.
  const indexes = new Map<MethodLang, ReturnType<typeof methodIndex>>();
  const indexIn = (lang: MethodLang) => {
    if (!indexes.has(lang)) indexes.set(lang, methodIndex(content, lang));
    return indexes.get(lang)!;
  };

  app.get(
    '/method',
    {
      schema: {
        tags,
        summary:
          'La méthode : introduction, situations, stratégies, vigilance, points de méthode, glossaire, sources, cas',
        querystring: methodLangQuery,
        response: { 200: methodIndexView },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', cache).header('vary', 'accept-language');
      return indexIn(request.query.lang ?? languageOf(request.headers['accept-language']));
    },
  );

  app.get(
    '/method/search',
    {
      schema: {
        tags,
        summary: 'Chercher dans la méthode',
        querystring: methodSearchQuery,
        response: { 200: methodSearchView },
      },
    },
    async (request) =>
      searchMethodContent(
        content,
        request.query.q,
        request.query.lang ?? languageOf(request.headers['accept-language']),
      ),
  );

  app.get(
    '/method/:kind/:id',
    {
      schema: {
        tags,
        summary: 'Une partie de la méthode, avec ses sources et ses liens',
        params: methodItemParams,
        querystring: methodLangQuery,
        response: { 200: methodItemView },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', cache).header('vary', 'accept-language');
      const lang = request.query.lang ?? languageOf(request.headers['accept-language']);
      return methodItem(content, request.params.kind, request.params.id, lang);
    },
  );
};
