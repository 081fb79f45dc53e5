// The Hono environment every route shares: the signed-in caller, set by the session middleware.
import type { Context } from 'hono';
import type { Caller } from '../service/context';

export type AppEnv = { Variables: { caller: Caller } };
export type AppContext = Context<AppEnv>;
