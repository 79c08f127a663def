import { ENDPOINTS, isEndpointAvailable } from '#protocol';
import type { AnyEndpoint, Discovery } from '#protocol';
import { ALL_CHECKS } from './checks/index.js';
import { discovery } from './fixtures.js';
import { AREAS, CheckFailure, CheckSkipped } from './harness.js';
import { createContext } from './http-context.js';
import type { Area, Check, CheckContext, Outcome, SuiteOptions } from './harness.js';

/** How one check ended. */
export interface CheckResult {
  readonly id: string;
  readonly area: Area;
  readonly title: string;
  readonly outcome: Outcome;
  /** Why it failed or was skipped, or remarks on a pass. */
  readonly note: string;
  readonly durationMs: number;
}

export interface SuiteReport {
  readonly baseUrl: string;
  readonly origin: string;
  readonly startedAt: string;
  readonly durationMs: number;
  /** Features the backend announced; null when discovery could not be read. */
  readonly features: readonly string[] | null;
  readonly summary: { readonly passed: number; readonly failed: number; readonly skipped: number };
  readonly results: readonly CheckResult[];
}

export interface RunSuiteOptions extends SuiteOptions {
  /** Checks to run (default: all). */
  readonly checks?: readonly Check[];
  /** Called after each check, e.g. to print progress. */
  readonly onResult?: (result: CheckResult) => void;
}

/** Why a check cannot run on this backend, or undefined when it can. */
function gate(check: Check, found: Discovery | undefined): string | undefined {
  if (check.feature === undefined && check.endpoints === undefined) return undefined;
  if (!found) return 'discovery could not be read, so the announced features are unknown (see discovery.get)';
  if (check.feature !== undefined && !found.features.includes(check.feature)) {
    return `feature "${check.feature}" is not announced in discovery`;
  }
  for (const id of check.endpoints ?? []) {
    const endpoint: AnyEndpoint = ENDPOINTS[id];
    if (!isEndpointAvailable(endpoint, found.features)) {
      return `${id} is not announced (feature "${endpoint.feature}" missing from discovery)`;
    }
  }
  return undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof CheckFailure || error instanceof CheckSkipped) return error.message;
  // Anything else is a bug in the backend's answer handling or in the suite itself: show what it was.
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs the checks one after another against a backend and reports each outcome. */
export async function runSuite(options: RunSuiteOptions): Promise<SuiteReport> {
  const started = Date.now();
  const memos = new Map<string, Promise<unknown>>();
  const setup = createContext({ options, memos }, []);
  let found: Discovery | undefined;
  try {
    found = await discovery(setup);
  } catch {
    found = undefined;
  }
  const checks = [...(options.checks ?? ALL_CHECKS)].sort(
    (a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area),
  );
  const results: CheckResult[] = [];
  for (const check of checks) {
    const checkStarted = Date.now();
    const notes: string[] = [];
    let outcome: Outcome;
    let note: string;
    const reason = gate(check, found);
    if (reason !== undefined) {
      outcome = 'SKIP';
      note = reason;
    } else {
      const ctx: CheckContext = createContext({ options, memos }, notes);
      try {
        await check.run(ctx);
        outcome = 'PASS';
        note = notes.join('; ');
      } catch (error) {
        outcome = error instanceof CheckSkipped ? 'SKIP' : 'FAIL';
        note = messageOf(error);
      }
    }
    const result: CheckResult = {
      id: check.id,
      area: check.area,
      title: check.title,
      outcome,
      note,
      durationMs: Date.now() - checkStarted,
    };
    results.push(result);
    options.onResult?.(result);
  }
  const count = (outcome: Outcome) => results.filter((result) => result.outcome === outcome).length;
  return {
    baseUrl: options.baseUrl,
    origin: options.origin,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    features: found ? found.features : null,
    summary: { passed: count('PASS'), failed: count('FAIL'), skipped: count('SKIP') },
    results,
  };
}

/** `N passed, N failed, N skipped`. */
export function summaryLine(report: SuiteReport): string {
  const { passed, failed, skipped } = report.summary;
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/** The report as a plain-text table (check, area, result, note) followed by the summary line. */
export function formatTable(report: SuiteReport): string {
  const rows = report.results.map((result) => [
    result.id,
    result.area,
    result.outcome,
    result.note || result.title,
  ]);
  const header = ['CHECK', 'AREA', 'RESULT', 'NOTE'];
  const widths = [0, 1, 2].map((column) =>
    Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell))
      .join('  ')
      .trimEnd();
  return [
    `Conformance of ${report.baseUrl} (origin ${report.origin})`,
    `Features: ${report.features ? report.features.join(', ') || '(none)' : 'unknown (discovery failed)'}`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width)).concat('----')),
    ...rows.map(line),
    '',
    summaryLine(report),
  ].join('\n');
}
