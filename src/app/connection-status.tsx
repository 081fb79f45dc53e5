// One line that says the app is offline and how many changes wait for the connection, then how
// many are still being sent once it is back. Empty (but present, so it is announced) otherwise.
import { useIsOnline, useWaitingChanges } from '../queries';

function changes(n: number): string {
  return n === 1 ? '1 change' : `${n} changes`;
}

export function ConnectionStatus() {
  const online = useIsOnline();
  const waiting = useWaitingChanges();
  let text = '';
  if (!online) text = waiting > 0 ? `Offline — ${changes(waiting)} waiting` : 'Offline';
  else if (waiting > 0) text = `Sending ${changes(waiting)}…`;
  return (
    <div
      role="status"
      aria-label="Connection"
      className="connection-status"
      data-shown={text !== ''}
    >
      {text}
    </div>
  );
}
