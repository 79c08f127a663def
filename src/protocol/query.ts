import type * as v from 'valibot';

/*
 * Query strings carry only strings; the query schemas describe typed values (numbers as numbers).
 * These two helpers convert between them, so clients and servers agree on the encoding.
 */

type QueryObjectSchema = v.ObjectSchema<v.ObjectEntries, undefined>;

/** `{sort: 'top', limit: 20, q: undefined}` → `?sort=top&limit=20` (empty string when nothing is set). */
export function encodeQuery(
  query: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(name, String(value));
  }
  const encoded = params.toString();
  return encoded ? `?${encoded}` : '';
}

/**
 * Reads the parameters a query schema declares from a query string, turning numeric text into
 * numbers where the schema expects a number. The result still needs `v.safeParse(schema, …)`;
 * unknown parameters are dropped, and for repeated ones the first wins.
 */
export function decodeQuery(schema: QueryObjectSchema, params: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(schema.entries)) {
    const raw = params.get(name);
    if (raw === null) continue;
    query[name] = baseType(entry) === 'number' && /^-?\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  return query;
}

/** The JSON type an entry parses to: `optional(pipe(number(), …))` → `number`. */
function baseType(schema: v.GenericSchema): string {
  let current: v.GenericSchema = schema;
  while ('wrapped' in current) current = current.wrapped as v.GenericSchema;
  if (current.type === 'picklist' && 'options' in current) {
    return (current.options as readonly unknown[]).every((o) => typeof o === 'number') ? 'number' : 'string';
  }
  return current.type;
}
