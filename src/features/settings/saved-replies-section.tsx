import { useState } from 'react';
import type { SavedReplyDto } from '../../api';
import { explainFailure, useDeleteSavedReply, useSavedReplies } from '../../queries';
import { Button, ConfirmDialog, EmptyState, toast } from '../../ui';
import { QueryContent } from './query-content';
import { SavedReplyForm } from './saved-reply-form';
import { SettingsSection } from './settings-section';

/** The org's saved replies (SPEC 7.4): everyone inserts them with # in the composer. */
export function SavedRepliesSection() {
  const replies = useSavedReplies();
  const remove = useDeleteSavedReply();
  const [editing, setEditing] = useState<SavedReplyDto | 'new' | null>(null);
  const [doomed, setDoomed] = useState<SavedReplyDto | null>(null);

  const confirmDelete = () => {
    if (!doomed) return;
    remove.mutate(doomed.id, {
      onSuccess: () => toast.show({ message: 'Saved reply deleted', tone: 'success' }),
      onError: (error) =>
        toast.show({ message: `Not deleted: ${explainFailure(error)}`, tone: 'error' }),
      onSettled: () => setDoomed(null),
    });
  };

  return (
    <SettingsSection
      title="Saved replies"
      description="Answers everyone can insert with # or the Saved replies button in the composer."
      actions={
        editing === 'new' ? null : (
          <Button variant="primary" onClick={() => setEditing('new')}>
            New saved reply
          </Button>
        )
      }
    >
      {editing === 'new' ? <SavedReplyForm onDone={() => setEditing(null)} /> : null}
      <QueryContent
        query={replies}
        loading="Loading saved replies"
        failed="Saved replies could not load"
      >
        {(data) =>
          data.length === 0 ? (
            <EmptyState
              title="No saved replies yet"
              description="Save the answers your team writes every day."
              icon={null}
            />
          ) : (
            <ul role="list" className="settings-list" aria-label="Saved replies">
              {data.map((r) =>
                editing !== 'new' && editing?.id === r.id ? (
                  <li key={r.id} className="settings-item">
                    <SavedReplyForm reply={r} onDone={() => setEditing(null)} />
                  </li>
                ) : (
                  <li key={r.id} className="settings-item saved-reply-row">
                    <div className="saved-reply-row__text">
                      <h3 className="settings-item__title">{r.name}</h3>
                      <p className="settings-muted saved-reply-row__body">{r.body}</p>
                    </div>
                    <div className="settings-item__actions">
                      <Button size="sm" onClick={() => setEditing(r)} aria-label={`Edit ${r.name}`}>
                        Edit
                      </Button>
                      <Button
                        size="sm"
                        variant="danger"
                        onClick={() => setDoomed(r)}
                        aria-label={`Delete ${r.name}`}
                      >
                        Delete
                      </Button>
                    </div>
                  </li>
                ),
              )}
            </ul>
          )
        }
      </QueryContent>
      <ConfirmDialog
        open={doomed !== null}
        title={`Delete the saved reply "${doomed?.name ?? ''}"?`}
        description="Nobody can insert it any more. Messages already sent keep their words."
        confirmLabel="Delete saved reply"
        tone="danger"
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDoomed(null)}
      />
    </SettingsSection>
  );
}
