import type { InboxDto } from '../../api';
import { CopyButton } from './copy-button';
import { curlExample } from './inbound-example';

/** One inbox: its token and a request that writes a message into it. */
export function InboxTokenCard({ inbox }: { inbox: InboxDto }) {
  const token = inbox.token;
  return (
    <li className="settings-item token-card">
      <h3 className="settings-item__title">{inbox.name}</h3>
      {token ? (
        <>
          <div className="token-card__row">
            <span className="token-card__label">Token</span>
            <code className="token-card__token">{token}</code>
            <CopyButton text={token} label={`Copy token for ${inbox.name}`} />
          </div>
          <div className="token-card__example">
            <div className="token-card__example-head">
              <span className="token-card__label">Try it</span>
              <CopyButton text={curlExample(token)} label={`Copy curl example for ${inbox.name}`} />
            </div>
            <pre className="token-card__code">
              <code>{curlExample(token)}</code>
            </pre>
          </div>
        </>
      ) : (
        <p className="settings-muted">Only admins see this inbox&apos;s token.</p>
      )}
    </li>
  );
}
