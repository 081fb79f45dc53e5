import { Avatar, ListboxOption } from '../../../ui';
import type { MentionAgent } from '../thread/mention-segments';

export interface MentionListboxProps {
  id: string;
  optionId: (index: number) => string;
  agents: readonly MentionAgent[];
  active: number;
  onPick: (agent: MentionAgent) => void;
}

/** The agents matching what follows `@`, above the text box. Focus stays in the text box. */
export function MentionListbox({ id, optionId, agents, active, onPick }: MentionListboxProps) {
  return (
    <div id={id} role="listbox" aria-label="Mention an agent" className="mention-listbox">
      {agents.map((agent, index) => (
        <ListboxOption
          key={agent.id}
          id={optionId(index)}
          active={index === active}
          className="mention-listbox__option"
          onPick={() => onPick(agent)}
        >
          <Avatar name={agent.name} size="xs" />
          <span>{agent.name}</span>
        </ListboxOption>
      ))}
    </div>
  );
}
