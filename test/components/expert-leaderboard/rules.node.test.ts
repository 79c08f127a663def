import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionLabel } from '../../../src/components/expert-leaderboard/rules.js';
import { leaderboard, RULES } from '../../mocks/fixtures/leaderboards.js';

describe('actionLabel', () => {
  it("gives the backend's label of an action the rules list", () => {
    const rule = RULES.actions[0]!;
    assert.equal(actionLabel(leaderboard(), rule.action), rule.label);
  });

  it('gives the key itself for an action the rules do not list', () => {
    assert.equal(actionLabel(leaderboard(), 'unlisted_action'), 'unlisted_action');
  });
});
