import { ContextEvent } from '@lit/context';
import type { CivicClient } from '../../src/client/index.js';
import { CSP_API_BASE } from './policy.js';

/*
 * Runs inside test/csp/csp-page.html, served with a strict CSP header. Loads the kit, renders it,
 * uses its client, then commits three deliberate violations to prove that violations are seen.
 * The outcome is published as `window.cspReport` for test/csp/strict-csp.test.ts.
 */

export interface CspViolation {
  effectiveDirective: string;
  blockedURI: string;
  sample: string;
}

export interface CspProbe {
  blocked: boolean;
  violation: CspViolation | undefined;
}

export interface CspReport {
  trustedTypesSupported: boolean;
  /** Violations caused by loading, rendering and using the kit. Must be empty. */
  kitViolations: CspViolation[];
  provider: { defined: boolean; hasShadowRoot: boolean; slotsContent: boolean };
  context: { locale: unknown; clientReceived: boolean };
  discovery: { protocolVersion?: string; error?: string };
  probes: { styleAttribute: CspProbe; eval: CspProbe; innerHTML: CspProbe };
}

export type CspWindow = Window & typeof globalThis & { cspReport?: Promise<CspReport> };

const violations: CspViolation[] = [];
const listeners = new Set<() => void>();
// Registered before the kit loads (the kit is imported dynamically below), so nothing is missed.
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    effectiveDirective: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
  });
  for (const listener of listeners) listener();
});

/** The first violation matching `test` from index `from` on; undefined if none arrives within 3 s. */
function violationOf(
  test: (violation: CspViolation) => boolean,
  from: number,
): Promise<CspViolation | undefined> {
  return new Promise((resolve) => {
    const check = () => {
      const found = violations.slice(from).find(test);
      if (found) {
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      }
    };
    const timer = setTimeout(() => {
      listeners.delete(check);
      resolve(undefined);
    }, 3000);
    listeners.add(check);
    check();
  });
}

function requestContext<T>(context: unknown, target: Element): T | undefined {
  let value: T | undefined;
  target.dispatchEvent(
    new ContextEvent(context as never, target, (provided: unknown) => {
      value = provided as T;
    }),
  );
  return value;
}

async function run(): Promise<CspReport> {
  const kit = await import('../../src/index.js');

  const mount = document.getElementById('mount')!;
  const provider = document.createElement('civic-provider');
  provider.setAttribute('api-base', CSP_API_BASE);
  provider.setAttribute('locale', 'kk');
  const note = document.createElement('p');
  note.textContent = 'Widgets inside this provider read the backend and the language from it.';
  const consumer = document.createElement('div');
  provider.append(note, consumer);
  mount.append(provider);
  await customElements.whenDefined('civic-provider');
  await provider.updateComplete;

  const client = requestContext<CivicClient>(kit.clientContext, consumer);
  const discovery: CspReport['discovery'] = {};
  try {
    const answer = await client?.discover();
    if (answer) discovery.protocolVersion = answer.protocolVersion;
  } catch (error) {
    discovery.error = String(error);
  }

  // First deliberate violation. Violation events are queued in order, so once this one arrives,
  // every violation the kit caused has been reported too.
  const sentinelFrom = violations.length;
  const styled = document.createElement('div');
  mount.append(styled);
  styled.setAttribute('style', 'color: rgb(255, 0, 0)');
  const styleViolation = await violationOf((v) => v.effectiveDirective === 'style-src-attr', sentinelFrom);
  const kitViolations = violations.slice(
    0,
    styleViolation ? violations.indexOf(styleViolation) : violations.length,
  );

  const evalFrom = violations.length;
  let evalBlocked = false;
  try {
    // eslint-disable-next-line no-eval -- deliberate: the page must see CSP block eval
    (0, eval)('1');
  } catch (error) {
    evalBlocked = error instanceof EvalError;
  }
  const evalViolation = await violationOf(() => true, evalFrom);

  const htmlFrom = violations.length;
  let htmlBlocked = false;
  try {
    document.createElement('div').innerHTML = '<b>not trusted</b>';
  } catch (error) {
    htmlBlocked = error instanceof TypeError;
  }
  const htmlViolation = await violationOf(
    (v) => v.effectiveDirective === 'require-trusted-types-for',
    htmlFrom,
  );

  return {
    trustedTypesSupported: 'trustedTypes' in window,
    kitViolations,
    provider: {
      defined: customElements.get('civic-provider') !== undefined,
      hasShadowRoot: provider.shadowRoot !== null,
      slotsContent: note.assignedSlot !== null,
    },
    context: { locale: requestContext(kit.localeContext, consumer), clientReceived: client !== undefined },
    discovery,
    probes: {
      styleAttribute: { blocked: styled.style.color === '', violation: styleViolation },
      eval: { blocked: evalBlocked, violation: evalViolation },
      innerHTML: { blocked: htmlBlocked, violation: htmlViolation },
    },
  };
}

(window as CspWindow).cspReport = run();
