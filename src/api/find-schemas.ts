// Finding conversations (SPEC 7.3): the org's tags, saved views and the navigation's counts.
import { z } from 'zod';
import {
  SAVED_VIEW_NAME_MAX,
  SHORTCUTS,
  SORTS,
  VIEWS,
  type SavedView,
  type Shortcut,
  type ViewFilter,
} from '../domain';
import { channelSchema, prioritySchema } from './conversation-schemas';
import { hexColorSchema, idSchema } from './primitives';
import { listFilterShape } from './request-schemas';

export const tagUseSchema = z.object({
  name: z.string(),
  color: hexColorSchema,
  count: z.number(),
});
export const tagListSchema = z.object({ data: z.array(tagUseSchema) });

/**
 * A view's filter as a body sends it: the list's query parameters, each as the query string
 * has it (ids may also be JSON numbers); an unknown one is refused.
 */
export const viewFilterInputSchema = z.preprocess(
  (value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]),
        )
      : value,
  z.strictObject({ ...listFilterShape, sort: z.enum(SORTS).optional() }),
) satisfies z.ZodType<ViewFilter>;

const name = z
  .string()
  .trim()
  .min(1, 'Give the view a name')
  .max(SAVED_VIEW_NAME_MAX, `Keep the name under ${SAVED_VIEW_NAME_MAX + 1} characters`);

export const createViewSchema = z.strictObject({
  name,
  filter: viewFilterInputSchema,
  shared: z.boolean().default(false),
});

export const patchViewSchema = z
  .strictObject({
    name: name.optional(),
    filter: viewFilterInputSchema.optional(),
    shared: z.boolean().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'Nothing to change');

const viewFilterSchema = z.object({
  view: z.enum(VIEWS),
  tag: z.string().optional(),
  assignee: z.union([idSchema, z.enum(['me', 'none'])]).optional(),
  q: z.string().optional(),
  channel: channelSchema.optional(),
  priority: prioritySchema.optional(),
  team: z.union([idSchema, z.literal('none')]).optional(),
  mentions: z.union([idSchema, z.literal('me')]).optional(),
  sort: z.enum(SORTS).optional(),
}) satisfies z.ZodType<ViewFilter>;

export const savedViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  filter: viewFilterSchema,
  shared: z.boolean(),
  agentId: idSchema,
  /** How many conversations it holds now. */
  count: z.number().int().nonnegative(),
}) satisfies z.ZodType<SavedView & { count: number }>;

export const viewListSchema = z.object({
  data: z.array(savedViewSchema),
  /** The counts of the navigation's shortcuts (Mine, Unassigned, Mentions). */
  shortcuts: z.object(
    Object.fromEntries(SHORTCUTS.map((s) => [s, z.number().int().nonnegative()])) as Record<
      Shortcut,
      z.ZodNumber
    >,
  ),
});

export type TagUse = z.infer<typeof tagUseSchema>;
export interface CreateViewRequest {
  name: string;
  filter: ViewFilter;
  shared?: boolean;
}
export type PatchViewRequest = Partial<CreateViewRequest>;
export type SavedViewWithCount = z.infer<typeof savedViewSchema>;
export type ViewList = z.infer<typeof viewListSchema>;
