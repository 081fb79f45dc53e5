// A host in a child process of its own, so what drives the load (a browser, the load generator)
// does not share its event loop: the script prints its address as its first line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './build';

export interface ChildHost {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/** Starts `bench/<script>` with these extra environment variables and waits for its address. */
export async function startChildHost(
  script: string,
  env: Record<string, string>,
): Promise<ChildHost> {
  // BENCH_HOST_CPU_PROF=<dir>: the host writes a CPU profile there when it stops.
  const prof = process.env.BENCH_HOST_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_HOST_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', join(ROOT, 'bench', script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n')[0];
      if (text.includes('\n') && line) resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`bench: ${script} exited (${code})`)));
  });
  return {
    url,
    pid: child.pid ?? 0,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
