// Finds a Chromium for the browser tests, installing Debian's package when it can.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, a browser Playwright already downloaded.
// It never downloads a browser through Playwright: these machines have no route to its CDN.
// Usage: node scripts/ensure-chromium.mjs (prints the path; exits 1 with advice if none).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} */
function playwrightChromium() {
  try {
    /** @type {typeof import('@playwright/test')} */
    const { chromium } = createRequire(import.meta.url)('@playwright/test');
    const path = chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium to test with, or undefined when there is none.
 * Throws when CHROMIUM_PATH is set but names no executable, so a typo is not silently ignored.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightChromium();
}

/**
 * How every test, script and benchmark launches Chromium here: the system browser (never a
 * Playwright download), with no sandbox (root) and no background calls home (the network is
 * closed, and Chromium's retries would slow every start).
 * @returns {{ executablePath: string, args: string[] }}
 */
export function chromiumLaunchOptions() {
  return {
    executablePath: findChromium() ?? DEBIAN_CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** @param {string} command */
function onPath(command) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && isExecutable(join(dir, command)));
}

function canAptInstall() {
  return (
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    existsSync('/etc/debian_version') &&
    onPath('apt-get')
  );
}

/** @param {string[]} args */
function apt(args) {
  console.log(`$ apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

const HOW_TO_INSTALL = `Install one of:
  - Debian or Ubuntu: sudo apt-get install chromium   (older Ubuntu: chromium-browser)
  - any Chrome or Chromium, then point at it: CHROMIUM_PATH=/path/to/chrome npm test`;

function main() {
  let path;
  try {
    path = findChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (!path && canAptInstall()) {
    console.log('No Chromium found; installing Debian package "chromium" with apt-get.');
    if (apt(['update']) && apt(['install', '-y', 'chromium'])) path = findChromium();
  }
  if (!path) {
    console.error(`The browser tests need Chromium and none was found.\n${HOW_TO_INSTALL}`);
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) main();
