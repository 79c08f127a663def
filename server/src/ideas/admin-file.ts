import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { parseAdminFile } from '../admin/admin-file.js';
import type { AdminFile } from '../admin/admin-file.js';
import { isoAt } from '../clock.js';
import type { Database } from '../db/kysely.js';
import { BoardDefinitionSchema } from './board.js';
import { upsertBoards } from './import.js';
import { countBoardRows } from './store.js';

/* The file `npm run server -- load boards FILE.json` reads: `{ "boards": [...] }`. */

export const BoardFileSchema = v.pipe(
  v.object({ boards: v.array(BoardDefinitionSchema) }),
  v.check(
    (file) => new Set(file.boards.map((b) => b.id)).size === file.boards.length,
    'each board id may appear once',
  ),
  v.check((file) => {
    const ids = file.boards.flatMap((board) => board.ideas.map((idea) => idea.id));
    return new Set(ids).size === ids.length;
  }, 'each idea id may appear once (in the whole file)'),
);
export type BoardFile = v.InferOutput<typeof BoardFileSchema>;

/** Parses and validates a board file's text; throws with every problem listed by path. */
export function parseBoardFile(text: string): BoardFile {
  return parseAdminFile(BoardFileSchema, text, 'board');
}

/** Loads an admin board file into the database (upsert by id); returns how many boards and ideas it held. */
export async function loadBoardFile(
  database: Database,
  path: string,
  nowIso: string,
): Promise<{ boards: number; ideas: number }> {
  const file = parseBoardFile(await readFile(path, 'utf8'));
  await upsertBoards(database, file.boards, nowIso);
  return {
    boards: file.boards.length,
    ideas: file.boards.reduce((sum, board) => sum + board.ideas.length, 0),
  };
}

/** The demo city's idea boards, shipped with the server. */
export const DEMO_BOARDS_FILE = new URL('../../seed/demo-board.json', import.meta.url);

/** Loads the demo boards when the database has none; returns how many were loaded. */
export async function seedDemoBoards(database: Database, nowIso: string): Promise<number> {
  if ((await countBoardRows(database.db)) > 0) return 0;
  return (await loadBoardFile(database, fileURLToPath(DEMO_BOARDS_FILE), nowIso)).boards;
}

export const BOARD_ADMIN_FILE: AdminFile = {
  command: 'boards',
  usage: 'load idea boards (upsert by id) and exit',
  async load(database, path, nowIso) {
    const loaded = await loadBoardFile(database, path, nowIso);
    return `Loaded ${loaded.boards} board(s) with ${loaded.ideas} idea(s) from ${path}.`;
  },
  seedDemo: (database, nowMs) => seedDemoBoards(database, isoAt(nowMs)),
};
