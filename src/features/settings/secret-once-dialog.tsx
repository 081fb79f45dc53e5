import type { ReactNode } from 'react';
import { Button, Dialog } from '../../ui';
import { CopyButton } from './copy-button';

export interface SecretOnceDialogProps {
  /** The value to show; the dialog is open while there is one. */
  secret: string | null;
  onDone: () => void;
  title: string;
  description: string;
  /** What the value is ("Signing secret"), and its copy button's name. */
  label: string;
  copyLabel: string;
  hint?: ReactNode;
}

/** A secret shown this once (Parley keeps no way to show it again), with a copy button. */
export function SecretOnceDialog({
  secret,
  onDone,
  title,
  description,
  label,
  copyLabel,
  hint,
}: SecretOnceDialogProps) {
  return (
    <Dialog
      open={secret !== null}
      onClose={onDone}
      title={title}
      description={description}
      dismissOnBackdrop={false}
      footer={
        <Button variant="primary" data-autofocus onClick={onDone}>
          Done
        </Button>
      }
    >
      <div className="secret-box">
        <span className="settings-field__label">{label}</span>
        <div className="secret-box__row">
          <code className="secret-box__value">{secret}</code>
          <CopyButton text={secret ?? ''} label={copyLabel} />
        </div>
        {hint ? <p className="settings-field__hint">{hint}</p> : null}
      </div>
    </Dialog>
  );
}
