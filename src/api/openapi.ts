// The OpenAPI 3.1 document of the API, generated from API_ROUTES: the same zod schemas that check
// every request and answer, turned into JSON Schema (2020-12, what OpenAPI 3.1 speaks) by zod.
import { z } from 'zod';
import { API_ROUTES, type ApiRoute } from './api-routes';
import { errorBodySchema } from './error-schemas';
import { API_SCOPES } from './token-schemas';

type Json = Record<string, unknown>;

/** The session cookie's name, as the security scheme names it. */
const SESSION_COOKIE = 'parley_session';

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/** `/api/conversations/:id` → `/api/conversations/{id}`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function parameters(route: ApiRoute): Json[] {
  const params: Json[] = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: name === 'id' ? { type: 'integer', minimum: 1 } : { type: 'string' },
  }));
  if (route.query) {
    const q = schemaOf(route.query, 'input') as {
      properties?: Record<string, Json>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(q.properties ?? {}))
      params.push({ name, in: 'query', required: q.required?.includes(name) ?? false, schema });
  }
  return params;
}

function success(route: ApiRoute): Json {
  const status = String(route.status ?? 200);
  if (route.stream)
    return {
      [status]: {
        description: 'Server-sent events',
        content: { 'text/event-stream': { schema: { type: 'string' } } },
      },
    };
  if (route.file)
    return {
      [status]: {
        description: route.summary,
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      },
    };
  if (!route.answer) return { [status]: { description: 'Done, no content' } };
  return {
    [status]: {
      description: route.summary,
      content: { 'application/json': { schema: schemaOf(route.answer, 'output') } },
    },
  };
}

function security(route: ApiRoute): Json[] {
  if (route.access === 'public') return [];
  if (route.access === 'session') return [{ session: [] }];
  return [{ session: [] }, { bearer: [route.access] }];
}

function operation(route: ApiRoute): Json {
  const error = { $ref: '#/components/responses/Error' };
  return {
    operationId: `${route.method.toLowerCase()}${openApiPath(route.path)
      .replace(/^\/api/, '')
      .replace(/\{(\w+)\}/g, 'By-$1')
      .split(/[/_-]/)
      .filter(Boolean)
      .map((w) => w[0]?.toUpperCase() + w.slice(1))
      .join('')}`,
    summary: route.summary,
    tags: [route.path.split('/')[2] ?? 'api'],
    security: security(route),
    ...(route.access !== 'public' && route.access !== 'session' ? { 'x-scope': route.access } : {}),
    parameters: parameters(route),
    ...(route.upload
      ? {
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: { file: { type: 'string', format: 'binary' } },
                },
              },
            },
          },
        }
      : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
          },
        }
      : {}),
    responses: { ...success(route), '4XX': error, '5XX': error },
  };
}

export function buildOpenApi(routes: readonly ApiRoute[] = API_ROUTES): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const key = openApiPath(route.path);
    paths[key] = { ...paths[key], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API',
      version: '2',
      description:
        'An agent inbox. Every timestamp is Unix milliseconds; errors are `{ error: { code, message } }`. ' +
        'Authenticate with the session cookie (people) or `Authorization: Bearer <API token>` (integrations), ' +
        `whose scopes are ${API_SCOPES.join(', ')}.`,
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: `An API token (\`pat_…\`) with scopes: ${API_SCOPES.join(', ')}.`,
        },
      },
      schemas: { Error: schemaOf(errorBodySchema, 'output') },
      responses: {
        Error: {
          description: 'The request was refused; `code` says why',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  };
}
