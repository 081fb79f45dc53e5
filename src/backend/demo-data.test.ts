// The demo data of SPEC section 4: who is there, what Acme's inbox covers, and determinism.
import { describe, expect, it } from 'vitest';
import { DAY_MS, STATUSES } from '../domain';
import { DEMO_EMAILS, DEMO_TOKENS, ensureDemoData, seedDemo } from './demo-data';
import { createMemoryStore } from './memory-store/memory-store';
import { plainPasswords } from './plain-passwords';

const NOW = Date.UTC(2025, 2, 10, 9, 30);

async function seeded() {
  const store = createMemoryStore();
  const demo = await seedDemo(store, { passwords: plainPasswords, now: NOW });
  const all = await store.transaction((tx) =>
    tx.listConversations(demo.acme.orgId, { statuses: STATUSES, sort: 'oldest', limit: 1000 }),
  );
  return { store, demo, all };
}

describe('demo data', () => {
  it('has the orgs, tokens and agents of the spec, every password demo-password', async () => {
    const { store, demo } = await seeded();
    await store.transaction(async (tx) => {
      expect((await tx.findInboxByToken(DEMO_TOKENS.acme))?.orgId).toBe(demo.acme.orgId);
      expect((await tx.findInboxByToken(DEMO_TOKENS.globex))?.orgId).toBe(demo.globex.orgId);
      expect((await tx.getOrg(demo.acme.orgId))?.name).toBe('Acme');
      expect((await tx.getOrg(demo.globex.orgId))?.name).toBe('Globex');
      const admin = await tx.findAgentByEmail(DEMO_EMAILS.admin);
      expect(admin).toMatchObject({
        role: 'admin',
        canDeleteMetrics: true,
        orgId: demo.acme.orgId,
      });
      for (const email of [DEMO_EMAILS.alex, DEMO_EMAILS.sam])
        expect(await tx.findAgentByEmail(email)).toMatchObject({
          role: 'agent',
          orgId: demo.acme.orgId,
        });
      expect(await tx.findAgentByEmail(DEMO_EMAILS.gina)).toMatchObject({
        orgId: demo.globex.orgId,
      });
      for (const email of Object.values(DEMO_EMAILS)) {
        const agent = await tx.findAgentByEmail(email);
        expect(await plainPasswords.verify('demo-password', agent?.passwordHash ?? '')).toBe(true);
      }
      expect((await tx.listTeams(demo.acme.orgId)).length).toBeGreaterThan(0);
    });
  });

  it('gives Acme 60+ conversations: every status, 30+ open, both channels, tags, priorities, assignees', async () => {
    const { all } = await seeded();
    expect(all.length).toBeGreaterThanOrEqual(60);
    // Every status an agent can reach; `merged` only comes from merging two of them.
    for (const status of STATUSES.filter((s) => s !== 'merged'))
      expect(all.some((c) => c.status === status)).toBe(true);
    expect(all.filter((c) => c.status === 'open').length).toBeGreaterThanOrEqual(30);
    expect(new Set(all.map((c) => c.channel))).toEqual(new Set(['chat', 'email']));
    const tags = all.flatMap((c) => c.conversationTags);
    expect(tags.length).toBeGreaterThan(10);
    expect(tags.every((t) => /^#[0-9a-f]{6}$/i.test(t.color))).toBe(true);
    expect(new Set(all.map((c) => c.priority)).size).toBeGreaterThanOrEqual(4);
    expect(all.some((c) => c.assigneeId !== null) && all.some((c) => c.assigneeId === null)).toBe(
      true,
    );
    expect(
      all.every(
        (c) => (c.status === 'snoozed') === (c.snoozedUntil !== null && c.snoozedUntil > NOW),
      ),
    ).toBe(true);
  });

  it('has notes with @mentions, closed chats quiet for days, and 30+ days of answered history', async () => {
    const { store, demo, all } = await seeded();
    const messages = await store.transaction(async (tx) =>
      (
        await Promise.all(all.map((c) => tx.listMessages(demo.acme.orgId, c.id, { limit: 100 })))
      ).flat(),
    );
    expect(messages.some((m) => m.type === 'note' && m.mentions.length > 0)).toBe(true);
    expect(
      messages.some((m) => m.type === 'event' && m.body.endsWith(' closed the conversation')),
    ).toBe(true);
    expect(
      all.some(
        (c) => c.status === 'closed' && c.channel === 'chat' && NOW - c.lastActivityAt > 2 * DAY_MS,
      ),
    ).toBe(true);
    const metrics = await store.transaction((tx) =>
      tx.listMetrics(demo.acme.orgId, { from: 0, to: NOW + 1 }),
    );
    expect(metrics).toHaveLength(all.length);
    expect(Math.min(...metrics.map((m) => m.createdAt))).toBeLessThan(NOW - 30 * DAY_MS);
    expect(metrics.filter((m) => m.firstResponseAt !== null).length).toBeGreaterThan(30);
    expect(metrics.filter((m) => m.closedAt !== null).length).toBeGreaterThan(10);
  });

  it('gives Globex a few conversations of its own', async () => {
    const { store, demo } = await seeded();
    const globex = await store.transaction((tx) =>
      tx.listConversations(demo.globex.orgId, { statuses: STATUSES, sort: 'newest', limit: 100 }),
    );
    expect(globex.length).toBeGreaterThanOrEqual(5);
    expect(globex.every((c) => c.orgId === demo.globex.orgId)).toBe(true);
  });

  it('is the same for the same seed and time, and different for another seed', async () => {
    const a = (await seeded()).all;
    const b = (await seeded()).all;
    expect(b).toEqual(a);
    const store = createMemoryStore();
    const demo = await seedDemo(store, { passwords: plainPasswords, now: NOW, seed: 7 });
    const c = await store.transaction((tx) =>
      tx.listConversations(demo.acme.orgId, { statuses: STATUSES, sort: 'oldest', limit: 1000 }),
    );
    expect(c).not.toEqual(a);
  });

  it('seeds only an empty store', async () => {
    const store = createMemoryStore();
    expect(await ensureDemoData(store, { passwords: plainPasswords, now: NOW })).toBe(true);
    expect(await ensureDemoData(store, { passwords: plainPasswords, now: NOW })).toBe(false);
  });
});
