import { formatSize } from '../../../domain';
import { AlertIcon, Button, CloseIcon, SpinnerGlyph, cx } from '../../../ui';
import type { PendingFile } from './attachment-store';

export interface AttachmentChipsProps {
  files: readonly PendingFile[];
  onRemove: (key: string) => void;
  onRetry: (key: string) => void;
}

const STATE: Record<PendingFile['status'], string> = {
  uploading: 'Uploading…',
  ready: 'Ready',
  failed: 'Upload failed',
  'too-large': 'Too large: files can be up to 10 MB',
};

/** The files going with the message, each with what it is doing and a way to remove it. */
export function AttachmentChips({ files, onRemove, onRetry }: AttachmentChipsProps) {
  if (files.length === 0) return null;
  return (
    <ul className="attachment-chips" aria-label="Attached files">
      {files.map((file) => (
        <li key={file.key} className={cx('attachment-chip', `attachment-chip--${file.status}`)}>
          {file.status === 'uploading' ? (
            <SpinnerGlyph className="attachment-chip__spinner" />
          ) : null}
          {file.status === 'failed' || file.status === 'too-large' ? <AlertIcon size={14} /> : null}
          <span className="attachment-chip__name">{file.name}</span>
          <span className="attachment-chip__meta">{formatSize(file.size)}</span>
          <span
            className="attachment-chip__state"
            role={file.status === 'ready' ? undefined : 'status'}
          >
            {file.status === 'failed' && file.error
              ? `${STATE.failed}: ${file.error}`
              : STATE[file.status]}
          </span>
          {file.status === 'failed' ? (
            <Button size="sm" onClick={() => onRetry(file.key)}>
              Retry
            </Button>
          ) : null}
          <button
            type="button"
            className="attachment-chip__remove"
            aria-label={`Remove ${file.name}`}
            onClick={() => onRemove(file.key)}
          >
            <CloseIcon size={14} />
          </button>
        </li>
      ))}
    </ul>
  );
}
