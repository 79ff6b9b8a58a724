import type { Cast, Records } from './world.ts';

/**
 * The value of each path parameter, by the path it appears in. A new capability whose routes take a parameter
 * unknown here gets a clear failure naming it: add one line below (the record comes from `buildRecords`).
 */
type Resolver = (records: Records, cast: Cast) => string;
const RESOLVERS: [RegExp, string, Resolver][] = [
  [/^\/projects\/:(id|projectId)/, 'id', (r) => r.projectId],
  [/^\/projects\/:(id|projectId)/, 'projectId', (r) => r.projectId],
  [/\/images\/:imageId/, 'imageId', (r) => r.imageId],
  [/^\/diagnostics\/:id/, 'id', (r) => r.diagnosticId],
  [/^\/plans\/:id/, 'id', (r) => r.planId],
  [/\/items\/:itemId/, 'itemId', (r) => r.itemId],
  [/^\/models\/:id/, 'id', (r) => r.modelId],
  [/^\/kits\/:modelId/, 'modelId', (r) => r.modelId],
  [/\/versions\/:n/, 'n', () => '1'],
  [/\/exports\/:exportId/, 'exportId', (r) => r.exportId],
  [/^\/models\/:id\/resources\/:resourceId/, 'resourceId', (r) => r.resourceId],
  [/^\/training-sessions\/:id\/resources\/:resourceId/, 'resourceId', (r) => r.trainingResourceId],
  [/^\/training-sessions\/:id/, 'id', (r) => r.sessionId],
  [/\/meetings\/:meetingId/, 'meetingId', (r) => r.meetingId],
  [/\/registrations\/:registrationId/, 'registrationId', (r) => r.registrationId],
  [/\/feed\/:token/, 'token', (r) => r.feedToken],
  [/^\/facilitator-follows\/:id/, 'id', (r) => r.followId],
  [/^\/organisations\/:id/, 'id', (_r, c) => c.organisationId],
  [/\/members\/:userId/, 'userId', (_r, c) => c.viewer.id],
  [/^\/territories\/:code/, 'code', () => '35238'],
  [/^\/method\/:kind/, 'kind', () => 'glossary'],
  [/^\/method\/:kind\/:id/, 'id', () => 'essaimage'],
  [/^\/instruments\/:id/, 'id', () => 'carrier-readiness'],
  [/\/versions\/:version/, 'version', () => '1'],
  [/^\/models\/:modelId/, 'modelId', (r) => r.modelId],
  [/^\/public\/networks\/:modelId/, 'modelId', (r) => r.modelId],
  [/^\/sites\/:siteId/, 'siteId', (r) => r.siteId],
  [/^\/indicators\/:id/, 'id', (r) => r.indicatorId],
  [/^\/indicator-values\/:id/, 'id', (r) => r.indicatorValueId],
  [/^\/reporting\/:token/, 'token', (r) => r.reportingToken],
  [/^\/library\/imports\/:id/, 'id', (r) => r.importId],
];

/** Values for every parameter of `path`, or the list of parameters nobody knows how to fill. */
export function resolveParams(
  path: string,
  names: string[],
  records: Records,
  cast: Cast,
): { values: Record<string, string>; missing: string[] } {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of names) {
    const found = RESOLVERS.find(([pattern, param]) => param === name && pattern.test(path));
    if (found) values[name] = found[2](records, cast);
    else missing.push(name);
  }
  return { values, missing };
}
