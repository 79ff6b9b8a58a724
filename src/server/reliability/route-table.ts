import type { App } from '../context.ts';

/** A JSON schema as found in the OpenAPI document (only the keywords the generators read). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One operation of the API, read from /api/v1/openapi.json: the route table every reliability suite walks. */
export interface ApiRoute {
  method: HttpMethod;
  /** Path below /api/v1 with Fastify parameters: `/projects/:id`. */
  path: string;
  /** `GET /projects/:id`: the key of expectation tables. */
  key: string;
  tags: string[];
  pathParams: string[];
  query: Record<string, JsonSchema>;
  requiredQuery: string[];
  /** The JSON body schema, when the route takes JSON. */
  body: JsonSchema | null;
  /** Content types accepted (JSON, or the file types of upload routes). */
  contentTypes: string[];
}

interface OpenApiParameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}
interface OpenApiOperation {
  tags?: string[];
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Reads the route table from the application's OpenAPI document (generated from the routes' zod schemas). */
export async function readRouteTable(app: App): Promise<ApiRoute[]> {
  const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`openapi.json answered ${response.statusCode}`);
  const doc = response.json() as { paths: Record<string, Record<string, OpenApiOperation>> };
  const routes: ApiRoute[] = [];
  for (const [openApiPath, operations] of Object.entries(doc.paths)) {
    const path = openApiPath.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1');
    for (const [verb, op] of Object.entries(operations)) {
      const method = verb.toUpperCase() as HttpMethod;
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
      const parameters = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      routes.push({
        method,
        path,
        key: `${method} ${path}`,
        tags: op.tags ?? [],
        pathParams: [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!),
        query: Object.fromEntries(
          parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}]),
        ),
        requiredQuery: parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
        body: content['application/json']?.schema ?? null,
        contentTypes: Object.keys(content),
      });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/** Replaces `:name` parameters by the values given (URL-encoded). */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name} in ${path}`);
    return encodeURIComponent(value);
  });
}
