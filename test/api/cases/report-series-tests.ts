// `GET /api/reports/series`: created and closed per local day or week of the zone asked, with
// "closed" meaning closed in that bucket, whenever the conversation was created.
import { describe, expect, it } from 'vitest';
import { reportSeriesSchema, reportSummarySchema } from '../../../src/api';
import type { Client } from '../harness';
import { errorOf, ok, patch, type Ctx } from './helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NY = 'America/New_York';
/** New York's midnights of 3, 10 and 17 March 2026 (EST, then EDT from 8 March). */
const NY_MAR_3 = Date.UTC(2026, 2, 3, 5);
const NY_MAR_10 = Date.UTC(2026, 2, 10, 4);
const NY_MAR_17 = Date.UTC(2026, 2, 17, 4);

const series = async (client: Client, query: string) =>
  (await ok(await client.get(`/api/reports/series?${query}`), reportSeriesSchema)).data;

const figures = (points: { created: number; closed: number }[]) =>
  points.map((p) => [p.created, p.closed]);

export function reportSeriesTests(ctx: Ctx) {
  describe('the report series', () => {
    // After every other test's clock, so only this block's conversations fall in its ranges; not
    // far after the real date, or a session cookie's Expires would pass the 400 days browsers take.
    let seeded = false;
    const at = async (ms: number) => {
      ctx().setNow(ms);
      // Sessions last 7 days: sign in again at each step.
      return ctx().as('admin');
    };
    async function seed() {
      if (seeded) return;
      seeded = true;
      await at(Date.UTC(2026, 1, 27, 12));
      const before = (await ctx().inbound()).conversationId; // created before the range
      await at(Date.UTC(2026, 2, 3, 12)); // 3 March, 07:00 in New York
      const a = (await ctx().inbound()).conversationId;
      await at(Date.UTC(2026, 2, 4, 4, 30)); // still 3 March in New York, 4 March in UTC
      await ctx().inbound();
      let admin = await at(Date.UTC(2026, 2, 5, 15)); // 5 March
      await patch(admin, a, { status: 'closed' });
      admin = await at(Date.UTC(2026, 2, 6, 15)); // 6 March
      await patch(admin, before, { status: 'closed' });
      const kept = (await ctx().inbound()).conversationId;
      await patch(admin, kept, { status: 'closed' });
      expect((await admin.send('DELETE', `/api/conversations/${kept}`)).status).toBe(204);
      admin = await at(Date.UTC(2026, 2, 7, 15)); // 7 March
      const dropped = (await ctx().inbound()).conversationId;
      await patch(admin, dropped, { status: 'closed' });
      const res = await admin.send('DELETE', `/api/conversations/${dropped}?retain_metrics=false`);
      expect(res.status).toBe(204);
      await at(Date.UTC(2026, 2, 9, 3, 30)); // 8 March, 23:30 in New York (EDT)
      await ctx().inbound();
      ctx().setNow(Date.UTC(2026, 2, 9, 16));
    }

    it('counts each conversation on the local day it was created and the day it closed', async () => {
      await seed();
      const alex = await ctx().as('alex');
      const days = await series(alex, `from=${NY_MAR_3}&to=${NY_MAR_10}&bucket=day&tz=${NY}`);
      expect(days.map((d) => d.from)).toEqual([
        ...[0, 1, 2, 3, 4, 5].map((i) => NY_MAR_3 + i * DAY),
        NY_MAR_3 + 6 * DAY - HOUR,
      ]);
      // 8 March loses an hour to daylight saving time.
      expect(days.map((d) => d.to - d.from)).toEqual([DAY, DAY, DAY, DAY, DAY, DAY - HOUR, DAY]);
      expect(days.at(-1)?.to).toBe(NY_MAR_10);
      expect(figures(days)).toEqual([
        [2, 0], // 3 March: two created
        [0, 0],
        [0, 1], // 5 March: closed two days after it came in
        [1, 2], // 6 March: one created before the range closed, one deleted with its metrics
        [0, 0], // 7 March: deleted without its metrics, so gone
        [1, 0], // 8 March, late in the evening
        [0, 0],
      ]);
      // The summary counts the closed among those created in the range; the series, every close.
      const summary = await ok(
        await alex.get(`/api/reports/summary?from=${NY_MAR_3}&to=${NY_MAR_10}`),
        reportSummarySchema,
      );
      expect(summary).toMatchObject({ created: 4, closed: 2, deletedWithMetrics: 1 });
    });

    it('cuts days at the midnights of the zone asked, UTC by default', async () => {
      await seed();
      const alex = await ctx().as('alex');
      const from = Date.UTC(2026, 2, 3);
      const utc = await series(alex, `from=${from}&to=${from + 4 * DAY}`);
      expect(utc.map((d) => [d.from, d.to])).toEqual(
        [0, 1, 2, 3].map((i) => [from + i * DAY, from + (i + 1) * DAY]),
      );
      expect(figures(utc)).toEqual([
        [1, 0],
        [1, 0],
        [0, 1],
        [1, 2],
      ]);
      const tokyo = await series(
        alex,
        `from=${from - 9 * HOUR}&to=${from + DAY - 9 * HOUR}&tz=Asia/Tokyo`,
      );
      expect(figures(tokyo)).toEqual([[1, 0]]);
    });

    it('groups by weeks starting on the first day, the last one cut at the end', async () => {
      await seed();
      const alex = await ctx().as('alex');
      const weeks = await series(alex, `from=${NY_MAR_3}&to=${NY_MAR_17}&bucket=week&tz=${NY}`);
      expect(weeks).toEqual([
        { from: NY_MAR_3, to: NY_MAR_10, created: 4, closed: 3 },
        { from: NY_MAR_10, to: NY_MAR_17, created: 0, closed: 0 },
      ]);
      const cut = await series(alex, `from=${NY_MAR_3}&to=${NY_MAR_10 + DAY}&bucket=week&tz=${NY}`);
      expect(cut.map((w) => [w.from, w.to])).toEqual([
        [NY_MAR_3, NY_MAR_10],
        [NY_MAR_10, NY_MAR_10 + DAY],
      ]);
    });

    it("shows only the caller's org", async () => {
      await seed();
      const gina = await ctx().as('gina');
      const days = await series(gina, `from=${NY_MAR_3}&to=${NY_MAR_10}&tz=${NY}`);
      expect(days).toHaveLength(7);
      expect(days.every((d) => d.created === 0 && d.closed === 0)).toBe(true);
    });

    it('covers the last 30 local days by default', async () => {
      await seed();
      const alex = await ctx().as('alex');
      const days = await series(alex, '');
      expect(days).toHaveLength(30);
      expect(days.at(-1)?.to).toBe(Date.UTC(2026, 2, 10));
      expect(days[0]?.from).toBe(Date.UTC(2026, 1, 8));
    });

    it('answers 400 for a bad zone, bucket or range, and over 90 buckets or 400 days', async () => {
      const alex = await ctx().as('alex');
      const from = Date.UTC(2026, 0, 1);
      expect(await series(alex, `from=${from}&to=${from + 90 * DAY}`)).toHaveLength(90);
      expect(
        await series(alex, `from=${from}&to=${from + 400 * DAY}&bucket=week&tz=Europe/Paris`),
      ).toHaveLength(58);
      for (const q of [
        `from=${from}&to=${from + 91 * DAY}`,
        `from=${from}&to=${from + 401 * DAY}&bucket=week`,
        `from=${from}&to=${from + DAY}&tz=Mars/Olympus`,
        `from=${from}&to=${from + DAY}&tz=`,
        `from=${from}&to=${from + DAY}&bucket=month`,
        `from=${from + DAY}&to=${from}`,
        'from=abc',
      ]) {
        expect(await errorOf(await alex.get(`/api/reports/series?${q}`))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
      expect((await ctx().fetch(`/api/reports/series?from=${from}&to=${from + DAY}`)).status).toBe(
        401,
      );
    });
  });
}
