// `POST /api/undo`: undoes an undoable change by the token its answer carried (SPEC 7.2).
import { Hono } from 'hono';
import { undoRequestSchema, type UndoResult } from '../../api';
import type { Services } from '../deps';
import type { AppEnv } from '../http/env';
import { readJson } from '../http/parse';
import { undoChange } from '../service/undo';

export function undoRoutes(svc: Services) {
  return new Hono<AppEnv>().post('/undo', async (c) => {
    const { token } = await readJson(c, undoRequestSchema);
    const body: UndoResult = { data: await undoChange(svc, c.get('caller'), token) };
    return c.json(body);
  });
}
