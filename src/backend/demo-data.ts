// The demo data of SPEC section 4, deterministic: the same seed and `now` give the same rows.
import { seedSavedReplies } from './demo/saved-replies';
import { DEFAULT_SETTINGS, reduce, STATUSES, type ConversationStatus, type Team } from '../domain';
import type { PasswordHasher } from './deps';
import { DEMO_PASSWORD, FIRST_NAMES, LAST_NAMES } from './demo/demo-content';
import { createRng, type Rng } from './demo/prng';
import { writeScript } from './demo/scripts';
import { playTimeline } from './demo/timeline';
import type { AgentRecord, Inbox, Store, StoreTx } from './store';

export { DEMO_PASSWORD } from './demo/demo-content';
export { seedBulk } from './demo/bulk';

export const DEMO_TOKENS = {
  acme: 'acme-demo-inbox-token',
  globex: 'globex-demo-inbox-token',
} as const;
export const DEMO_EMAILS = {
  admin: 'admin@acme.test',
  alex: 'alex@acme.test',
  sam: 'sam@acme.test',
  gina: 'gina@globex.test',
} as const;

export interface SeedOptions {
  passwords: PasswordHasher;
  now: number | (() => number);
  seed?: number;
}

export interface DemoOrg {
  orgId: number;
  inboxId: number;
  token: string;
  agents: Record<string, AgentRecord>;
  teams: Team[];
}

export interface DemoSummary {
  acme: DemoOrg;
  globex: DemoOrg;
}

/** How many Acme conversations end in each status (74 in all, 36 open). */
const ACME_MIX: Record<ConversationStatus, number> = {
  open: 36,
  pending: 8,
  snoozed: 6,
  closed: 16,
  spam: 4,
  bulk_sent: 4,
  merged: 0,
};
const GLOBEX_MIX: Record<ConversationStatus, number> = {
  open: 6,
  pending: 1,
  snoozed: 1,
  closed: 3,
  spam: 1,
  bulk_sent: 0,
  merged: 0,
};

async function createOrg(
  tx: StoreTx,
  passwords: PasswordHasher,
  spec: {
    name: string;
    inbox: string;
    token: string;
    teams: string[];
    agents: [key: string, name: string, email: string, admin: boolean][];
  },
): Promise<DemoOrg> {
  const org = await tx.insertOrg({ name: spec.name });
  await tx.saveSettings(org.id, DEFAULT_SETTINGS);
  const inbox = await tx.insertInbox({ orgId: org.id, name: spec.inbox, token: spec.token });
  const agents: Record<string, AgentRecord> = {};
  for (const [key, name, email, admin] of spec.agents) {
    agents[key] = await tx.insertAgent({
      orgId: org.id,
      name,
      email,
      role: admin ? 'admin' : 'agent',
      passwordHash: await passwords.hash(DEMO_PASSWORD),
      canDeleteMetrics: admin,
    });
  }
  const teams: Team[] = [];
  for (const name of spec.teams) teams.push(await tx.insertTeam({ orgId: org.id, name }));
  return { orgId: org.id, inboxId: inbox.id, token: inbox.token, agents, teams };
}

async function seedConversations(
  tx: StoreTx,
  rng: Rng,
  org: DemoOrg,
  inbox: Pick<Inbox, 'id'>,
  mix: Record<ConversationStatus, number>,
  now: number,
) {
  const agents = Object.values(org.agents);
  const statuses = STATUSES.flatMap((s) => Array.from({ length: mix[s] }, () => s));
  const scripts = statuses.map((status) =>
    writeScript(rng, status, now, { agents, teams: org.teams }),
  );
  // Oldest first, so ids grow with time as they would in a live inbox.
  scripts.sort((a, b) => a.createdAt - b.createdAt);
  const contactCount = Math.max(1, Math.ceil(scripts.length * 0.7));
  const ticketsLeft = { n: 2 };
  for (const [i, script] of scripts.entries()) {
    const n = i % contactCount;
    const first = FIRST_NAMES[(n * 7 + org.orgId) % FIRST_NAMES.length] ?? 'Pat';
    const last = LAST_NAMES[(n * 3 + org.orgId * 5) % LAST_NAMES.length] ?? 'Doe';
    const email = `${first}.${last}${n}@example.com`.toLowerCase().replace(/'/g, '');
    const contact =
      (await tx.findContactByEmail(org.orgId, email)) ??
      (await tx.insertContact({ orgId: org.orgId, name: `${first} ${last}`, email }));
    const timeline = playTimeline(
      {
        orgId: org.orgId,
        inboxId: inbox.id,
        contact,
        channel: script.channel,
        createdAt: script.createdAt,
        opening: script.opening,
      },
      script.steps,
      { settings: DEFAULT_SETTINGS, agents, now },
    );
    let conversation = await tx.insertConversation(timeline.conversation);
    for (const m of timeline.messages)
      await tx.insertMessage({ ...m, conversationId: conversation.id });
    await tx.saveMetrics({ ...timeline.metrics, conversationId: conversation.id });
    const owner = agents.find((a) => a.id === conversation.assigneeId);
    if (owner && ticketsLeft.n > 0 && conversation.conversationTags.some((t) => t.name === 'bug')) {
      ticketsLeft.n -= 1;
      const ticket = await tx.insertTicket({
        orgId: org.orgId,
        conversationId: conversation.id,
        title: 'Investigate reported bug',
        createdAt: conversation.updatedAt,
      });
      const outcome = reduce(
        conversation,
        {
          type: 'add_link',
          link: { type: 'ticket', id: ticket.id },
          actor: { kind: 'agent', id: owner.id, name: owner.name },
        },
        conversation.updatedAt,
        DEFAULT_SETTINGS,
      );
      if (outcome.ok && (await tx.updateConversation(outcome.conversation, conversation.version)))
        conversation = outcome.conversation;
    }
  }
}

/**
 * Acme routes round robin (SPEC 7.1): Alex is in Support, Sam in Billing. Everyone starts
 * unavailable, so the seeded inbox stays as written until an agent switches "Available" on.
 */
async function seedRouting(tx: StoreTx, org: DemoOrg): Promise<void> {
  await tx.setAutoAssign(org.orgId, 'round_robin');
  const [support, billing] = org.teams;
  const teamsOf: Record<string, Team | undefined> = { alex: support, sam: billing };
  for (const [key, team] of Object.entries(teamsOf)) {
    const agent = org.agents[key];
    if (agent && team) await tx.updateAgentRouting(org.orgId, agent.id, { teamIds: [team.id] });
  }
}

export async function seedDemo(store: Store, options: SeedOptions): Promise<DemoSummary> {
  const now = typeof options.now === 'function' ? options.now() : options.now;
  const rng = createRng(options.seed ?? 20_240_601);
  return store.transaction(async (tx) => {
    const acme = await createOrg(tx, options.passwords, {
      name: 'Acme',
      inbox: 'Acme Support',
      token: DEMO_TOKENS.acme,
      teams: ['Support', 'Billing'],
      agents: [
        ['admin', 'Avery', DEMO_EMAILS.admin, true],
        ['alex', 'Alex', DEMO_EMAILS.alex, false],
        ['sam', 'Sam', DEMO_EMAILS.sam, false],
      ],
    });
    const globex = await createOrg(tx, options.passwords, {
      name: 'Globex',
      inbox: 'Globex Help',
      token: DEMO_TOKENS.globex,
      teams: ['Help desk'],
      agents: [['gina', 'Gina', DEMO_EMAILS.gina, false]],
    });
    await seedRouting(tx, acme);
    await seedSavedReplies(tx, acme.orgId, now);
    await seedConversations(tx, rng, acme, { id: acme.inboxId }, ACME_MIX, now);
    await seedConversations(tx, rng, globex, { id: globex.inboxId }, GLOBEX_MIX, now);
    return { acme, globex };
  });
}

/**
 * Seeds only an empty store: one without org #1 and without the demo admin, so a deployment that
 * made its own org (or already has the demo) is left alone.
 */
export async function ensureDemoData(store: Store, options: SeedOptions): Promise<boolean> {
  const empty = await store.transaction(
    async (tx) =>
      (await tx.getOrg(1)) === null && (await tx.findAgentByEmail(DEMO_EMAILS.admin)) === null,
  );
  if (!empty) return false;
  await seedDemo(store, options);
  return true;
}
