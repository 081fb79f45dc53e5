import { useId, useState, type FormEvent } from 'react';
import type { Directory } from '../../../api';
import { AlertIcon, Button, Kbd, Tabs, cx } from '../../../ui';
import { CollisionDialog } from '../presence/collision-dialog';
import { markTyping } from '../presence/typing-signal';
import { useCollisionGuard } from '../presence/use-collision-guard';
import { draftSlot, useDraftStore, type ComposerTab } from './draft-store';
import { MentionTextarea } from './mention-textarea';
import { useComposerSend } from './use-composer-send';
import './composer.css';

export interface ComposerProps {
  conversationId: number;
  directory: Directory | undefined;
  meId: number | undefined;
}

const TABS = [
  { value: 'reply', label: 'Reply' },
  { value: 'note', label: 'Note' },
] as const;

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Reply to the contact or leave a note for the team; drafts survive reloads until sent. */
export function Composer({ conversationId, directory, meId }: ComposerProps) {
  const tab = useDraftStore((s) => s.tabs[conversationId] ?? 'reply');
  const setTab = useDraftStore((s) => s.setTab);
  const slot = draftSlot(conversationId, tab);
  const draft = useDraftStore((s) => s.drafts[slot]);
  const setText = useDraftStore((s) => s.setText);
  const send = useComposerSend(conversationId);
  const guard = useCollisionGuard(conversationId, meId);
  /** How many messages arrived since the draft began, while Send asks about them. */
  const [asking, setAsking] = useState(0);
  const hintId = useId();
  const errorId = useId();
  const text = draft?.text ?? '';
  const isNote = tab === 'note';
  const mentionable = isNote ? (directory?.agents ?? []).filter((a) => a.id !== meId) : null;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '') return;
    const arrived = guard.newSince(slot).length;
    if (arrived > 0) return setAsking(arrived);
    guard.forget(slot);
    send(tab);
  };
  const edit = (value: string) => {
    if (value !== '') {
      guard.touch(slot);
      markTyping(conversationId);
    }
    setText(slot, value);
  };

  return (
    <div className={cx('composer', isNote && 'composer--note')}>
      <Tabs
        label="Message type"
        size="sm"
        tabs={TABS}
        value={tab}
        onValueChange={(value: ComposerTab) => setTab(conversationId, value)}
        panelClassName="composer__panel"
      >
        <form className="composer__form" onSubmit={submit}>
          <MentionTextarea
            value={text}
            onChange={edit}
            onSubmit={() => submit()}
            mentionable={mentionable}
            placeholder={
              isNote ? 'Write a note for your team. Type @ to mention someone.' : 'Write a reply…'
            }
            describedBy={draft?.error ? `${errorId} ${hintId}` : hintId}
          />
          {draft?.error ? (
            <div id={errorId} role="alert" className="composer__error">
              <AlertIcon size={14} />
              <span>Not sent: {draft.error}</span>
              <Button size="sm" onClick={() => submit()}>
                Retry
              </Button>
            </div>
          ) : null}
          <div className="composer__footer">
            <p id={hintId} className="composer__hint">
              {isNote ? 'Only your team sees notes. ' : 'Type /sync to push this conversation. '}
              <Kbd>{IS_MAC ? '⌘' : 'Ctrl'}</Kbd>+<Kbd>Enter</Kbd> to send
            </p>
            <Button type="submit" variant="primary" size="sm" disabled={text.trim() === ''}>
              Send
            </Button>
          </div>
        </form>
      </Tabs>
      <CollisionDialog
        count={asking}
        onSendAnyway={() => {
          setAsking(0);
          guard.forget(slot);
          send(tab);
        }}
        onReview={() => {
          setAsking(0);
          guard.reviewed(slot);
        }}
      />
    </div>
  );
}
