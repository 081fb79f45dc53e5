import { CHANNELS, PRIORITIES, type Channel, type Priority } from '../../domain';
import { CHANNEL_LABELS, MenuButton, PRIORITY_LABELS } from '../../ui';
import type { AssigneeFilter, InboxSearch } from './inbox-url';

/** What the filter menus change: every filter of the address but the search text. */
export type FilterPatch = Partial<
  Pick<InboxSearch, 'assignee' | 'tag' | 'channel' | 'priority' | 'team'>
>;

export interface FilterMenusProps {
  search: InboxSearch;
  /** The org's tags (GET /api/tags), with how many conversations use each. */
  tags: readonly { name: string; count: number }[];
  teams: readonly { id: number; name: string }[];
  onChange: (patch: FilterPatch) => void;
}

// Choices are strings; a prefix keeps a value apart from "any" whatever the value is.
const ANY = 'any';
const VALUE = 'v:';

interface ChoiceMenuProps {
  label: string;
  /** The button's text when nothing is chosen, and the "any" choice's label. */
  title: string;
  any: string;
  current: string | undefined;
  /** `short`: what the button shows once chosen, when the label says more. */
  choices: readonly { value: string; label: string; short?: string }[];
  /** The button says "<title>: <choice>" unless the choice speaks for itself. */
  prefixed?: boolean;
  onPick: (value: string | undefined) => void;
}

/** One filter: a menu of radio choices, the first being "any". */
function ChoiceMenu({
  label,
  title,
  any,
  current,
  choices,
  prefixed = true,
  onPick,
}: ChoiceMenuProps) {
  const chosen = choices.find((c) => c.value === current);
  const shown = chosen ? (chosen.short ?? chosen.label) : null;
  return (
    <MenuButton<string>
      label={label}
      size="sm"
      variant={current !== undefined ? 'secondary' : 'ghost'}
      align="end"
      disabled={choices.length === 0}
      items={[
        { id: ANY, kind: 'radio', label: any, checked: current === undefined },
        ...choices.map((c) => ({
          id: `${VALUE}${c.value}`,
          kind: 'radio' as const,
          label: c.label,
          checked: c.value === current,
        })),
      ]}
      onSelect={(id) => onPick(id.startsWith(VALUE) ? id.slice(VALUE.length) : undefined)}
    >
      {shown === null ? title : prefixed ? `${title}: ${shown}` : shown}
    </MenuButton>
  );
}

const ASSIGNEE_LABELS: Record<AssigneeFilter, string> = {
  me: 'Assigned to me',
  none: 'Unassigned',
};

/** The list's filters: assignee, tag, channel, priority and team. */
export function FilterMenus({ search, tags, teams, onChange }: FilterMenusProps) {
  const tagNames = [...new Set([...(search.tag ? [search.tag] : []), ...tags.map((t) => t.name)])];
  const counted = new Map(tags.map((t) => [t.name, t.count]));
  return (
    <>
      <ChoiceMenu
        label="Filter by assignee"
        title="Assignee"
        any="Anyone"
        current={search.assignee}
        prefixed={false}
        choices={(['me', 'none'] as const).map((a) => ({ value: a, label: ASSIGNEE_LABELS[a] }))}
        onPick={(v) => onChange({ assignee: v === 'me' || v === 'none' ? v : undefined })}
      />
      <ChoiceMenu
        label="Filter by tag"
        title="Tag"
        any="Any tag"
        current={search.tag}
        choices={tagNames.map((name) => {
          const n = counted.get(name);
          return { value: name, label: n === undefined ? name : `${name} (${n})`, short: name };
        })}
        onPick={(tag) => onChange({ tag })}
      />
      <ChoiceMenu
        label="Filter by channel"
        title="Channel"
        any="Any channel"
        current={search.channel}
        choices={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
        onPick={(v) => onChange({ channel: CHANNELS.find((c): c is Channel => c === v) })}
      />
      <ChoiceMenu
        label="Filter by priority"
        title="Priority"
        any="Any priority"
        current={search.priority}
        choices={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))}
        onPick={(v) => onChange({ priority: PRIORITIES.find((p): p is Priority => p === v) })}
      />
      <ChoiceMenu
        label="Filter by team"
        title="Team"
        any="Any team"
        current={search.team === undefined ? undefined : String(search.team)}
        choices={[
          { value: 'none', label: 'No team' },
          ...teams.map((t) => ({ value: String(t.id), label: t.name })),
        ]}
        onPick={(v) => onChange({ team: v === undefined || v === 'none' ? v : Number(v) })}
      />
    </>
  );
}
