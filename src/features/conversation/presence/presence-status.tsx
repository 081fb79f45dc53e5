import { useEffect } from 'react';
import type { Viewer } from '../../../api';
import { usePresenceStore, useViewers } from '../../../queries';
import './presence.css';

export interface PresenceStatusProps {
  conversationId: number;
  meId: number | undefined;
  /** The viewers the conversation's answer listed, and when it arrived. */
  viewers: readonly Viewer[] | undefined;
  seenAt: number;
}

function names(list: readonly Viewer[]): string {
  const all = list.map((v) => v.name);
  if (all.length <= 1) return all.join('');
  return `${all.slice(0, -1).join(', ')} and ${all.at(-1) ?? ''}`;
}

/** "Sam is viewing", "Sam is typing…", "Sam and Dana are viewing"; empty when nobody else is here. */
export function describeViewers(viewers: readonly Viewer[]): string {
  const typing = viewers.filter((v) => v.typing);
  const viewing = viewers.filter((v) => !v.typing);
  const parts: string[] = [];
  if (typing.length > 0) parts.push(`${names(typing)} ${typing.length > 1 ? 'are' : 'is'} typing…`);
  if (viewing.length > 0)
    parts.push(`${names(viewing)} ${viewing.length > 1 ? 'are' : 'is'} viewing`);
  return parts.join(' · ');
}

/** Who else is in this conversation (SPEC 7.5): a polite live region, so a screen reader hears it. */
export function PresenceStatus({ conversationId, meId, viewers, seenAt }: PresenceStatusProps) {
  const seed = usePresenceStore((s) => s.seed);
  useEffect(() => {
    if (viewers && viewers.length > 0) seed(conversationId, viewers, seenAt);
  }, [conversationId, viewers, seenAt, seed]);
  const present = useViewers(conversationId, meId);
  const text = describeViewers(present);
  return (
    <p role="status" className="presence-status" data-empty={text === '' ? '' : undefined}>
      {text}
    </p>
  );
}
