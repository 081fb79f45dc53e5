// What the hostile cases aim at, read from the seeded demo data once: sessions of every demo agent,
// a session that expired and one that signed out, and ids in both orgs (conversations, a ticket,
// a team, a webhook). Everything here is written before the first digest is taken.
import { STATUSES } from '../../src/domain';
import type { ApiHarness, Who } from '../api/harness';
import { DEMO_EMAILS, DEMO_PASSWORD } from '../../src/backend/demo-data';
import { SESSION_COOKIE } from '../../src/backend/session-transport';
import type { StoreTx } from '../../src/backend/store';

export interface OrgTargets {
  orgId: number;
  /** An open conversation: every change to it would show in the digest. */
  open: number;
  /** Another conversation of the same org (a link target). */
  other: number;
  teamId: number;
  webhookId: number;
  agentIds: Record<string, number>;
}

export interface Fixture {
  now: number;
  tokens: Record<Who, string>;
  expiredToken: string;
  signedOutToken: string;
  /** A ticket of Acme's (linked from a conversation by the demo data). */
  acmeTicketId: number;
  /** An Acme conversation of its own, where the XSS family stores its payloads. */
  xssTarget: number;
  acme: OrgTargets;
  globex: OrgTargets;
}

async function signIn(h: ApiHarness, email: string): Promise<string> {
  const res = await h.fetch('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const token = /^[^=]+=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (res.status !== 200 || !token) throw new Error(`sign-in of ${email} answered ${res.status}`);
  return token;
}

async function conversationIds(tx: StoreTx, orgId: number) {
  const rows = await tx.listConversations(orgId, {
    statuses: STATUSES,
    sort: 'oldest',
    limit: 1000,
  });
  const open = rows.find((r) => r.status === 'open');
  const other = rows.find((r) => r.id !== open?.id);
  const ticket = rows.flatMap((r) => r.links).find((l) => l.type === 'ticket');
  if (!open || !other) throw new Error(`org ${orgId} has no open conversation to aim at`);
  return { open: open.id, other: other.id, ticketId: ticket?.id };
}

export async function buildFixture(h: ApiHarness): Promise<Fixture> {
  const { acme, globex } = h.demo;
  const tokens: Record<Who, string> = {
    admin: await signIn(h, DEMO_EMAILS.admin),
    alex: await signIn(h, DEMO_EMAILS.alex),
    sam: await signIn(h, DEMO_EMAILS.sam),
    gina: await signIn(h, DEMO_EMAILS.gina),
  };
  const signedOutToken = await signIn(h, DEMO_EMAILS.alex);
  await h.fetch('/api/session', {
    method: 'DELETE',
    headers: { cookie: `${SESSION_COOKIE}=${signedOutToken}` },
  });
  const expiredToken = 'expired-session-token-for-hostile-cases';
  const xss = await h.inbound({ email: 'xss-target@customers.test', name: 'XSS Target' });

  const targets = await h.store.transaction(async (tx) => {
    const alex = acme.agents['alex'];
    if (!alex) throw new Error('the demo data has alex');
    await tx.createSession({
      token: expiredToken,
      agentId: alex.id,
      orgId: acme.orgId,
      expiresAt: h.now() - 1,
    });
    const hook = (orgId: number) =>
      tx.insertWebhook({
        orgId,
        url: 'https://hooks.example.com/parley',
        events: ['conversation_push'],
        secret: 'a-secret-of-at-least-16-characters',
        createdAt: h.now(),
      });
    return {
      acmeIds: await conversationIds(tx, acme.orgId),
      globexIds: await conversationIds(tx, globex.orgId),
      acmeHook: await hook(acme.orgId),
      globexHook: await hook(globex.orgId),
    };
  });
  const { acmeIds, globexIds } = targets;
  if (acmeIds.ticketId === undefined) throw new Error('the demo data links a ticket in Acme');

  const org = (o: typeof acme, ids: typeof acmeIds, webhookId: number): OrgTargets => {
    const team = o.teams[0];
    if (!team) throw new Error(`org ${o.orgId} has a team`);
    return {
      orgId: o.orgId,
      open: ids.open,
      other: ids.other,
      teamId: team.id,
      webhookId,
      agentIds: Object.fromEntries(Object.entries(o.agents).map(([key, a]) => [key, a.id])),
    };
  };
  return {
    now: h.now(),
    tokens,
    expiredToken,
    signedOutToken,
    acmeTicketId: acmeIds.ticketId,
    xssTarget: xss.conversationId,
    acme: org(acme, acmeIds, targets.acmeHook.id),
    globex: org(globex, globexIds, targets.globexHook.id),
  };
}

/** An agent id of the fixture, failing loudly if the demo data changed. */
export function agentId(t: OrgTargets, key: string): number {
  const id = t.agentIds[key];
  if (id === undefined) throw new Error(`no demo agent ${key}`);
  return id;
}
