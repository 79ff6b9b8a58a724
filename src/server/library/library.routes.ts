import type { CapabilityRoutes } from '../context.ts';
import { territoriesRoutes } from '../territories/territories.routes.ts';
import { projectsRoutes } from './projects.routes.ts';
import { searchRoutes } from './search.routes.ts';
import { transferRoutes } from './transfer.routes.ts';

/** The library capability: territories (reference data), projects, search, map, import/export and open data. */
export const libraryRoutes: CapabilityRoutes = async (app, ctx) => {
  await territoriesRoutes(app, ctx);
  await projectsRoutes(app, ctx);
  await searchRoutes(app, ctx);
  await transferRoutes(app, ctx);
};
