// `npm test`: every check in order, stopping at the first that fails.
import { spawnSync } from 'node:child_process';

const steps = [
  { title: 'Types', script: 'typecheck' },
  { title: 'Lint', script: 'lint' },
  { title: 'Formatting', script: 'format:check' },
  { title: 'Unit, component and API tests', script: 'test:unit' },
  { title: 'Story tests: play functions and a11y checks in Chromium', script: 'test:stories' },
  { title: 'Browser tests', script: 'test:e2e' },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
for (const { title, script } of steps) {
  console.log(`\n━━ ${title} (npm run ${script}) ━━`);
  const stepStarted = Date.now();
  const { status, signal } = spawnSync(npm, ['run', '--silent', script], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n✗ ${title} failed (${signal ?? `exit code ${status}`}): npm run ${script}`);
    process.exit(status ?? 1);
  }
  console.log(`✓ ${title} (${((Date.now() - stepStarted) / 1000).toFixed(1)}s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
