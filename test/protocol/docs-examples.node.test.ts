import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import * as protocol from '../../src/protocol/index.js';

/*
 * Every ```json block in docs/protocol.md must name its schema (```json schema=Petition → PetitionSchema)
 * and validate against it, so the prose can never drift from src/protocol.
 */

const DOC_PATH = new URL('../../docs/protocol.md', import.meta.url);
const markdown = readFileSync(DOC_PATH, 'utf8');

interface Example {
  schemaName: string | undefined;
  source: string;
  line: number;
}

function extractJsonBlocks(text: string): Example[] {
  const blocks: Example[] = [];
  const fence = /^```json([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of text.matchAll(fence)) {
    const schemaName = /(?:^|\s)schema=(\w+)(?:\s|$)/.exec(match[1]!)?.[1];
    const line = text.slice(0, match.index).split('\n').length;
    blocks.push({ schemaName, source: match[2]!, line });
  }
  return blocks;
}

function schemaNamed(name: string): v.GenericSchema | undefined {
  const value = (protocol as Record<string, unknown>)[`${name}Schema`];
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'schema'
    ? (value as v.GenericSchema)
    : undefined;
}

const examples = extractJsonBlocks(markdown);

/** Resource families a backend author must see an example of. */
const REQUIRED_EXAMPLES = [
  'Discovery',
  'Problem',
  'PetitionPage',
  'Petition',
  'PetitionCount',
  'SignatureRequest',
  'SignatureAccepted',
  'ConfirmSignatureRequest',
  'SignatureConfirmed',
  'Board',
  'IdeaPage',
  'Idea',
  'CreateIdeaRequest',
  'VoteRequest',
  'VoteResult',
  'FlagRequest',
  'FlagReceived',
  'SimilarIdeas',
  'Campaign',
  'CampaignTotals',
  'Leaderboard',
];

describe('docs/protocol.md examples', () => {
  it('finds the examples', () => {
    assert.ok(examples.length >= REQUIRED_EXAMPLES.length, `only ${examples.length} json blocks found`);
  });

  it('has at least one example of every resource family', () => {
    const shown = new Set(examples.map((e) => e.schemaName));
    const missing = REQUIRED_EXAMPLES.filter((name) => !shown.has(name));
    assert.deepEqual(missing, [], `no \`json schema=…\` example for: ${missing.join(', ')}`);
  });

  for (const example of examples) {
    it(`line ${example.line}: ${example.schemaName ?? '(no schema)'} example is valid`, () => {
      assert.ok(example.schemaName, 'json block without a schema= name; write ```json schema=Name');
      const schema = schemaNamed(example.schemaName);
      assert.ok(schema, `src/protocol exports no ${example.schemaName}Schema`);

      let value: unknown;
      assert.doesNotThrow(() => (value = JSON.parse(example.source)), 'not valid JSON');
      const result = v.safeParse(schema, value);
      const issues = (result.issues ?? []).map(
        (issue) => `  ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`,
      );
      assert.equal(result.success, true, `invalid ${example.schemaName} example:\n${issues.join('\n')}`);

      // An example must not rely on fields the schema would silently drop.
      assert.deepEqual(result.output, value, 'example contains fields the schema does not know');
    });
  }
});
