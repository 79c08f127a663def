import { openPetition } from '../fixtures.js';
import { expectProblem } from '../expect.js';
import { ensure, randomId } from '../harness.js';
import type { ApiResponse, Check } from '../harness.js';
import { expectAccepted, sign } from './signatures.js';

/*
 * A write from a page whose origin the backend does not allow. The protocol asks for a readable
 * refusal (403 `origin-not-allowed` with CORS headers, the preflight answered) rather than a CORS
 * failure, which a browser reports as a bare network error. A backend that allows every origin
 * passes by accepting. What must never happen is a half-done write: taken but unreadable for the
 * page, or refused while its Idempotency-Key is used up.
 */

/** An origin no backend lists (`.invalid` is reserved); the suite's own `--origin` is the allowed one. */
export const FOREIGN_ORIGIN = 'https://conformance-foreign-page.invalid';

/** Whether an answer lets a page on `origin` read it. */
function readableBy(res: ApiResponse, origin: string): boolean {
  const allowed = res.headers.get('access-control-allow-origin');
  return allowed === '*' || allowed === origin;
}

function isSuccess(res: ApiResponse): boolean {
  return res.status >= 200 && res.status < 300;
}

export const originChecks: Check[] = [
  {
    id: 'signatures.foreign-origin',
    area: 'signatures',
    title:
      'A signature from an origin the backend does not allow is refused readably (403 origin-not-allowed) or taken, never half-done',
    endpoints: ['getPetition', 'createSignature'],
    async run(ctx) {
      const open = await openPetition(ctx);
      const petitionId = open.petition.id;
      const preflight = await ctx.request(
        'createSignature',
        { path: { petitionId } },
        {
          method: 'OPTIONS',
          idempotencyKey: null,
          headers: {
            Origin: FOREIGN_ORIGIN,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type, idempotency-key',
          },
        },
      );
      ensure(
        isSuccess(preflight) && readableBy(preflight, FOREIGN_ORIGIN),
        `OPTIONS ${preflight.target} from ${FOREIGN_ORIGIN}: the preflight should be answered (2xx with Access-Control-Allow-Origin), got ${preflight.status} with ${preflight.headers.get('access-control-allow-origin') ?? 'no Access-Control-Allow-Origin'}; failing CORS shows the page a network error, so answer it and refuse the write with 403 origin-not-allowed`,
      );

      const key = randomId();
      const body = open.signature();
      const res = await sign(ctx, petitionId, body, key, { Origin: FOREIGN_ORIGIN });
      if (res.status === 429) expectAccepted(ctx, res, petitionId);
      ensure(
        readableBy(res, FOREIGN_ORIGIN),
        `POST ${res.target} from ${FOREIGN_ORIGIN}: answered ${res.status} without Access-Control-Allow-Origin for that origin${isSuccess(res) ? ': the write was taken but the page cannot know it' : ', so the page cannot read why'}`,
      );
      if (isSuccess(res)) {
        expectAccepted(ctx, res, petitionId);
        ctx.note('the backend takes writes from any origin');
        return;
      }
      expectProblem(res, 403, 'originNotAllowed');

      // Refused before anything happened: the same key and body from an allowed origin is new.
      const again = await sign(ctx, petitionId, body, key);
      ensure(
        again.status !== 403 && again.status !== 409 && again.status !== 422,
        `POST ${again.target}: the same Idempotency-Key from the suite's origin answered ${again.status} after the refusal; a refused write must not use up its key`,
      );
      expectAccepted(ctx, again, petitionId);
      ctx.note('refused readably; the refused write left its Idempotency-Key unused');
    },
  },
];
