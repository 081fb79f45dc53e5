import type { ConversationDetail, Directory } from '../../../api';
import { Avatar, MenuButton, type MenuItem } from '../../../ui';
import { assignActions } from '../pane-actions';
import type { RunAction } from '../use-pane-action';

export interface AssigneeMenuProps {
  conversation: ConversationDetail;
  directory: Directory | undefined;
  meId: number | undefined;
  run: RunAction;
}

type AssigneeChoice = 'none' | `agent:${number}` | `team:${number}`;

/**
 * "Assignee": an agent and/or a team of the org (the pane's assign actions), or "Unassigned"
 * (neither).
 */
export function AssigneeMenu({ conversation, directory, meId, run }: AssigneeMenuProps) {
  const agents = directory?.agents ?? [];
  const teams = directory?.teams ?? [];
  const agent = agents.find((a) => a.id === conversation.assigneeId);
  const team = teams.find((t) => t.id === conversation.teamId);
  const { agents: agentActions, teams: teamActions } = assignActions(directory, meId, run);

  const items: MenuItem<AssigneeChoice>[] = [
    {
      kind: 'radio',
      id: 'none',
      label: 'Unassigned',
      checked: conversation.assigneeId === null && conversation.teamId === null,
    },
    { kind: 'separator', id: 'agents' },
    ...agentActions.map((a): MenuItem<AssigneeChoice> => ({
      kind: 'radio',
      id: `agent:${a.agentId}`,
      label: a.label,
      icon: <Avatar name={a.label} size="xs" />,
      hint: a.agentId === meId ? 'You' : undefined,
      checked: a.agentId === conversation.assigneeId,
    })),
    { kind: 'separator', id: 'teams' },
    ...teamActions.map((t): MenuItem<AssigneeChoice> => ({
      kind: 'radio',
      id: `team:${t.teamId}`,
      label: t.label,
      hint: 'Team',
      checked: t.teamId === conversation.teamId,
    })),
  ];

  const choose = async (choice: AssigneeChoice) => {
    if (choice === 'none') {
      // Two fields, two changes: the second is based on the version the first produced.
      if (conversation.assigneeId !== null) {
        const error = await run({ kind: 'assign', assigneeId: null });
        if (error !== null) return;
      }
      if (conversation.teamId !== null) await run({ kind: 'team', teamId: null });
      return;
    }
    const [kind, raw] = choice.split(':');
    const id = Number(raw);
    if (kind === 'agent' && id !== conversation.assigneeId) {
      agentActions.find((a) => a.agentId === id)?.run();
    } else if (kind === 'team' && id !== conversation.teamId) {
      teamActions.find((t) => t.teamId === id)?.run();
    }
  };

  const shown = [agent?.name, team?.name].filter(Boolean).join(' · ') || 'Unassigned';
  return (
    <MenuButton
      label="Assignee"
      size="sm"
      variant="ghost"
      items={items}
      onSelect={(choice) => void choose(choice)}
    >
      {/* The avatar sits in the value, after the caption: its initials are text on screen, and
          ahead of "Assignee" they broke the name's match with the visible label (WCAG 2.5.3). */}
      {agent ? (
        <span className="conversation-header__assignee">
          <Avatar name={agent.name} size="xs" />
          {shown}
        </span>
      ) : (
        shown
      )}
    </MenuButton>
  );
}
