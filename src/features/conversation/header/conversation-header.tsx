import type { ConversationDetail, Directory } from '../../../api';
import { Avatar, ChannelIcon, CHANNEL_LABELS } from '../../../ui';
import type { RunAction } from '../use-pane-action';
import { AssigneeMenu } from './assignee-menu';
import { FollowButton } from './follow-button';
import { LinkList } from './link-list';
import { MoreActionsMenu } from './more-actions-menu';
import { PriorityMenu } from './priority-menu';
import { SnoozeMenu } from './snooze-menu';
import { SpamButton } from './spam-button';
import { StatusMenu } from './status-menu';
import { SyncButton } from './sync-button';
import { TagList } from './tag-list';
import './header.css';

export interface ConversationHeaderProps {
  conversation: ConversationDetail;
  headingId: string;
  directory: Directory | undefined;
  me: { id: number; role: 'admin' | 'agent' } | undefined;
  run: RunAction;
  now: number;
  onDeleted: () => void;
}

/** Who the conversation is with, its state, and every action on it. */
export function ConversationHeader({
  conversation,
  headingId,
  directory,
  me,
  run,
  now,
  onDeleted,
}: ConversationHeaderProps) {
  const { contact } = conversation;
  return (
    <header className="conversation-header">
      <div className="conversation-header__top">
        <div className="conversation-header__who">
          <Avatar name={contact.name || contact.email} size="lg" />
          <div className="conversation-header__names">
            <h2 id={headingId} className="conversation-header__name">
              {contact.name || contact.email}
            </h2>
            <p className="conversation-header__meta">
              <span className="conversation-header__email">{contact.email}</span>
              <span aria-hidden="true">·</span>
              <span className="conversation-header__channel">
                <ChannelIcon channel={conversation.channel} decorative />
                {CHANNEL_LABELS[conversation.channel]}
              </span>
              <span aria-hidden="true">·</span>
              <span>#{conversation.id}</span>
            </p>
          </div>
        </div>
        <div
          className="conversation-header__actions"
          role="group"
          aria-label="Conversation actions"
        >
          <StatusMenu conversation={conversation} run={run} now={now} />
          <SnoozeMenu conversation={conversation} run={run} now={now} />
          <SpamButton conversation={conversation} run={run} />
        </div>
      </div>
      <div className="conversation-header__details" role="group" aria-label="Details">
        <PriorityMenu conversation={conversation} run={run} />
        <AssigneeMenu conversation={conversation} directory={directory} meId={me?.id} run={run} />
        <span className="conversation-header__divider" aria-hidden="true" />
        <TagList conversation={conversation} run={run} />
        <LinkList conversation={conversation} />
        <span className="conversation-header__spacer" />
        {/* One unit, so "•••" never wraps onto a row of its own. */}
        <span className="conversation-header__end">
          <FollowButton conversation={conversation} meId={me?.id} run={run} />
          <SyncButton run={run} />
          <MoreActionsMenu
            conversation={conversation}
            isAdmin={me?.role === 'admin'}
            run={run}
            onDeleted={onDeleted}
          />
        </span>
      </div>
    </header>
  );
}
