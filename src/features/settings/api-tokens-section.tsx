import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiTokenDto } from '../../api';
import { explainFailure } from '../../queries';
import { tokenQueries, useRevokeToken } from '../../queries/api-tokens';
import { Badge, Button, ConfirmDialog, EmptyState, formatFullDateTime, toast } from '../../ui';
import { ApiTokenForm } from './api-token-form';
import { SecretOnceDialog } from './secret-once-dialog';
import { QueryContent } from './query-content';
import { SettingsSection } from './settings-section';

/** Server-to-server credentials: create (shown once), list with last use, revoke. */
export function ApiTokensSection() {
  const tokens = useQuery(tokenQueries.list());
  const revoke = useRevokeToken();
  const [adding, setAdding] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const [doomed, setDoomed] = useState<ApiTokenDto | null>(null);

  const confirmRevoke = () => {
    if (!doomed) return;
    revoke.mutate(doomed.id, {
      onSuccess: () => toast.show({ message: 'Token revoked', tone: 'success' }),
      onError: (error) =>
        toast.show({ message: `Not revoked: ${explainFailure(error)}`, tone: 'error' }),
      onSettled: () => setDoomed(null),
    });
  };

  return (
    <SettingsSection
      title="API tokens"
      description={
        <>
          For integrations: send <code>Authorization: Bearer &lt;token&gt;</code>. A token acts as
          the admin who made it, only within its scopes.
        </>
      }
      actions={
        adding ? null : (
          <Button variant="primary" onClick={() => setAdding(true)}>
            Create token
          </Button>
        )
      }
    >
      {adding ? (
        <ApiTokenForm
          onCancel={() => setAdding(false)}
          onCreated={(token) => {
            setAdding(false);
            setShown(token);
          }}
        />
      ) : null}
      <QueryContent query={tokens} loading="Loading API tokens" failed="API tokens could not load">
        {(data) =>
          data.length === 0 ? (
            adding ? null : (
              <EmptyState
                title="No API tokens yet"
                description="Create one for each system that reads or changes conversations."
                icon={null}
              />
            )
          ) : (
            <ul role="list" className="settings-list" aria-label="API tokens">
              {data.map((t) => (
                <li key={t.id} className="settings-item webhook-row">
                  <div className="webhook-row__main">
                    <div className="webhook-row__info">
                      <h3 className="settings-item__title">{t.name}</h3>
                      <ul role="list" className="webhook-row__events" aria-label="Scopes">
                        {t.scopes.map((scope) => (
                          <li key={scope}>
                            <Badge tone="neutral">{scope}</Badge>
                          </li>
                        ))}
                      </ul>
                      <p className="settings-muted">
                        Created {formatFullDateTime(t.createdAt)} ·{' '}
                        {t.lastUsedAt === null
                          ? 'Never used'
                          : `Last used ${formatFullDateTime(t.lastUsedAt)}`}
                      </p>
                      {t.revokedAt !== null ? (
                        <p className="webhook-row__off">
                          <Badge tone="danger">Revoked</Badge> {formatFullDateTime(t.revokedAt)}
                        </p>
                      ) : null}
                    </div>
                    {t.revokedAt === null ? (
                      <div className="webhook-row__actions">
                        <Button variant="danger" onClick={() => setDoomed(t)}>
                          Revoke {t.name}
                        </Button>
                      </div>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryContent>
      <SecretOnceDialog
        secret={shown}
        onDone={() => setShown(null)}
        title="API token created"
        description="Copy the token now: Parley keeps only a hash and will not show it again."
        label="API token"
        copyLabel="Copy token"
      />
      <ConfirmDialog
        open={doomed !== null}
        title="Revoke this token?"
        description={
          <>
            Requests with <strong>{doomed?.name}</strong> are refused from now on. This cannot be
            undone.
          </>
        }
        confirmLabel="Revoke token"
        busy={revoke.isPending}
        onConfirm={confirmRevoke}
        onCancel={() => setDoomed(null)}
      />
    </SettingsSection>
  );
}
