/*
 * The scoring maths (docs/leaderboards.md), pure so it can be tested exactly.
 *
 * For each participant and UTC day: raw = Σ points of the day's contributions; counted =
 * min(dailyCap, raw) (raw when there is no cap). score = Σ counted over the days of the period.
 * The breakdown per action adds up to the score: on a day over the cap, the excess is taken from
 * the day's positive-point actions in proportion to their points (largest remainder for the
 * leftover units, ties in the order of the rules); negative points always count in full.
 */

/** Contributions of one participant, one UTC day and one action. */
export interface DayActionCount {
  participantId: string;
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  action: string;
  count: number;
}

export interface ScoringRules {
  /** Actions in the order the rules list them, with their points. */
  actions: readonly { action: string; points: number }[];
  dailyCap: number | null;
}

export interface ScoreItem {
  action: string;
  count: number;
  points: number;
}

export interface ParticipantScore {
  participantId: string;
  score: number;
  /** In the order of the rules; only actions with contributions. */
  breakdown: ScoreItem[];
}

export interface RankedScore extends ParticipantScore {
  /** Dense rank: equal scores share one, the next follows without a gap. */
  rank: number;
}

/**
 * The points each action keeps on one day. `raw` holds the uncapped points per action (rule order);
 * the result has the same order and sums to min(cap, Σ raw).
 */
export function capDay(raw: readonly number[], cap: number | null): number[] {
  const total = raw.reduce((sum, points) => sum + points, 0);
  if (cap === null || total <= cap) return [...raw];
  const negative = raw.reduce((sum, points) => sum + Math.min(points, 0), 0);
  const positive = total - negative;
  // What the positive actions may keep so that the day adds up to the cap.
  const allowed = BigInt(cap - negative);
  const whole = BigInt(positive);
  const kept = raw.map((points) => (points > 0 ? (BigInt(points) * allowed) / whole : 0n));
  let leftover = allowed - kept.reduce((sum, points) => sum + points, 0n);
  const byRemainder = raw
    .map((points, index) => ({ index, remainder: points > 0 ? (BigInt(points) * allowed) % whole : -1n }))
    .filter((item) => item.remainder >= 0n)
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const item of byRemainder) {
    if (leftover === 0n) break;
    kept[item.index]! += 1n;
    leftover -= 1n;
  }
  return raw.map((points, index) => (points > 0 ? Number(kept[index]) : points));
}

/** Scores of every participant with contributions in `rows` (actions outside the rules are ignored). */
export function scoreParticipants(rows: readonly DayActionCount[], rules: ScoringRules): ParticipantScore[] {
  const position = new Map(rules.actions.map((rule, index) => [rule.action, index]));
  // participant → day → count per action (rule order)
  const days = new Map<string, Map<string, number[]>>();
  for (const row of rows) {
    const index = position.get(row.action);
    if (index === undefined || row.count <= 0) continue;
    let byDay = days.get(row.participantId);
    if (!byDay) days.set(row.participantId, (byDay = new Map()));
    let counts = byDay.get(row.day);
    if (!counts) byDay.set(row.day, (counts = rules.actions.map(() => 0)));
    counts[index]! += row.count;
  }
  const scores: ParticipantScore[] = [];
  for (const [participantId, byDay] of days) {
    const counts = rules.actions.map(() => 0);
    const points = rules.actions.map(() => 0);
    for (const dayCounts of byDay.values()) {
      const raw = dayCounts.map((count, index) => count * rules.actions[index]!.points);
      const kept = capDay(raw, rules.dailyCap);
      dayCounts.forEach((count, index) => {
        counts[index]! += count;
        points[index]! += kept[index]!;
      });
    }
    const breakdown = rules.actions
      .map((rule, index) => ({ action: rule.action, count: counts[index]!, points: points[index]! }))
      .filter((item) => item.count > 0);
    scores.push({ participantId, score: points.reduce((sum, p) => sum + p, 0), breakdown });
  }
  return scores;
}

/** Highest score first; equal scores by participant id (a stable order for paging); dense ranks. */
export function rankScores(scores: readonly ParticipantScore[]): RankedScore[] {
  const sorted = [...scores].sort((a, b) =>
    b.score !== a.score
      ? b.score - a.score
      : a.participantId < b.participantId
        ? -1
        : a.participantId > b.participantId
          ? 1
          : 0,
  );
  let rank = 0;
  let previous: number | undefined;
  return sorted.map((entry) => {
    if (entry.score !== previous) {
      rank += 1;
      previous = entry.score;
    }
    return { ...entry, rank };
  });
}
