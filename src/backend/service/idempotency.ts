// Idempotency keys on PATCH and bulk requests, as messages have them: the first answer is kept a
// day under the agent's key, and the same key again gets that answer without running the request.
import { DAY_MS } from '../../domain';
import { rejected } from '../app-error';
import type { Services } from '../deps';
import type { Caller } from './context';

/** `request` names what the key was first used for (`PATCH /api/conversations/12`). */
export async function idempotent<T>(
  svc: Services,
  caller: Caller,
  key: string | undefined,
  request: string,
  run: () => Promise<T>,
): Promise<{ answer: T; replayed: boolean }> {
  if (key === undefined) return { answer: await run(), replayed: false };
  const { orgId } = caller;
  const agentId = caller.agent.id;
  const kept = await svc.store.read((tx) => tx.findIdempotentAnswer(orgId, agentId, key));
  if (kept !== null) {
    if (kept.route !== request)
      throw rejected('This idempotency key was already used for another request.');
    // Stored from this very route's answer of type T.
    return { answer: kept.answer as T, replayed: true };
  }
  const answer = await run();
  const now = svc.now();
  await svc.store.transaction((tx) =>
    tx.saveIdempotentAnswer(
      { orgId, agentId, key, route: request, answer, createdAt: now },
      now - DAY_MS,
    ),
  );
  return { answer, replayed: false };
}
