import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Directory } from '../../../api';
import { fillSavedReply, type ReplyContext } from '../../../domain';
import { useSavedReplies } from '../../../queries';
import { AlertIcon, Button, Kbd, Tabs, cx, useRegisterActions } from '../../../ui';
import { CollisionDialog } from '../presence/collision-dialog';
import { markTyping } from '../presence/typing-signal';
import { useCollisionGuard } from '../presence/use-collision-guard';
import { AttachmentChips } from './attachment-chips';
import { useAttachmentStore, usePendingFiles } from './attachment-store';
import { draftSlot, useDraftStore, type ComposerTab } from './draft-store';
import { MentionTextarea } from './mention-textarea';
import { useAttach } from './use-attach';
import { useComposerSend } from './use-composer-send';
import './composer.css';

export interface ComposerProps {
  conversationId: number;
  directory: Directory | undefined;
  meId: number | undefined;
  /** What saved replies' variables are filled from. */
  replyContext?: ReplyContext | undefined;
  /** Closes the conversation (with Undo) after a reply: "Send and close". */
  onSendAndClose?: (() => void) | undefined;
}

const TABS = [
  { value: 'reply', label: 'Reply' },
  { value: 'note', label: 'Note' },
] as const;

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? '⌘' : 'Ctrl';
const NO_CONTEXT: ReplyContext = { contact: null, agent: null };

/** Reply to the contact or leave a note for the team; drafts survive reloads until sent. */
export function Composer({
  conversationId,
  directory,
  meId,
  replyContext = NO_CONTEXT,
  onSendAndClose,
}: ComposerProps) {
  const tab = useDraftStore((s) => s.tabs[conversationId] ?? 'reply');
  const setTab = useDraftStore((s) => s.setTab);
  const slot = draftSlot(conversationId, tab);
  const draft = useDraftStore((s) => s.drafts[slot]);
  const setText = useDraftStore((s) => s.setText);
  const files = usePendingFiles(slot);
  const removeFile = useAttachmentStore((s) => s.remove);
  const { attach, retry } = useAttach(conversationId, slot);
  const send = useComposerSend(conversationId);
  const savedReplies = useSavedReplies();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [repliesRequest, setRepliesRequest] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const guard = useCollisionGuard(conversationId, meId);
  /** While Send asks about messages that arrived since the draft began: how many, and whether the
   * send was "Send and close". */
  const [asking, setAsking] = useState<{ count: number; close: boolean } | null>(null);
  const hintId = useId();
  const errorId = useId();
  const text = draft?.text ?? '';
  const isNote = tab === 'note';
  const mentionable = isNote ? (directory?.agents ?? []).filter((a) => a.id !== meId) : null;
  const uploading = files.some((f) => f.status === 'uploading');
  const ready = files.some((f) => f.status === 'ready');
  const canSend = !uploading && (text.trim() !== '' || ready);
  const closes = !isNote && onSendAndClose !== undefined;

  const go = (close: boolean) => {
    guard.forget(slot);
    if (!close) return void send(tab);
    void send('reply').then((sent) => {
      if (sent) onSendAndClose?.();
    });
  };
  /** Sends, unless a message arrived since the draft began: then asks first. */
  const attempt = (close: boolean) => {
    const arrived = guard.newSince(slot).length;
    if (arrived > 0) return setAsking({ count: arrived, close });
    go(close);
  };
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (canSend) attempt(false);
  };
  const submitAndClose = () => {
    if (canSend && onSendAndClose) attempt(true);
  };
  const edit = (value: string) => {
    if (value !== '') {
      guard.touch(slot);
      markTyping(conversationId);
    }
    setText(slot, value);
  };
  // The palette inserts a saved reply too: filled like `#` fills it, after what is written.
  useRegisterActions(
    'saved-replies',
    (savedReplies.data ?? []).map((reply) => ({
      id: `saved-reply.${reply.id}`,
      group: 'Saved replies',
      title: `Insert saved reply: ${reply.name}`,
      keywords: ['saved reply', 'template'],
      run: () => {
        const filled = fillSavedReply(reply.body, replyContext);
        edit(text.trim() === '' ? filled : `${text.trimEnd()}\n\n${filled}`);
        form.current?.querySelector('textarea')?.focus();
      },
    })),
  );
  // Files dropped anywhere on the composer attach. Listened to on the form itself: a drop target
  // is not a control, so it has no role of its own (the "Attach file" button is the control).
  useEffect(() => {
    const target = form.current;
    if (!target) return;
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (event: DragEvent) => {
      setDragging(false);
      const dropped = [...(event.dataTransfer?.files ?? [])];
      if (dropped.length === 0) return;
      event.preventDefault();
      attach(dropped);
    };
    target.addEventListener('dragover', over);
    target.addEventListener('dragleave', leave);
    target.addEventListener('drop', drop);
    return () => {
      target.removeEventListener('dragover', over);
      target.removeEventListener('dragleave', leave);
      target.removeEventListener('drop', drop);
    };
  }, [attach]);

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
        <form
          ref={form}
          className={cx('composer__form', dragging && 'composer__form--drop')}
          onSubmit={submit}
        >
          <MentionTextarea
            value={text}
            onChange={edit}
            onSubmit={() => submit()}
            onSubmitAndClose={closes ? submitAndClose : undefined}
            onPasteFiles={attach}
            savedReplies={{
              replies: savedReplies.data ?? [],
              loading: savedReplies.isPending,
              fill: (body) => fillSavedReply(body, replyContext),
            }}
            mentionable={mentionable}
            placeholder={
              isNote
                ? 'Write a note for your team. Type @ to mention someone, # for a saved reply.'
                : 'Write a reply… Type # for a saved reply.'
            }
            describedBy={draft?.error ? `${errorId} ${hintId}` : hintId}
            openSavedRepliesRequest={repliesRequest}
          />
          <div className="composer__tools">
            <Button size="sm" variant="ghost" onClick={() => setRepliesRequest((n) => n + 1)}>
              Saved replies
            </Button>
            <Button size="sm" variant="ghost" onClick={() => fileInput.current?.click()}>
              Attach file
            </Button>
            <input
              ref={fileInput}
              type="file"
              multiple
              hidden
              tabIndex={-1}
              aria-hidden="true"
              onChange={(event) => {
                attach([...(event.target.files ?? [])]);
                event.target.value = '';
              }}
            />
          </div>
          <AttachmentChips
            files={files}
            onRemove={(key) => removeFile(slot, key)}
            onRetry={retry}
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
              <Kbd>{MOD}</Kbd>+<Kbd>Enter</Kbd> to send
              {closes ? (
                <>
                  , <Kbd>{MOD}</Kbd>+<Kbd>Shift</Kbd>+<Kbd>Enter</Kbd> to send and close
                </>
              ) : null}
            </p>
            <div className="composer__actions">
              {closes ? (
                <Button size="sm" disabled={!canSend} onClick={submitAndClose}>
                  Send and close
                </Button>
              ) : null}
              <Button type="submit" variant="primary" size="sm" disabled={!canSend}>
                Send
              </Button>
            </div>
          </div>
        </form>
      </Tabs>
      <CollisionDialog
        count={asking?.count ?? 0}
        onSendAnyway={() => {
          const close = asking?.close ?? false;
          setAsking(null);
          go(close);
        }}
        onReview={() => {
          setAsking(null);
          guard.reviewed(slot);
        }}
      />
    </div>
  );
}
