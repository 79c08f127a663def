/*
 * Builds the OpenAPI 3.1 document of wire protocol v1 from the endpoint registry and schemas in
 * src/protocol. Run directly (`npm run openapi`) to write docs/protocol/openapi.json. Node only, not shipped.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { toJsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema';
import type { ConversionConfig, JsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import * as protocol from '../src/protocol/index.js';
import type { AnyEndpoint } from '../src/protocol/index.js';

const { ENDPOINTS, PROBLEMS, PROTOCOL_VERSION, STREAM_EVENTS } = protocol;

/** Where the generated document is committed. */
export const OPENAPI_PATH = fileURLToPath(new URL('../docs/protocol/openapi.json', import.meta.url));

const COMPONENT_REF = '#/components/schemas/';

const TAGS = [
  { name: 'discovery', description: 'What a backend supports. Read first.' },
  {
    name: 'petitions',
    description: 'E-petitions: lists, details, live counts, signing. Feature `petitions`.',
  },
  { name: 'ideas', description: 'Idea boards: ideas, votes, reports, similar ideas. Feature `ideas`.' },
  { name: 'campaigns', description: 'Crowdfunding progress. Feature `campaigns`.' },
  { name: 'leaderboards', description: 'Contributor leaderboards. Feature `leaderboards`.' },
  {
    name: 'exports',
    description:
      'Open data: every dataset as CSV and JSON, with no personal data. Feature `exports`; the columns are EXPORT_DATASETS in src/protocol/exports.ts.',
  },
];

type JsonObject = Record<string, unknown>;

function isSchema(value: unknown): value is v.GenericSchema {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'schema';
}

/**
 * Every exported `XxxSchema` becomes component `Xxx`, except the path and query objects (they become
 * parameters). An alias (`PetitionCountEventSchema = PetitionCountSchema`) keeps the shorter name.
 */
export function componentSchemas(): Record<string, v.GenericSchema> {
  const parameterObjects = new Set<unknown>(
    Object.values(ENDPOINTS as Record<string, AnyEndpoint>).flatMap((e) => [e.pathParams, e.query]),
  );
  const names = new Map<v.GenericSchema, string>();
  for (const [exportName, value] of Object.entries(protocol)) {
    if (!exportName.endsWith('Schema') || !isSchema(value) || parameterObjects.has(value)) continue;
    const name = exportName.slice(0, -'Schema'.length);
    const known = names.get(value);
    if (known === undefined || name.length < known.length) names.set(value, name);
  }
  const sorted = [...names].sort(([, a], [, b]) => a.localeCompare(b));
  return Object.fromEntries(sorted.map(([schema, name]) => [name, schema]));
}

function conversionConfig(definitions: Record<string, v.GenericSchema>): ConversionConfig {
  return {
    target: 'draft-2020-12',
    errorMode: 'throw',
    // Cross-field rules (`v.check`) have no JSON Schema form; each such schema states them in its description.
    ignoreActions: ['check'],
    definitions,
    overrideRef: (context) => `${COMPONENT_REF}${context.referenceId}`,
  };
}

function converter(definitions: Record<string, v.GenericSchema>) {
  const config = conversionConfig(definitions);
  return (schema: v.GenericSchema): JsonSchema => {
    const { $schema: _dialect, $defs: _defs, ...json } = toJsonSchema(schema, config);
    return json;
  };
}

function isOptional(schema: v.GenericSchema): boolean {
  return schema.type === 'optional' || schema.type === 'exact_optional' || schema.type === 'nullish';
}

function parameters(endpoint: AnyEndpoint, convert: (schema: v.GenericSchema) => JsonSchema): JsonObject[] {
  const list: JsonObject[] = [];
  for (const [name, schema] of Object.entries(endpoint.pathParams?.entries ?? {})) {
    list.push({ name, in: 'path', required: true, schema: convert(schema) });
  }
  for (const [name, schema] of Object.entries(endpoint.query?.entries ?? {})) {
    list.push({ name, in: 'query', required: !isOptional(schema), schema: convert(schema) });
  }
  if (endpoint.idempotent) list.push({ $ref: '#/components/parameters/IdempotencyKey' });
  if (endpoint.conditional) list.push({ $ref: '#/components/parameters/IfNoneMatch' });
  if (endpoint.method === 'GET') list.push({ $ref: '#/components/parameters/AcceptLanguage' });
  return list;
}

function successResponse(
  endpoint: AnyEndpoint,
  convert: (schema: v.GenericSchema) => JsonSchema,
): JsonObject {
  const headers: JsonObject = {};
  if (endpoint.conditional) {
    headers['ETag'] = { $ref: '#/components/headers/ETag' };
    headers['Cache-Control'] = { $ref: '#/components/headers/CacheControl' };
  }
  if (endpoint.responseType === 'text/event-stream') {
    const events = (STREAM_EVENTS as Record<string, Record<string, v.GenericSchema>>)[endpoint.id] ?? {};
    const names = Object.keys(events);
    return {
      description:
        `Server-sent events. Event names: ${names.map((n) => `\`${n}\``).join(', ')}; ` +
        'each `data:` line is the JSON of the schema listed in `x-civic-events`. Unknown events and comment lines are ignored.',
      content: {
        'text/event-stream': {
          schema: { type: 'string' },
          'x-civic-events': Object.fromEntries(names.map((n) => [n, convert(events[n]!)])),
        },
      },
    };
  }
  const response: JsonObject = { description: endpoint.summary };
  if (Object.keys(headers).length > 0) response['headers'] = headers;
  if (endpoint.responseType === 'text/csv') {
    response['content'] = { 'text/csv': { schema: { type: 'string' } } };
    return response;
  }
  if (endpoint.response) response['content'] = { 'application/json': { schema: convert(endpoint.response) } };
  return response;
}

function operation(endpoint: AnyEndpoint, convert: (schema: v.GenericSchema) => JsonSchema): JsonObject {
  const op: JsonObject = {
    operationId: endpoint.id,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    parameters: parameters(endpoint, convert),
  };
  if (endpoint.body) {
    op['requestBody'] = {
      required: true,
      content: { 'application/json': { schema: convert(endpoint.body) } },
    };
  }
  const responses: JsonObject = { [String(endpoint.status)]: successResponse(endpoint, convert) };
  if (endpoint.conditional) responses['304'] = { $ref: '#/components/responses/NotModified' };
  if (endpoint.auth === 'required') responses['401'] = { $ref: '#/components/responses/Unauthorized' };
  responses['429'] = { $ref: '#/components/responses/TooManyRequests' };
  responses['default'] = { $ref: '#/components/responses/Problem' };
  op['responses'] = responses;
  if (endpoint.auth === 'required') op['security'] = [{ bearerAuth: [] }];
  if (endpoint.auth === 'optional') op['security'] = [{}, { bearerAuth: [] }];
  op['x-civic-auth'] = endpoint.auth;
  if (endpoint.feature) op['x-civic-feature'] = endpoint.feature;
  return op;
}

const problemList = Object.entries(PROBLEMS)
  .map(([kind, p]) => `- ${p.status} \`${p.type}\` (${kind})`)
  .join('\n');

function problemResponse(description: string, headers?: JsonObject): JsonObject {
  return {
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/problem+json': { schema: { $ref: `${COMPONENT_REF}Problem` } } },
  };
}

/** The OpenAPI 3.1 document of wire protocol v1. */
export function buildOpenApi(): JsonObject {
  const definitions = componentSchemas();
  const convert = converter(definitions);
  const paths: Record<string, JsonObject> = {};
  for (const endpoint of Object.values(ENDPOINTS as Record<string, AnyEndpoint>)) {
    const item = (paths[endpoint.path] ??= {});
    item[endpoint.method.toLowerCase()] = operation(endpoint, convert);
  }
  const { definitions: _definitions, ...defsConfig } = conversionConfig(definitions);
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Civic widgets wire protocol',
      version: PROTOCOL_VERSION,
      summary: 'The open protocol between civic-widgets and any compliant backend.',
      description:
        'Generated from src/protocol (npm run openapi); read docs/protocol.md first. JSON field names are camelCase; ' +
        'clients ignore unknown fields. Every non-2xx answer is application/problem+json. Endpoints carry ' +
        '`x-civic-feature`: an endpoint whose feature the discovery document does not list is absent.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: '/api/v1',
        description: 'Mounted on the backend origin; clients take the base URL as configuration.',
      },
    ],
    tags: TAGS,
    paths,
    components: {
      schemas: toJsonSchemaDefs(definitions, defsConfig),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'Unique per logical request (a UUID), reused on retries. Same key and body: the first answer is replayed. ' +
            'Same key, other body: 422. First request still running: 409. Keys are kept at least 24 hours.',
          schema: { type: 'string', minLength: 8, maxLength: 255 },
        },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'ETag from an earlier answer; the server answers 304 when the resource is unchanged.',
          schema: { type: 'string' },
        },
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description:
            'Preferred languages for translatable content; the backend falls back to its default locale.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'Validator for If-None-Match.', schema: { type: 'string' } },
        CacheControl: {
          description:
            'Count and totals resources: `public, max-age=<pollIntervalSeconds>, stale-while-revalidate=<2×>, stale-if-error=<5×>`.',
          schema: { type: 'string' },
        },
        RetryAfter: {
          description: 'Seconds to wait before retrying.',
          schema: { type: 'integer', minimum: 0 },
        },
      },
      responses: {
        Problem: problemResponse(`Error, as RFC 9457 problem details. Well-known types:\n${problemList}`),
        Unauthorized: problemResponse(
          'A signed-in participant is needed, or the token expired. Widgets tell the host page, which signs the person in.',
        ),
        TooManyRequests: problemResponse('Rate limited; retry after the delay in `Retry-After`.', {
          'Retry-After': { $ref: '#/components/headers/RetryAfter' },
        }),
        NotModified: { description: 'Unchanged since the ETag in If-None-Match.' },
      },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Token supplied by the host page (the city site) for the signed-in participant.',
        },
      },
    },
  };
}

/** Serialises the document the way it is committed: 2-space JSON and a final newline. */
export function serializeOpenApi(document: JsonObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  mkdirSync(dirname(OPENAPI_PATH), { recursive: true });
  writeFileSync(OPENAPI_PATH, serializeOpenApi(buildOpenApi()));
  console.log(`Wrote ${OPENAPI_PATH}`);
}
