// API tokens (SPEC 7.7): a server-to-server credential with scopes, minted by an admin. The token
// itself is in the answer that created it and nowhere else: the store keeps only its hash.
import { z } from 'zod';
import { idSchema, timestampSchema } from './primitives';

/** What a token may do; each API route names the one it needs (`API_ROUTES`). */
export const API_SCOPES = [
  'conversations:read',
  'conversations:write',
  'webhooks',
  'reports',
  'settings',
  'delete_conversations_and_metrics',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const apiScopeSchema = z.enum(API_SCOPES);

export const createTokenSchema = z.strictObject({
  name: z.string().trim().min(1, 'Give the token a name').max(100),
  scopes: z.array(apiScopeSchema).min(1, 'Choose at least one scope').max(API_SCOPES.length),
});

export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  scopes: z.array(apiScopeSchema),
  /** The admin who made it; the token acts as them, within its scopes. */
  createdBy: idSchema,
  createdAt: timestampSchema,
  /** Updated at most once a minute. */
  lastUsedAt: timestampSchema.nullable(),
  revokedAt: timestampSchema.nullable(),
});
/** Only in the answer to `POST /api/tokens`. */
export const createdTokenSchema = apiTokenSchema.extend({ token: z.string() });
export const apiTokenListSchema = z.object({ data: z.array(apiTokenSchema) });

export type CreateTokenRequest = z.infer<typeof createTokenSchema>;
export type ApiTokenDto = z.infer<typeof apiTokenSchema>;
export type CreatedTokenDto = z.infer<typeof createdTokenSchema>;
