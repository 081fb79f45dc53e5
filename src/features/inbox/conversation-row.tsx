import {
  memo,
  type ChangeEvent,
  type CSSProperties,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import type { ConversationRow as Row } from '../../api';
import { Avatar, ChannelIcon, Checkbox, PriorityIcon, RelativeTime, TagChip, cx } from '../../ui';
import { Highlighted } from './highlighted';
import { isUnread, previewText, repliedLast, rowTime, visibleTags } from './row-summary';
import { RowViewers } from './row-viewers';

/** Every row is this tall: the virtualizer places rows without measuring them. */
export const ROW_HEIGHT = 64;
const MAX_TAGS = 2;

export interface ConversationRowProps {
  row: Row;
  index: number;
  /** The list's length as far as it is known; -1 when more pages may follow. */
  setSize: number;
  href: string;
  assigneeName: string | null;
  now: number;
  selected: boolean;
  /** The row that Tab reaches and j/k move from (roving tab stop). */
  tabStop: boolean;
  /** Open in the conversation pane. */
  current: boolean;
  top: number;
  /** Called with the row's link when it mounts and with null when it goes. */
  registerLink: (id: number, link: HTMLAnchorElement | null) => void;
  /** A plain click on the link: open the conversation in the app, without a page load. */
  onOpen: (id: number) => void;
  /** A press on the row began (the open follows on release): load what the pane will show. */
  onPress?: ((id: number) => void) | undefined;
  onToggle: (id: number, range: boolean) => void;
  onFocusRow: (id: number) => void;
  /** The search, whose words are marked in the name and the preview. */
  highlight?: string | undefined;
}

/**
 * One row. Memoized, and its props are plain values and stable callbacks, so scrolling renders
 * only the rows that come into view, not every mounted row on every scroll event.
 */
export const ConversationRow = memo(function ConversationRow({
  row,
  index,
  setSize,
  href,
  assigneeName,
  now,
  selected,
  tabStop,
  current,
  top,
  registerLink,
  onOpen,
  onPress,
  onToggle,
  onFocusRow,
  highlight,
}: ConversationRowProps) {
  const unread = isUnread(row);
  const name = row.contact.name;
  const { shown: tags, more: moreTags } = visibleTags(row.conversationTags, MAX_TAGS);
  const style: CSSProperties = { transform: `translateY(${top}px)`, height: ROW_HEIGHT };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    // A checkbox's change comes from its click, so the click's Shift tells a range from one row.
    const native = event.nativeEvent;
    onToggle(row.id, native instanceof MouseEvent && native.shiftKey);
  };

  // A real link, so middle, Ctrl or Cmd-click and "Copy link" work; a plain click stays in the app.
  const onClick = (event: ReactMouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(row.id);
  };

  return (
    <li
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={cx(
        'inbox-row',
        selected && 'inbox-row--selected',
        current && 'inbox-row--current',
        unread && 'inbox-row--unread',
      )}
      style={style}
    >
      <span className="inbox-row__check">
        <Checkbox
          aria-label={`Select conversation with ${name}`}
          checked={selected}
          tabIndex={tabStop ? 0 : -1}
          onChange={onChange}
          onFocus={() => onFocusRow(row.id)}
        />
      </span>
      <a
        ref={(el) => {
          registerLink(row.id, el);
          return () => registerLink(row.id, null);
        }}
        href={href}
        onClick={onClick}
        onPointerDown={(event) => {
          if (event.button === 0) onPress?.(row.id);
        }}
        className="inbox-row__link"
        aria-current={current ? 'page' : undefined}
        tabIndex={tabStop ? 0 : -1}
        onFocus={() => onFocusRow(row.id)}
      >
        <span className="inbox-row__line">
          <span className="inbox-row__name">
            <Highlighted text={name} q={highlight} />
          </span>
          {unread ? (
            <span className="inbox-row__unread" title="Awaiting reply">
              <span className="visually-hidden">, awaiting reply</span>
            </span>
          ) : null}
          <ChannelIcon channel={row.channel} size={13} className="inbox-row__channel" />
          <span className="inbox-row__spacer" />
          <RowViewers conversationId={row.id} />
          {row.priority !== 'none' ? <PriorityIcon priority={row.priority} size={14} /> : null}
          {repliedLast(row) ? <span className="inbox-row__replied">You replied</span> : null}
          <RelativeTime timestamp={rowTime(row)} now={now} className="inbox-row__time" />
        </span>
        <span className="inbox-row__line">
          <span className="inbox-row__preview">
            <Highlighted text={previewText(row)} q={highlight} />
          </span>
          {tags.map((tag) => (
            <TagChip key={tag.name} name={tag.name} color={tag.color} className="inbox-row__tag" />
          ))}
          {moreTags > 0 ? (
            <span
              className="inbox-row__more-tags"
              title={row.conversationTags.map((t) => t.name).join(', ')}
            >
              +{moreTags}
              <span className="visually-hidden"> more {moreTags === 1 ? 'tag' : 'tags'}</span>
            </span>
          ) : null}
          {assigneeName ? (
            <span className="inbox-row__assignee" title={`Assigned to ${assigneeName}`}>
              <Avatar name={assigneeName} size="xs" />
              <span className="visually-hidden">Assigned to {assigneeName}</span>
            </span>
          ) : null}
        </span>
      </a>
    </li>
  );
});
