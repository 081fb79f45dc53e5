// Building blocks of the schemas: ids, timestamps and the domain's enums.
import { z } from 'zod';
import { ID_MAX } from './errors';

/** Ids in responses. */
export const idSchema = z.number().int().positive();
/** Ids a client sends: bounded, so no store column can overflow. */
export const idInputSchema = z.number().int().positive().max(ID_MAX);
export const timestampSchema = z.number().int().nonnegative();
/** The largest time a JavaScript Date can hold. */
export const MAX_TIMESTAMP = 8_640_000_000_000_000;
export const timestampInputSchema = z.number().int().nonnegative().max(MAX_TIMESTAMP);
export const hexColorSchema = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'Use a hex colour such as #22c55e');

/** A query-string integer: digits only, so `1.5`, `-1` and `abc` fail instead of coercing. */
export const queryIntSchema = z
  .string()
  .regex(/^\d{1,16}$/, 'Expected a whole number')
  .transform(Number);
