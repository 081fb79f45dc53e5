// `GET /api/reports/series`: created and closed per local day or week of a time zone.
import { z } from 'zod';
import { queryIntSchema, timestampSchema } from './primitives';

export const REPORT_BUCKETS = ['day', 'week'] as const;
export type ReportBucket = (typeof REPORT_BUCKETS)[number];

/** At most this many buckets in one series; a longer range asks for weeks. */
export const MAX_SERIES_BUCKETS = 90;

/** Whether Intl knows the zone: an IANA name such as `Europe/Paris`, or `UTC`. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, 'Expected an IANA time zone such as Europe/Paris');

export const reportSeriesQuerySchema = z
  .object({
    from: queryIntSchema.optional(),
    to: queryIntSchema.optional(),
    bucket: z.enum(REPORT_BUCKETS).default('day'),
    tz: timeZoneSchema.default('UTC'),
  })
  .refine(
    (r) => r.from === undefined || r.to === undefined || r.from < r.to,
    '`from` must be before `to`',
  );

const count = z.number().int().nonnegative();

/**
 * One bucket, [from, to): `created` counts the conversations created in it, `closed` those whose
 * latest close falls in it, whenever they were created. Conversations deleted with their metrics
 * kept are counted.
 */
export const seriesPointSchema = z.object({
  from: timestampSchema,
  to: timestampSchema,
  created: count,
  closed: count,
});

/** Oldest first, without gaps: the first bucket starts at `from`, the last ends at `to`. */
export const reportSeriesSchema = z.object({ data: z.array(seriesPointSchema) });

export type ReportSeriesQuery = z.input<typeof reportSeriesQuerySchema>;
export type SeriesPoint = z.infer<typeof seriesPointSchema>;
export type ReportSeries = z.infer<typeof reportSeriesSchema>;
