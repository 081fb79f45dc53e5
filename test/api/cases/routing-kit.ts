// A fresh org of its own for the routing cases, so turning agents available never assigns the
// demo's waiting conversations (the other cases count them).
import { routedAgentAnswerSchema } from '../../../src/api';
import { DEFAULT_SETTINGS } from '../../../src/domain';
import { plainPasswords } from '../../../src/backend/plain-passwords';
import { DEMO_PASSWORD } from '../../../src/backend/demo-data';
import type { Client } from '../harness';
import { getConversation, ok, patch, type Ctx } from './helpers';

export interface RoutingOrg {
  orgId: number;
  token: string;
  teamId: number;
  ids: { ada: number; rae: number; rob: number };
  ada: Client;
  rae: Client;
  rob: Client;
  /** A new contact's chat; its conversation id. */
  inbound(): Promise<number>;
  assigneeOf(id: number): Promise<number | null>;
  available(who: Client, available: boolean): Promise<void>;
  capacity(agentId: number, capacity: number): Promise<void>;
  autoAssign(mode: 'off' | 'round_robin'): Promise<void>;
}

let orgs = 0;

export async function routingOrg(ctx: Ctx): Promise<RoutingOrg> {
  orgs += 1;
  const n = orgs;
  const token = `routing-token-${n}`;
  const made = await ctx().store.transaction(async (tx) => {
    const org = await tx.insertOrg({ name: `Routing ${n}` });
    await tx.saveSettings(org.id, DEFAULT_SETTINGS);
    await tx.insertInbox({ orgId: org.id, name: 'Help', token });
    const passwordHash = await plainPasswords.hash(DEMO_PASSWORD);
    const agent = (name: string, admin: boolean) =>
      tx.insertAgent({
        orgId: org.id,
        name,
        email: `${name.toLowerCase()}-${n}@routing.test`,
        role: admin ? 'admin' : 'agent',
        passwordHash,
        canDeleteMetrics: false,
      });
    const team = await tx.insertTeam({ orgId: org.id, name: 'Tier 2' });
    const ids = {
      ada: (await agent('Ada', true)).id,
      rae: (await agent('Rae', false)).id,
      rob: (await agent('Rob', false)).id,
    };
    return { orgId: org.id, teamId: team.id, ids };
  });
  const sign = (name: string) => ctx().signIn(`${name}-${n}@routing.test`);
  const [ada, rae, rob] = await Promise.all([sign('ada'), sign('rae'), sign('rob')]);
  return {
    ...made,
    token,
    ada,
    rae,
    rob,
    inbound: async () => (await ctx().inbound({ token })).conversationId,
    assigneeOf: async (id) => (await getConversation(ada, id)).assigneeId,
    async available(who, available) {
      await ok(await who.send('PATCH', '/api/me', { available }), routedAgentAnswerSchema);
    },
    async capacity(agentId, capacity) {
      await ok(
        await ada.send('PATCH', `/api/agents/${agentId}`, { capacity }),
        routedAgentAnswerSchema,
      );
    },
    async autoAssign(mode) {
      const res = await ada.send('PATCH', '/api/org/settings', { autoAssign: mode });
      if (res.status !== 200) throw new Error(`autoAssign answered ${res.status}`);
    },
  };
}

export const setStatus = (who: Client, id: number, status: string) => patch(who, id, { status });
