import * as v from 'valibot';
import type { Database } from '../db/kysely.js';
import { illFormedTextPaths } from '../security/text-guards.js';

/*
 * Admin files: the JSON a city loads with `npm run server -- load <command> FILE.json` (and the demo
 * seeds with). Each feature parses its file into its own definitions and exports one `AdminFile`.
 */

/** A feature's admin file, as the command line and the demo seed use it. */
export interface AdminFile {
  /** The word after `load`, e.g. `petitions`. */
  readonly command: string;
  /** What the usage text says the command does. */
  readonly usage: string;
  /** Loads a file (upsert by id); resolves to the line printed afterwards. */
  load(database: Database, path: string, nowIso: string): Promise<string>;
  /** Loads the demo city's file when the database holds none of these yet. */
  seedDemo(database: Database, nowMs: number): Promise<unknown>;
}

/** Parses and validates an admin file's text; throws with every problem listed by path. */
export function parseAdminFile<S extends v.GenericSchema>(
  schema: S,
  text: string,
  what: string,
): v.InferOutput<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`);
  }
  const illFormed = illFormedTextPaths(json, '(file)');
  if (illFormed.length > 0) {
    const at = illFormed
      .slice(0, 20)
      .map((path) => `  ${path}: not well-formed Unicode (an unpaired surrogate)`);
    throw new Error(`invalid ${what} file:\n${at.join('\n')}`);
  }
  const result = v.safeParse(schema, json);
  if (!result.success) throw new Error(`invalid ${what} file:\n${issueLines(result.issues)}`);
  return result.output;
}

/** Problems of an admin file, one line each by path (the first 20). */
function issueLines(issues: readonly v.BaseIssue<unknown>[]): string {
  const lines = issues.slice(0, 20).map((issue) => `  ${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`);
  if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more`);
  return lines.join('\n');
}
