// Reading the command table: what the client, undo, the bulk request and the backend's routes ask
// of a command, each answered from its one entry in COMMANDS.
import {
  COMMANDS,
  type BulkChange,
  type BulkName,
  type Command,
  type CommandName,
  type CommandOf,
  type CommandSpec,
} from './commands';
import type { AgentActor, ConversationEvent } from './events';
import type { ConversationStatus } from './types';

function specOf<K extends CommandName>(command: CommandOf<K>): CommandSpec<K> {
  return COMMANDS[command.kind];
}

/** The domain event a command stands for, or null where the outcome is only the server's to know. */
export function commandEvent(command: Command, actor: AgentActor): ConversationEvent | null {
  return specOf(command).event(command, actor);
}

export function isVersioned(command: Command): boolean {
  return specOf(command).versioned;
}

export function isReplaySafe(command: Command): boolean {
  return specOf(command).replaySafe;
}

export function isUndoable(command: Command): boolean {
  return specOf(command).undoable;
}

type FromBulk = (change: BulkChange) => Command;

/** Each bulk name with the command it stands for, gathered from the entries that declare it. */
const BY_BULK_NAME = new Map<BulkName, FromBulk>(
  Object.values(COMMANDS).flatMap((spec) =>
    Object.entries(spec.bulk?.from ?? {}).map(([name, from]) => [
      name as BulkName,
      from as FromBulk,
    ]),
  ),
);

/** The command a bulk request gives each of its conversations. */
export function bulkCommand(change: BulkChange): Command {
  const from = BY_BULK_NAME.get(change.action);
  // Unreachable while every bulk name has an entry (commands.test.ts checks that they all do).
  if (!from) throw new Error(`No command answers to the bulk action ${change.action}`);
  return from(change);
}

/** The domain event of a bulk request; every bulk command has one. */
export function bulkEvent(change: BulkChange, actor: AgentActor): ConversationEvent {
  const event = commandEvent(bulkCommand(change), actor);
  if (!event) throw new Error(`The bulk action ${change.action} has no domain event`);
  return event;
}

/** The bulk change that gives this command to many conversations, or null if it has none. */
export function commandBulk(command: Command): BulkChange | null {
  const bulk = specOf(command).bulk;
  return bulk ? bulk.to(command) : null;
}

/** The status a command leaves every conversation in, or null where that depends on each one. */
export function statusAfter(command: Command): ConversationStatus | null {
  return specOf(command).statusAfter?.(command) ?? null;
}
