import { sql } from 'kysely';
import type { RawBuilder, SqlBool } from 'kysely';
import type { Dialect } from '../db/kysely.js';

/*
 * Full-text search over ideas. User input never reaches the query syntax: it is cut into words
 * (letters and digits), and each word is quoted as a literal before it is put in an FTS5 MATCH
 * expression or a PostgreSQL tsquery. So `"`, `*`, `AND(` or `:*!` search for words or for nothing,
 * and never cause a syntax error. Text is normalized and lowercased here, before it is indexed and
 * before it is searched, so both databases match without depending on their locale.
 */

/** Words longer than this are cut (no real word is; it bounds the query's size). */
const MAX_WORD = 64;
/** Words per query: enough for a title. */
const MAX_WORDS = 16;
/** Similar ideas ignore words shorter than this ("on", "в", "мен") when longer ones are typed. */
const SIMILAR_MIN_WORD = 3;

/** The form titles are compared in: NFKC, lowercase, single spaces, trimmed. */
export function normalizeTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Text as it is indexed: NFKC and lowercase. */
export function searchable(parts: readonly string[]): string {
  return parts.join('\n').normalize('NFKC').toLowerCase();
}

/** The words of a text: runs of letters and digits (with their combining marks), lowercased. */
export function wordsOf(text: string): string[] {
  const words = searchable([text]).match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return words.slice(0, MAX_WORDS).map((word) => word.slice(0, MAX_WORD));
}

export interface TextQuery {
  words: string[];
  /** All words must match (`q` filter) or any may (similar ideas, ranked). */
  mode: 'all' | 'any';
  /** The last word also matches longer words (someone is still typing it). */
  prefixLast: boolean;
}

/** The words to look for similar titles with: short words dropped unless nothing else is left. */
export function similarQuery(title: string): TextQuery {
  const words = wordsOf(title);
  const long = words.filter((word) => [...word].length >= SIMILAR_MIN_WORD);
  return { words: long.length > 0 ? long : words, mode: 'any', prefixLast: true };
}

export function filterQuery(q: string): TextQuery {
  return { words: wordsOf(q), mode: 'all', prefixLast: true };
}

/** An FTS5 query: every word a quoted string (it only holds letters and digits, so no quote inside). */
export function fts5Expression(query: TextQuery): string {
  const terms = query.words.map((word, index) =>
    query.prefixLast && index === query.words.length - 1 ? `"${word}"*` : `"${word}"`,
  );
  return terms.join(query.mode === 'all' ? ' AND ' : ' OR ');
}

/** A tsquery in PostgreSQL's syntax: every word a quoted lexeme. */
export function tsqueryExpression(query: TextQuery): string {
  const terms = query.words.map((word, index) =>
    query.prefixLast && index === query.words.length - 1 ? `'${word}':*` : `'${word}'`,
  );
  return terms.join(query.mode === 'all' ? ' & ' : ' | ');
}

/** Which text a query searches: titles only (similar ideas) or titles and bodies. */
export type SearchField = 'title' | 'text';

/** A condition on `ideas.id` that holds for ideas matching the query (the query has words). */
export function matchCondition(dialect: Dialect, query: TextQuery, field: SearchField): RawBuilder<SqlBool> {
  if (dialect === 'sqlite') {
    const expression = field === 'title' ? `title : (${fts5Expression(query)})` : fts5Expression(query);
    return sql<SqlBool>`ideas.id in (select idea_id from ideas_fts where ideas_fts match ${expression})`;
  }
  const column = field === 'title' ? sql.ref('ideas.search_title') : sql.ref('ideas.search_text');
  return sql<SqlBool>`to_tsvector('simple', ${column}) @@ to_tsquery('simple', ${tsqueryExpression(query)})`;
}

/** How well an idea matches (higher is better), for ordering similar ideas. */
export function relevance(dialect: Dialect, query: TextQuery): RawBuilder<number> {
  if (dialect === 'sqlite') {
    // bm25 is lower for better matches; negated so that higher is better on both databases.
    return sql<number>`(select -bm25(ideas_fts, 0.0, 4.0, 1.0) from ideas_fts
      where ideas_fts match ${`title : (${fts5Expression(query)})`} and ideas_fts.idea_id = ideas.id)`;
  }
  return sql<number>`ts_rank(to_tsvector('simple', ideas.search_title), to_tsquery('simple', ${tsqueryExpression(query)}))`;
}
