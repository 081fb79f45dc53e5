import { SecretOnceDialog } from './secret-once-dialog';

export interface WebhookSecretDialogProps {
  /** The new subscription's signing secret; the dialog is open while there is one. */
  secret: string | null;
  onDone: () => void;
}

/** The signing secret, shown this once: Parley keeps no way to show it again. */
export function WebhookSecretDialog({ secret, onDone }: WebhookSecretDialogProps) {
  return (
    <SecretOnceDialog
      secret={secret}
      onDone={onDone}
      title="Webhook created"
      description="Copy the signing secret now: Parley will not show it again."
      label="Signing secret"
      copyLabel="Copy secret"
      hint={
        <>
          Each delivery carries the Standard Webhooks headers (<code>webhook-id</code>,{' '}
          <code>webhook-timestamp</code>, <code>webhook-signature</code>), which any Standard
          Webhooks library checks with this secret, and <code>X-Parley-Signature</code> for older
          receivers. Check one before trusting a request.
        </>
      }
    />
  );
}
