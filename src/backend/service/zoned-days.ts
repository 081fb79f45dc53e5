// Calendar days in an IANA time zone, with Intl only: where a local day starts, as Unix ms.
// A day starts at its local midnight, or, where a daylight-saving jump skips midnight, at the
// first instant that belongs to it.

export interface LocalDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export class ZonedCalendar {
  private readonly format: Intl.DateTimeFormat;

  /** Throws a RangeError for a zone Intl does not know; the API checks with isTimeZone first. */
  constructor(timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
  }

  /** The local wall time of an instant, read as if it were UTC. */
  private wall(ms: number): number {
    const parts: Record<string, number> = {};
    for (const p of this.format.formatToParts(ms)) {
      if (p.type !== 'literal') parts[p.type] = Number(p.value);
    }
    const at = (key: string) => parts[key] ?? 0;
    return Date.UTC(
      at('year'),
      at('month') - 1,
      at('day'),
      at('hour') % 24,
      at('minute'),
      at('second'),
    );
  }

  /** The local calendar date of an instant. */
  dateOf(ms: number): LocalDate {
    const w = new Date(this.wall(ms));
    return { year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate() };
  }

  /** `days` calendar days after a date (negative goes back). */
  static addDays(date: LocalDate, days: number): LocalDate {
    const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }

  /** The first instant of a local date. */
  startOf(date: LocalDate): number {
    const midnight = Date.UTC(date.year, date.month - 1, date.day);
    // Offsets a day either side: one of them holds at midnight unless a jump skips it.
    const candidates = [-1, 1]
      .map((side) => {
        const probe = midnight + side * 86_400_000;
        return midnight - (this.wall(probe) - Math.floor(probe / 1000) * 1000);
      })
      .filter((t) => this.wall(t) === midnight)
      .sort((a, b) => a - b);
    if (candidates[0] !== undefined) return candidates[0];
    // Midnight does not exist: find the first instant whose wall time is at or after it.
    // Offsets lie within -12h..+14h, so the day starts within this window.
    let lo = Math.floor(midnight / 1000) - 15 * 3600;
    let hi = Math.floor(midnight / 1000) + 13 * 3600;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.wall(mid * 1000) >= midnight) hi = mid;
      else lo = mid;
    }
    return hi * 1000;
  }

  /** The first instant of the local day holding `ms`. */
  startOfDayAt(ms: number): number {
    return this.startOf(this.dateOf(ms));
  }
}
