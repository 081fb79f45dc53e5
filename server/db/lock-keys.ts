// Advisory lock keys are one namespace per database: every key Parley takes is listed here.
export const LOCK_KEYS = {
  /** Single bigint keys. */
  migrations: 7_304_221_906,
  seeding: 7_304_221_907,
  /**
   * The first of an (int, int) pair; the second is the org id. Routing takes it too (see
   * server/sql/routing.ts): every write of an org takes it before it commits anyway.
   */
  feed: 730_422,
  /** Folding an org's `conversation_counts` rows; the second of the pair is the org id. */
  counts: 730_423,
} as const;
