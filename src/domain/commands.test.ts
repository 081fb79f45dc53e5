import { describe, expect, it } from 'vitest';
import { bulkCommand, bulkEvent, commandBulk, commandEvent, statusAfter } from './command-lookup';
import type { BulkChange, Command } from './commands';
import { reduce } from './reducer';
import { HOUR_MS, NOW, conversation, sam, settings, threadLinesOf } from './test-fixtures';
import { tagColor } from './tag-colors';

const BULK_CHANGES: [BulkChange, Command][] = [
  [{ action: 'close' }, { kind: 'status', status: 'closed' }],
  [{ action: 'open' }, { kind: 'status', status: 'open' }],
  [{ action: 'pending' }, { kind: 'status', status: 'pending' }],
  [{ action: 'spam' }, { kind: 'spam' }],
  [{ action: 'restore' }, { kind: 'restore' }],
  [
    { action: 'snooze', until: NOW + HOUR_MS },
    { kind: 'snooze', until: NOW + HOUR_MS },
  ],
  [
    { action: 'tag', name: 'vip', color: '#22c55e' },
    { kind: 'tag', name: 'vip', color: '#22c55e' },
  ],
];

describe('the command table', () => {
  it.each(BULK_CHANGES)('bulk %j is the command %j, and back', (change, command) => {
    expect(bulkCommand(change)).toEqual(command);
    expect(commandBulk(command)).toEqual(change);
    expect(bulkEvent(change, sam)).toEqual(commandEvent(command, sam));
  });

  it('knows the one status a bulk action leaves, where there is one', () => {
    const after = BULK_CHANGES.map(([change]) => [change.action, statusAfter(bulkCommand(change))]);
    expect(Object.fromEntries(after)).toEqual({
      close: 'closed',
      open: 'open',
      pending: 'pending',
      spam: 'spam',
      restore: null,
      snooze: 'snoozed',
      tag: null,
    });
  });

  it('has no bulk form for a command that is not a bulk action', () => {
    expect(commandBulk({ kind: 'priority', priority: 'high' })).toBeNull();
  });

  it('gives a tag without a colour the colour its name picks', () => {
    expect(bulkEvent({ action: 'tag', name: 'billing' }, sam)).toEqual({
      type: 'add_tag',
      tag: { name: 'billing', color: tagColor('billing') },
      actor: sam,
    });
  });

  it('leaves a new ticket link to the server, which gives its id', () => {
    expect(commandEvent({ kind: 'link', link: { type: 'ticket', title: 'Refund' } }, sam)).toBe(
      null,
    );
  });

  it('unsnoozes a snoozed conversation and leaves any other as it is', () => {
    const unsnooze = commandEvent({ kind: 'unsnooze' }, sam);
    if (!unsnooze) throw new Error('unsnooze has an event');
    const woken = reduce(conversation({ status: 'snoozed' }), unsnooze, NOW, settings());
    expect(woken.ok && woken.conversation.status).toBe('open');
    expect(woken.ok && threadLinesOf(woken.effects)).toEqual(['Sam reopened the conversation']);
    const pending = reduce(conversation({ status: 'pending' }), unsnooze, NOW, settings());
    expect(pending.ok && pending.changed).toBe(false);
  });
});
