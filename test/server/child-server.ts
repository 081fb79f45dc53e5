// The real entry point (`node --import tsx server/main.ts`) in a child process on a free loopback
// port, for the tests that kill it with no chance to clean up (SIGKILL) and the soaks that load it
// from outside. Test use only.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type ChildDatabase = { dataDir: string } | { databaseUrl: string };

export interface ChildServer {
  url: string;
  pid: number;
  /** Everything the server printed (its tail, in a long run), for a failure message. */
  output(): string;
  /** Set once the process has exited, with how it exited. */
  exited(): string | null;
  /** Sends the signal (SIGTERM unless told) unless it has exited, and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every child server still running: for an `afterAll`, whatever a failed test left. */
export function killChildServers(): void {
  for (const child of running) child.kill('SIGKILL');
}

export interface ChildOptions {
  /** Run as this user and group (a root test process checking what another user may not do). */
  uid?: number;
  gid?: number;
}

/** Starts the server on the given database; resolves once it listens, rejects if it exits first. */
export function startChildServer(
  database: ChildDatabase,
  options: ChildOptions = {},
): Promise<ChildServer> {
  // Webhooks may reach the tests' loopback receivers (none but public addresses otherwise).
  const env: NodeJS.ProcessEnv = {
    PARLEY_WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
  };
  delete env['DATABASE_URL'];
  delete env['DATA_DIR'];
  if ('dataDir' in database) env['DATA_DIR'] = database.dataDir;
  else env['DATABASE_URL'] = database.databaseUrl;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  running.add(child);
  let text = '';
  let exit: string | null = null;
  const gone = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = `exit code ${code}, signal ${signal}`;
      running.delete(child);
      resolve();
    }),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      // Keep the tail only: a long soak must not grow this process's memory with logs.
      if (text.length > 100_000) text = text.slice(-50_000);
      const match = /Parley listening on (http:\/\/\S+)/.exec(text);
      if (match?.[1] && child.pid !== undefined)
        resolve({
          url: match[1].replace('localhost', '127.0.0.1'),
          pid: child.pid,
          output: () => text,
          exited: () => exit,
          async stop(signal = 'SIGTERM') {
            if (exit === null) child.kill(signal);
            await gone;
          },
        });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void gone.then(() => reject(new Error(`the server exited (${exit}):\n${text}`)));
  });
}
