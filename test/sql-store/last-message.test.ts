// A list row's last message and its contact's last message (migration 0021): the newest line that
// is not a status line, and the newest the contact wrote, found however many status lines follow
// them, each read from an index that holds no status line.
import { expect, it } from 'vitest';
import { viewStatuses } from '../../src/domain';
import type { SqlExecutor } from '../../server/db/client';
import { listConversations } from '../../server/sql/conversation-list';
import { describeOnEachDatabase, newConversation } from './fixtures';

/** Status lines after the messages, as a conversation closed and reopened many times has. */
const STATUS_LINES = 300;

describeOnEachDatabase('A list row after many status lines', (ctx) => {
  it('shows the last message and the contact’s, each read from its index', async () => {
    const { store, f, db } = ctx();
    const id = await store.transaction(async (tx) => {
      const c = await tx.insertConversation(newConversation(f));
      const line = (
        n: number,
        type: 'chat' | 'event',
        authorType: 'contact' | 'agent' | 'system',
      ) => ({
        orgId: f.orgId,
        conversationId: c.id,
        type,
        authorType,
        authorId: authorType === 'contact' ? (f.contactIds[0] ?? null) : null,
        body: `line ${n}`,
        createdAt: 1_700_000_000_000 + n,
        mentions: [],
        idempotencyKey: null,
      });
      await tx.insertMessages([
        line(1, 'chat', 'contact'),
        line(2, 'chat', 'agent'),
        ...Array.from({ length: STATUS_LINES }, (_, i) => line(3 + i, 'event', 'system')),
      ]);
      return c.id;
    });
    await db.client.exec('ANALYZE messages');

    // The statement the list sends, kept to be explained.
    const sent: { sql: string; params: readonly unknown[] }[] = [];
    const recording: SqlExecutor = {
      query: (sql, params = []) => {
        sent.push({ sql, params });
        return db.client.query(sql, params);
      },
      exec: (sql) => db.client.exec(sql),
    };
    const [row] = await listConversations(recording, f.orgId, {
      statuses: viewStatuses('open'),
      sort: 'newest',
      limit: 50,
    });
    expect(row?.id).toBe(id);
    expect(row?.lastMessage).toMatchObject({ type: 'chat', authorType: 'agent', body: 'line 2' });
    expect(row?.contactMessage).toMatchObject({ body: 'line 1' });

    const [statement] = sent;
    if (!statement) throw new Error('the list sent no statement');
    const { rows } = await db.client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ${statement.sql.replace(/^\/\*[^*]*\*\//, '')}`,
      statement.params,
    );
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toContain('messages_last_shown');
    expect(plan).toContain('messages_last_from_contact');
  });
});
