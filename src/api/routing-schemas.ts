// Routing and playbooks (SPEC 7.1): agents' availability and capacity, playbook sends, a bot's close.
import { z } from 'zod';
import { MAX_CAPACITY } from '../domain';
import { routedAgentSchema } from './org-schemas';
import { idInputSchema, idSchema } from './primitives';

export const routedAgentAnswerSchema = z.object({ agent: routedAgentSchema });

export const patchMeSchema = z.strictObject({ available: z.boolean() });

export const patchAgentSchema = z
  .strictObject({
    capacity: z.number().int().min(0).max(MAX_CAPACITY).optional(),
    teamIds: z.array(idInputSchema).max(50).optional(),
  })
  .refine((p) => p.capacity !== undefined || p.teamIds !== undefined, 'Nothing to change');

export const PLAYBOOK_MAX_CONTACTS = 100;

export const playbookSendSchema = z.strictObject({
  playbookId: idInputSchema,
  body: z.string().trim().min(1, 'Write the message').max(10_000),
  contacts: z
    .array(
      z.strictObject({
        email: z.email().max(320),
        name: z.string().trim().min(1).max(200).optional(),
      }),
    )
    .min(1, 'Name at least one contact')
    .max(PLAYBOOK_MAX_CONTACTS, `A playbook sends to at most ${PLAYBOOK_MAX_CONTACTS} contacts`),
  /** The inbox it goes out from: the org's first one when left out. */
  inboxId: idInputSchema.optional(),
});
export const playbookSendResultSchema = z.object({ conversationIds: z.array(idSchema) });

export const inboundCloseSchema = z.strictObject({ conversationId: idInputSchema });
export const inboundCloseResultSchema = z.object({
  conversationId: idSchema,
  status: z.literal('closed'),
});

export type RoutedAgent = z.infer<typeof routedAgentSchema>;
export type PatchMeRequest = z.infer<typeof patchMeSchema>;
export type PatchAgentRequest = z.infer<typeof patchAgentSchema>;
export type PlaybookSendRequest = z.infer<typeof playbookSendSchema>;
export type InboundCloseRequest = z.infer<typeof inboundCloseSchema>;
