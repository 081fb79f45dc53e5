// "Killing the server (SIGKILL) while deliveries are pending loses none of them after a restart":
// the real entry point in a child process, killed with no chance to clean up.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deliveryLog,
  eventually,
  preparedDataDir,
  signIn,
  startReceiver,
  type Receiver,
} from './webhook-test-kit';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let dataDir: string;
let receiver: Receiver;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'parley-sigkill-')), 'data');
  await preparedDataDir(dataDir);
  receiver = await startReceiver();
}, 60_000);
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await receiver.close();
  await rm(dirname(dataDir), { recursive: true, force: true });
});

/** `node --import tsx server/main.ts` on its own port; resolves with its URL once it listens. */
function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
  };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Parley listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1].replace('localhost', '127.0.0.1') });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

describe('SIGKILL with deliveries pending', () => {
  it('loses none of them after a restart', async () => {
    const first = await startChild();
    const admin = await signIn(first.url);
    const { id: webhookId } = await admin.json<{ id: number }>('POST', '/api/webhooks', {
      url: receiver.url,
      events: ['conversation_manual_push', 'conversation_push'],
    });
    await receiver.down();
    const closed = [await admin.inbound(), await admin.inbound(), await admin.inbound()];
    for (const id of closed)
      await admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
    await eventually(async () => {
      const log = await deliveryLog(admin, webhookId);
      expect(log.some((d) => d.attempts > 0)).toBe(true);
    }, 10_000);
    await killed(first.child);

    await receiver.up();
    const second = await startChild();
    try {
      const again = await signIn(second.url);
      await eventually(async () => {
        const log = await deliveryLog(again, webhookId);
        expect(log.filter((d) => closed.includes(d.conversationId))).toHaveLength(6);
        expect(log.every((d) => d.status === 'delivered')).toBe(true);
      }, 20_000);
      const got = new Set(
        receiver.requests.map((r) => `${r.payload.data.conversationId} ${r.payload.type}`),
      );
      for (const id of closed) {
        expect(got).toContain(`${id} conversation_manual_push`);
        expect(got).toContain(`${id} conversation_push`);
      }
    } finally {
      await killed(second.child);
    }
  }, 120_000);
});
