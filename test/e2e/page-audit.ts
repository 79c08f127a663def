import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { FOCUS_PROBE } from './focus-probe.js';
import type { FocusProbeAnswer, FocusReport } from './focus-probe.js';

/* The audits every page we serve passes: axe (WCAG 2.0–2.2 A and AA) and focus indicators. */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations on the page, one line per node. axe is injected from the test, as DevTools
 * would, so it runs on pages whose CSP allows no script.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    interface AxeResults {
      violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`,
      ),
    );
  }, AXE_TAGS);
}

/** Tabs through the whole page from its top and reports each focused element of the page itself (not a widget's inside). */
export async function focusIndicators(page: Page): Promise<FocusReport[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const reports: FocusReport[] = [];
  for (let step = 0; step < 400; step += 1) {
    await page.keyboard.press('Tab');
    const answer = (await page.evaluate(FOCUS_PROBE)) as FocusProbeAnswer;
    if (answer && 'repeat' in answer) break;
    if (answer) reports.push(answer);
  }
  return reports;
}
