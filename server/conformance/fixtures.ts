import {
  DiscoverySchema,
  ENDPOINTS,
  isEndpointAvailable,
  PetitionPageSchema,
  PetitionSchema,
} from '#protocol';
import type {
  AnyEndpoint,
  Discovery,
  EndpointId,
  Petition,
  PetitionState,
  SignatureRequest,
} from '#protocol';
import { expectSchema, expectStatus } from './expect.js';
import { CheckSkipped, fail, randomId } from './harness.js';
import type { CheckContext } from './harness.js';

/*
 * Test data the checks share, looked up once per run: the discovery document, a petition to read,
 * an open petition to sign and a valid signature for it.
 */

/** Reads and validates discovery; fails the caller when the backend does not answer it properly. */
export function discovery(ctx: CheckContext): Promise<Discovery> {
  return ctx.memo('discovery', async () => {
    const res = await ctx.request('getDiscovery');
    expectStatus(res, 200);
    return expectSchema(res, DiscoverySchema);
  });
}

/** Whether the backend announces an endpoint (endpoints without a feature always exist). */
export async function announces(ctx: CheckContext, endpointId: EndpointId): Promise<boolean> {
  const endpoint: AnyEndpoint = ENDPOINTS[endpointId];
  return isEndpointAvailable(endpoint, (await discovery(ctx)).features);
}

/** An id no backend has: conformance checks ask for it to get a 404. */
export function missingId(): string {
  return `conformance-missing-${randomId()}`;
}

/** An email address nobody else uses (no +tag: backends strip those when they look for duplicates). */
export function uniqueEmail(): string {
  return `conformance-${randomId().slice(0, 18)}@example.org`;
}

/** First petition of `listPetitions` with the given filter, or undefined when the list is empty. */
export async function firstListed(ctx: CheckContext, state?: PetitionState): Promise<string | undefined> {
  const res = await ctx.request('listPetitions', { query: { state, limit: 1 } });
  expectStatus(res, 200);
  return expectSchema(res, PetitionPageSchema).items[0]?.id;
}

/** A petition to read: `--petition`, or the first one the list shows. */
export function readablePetitionId(ctx: CheckContext): Promise<string> {
  return ctx.memo('readable-petition', async () => {
    const id = ctx.options.petitionId ?? (await firstListed(ctx));
    if (id === undefined) throw new CheckSkipped('listPetitions is empty, so there is no petition to read');
    return id;
  });
}

export async function getPetition(ctx: CheckContext, petitionId: string): Promise<Petition> {
  const res = await ctx.request('getPetition', { path: { petitionId } });
  expectStatus(res, 200);
  return expectSchema(res, PetitionSchema);
}

/** A valid postcode for a pattern: the first sample the pattern matches in full. */
const POSTCODE_SAMPLES = ['050000', 'SW1A 1AA', '10001', '10115', 'K1A 0B1', 'A12B3C', '75001', '1010'];

function samplePostcode(pattern: string | undefined): string | undefined {
  if (pattern === undefined) return POSTCODE_SAMPLES[0];
  let regexp: RegExp;
  try {
    regexp = new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return undefined;
  }
  return POSTCODE_SAMPLES.find((sample) => regexp.test(sample));
}

/**
 * A valid signature for a petition's form, with a fresh email, or a reason why none can be built
 * (sign-in required, a postcode pattern none of the samples match, a field without choices).
 */
export function buildSignature(
  petition: Petition,
  locale: string,
): { signature: SignatureRequest } | { reason: string } {
  const form = petition.signatureForm;
  if (form.signInRequired) return { reason: `petition ${petition.id} requires sign-in to sign` };
  const signature: SignatureRequest = {
    name: 'Conformance Check',
    email: uniqueEmail(),
    eligible: true,
    ageConfirmed: true,
    notify: false,
    locale,
    website: '',
  };
  for (const field of form.fields) {
    if (!field.required || field.name === 'name' || field.name === 'email') continue;
    if (field.options) {
      const option = field.options[0];
      if (!option)
        return { reason: `petition ${petition.id}: required field "${field.name}" offers no options` };
      signature[field.name] = option.value;
    } else if (field.name === 'postcode') {
      const postcode = samplePostcode(field.pattern);
      if (postcode === undefined) {
        return { reason: `petition ${petition.id}: no sample postcode matches the pattern ${field.pattern}` };
      }
      signature.postcode = postcode;
    } else if (field.name === 'address') {
      signature.address = '1 Conformance Street';
    } else {
      signature[field.name] = field.name === 'country' ? 'KZ' : 'Almaty';
    }
  }
  return { signature };
}

export interface SignablePetition {
  readonly petition: Petition;
  /** A valid signature with a fresh email each call. */
  signature(): SignatureRequest;
}

function signable(petition: Petition, locale: string): SignablePetition | string {
  if (petition.state !== 'open') return `petition ${petition.id} is ${petition.state}, not open`;
  const first = buildSignature(petition, locale);
  if ('reason' in first) return first.reason;
  return {
    petition,
    signature() {
      const built = buildSignature(petition, locale);
      if ('reason' in built) fail(built.reason);
      return built.signature;
    },
  };
}

/** An open petition this suite can sign: `--petition`, or the first suitable open one of the list. */
export function openPetition(ctx: CheckContext): Promise<SignablePetition> {
  return ctx.memo('open-petition', async () => {
    const locale = (await discovery(ctx)).defaultLocale;
    if (ctx.options.petitionId !== undefined) {
      const found = signable(await getPetition(ctx, ctx.options.petitionId), locale);
      if (typeof found === 'string') throw new CheckSkipped(`--petition: ${found}`);
      return found;
    }
    const res = await ctx.request('listPetitions', { query: { state: 'open', limit: 20 } });
    expectStatus(res, 200);
    const reasons: string[] = [];
    for (const summary of expectSchema(res, PetitionPageSchema).items) {
      const found = signable(await getPetition(ctx, summary.id), locale);
      if (typeof found !== 'string') return found;
      reasons.push(found);
    }
    throw new CheckSkipped(
      reasons.length
        ? `no open petition can be signed by the suite (${reasons.join('; ')}); pass --petition`
        : 'listPetitions?state=open is empty; pass --petition ID of an open petition',
    );
  });
}
