/** Helpers the browser benchmarks share. */

/** The median of `values` (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The browser for measuring a page's own cost (`requireHeadlessChromium` in
 * scripts/find-chromium.mjs): `chromium-headless-shell` when installed (installed with apt-get
 * when missing and allowed), else any Chromium.
 */
export async function chromiumPath(): Promise<string> {
  const finder = new URL('../find-chromium.mjs', import.meta.url).href;
  const { requireHeadlessChromium } = (await import(finder)) as {
    requireHeadlessChromium(options: { install: boolean }): string;
  };
  return requireHeadlessChromium({ install: true });
}
