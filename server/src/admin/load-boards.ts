import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/kysely.js';
import { upsertBoards } from '../ideas/import.js';
import { countBoardRows } from '../ideas/store.js';
import { parseBoardFile } from './board-file.js';

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
