import { Button, Dialog } from '../../ui';
import { CopyButton } from './copy-button';

export interface WebhookSecretDialogProps {
  /** The new subscription's signing secret; the dialog is open while there is one. */
  secret: string | null;
  onDone: () => void;
}

/** The signing secret, shown this once: Parley keeps no way to show it again. */
export function WebhookSecretDialog({ secret, onDone }: WebhookSecretDialogProps) {
  return (
    <Dialog
      open={secret !== null}
      onClose={onDone}
      title="Webhook created"
      description="Copy the signing secret now: Parley will not show it again."
      dismissOnBackdrop={false}
      footer={
        <Button variant="primary" data-autofocus onClick={onDone}>
          Done
        </Button>
      }
    >
      <div className="secret-box">
        <span className="settings-field__label">Signing secret</span>
        <div className="secret-box__row">
          <code className="secret-box__value">{secret}</code>
          <CopyButton text={secret ?? ''} label="Copy secret" />
        </div>
        <p className="settings-field__hint">
          Each delivery carries the Standard Webhooks headers (<code>webhook-id</code>,{' '}
          <code>webhook-timestamp</code>, <code>webhook-signature</code>), which any Standard
          Webhooks library checks with this secret, and <code>X-Parley-Signature</code> for older
          receivers. Check one before trusting a request.
        </p>
      </div>
    </Dialog>
  );
}
