import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApi, OPENAPI_PATH, serializeOpenApi } from '../../scripts/openapi.js';
import { ENDPOINTS } from '../../src/protocol/index.js';
import type { AnyEndpoint } from '../../src/protocol/index.js';

interface Operation {
  operationId: string;
  parameters: ({ name: string; in: string; required: boolean } | { $ref: string })[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

const built = buildOpenApi() as Document;

describe('OpenAPI document', () => {
  it('is committed up to date', () => {
    const committed = readFileSync(OPENAPI_PATH, 'utf8');
    assert.deepEqual(
      JSON.parse(committed),
      built,
      'docs/protocol/openapi.json is stale: run npm run openapi',
    );
    assert.equal(
      committed,
      serializeOpenApi(built),
      'docs/protocol/openapi.json is not formatted as generated: run npm run openapi',
    );
  });

  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(built) as Record<string, unknown>);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.equal(validator.version, '3.1');
  });

  it('resolves every $ref', () => {
    const text = JSON.stringify(built);
    const refs = new Set([...text.matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!));
    for (const ref of refs) {
      const target = ref
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], built);
      assert.ok(target, `dangling $ref #/${ref}`);
    }
  });

  const operations = Object.entries(built.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );

  it('has one operation per endpoint and nothing else', () => {
    const ids = operations.map(({ op }) => op.operationId).sort();
    assert.deepEqual(ids, Object.keys(ENDPOINTS).sort());
  });

  for (const endpoint of Object.values(ENDPOINTS as Record<string, AnyEndpoint>)) {
    it(`describes ${endpoint.id} as ${endpoint.method} ${endpoint.path}`, () => {
      const found = operations.filter(({ op }) => op.operationId === endpoint.id);
      assert.equal(found.length, 1);
      const { path, method, op } = found[0]!;
      assert.equal(path, endpoint.path);
      assert.equal(method, endpoint.method);
      assert.ok(op.responses[String(endpoint.status)], `missing ${endpoint.status} response`);
      assert.ok(op.responses['default'], 'missing problem+json default response');
      assert.equal(op.requestBody !== undefined, endpoint.body !== undefined);

      const named = op.parameters.filter(
        (p): p is { name: string; in: string; required: boolean } => 'name' in p,
      );
      for (const name of Object.keys(endpoint.pathParams?.entries ?? {})) {
        assert.ok(
          named.some((p) => p.in === 'path' && p.name === name && p.required),
          `path parameter ${name}`,
        );
      }
      for (const name of Object.keys(endpoint.query?.entries ?? {})) {
        assert.ok(
          named.some((p) => p.in === 'query' && p.name === name),
          `query parameter ${name}`,
        );
      }
      const refs = op.parameters.flatMap((p) => ('$ref' in p ? [p.$ref] : []));
      assert.equal(refs.includes('#/components/parameters/IdempotencyKey'), endpoint.idempotent === true);
      assert.equal(refs.includes('#/components/parameters/IfNoneMatch'), endpoint.conditional === true);

      const mediaType = endpoint.responseType ?? 'application/json';
      assert.ok(op.responses[String(endpoint.status)]!.content?.[mediaType], `success content ${mediaType}`);
    });
  }

  it('names the shared schemas as components', () => {
    for (const name of [
      'Petition',
      'PetitionCount',
      'Idea',
      'Board',
      'Campaign',
      'Leaderboard',
      'Problem',
      'Discovery',
      'Money',
    ]) {
      assert.ok(built.components.schemas[name], `component ${name}`);
    }
  });
});
