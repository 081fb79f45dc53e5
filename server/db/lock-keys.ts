// Advisory lock keys are one namespace per database: every key Parley takes is listed here.
export const LOCK_KEYS = {
  /** Single bigint keys. */
  migrations: 7_304_221_906,
  seeding: 7_304_221_907,
  /** The first of an (int, int) pair; the second is the org id. */
  feed: 730_422,
} as const;
