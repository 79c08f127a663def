import { CompiledQuery } from 'kysely';
import type { Compilable, QueryResult } from 'kysely';
import type { Db } from './kysely.js';

/*
 * Queries on the hot paths (signing, confirming) are built and compiled by Kysely once per dialect
 * and then run with new parameters: compiling a 15-column insert costs about as much as SQLite
 * takes to execute it. The query is built once with placeholder values; each placeholder's
 * position among the compiled parameters says where the real value goes.
 */

const PLACEHOLDER = '\u0000civic-parameter:';

interface Compiled {
  sql: string;
  /** The compiled parameters; placeholders are replaced per call. */
  parameters: readonly unknown[];
  /** For each parameter, the name of the value it takes, or undefined for a constant. */
  slots: readonly (string | undefined)[];
}

/** Values a prepared query is built with: each property is a placeholder for the value of that name. */
const placeholders = new Proxy({}, { get: (_target, name) => `${PLACEHOLDER}${String(name)}` });

/**
 * A query compiled once per dialect. `build` gets the values object whose properties stand for the
 * values of each call; use each property only as a value (not in SQL structure).
 */
export function prepared<P extends object, R = unknown>(
  build: (db: Db, values: P) => Compilable<R>,
): (db: Db, values: P) => Promise<QueryResult<R>> {
  // The same adapter serves a Kysely instance and its transactions, and says which SQL dialect.
  const cache = new WeakMap<object, Compiled>();
  return (db, values) => {
    const adapter = db.getExecutor().adapter;
    let compiled = cache.get(adapter);
    if (!compiled) {
      const query = build(db, placeholders as P).compile();
      compiled = {
        sql: query.sql,
        parameters: query.parameters,
        slots: query.parameters.map((parameter) =>
          typeof parameter === 'string' && parameter.startsWith(PLACEHOLDER)
            ? parameter.slice(PLACEHOLDER.length)
            : undefined,
        ),
      };
      cache.set(adapter, compiled);
    }
    const { sql, parameters, slots } = compiled;
    const bound = parameters.map((parameter, index) => {
      const slot = slots[index];
      return slot === undefined ? parameter : (values as Record<string, unknown>)[slot];
    });
    return db.executeQuery<R>(CompiledQuery.raw(sql, bound));
  };
}

/** Rows changed by an INSERT, UPDATE or DELETE run through `prepared`. */
export function changedRows(result: QueryResult<unknown>): number {
  return Number(result.numAffectedRows ?? 0n);
}
