/** One cache for the `Intl` objects and stand-ins the format functions build, keyed by locale and options. */

const cache = new Map<string, unknown>();

export function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** Forgets every cached formatter, for when a language's formatting data arrives. */
export function clearCache(): void {
  cache.clear();
}

export function optionsKey(options: object | undefined): string {
  return options === undefined ? '' : JSON.stringify(options);
}
