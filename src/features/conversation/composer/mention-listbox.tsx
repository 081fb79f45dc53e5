import { Avatar, cx } from '../../../ui';
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
        // Picked with the keyboard from the text box (aria-activedescendant) or with a click;
        // an option never takes focus itself.
        <div
          key={agent.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          tabIndex={-1}
          className={cx(
            'mention-listbox__option',
            index === active && 'mention-listbox__option--active',
          )}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(agent)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onPick(agent);
          }}
        >
          <Avatar name={agent.name} size="xs" />
          <span>{agent.name}</span>
        </div>
      ))}
    </div>
  );
}
