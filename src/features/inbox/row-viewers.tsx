import { useMe, usePresenceStore, useViewers } from '../../queries';
import { Avatar } from '../../ui';

/** The other agents in a row's conversation now (SPEC 7.5), as small avatars. */
export function RowViewers({ conversationId }: { conversationId: number }) {
  // Most rows have no one in them. Only those that do read the session and keep a clock: a row
  // that mounts a session query of its own is most of a row's cost when a bulk close brings in 18.
  const occupied = usePresenceStore((s) => {
    const room = s.rooms[conversationId];
    return room !== undefined && Object.keys(room).length > 0;
  });
  return occupied ? <Viewers conversationId={conversationId} /> : null;
}

function Viewers({ conversationId }: { conversationId: number }) {
  const meId = useMe().data?.id;
  const viewers = useViewers(conversationId, meId);
  if (viewers.length === 0) return null;
  const said = viewers.map((v) => `${v.name} ${v.typing ? 'typing' : 'viewing'}`).join(', ');
  return (
    <span className="inbox-row__viewers" title={said}>
      {viewers.slice(0, 3).map((v) => (
        <Avatar key={v.agentId} name={v.name} size="xs" />
      ))}
      <span className="visually-hidden">, {said}</span>
    </span>
  );
}
