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
          Each delivery carries <code>X-Parley-Signature: sha256=&lt;hex&gt;</code>, the HMAC-SHA256
          of the raw body with this secret. Check it before trusting a request.
        </p>
      </div>
    </Dialog>
  );
}
