import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import { PetitionFileSchema } from '../../../server/src/petitions/admin-file.js';
import type { PetitionDefinition } from '../../../server/src/petitions/petition.js';
import {
  DEBATE_STATES,
  PETITION_STATES,
  PetitionSchema,
  RESPONSE_STATES,
} from '../../../src/protocol/index.js';
import type { Petition } from '../../../src/protocol/index.js';

/*
 * The demo city's petitions (server/seed/demo-petitions.json): valid protocol data, every state a
 * widget has to show, and every text in the three languages the city's readers use.
 */

const SEED_URL = new URL('../../../server/seed/demo-petitions.json', import.meta.url);
const LOCALES = ['en', 'ru', 'kk'] as const;
const TEXT_KEYS = ['title', 'summary', 'body'] as const;
/** Letters Kazakh has and Russian lacks: a Kazakh text without any of them is probably Russian. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[А-Яа-яЁё]/;

const raw: unknown = JSON.parse(readFileSync(SEED_URL, 'utf8'));
const parsed = v.safeParse(PetitionFileSchema, raw);
const petitions: PetitionDefinition[] = parsed.success ? parsed.output.petitions : [];

function total(petition: Petition): number {
  return petition.signatureCount + petition.offlineSignatureCount;
}

function time(timestamp: string | null | undefined): number {
  assert.ok(timestamp, 'expected a timestamp');
  return Date.parse(timestamp);
}

describe('demo seed: server/seed/demo-petitions.json', () => {
  it('is a valid admin petition file whose every petition passes the protocol schema', () => {
    assert.ok(
      parsed.success,
      parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; ') ?? 'invalid petition file',
    );
    assert.ok(petitions.length >= 12, 'expected at least 12 petitions');
    for (const petition of petitions) {
      const result = v.safeParse(PetitionSchema, petition);
      assert.ok(
        result.success,
        `${petition.id}: ${result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; ')}`,
      );
    }
  });

  it('has unique ids', () => {
    const ids = petitions.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('covers every public petition state, response state and debate state', () => {
    const expected = PETITION_STATES.filter((state) => state !== 'draft' && state !== 'hidden');
    assert.deepEqual([...new Set(petitions.map((p) => p.state))].sort(), [...expected].sort());
    assert.deepEqual([...new Set(petitions.map((p) => p.responseState))].sort(), [...RESPONSE_STATES].sort());
    assert.deepEqual([...new Set(petitions.map((p) => p.debateState))].sort(), [...DEBATE_STATES].sort());
  });

  it('shows both rejection kinds the demo needs: a duplicate and one the city cannot act on', () => {
    const codes = petitions.filter((p) => p.state === 'rejected').map((p) => p.rejection?.code);
    assert.deepEqual(codes.sort(), ['duplicate', 'no_action']);
    const noAction = petitions.find((p) => p.rejection?.code === 'no_action');
    assert.ok(noAction?.rejection?.details, 'the no_action rejection explains itself');
  });

  it('has closed petitions with and without a government response', () => {
    const closed = petitions.filter((p) => p.state === 'closed');
    assert.ok(closed.some((p) => p.governmentResponse !== null));
    assert.ok(closed.some((p) => p.governmentResponse === null && p.responseState === 'none'));
  });

  it('has an open petition just below the response threshold', () => {
    assert.ok(
      petitions.some((p) => {
        const response = p.thresholds.find((t) => t.kind === 'response');
        return (
          p.state === 'open' && response && response.count - total(p) > 0 && response.count - total(p) <= 200
        );
      }),
    );
  });

  it('gives every petition text in English, Russian and Kazakh', () => {
    for (const petition of petitions) {
      assert.equal(petition.locale, 'en', `${petition.id}: the base text is English`);
      // Validation drops unknown keys, so read the keys from the file itself.
      const translations = petition.translations ?? {};
      const rawKeys = Object.keys(
        (raw as { petitions: { id: string; translations?: object }[] }).petitions.find(
          (p) => p.id === petition.id,
        )?.translations ?? {},
      );
      assert.deepEqual([petition.locale, ...rawKeys].sort(), [...LOCALES].sort(), petition.id);
      for (const locale of ['ru', 'kk'] as const) {
        const text = translations[locale]!;
        for (const key of TEXT_KEYS) {
          const value = text[key];
          assert.ok(value && CYRILLIC.test(value), `${petition.id}.${locale}.${key} is written in Cyrillic`);
          assert.notEqual(value, petition[key], `${petition.id}.${locale}.${key} is translated`);
        }
        if (petition.governmentResponse) {
          assert.ok(text.governmentResponse?.summary, `${petition.id}.${locale}: response summary`);
          assert.equal(
            Boolean(text.governmentResponse.details),
            Boolean(petition.governmentResponse.details),
            `${petition.id}.${locale}: response details`,
          );
        } else {
          assert.equal(
            text.governmentResponse,
            undefined,
            `${petition.id}.${locale}: no response to translate`,
          );
        }
        if (petition.debate?.summary)
          assert.ok(text.debate?.summary, `${petition.id}.${locale}: debate summary`);
      }
      const kazakh = `${translations.kk!.title} ${translations.kk!.summary} ${translations.kk!.body}`;
      assert.match(kazakh, KAZAKH_LETTERS, `${petition.id}: the Kazakh text uses Kazakh letters`);
      assert.notEqual(translations.kk!.body, translations.ru!.body, petition.id);
    }
  });

  it('stamps exactly the thresholds the total count has reached', () => {
    for (const petition of petitions) {
      for (const threshold of petition.thresholds) {
        assert.equal(
          threshold.reachedAt !== null,
          total(petition) >= threshold.count,
          `${petition.id}: ${threshold.kind} ${threshold.count} at ${total(petition)} signatures`,
        );
      }
    }
  });

  it('keeps each state consistent with its dates, response, debate and rejection', () => {
    for (const p of petitions) {
      const at = `${p.id} (${p.state})`;
      const isPublic = p.state === 'open' || p.state === 'closed';
      assert.equal(p.openedAt !== null, isPublic, `${at}: openedAt`);
      assert.equal(p.closesAt !== null, isPublic, `${at}: closesAt`);
      assert.equal(p.closedAt !== null, p.state === 'closed', `${at}: closedAt`);
      assert.equal(p.creator !== null, isPublic, `${at}: creator shown only when public`);
      assert.equal(p.rejection !== null, p.state === 'rejected', `${at}: rejection`);
      if (isPublic) {
        assert.ok(time(p.createdAt) <= time(p.openedAt), `${at}: created before opening`);
        assert.ok(time(p.openedAt) < time(p.closesAt), `${at}: opens before closing`);
      }
      if (p.state === 'open') {
        // The server closes petitions by time: the demo's open petitions must stay open for a while.
        assert.ok(time(p.closesAt) >= Date.parse('2027-06-01T00:00:00Z'), `${at}: closes after 2027-06-01`);
      }
      if (p.state === 'closed') assert.equal(p.closedAt, p.closesAt, `${at}: closed at its deadline`);

      assert.equal(
        p.governmentResponse !== null,
        p.responseState === 'responded',
        `${at}: governmentResponse`,
      );
      const response = p.thresholds.find((t) => t.kind === 'response');
      if (p.responseState !== 'none') assert.ok(response?.reachedAt, `${at}: response threshold reached`);
      if (p.governmentResponse) {
        assert.ok(time(response?.reachedAt) <= time(p.governmentResponse.respondedAt), `${at}: respondedAt`);
      }

      const debateThreshold = p.thresholds.find((t) => t.kind === 'debate');
      if (p.debateState !== 'none') assert.ok(debateThreshold?.reachedAt, `${at}: debate threshold reached`);
      switch (p.debateState) {
        case 'none':
        case 'awaiting':
          assert.equal(p.debate, null, `${at}: no debate yet`);
          break;
        case 'scheduled':
          assert.ok(p.debate?.scheduledFor && p.debate.debatedAt === null, `${at}: scheduled, not held`);
          break;
        case 'debated':
          assert.ok(p.debate?.debatedAt && p.debate.links.length > 0, `${at}: held, with links`);
          break;
        case 'not_debated':
          assert.ok(p.debate && p.debate.debatedAt === null && p.debate.summary, `${at}: reason given`);
          break;
      }
    }
  });

  it('includes a responded petition with details and links', () => {
    assert.ok(
      petitions.some(
        (p) =>
          p.state === 'open' &&
          p.governmentResponse?.details &&
          p.governmentResponse.links.length > 0 &&
          p.debateState === 'none',
      ),
    );
  });

  it('uses UK-style thresholds, and US-style ones on one petition', () => {
    const kinds = (p: Petition) => p.thresholds.map((t) => `${t.kind}:${t.count}`).join(',');
    const us = petitions.filter((p) => kinds(p) === 'publication:150,response:100000');
    assert.equal(us.length, 1);
    assert.equal(us[0]!.state, 'open');
    for (const p of petitions) {
      if (p !== us[0]) assert.equal(kinds(p), 'moderation:5,response:10000,debate:100000', p.id);
    }
  });

  it('has paper signatures on one petition and district counts on several', () => {
    assert.equal(petitions.filter((p) => p.offlineSignatureCount > 0).length, 1);
    const withRegions = petitions.filter((p) => p.signaturesByRegion.length > 0);
    assert.ok(withRegions.length >= 3);
    for (const p of withRegions) {
      const sum = p.signaturesByRegion.reduce((s, r) => s + r.count, 0);
      assert.ok(sum <= p.signatureCount, `${p.id}: district counts add up to at most the online count`);
    }
  });

  it('describes a UK-like and a US-like signature form', () => {
    const forms = petitions.map((p) => p.signatureForm);
    const uk = forms.find((f) => f.minimumAge === 16);
    assert.ok(uk, 'a UK-like form');
    assert.match(uk.eligibilityStatement ?? '', /resident of the City of Zhanakala/);
    assert.equal(uk.notifyOptIn, true);
    const postcode = uk.fields.find((f) => f.name === 'postcode');
    assert.ok(postcode?.required && postcode.pattern);
    const pattern = new RegExp(`^(?:${postcode.pattern})$`, 'u');
    assert.ok(pattern.test('050000'));
    assert.ok(!pattern.test('05000') && !pattern.test('A05E3K') && !pattern.test('0500001'));

    const us = forms.find((f) => f.eligibilityStatement === null);
    assert.ok(us, 'a US-like form');
    assert.deepEqual(
      us.fields.map((f) => [f.name, f.required]),
      [
        ['name', true],
        ['email', true],
        ['postcode', false],
      ],
    );
    assert.ok(forms.some((f) => f.fields.some((field) => field.name === 'region' && field.options?.length)));
  });
});
