// The hostile-input suite, written once and run on every Store (memory here; PGlite in server/).
// One harness serves every case: each no-change family ends by comparing SHA-256 digests of both
// demo orgs with the ones it started from, so a write slipping through points at its family, and
// the whole run ends where it began. The XSS family then writes on purpose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHarness, type ApiHarness, type MakeStoreHarness } from '../api/harness';
import { storeDigests } from './digest';
import { ALL_FAMILIES, MIN_CASES, NO_CHANGE_FAMILIES, WRITING_FAMILIES } from './families';
import { buildFixture, type Fixture } from './fixture';
import type { HostileCase } from './hostile-case';
import { expectNoPollution, runCase } from './run-case';

export function defineHostileSuite(name: string, makeHarness: MakeStoreHarness): void {
  describe(`${name}`, () => {
    let harness: ApiHarness | undefined;
    let fixture: Fixture | undefined;
    let start: Record<number, string> = {};
    let current: Record<number, string> = {};

    const ctx = () => {
      if (!harness || !fixture) throw new Error('the hostile harness did not start');
      return { h: harness, f: fixture };
    };
    const digest = () => {
      const { h, f } = ctx();
      return storeDigests(h.store, [f.acme.orgId, f.globex.orgId]);
    };
    const run = async (c: HostileCase) => {
      const { h, f } = ctx();
      return runCase(h, f, c);
    };

    beforeAll(async () => {
      harness = await buildHarness(makeHarness);
      fixture = await buildFixture(harness);
      start = await digest();
      current = start;
    }, 120_000);
    afterAll(async () => {
      await harness?.close();
    });

    it('issues the session cookie HttpOnly and SameSite=Lax, and Secure over https', async () => {
      const { h } = ctx();
      const cookieOf = async (origin: string) => {
        const res = await h.fetch(`${origin}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'gina@globex.test', password: 'demo-password' }),
        });
        return res.headers.get('set-cookie') ?? '';
      };
      const http = await cookieOf('http://parley.test');
      expect(http).toMatch(/;\s*HttpOnly/i);
      expect(http).toMatch(/;\s*SameSite=Lax/i);
      expect(http).toMatch(/;\s*Path=\//i);
      expect(await cookieOf('https://parley.test')).toMatch(/;\s*Secure/i);
    });

    it(`generates at least ${MIN_CASES} cases`, () => {
      const total = ALL_FAMILIES.reduce((n, family) => n + family.cases.length, 0);
      expect(total).toBeGreaterThanOrEqual(MIN_CASES);
    });

    for (const family of NO_CHANGE_FAMILIES) {
      describe(`${family.name}: ${family.attack}`, () => {
        for (const c of family.cases) {
          it(`${c.name}`, async () => expect((await run(c)).status).toBeLessThan(500));
        }
        it(`${family.name} changed nothing in either org`, async () => {
          const before = current;
          current = await digest();
          expect(current).toEqual(before);
        });
      });
    }

    it('the whole run changed nothing, and Object.prototype is as it was', async () => {
      expect(await digest()).toEqual(start);
      expectNoPollution();
    });

    for (const family of WRITING_FAMILIES) {
      describe(`${family.name}: ${family.attack}`, () => {
        for (const c of family.cases) {
          it(`${c.name}`, async () => expect((await run(c)).status).toBeLessThan(500));
        }
        it(`${family.name} wrote nothing into the other org`, async () => {
          const { f } = ctx();
          expect((await digest())[f.globex.orgId]).toBe(start[f.globex.orgId]);
        });
      });
    }
  });
}
