// When this agent last typed in each conversation's composer: the presence reporter says "typing"
// for a few seconds after, and reports at once when typing begins.
const lastTyped = new Map<number, number>();
const listeners = new Set<(conversationId: number) => void>();

export function markTyping(conversationId: number, at = Date.now()): void {
  lastTyped.set(conversationId, at);
  for (const listener of listeners) listener(conversationId);
}

export function typedAt(conversationId: number): number {
  return lastTyped.get(conversationId) ?? 0;
}

export function onTyping(listener: (conversationId: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
