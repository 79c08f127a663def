/*
 * Demo contributions for the `zh-contributors` leaderboard: 100 fictional residents of the City of
 * Zhanakala (names written as people write them, in Latin or Cyrillic), their contributions spread
 * over the year before `nowMs` so that every period (this week included) has entries. Deterministic:
 * the same `nowMs` gives the same data (a seeded generator, no Math.random). Some are staff (left out
 * of the board), two pairs are twins with identical contributions (ties), and one resident has a
 * burst day far over the daily cap.
 *
 *   npx tsx server/seed/generate-demo-contributions.ts > contributions.json   # prints them as JSON
 */
import process from 'node:process';
import type { Contribution, ContributionAction } from '../src/contributions/record.js';

export interface DemoParticipant {
  id: string;
  displayName: string;
  staff: boolean;
}

/** First names as [Cyrillic, Latin], by gender (surnames agree with it). */
const FIRST_NAMES = {
  female: [
    ['Айгерим', 'Aigerim'],
    ['Дана', 'Dana'],
    ['Асель', 'Assel'],
    ['Гульнара', 'Gulnara'],
    ['Жанар', 'Zhanar'],
    ['Ольга', 'Olga'],
    ['Мадина', 'Madina'],
    ['Алия', 'Aliya'],
    ['Салтанат', 'Saltanat'],
    ['Наталья', 'Natalya'],
    ['Әсем', 'Asem'],
    ['Жұлдыз', 'Zhuldyz'],
  ],
  male: [
    ['Нурлан', 'Nurlan'],
    ['Ерлан', 'Erlan'],
    ['Тимур', 'Timur'],
    ['Бауыржан', 'Baurzhan'],
    ['Сергей', 'Sergey'],
    ['Арман', 'Arman'],
    ['Дмитрий', 'Dmitriy'],
    ['Ержан', 'Yerzhan'],
    ['Айдос', 'Aidos'],
    ['Қанат', 'Kanat'],
    ['Ғалым', 'Galym'],
    ['Марат', 'Marat'],
  ],
} as const;
/** Surnames as [male Cyrillic, male Latin, female Cyrillic, female Latin]. */
const LAST_NAMES = [
  ['Сейткали', 'Seitkali', 'Сейткали', 'Seitkali'],
  ['Ахметов', 'Akhmetov', 'Ахметова', 'Akhmetova'],
  ['Садыков', 'Sadykov', 'Садыкова', 'Sadykova'],
  ['Жумабеков', 'Zhumabekov', 'Жумабекова', 'Zhumabekova'],
  ['Иванов', 'Ivanov', 'Иванова', 'Ivanova'],
  ['Ким', 'Kim', 'Ким', 'Kim'],
  ['Оспанов', 'Ospanov', 'Оспанова', 'Ospanova'],
  ['Петров', 'Petrov', 'Петрова', 'Petrova'],
  ['Тулегенов', 'Tulegenov', 'Тулегенова', 'Tulegenova'],
  ['Қасымов', 'Kassymov', 'Қасымова', 'Kassymova'],
  ['Смағұлов', 'Smagulov', 'Смағұлова', 'Smagulova'],
  ['Әлиев', 'Aliyev', 'Әлиева', 'Aliyeva'],
  ['Нұрланұлы', 'Nurlanuly', 'Нұрланқызы', 'Nurlankyzy'],
] as const;
const CATEGORIES = ['environment', 'transport', 'education', 'urban'] as const;
/** Weighted: votes received are common, accepted ideas and petition thresholds rare. */
const ACTION_WEIGHTS: readonly [ContributionAction, number][] = [
  ['vote.received', 50],
  ['signature.confirmed', 25],
  ['idea.submitted', 15],
  ['idea.accepted', 7],
  ['petition.threshold_reached', 3],
];
const STAFF = new Set([3, 17, 42, 64, 88, 97]);
/** Each twin copies the contributions of the participant before it. */
const TWINS = new Set([21, 56]);
const BURST_PARTICIPANT = 8;
const DAY_MS = 24 * 3600 * 1000;

/** mulberry32: a small seeded generator, enough for demo data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickAction(random: () => number): ContributionAction {
  const total = ACTION_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [action, weight] of ACTION_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return action;
  }
  return ACTION_WEIGHTS[0]![0];
}

/** Monday 00:00 UTC of the week holding `ms`. */
function weekStart(ms: number): number {
  const at = new Date(ms);
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - ((at.getUTCDay() + 6) % 7));
}

export function generateDemoContributions(nowMs: number): {
  participants: DemoParticipant[];
  contributions: Contribution[];
} {
  const random = generator(20_261_130);
  const participants: DemoParticipant[] = [];
  const contributions: Contribution[] = [];
  const thisWeek = weekStart(nowMs);
  for (let n = 1; n <= 100; n++) {
    const id = `zh-member-${String(n).padStart(3, '0')}`;
    const latin = random() < 0.5 ? 1 : 0;
    const gender = random() < 0.5 ? 'female' : 'male';
    const names = FIRST_NAMES[gender];
    const first = names[Math.floor(random() * names.length)]![latin]!;
    const surname = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!;
    const last = surname[(gender === 'female' ? 2 : 0) + latin]!;
    // Many people shorten the surname to an initial.
    const displayName = random() < 0.4 ? `${first} ${last.charAt(0)}.` : `${first} ${last}`;
    participants.push({ id, displayName, staff: STAFF.has(n) });

    if (TWINS.has(n)) {
      const model = participants[n - 2]!.id;
      for (const c of contributions.filter((item) => item.participantId === model)) {
        contributions.push({ ...c, participantId: id, subjectId: `${c.subjectId}:twin` });
      }
      continue;
    }
    // Activity follows a long tail: a few very active residents, many occasional ones.
    const activity = Math.floor(4 + 160 * Math.pow(random(), 3));
    const favourite = CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
    const add = (occurredMs: number, k: string) => {
      const category = random() < 0.6 ? favourite : CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
      contributions.push({
        participantId: id,
        action: pickAction(random),
        subjectId: `demo:${id}:${k}`,
        categoryId: category,
        occurredAt: new Date(Math.min(occurredMs, nowMs)).toISOString(),
      });
    };
    for (let k = 0; k < activity; k++) {
      // Skewed towards recent months.
      add(nowMs - Math.floor(Math.pow(random(), 1.6) * 365 * DAY_MS), `y${k}`);
    }
    // Every third resident did something this week, so the weekly board is never empty.
    if (n % 3 === 0) {
      const span = Math.max(nowMs - thisWeek, 60_000);
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++)
        add(thisWeek + Math.floor(random() * span), `w${k}`);
    }
  }
  // A burst: 60 votes received on one day, far over the daily cap.
  const burstDay =
    Date.UTC(new Date(nowMs).getUTCFullYear(), new Date(nowMs).getUTCMonth(), 1, 9) - 40 * DAY_MS;
  const burstId = participants[BURST_PARTICIPANT - 1]!.id;
  for (let k = 0; k < 60; k++) {
    contributions.push({
      participantId: burstId,
      action: 'vote.received',
      subjectId: `demo:${burstId}:burst${k}`,
      categoryId: 'transport',
      occurredAt: new Date(burstDay + k * 60_000).toISOString(),
    });
  }
  return { participants, contributions };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(generateDemoContributions(Date.now()), null, 2)}\n`);
}
