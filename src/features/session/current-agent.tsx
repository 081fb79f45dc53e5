import { useMe } from '../../queries';
import { Avatar } from '../../ui';

/** Who is signed in. */
export function CurrentAgent() {
  const me = useMe();
  if (!me.data) return null;
  return (
    <span className="current-agent" title={me.data.email}>
      <Avatar name={me.data.name} size="sm" />
      <span className="current-agent__name">{me.data.name}</span>
    </span>
  );
}
