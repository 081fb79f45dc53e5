import type { Tag } from '../../domain';
import { MenuButton } from '../../ui';
import type { AssigneeFilter } from './inbox-url';

type AssigneeChoice = AssigneeFilter | 'anyone';

const ASSIGNEE_LABELS: Record<AssigneeChoice, string> = {
  anyone: 'Anyone',
  me: 'Assigned to me',
  none: 'Unassigned',
};

export interface FilterMenusProps {
  assignee: AssigneeFilter | undefined;
  tag: string | undefined;
  /** The tags to offer: those seen in the list so far (the API has no list of tags). */
  knownTags: readonly Tag[];
  onAssignee: (assignee: AssigneeFilter | undefined) => void;
  onTag: (tag: string | undefined) => void;
}

// A tag is a free string; a prefix keeps it apart from the "any tag" choice whatever its name.
const TAG_PREFIX = 'tag:';
const ANY_TAG = 'any';

/** The list's filters: assignee (me, unassigned) and tag. */
export function FilterMenus({ assignee, tag, knownTags, onAssignee, onTag }: FilterMenusProps) {
  const current: AssigneeChoice = assignee ?? 'anyone';
  const tagNames = [...new Set([...(tag ? [tag] : []), ...knownTags.map((t) => t.name)])].sort(
    (a, b) => a.localeCompare(b),
  );
  return (
    <>
      <MenuButton<AssigneeChoice>
        label="Filter by assignee"
        size="sm"
        variant={assignee ? 'secondary' : 'ghost'}
        align="end"
        items={(['anyone', 'me', 'none'] as const).map((id) => ({
          id,
          kind: 'radio',
          label: ASSIGNEE_LABELS[id],
          checked: id === current,
        }))}
        onSelect={(id) => onAssignee(id === 'anyone' ? undefined : id)}
      >
        {assignee ? ASSIGNEE_LABELS[assignee] : 'Assignee'}
      </MenuButton>
      <MenuButton<string>
        label="Filter by tag"
        size="sm"
        variant={tag ? 'secondary' : 'ghost'}
        align="end"
        disabled={tagNames.length === 0}
        items={[
          { id: ANY_TAG, kind: 'radio', label: 'Any tag', checked: !tag },
          ...tagNames.map((name) => ({
            id: `${TAG_PREFIX}${name}`,
            kind: 'radio' as const,
            label: name,
            checked: name === tag,
          })),
        ]}
        onSelect={(id) =>
          onTag(id.startsWith(TAG_PREFIX) ? id.slice(TAG_PREFIX.length) : undefined)
        }
      >
        {tag ? `Tag: ${tag}` : 'Tag'}
      </MenuButton>
    </>
  );
}
