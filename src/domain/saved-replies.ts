// Saved replies (SPEC 7.4): an org's canned answers, with variables filled when one is inserted.

export interface SavedReply {
  id: number;
  orgId: number;
  name: string;
  body: string;
  createdAt: number;
  updatedAt: number;
}

export const SAVED_REPLY_NAME_MAX = 100;
export const SAVED_REPLY_BODY_MAX = 20_000;
/** How many saved replies an org may keep. */
export const SAVED_REPLIES_MAX = 500;

/** What the variables are filled from: the conversation's contact and the agent inserting. */
export interface ReplyContext {
  contact: { name: string; email: string } | null;
  agent: { name: string } | null;
}

/** The first word of a name ("Dana Scully" -> "Dana"); the whole name when it has one word. */
export function firstName(name: string): string {
  const trimmed = name.trim();
  return trimmed.split(/\s+/)[0] ?? trimmed;
}

type Variable = (ctx: ReplyContext) => string | undefined;

/** Every variable a saved reply may hold, by the name written between `{{` and `}}`. */
export const REPLY_VARIABLES: Readonly<Record<string, Variable>> = {
  'contact.name': (ctx) => ctx.contact?.name,
  'contact.firstName': (ctx) => (ctx.contact ? firstName(ctx.contact.name) : undefined),
  'contact.email': (ctx) => ctx.contact?.email,
  'agent.name': (ctx) => ctx.agent?.name,
  'agent.firstName': (ctx) => (ctx.agent ? firstName(ctx.agent.name) : undefined),
};

/**
 * The body with each known variable replaced. An unknown variable, or one with nothing to fill it
 * (no contact), stays as written, so the agent sees what is missing before sending.
 */
export function fillSavedReply(body: string, ctx: ReplyContext): string {
  return body.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const variable = REPLY_VARIABLES[name];
    const value = variable ? variable(ctx) : undefined;
    return value === undefined || value === '' ? whole : value;
  });
}

/** The replies whose name or body holds every word of `query`, any case, names matching first. */
export function filterSavedReplies<R extends Pick<SavedReply, 'name' | 'body'>>(
  replies: readonly R[],
  query: string,
): R[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...replies];
  const inName = (r: R) => words.every((w) => r.name.toLowerCase().includes(w));
  const inAny = (r: R) =>
    words.every((w) => r.name.toLowerCase().includes(w) || r.body.toLowerCase().includes(w));
  return [...replies.filter(inName), ...replies.filter((r) => !inName(r) && inAny(r))];
}
