import { InboxIcon } from '../../ui';

/** How many deleted conversations kept their metrics and are counted in these figures. */
export function DeletedNote({ count }: { count: number }) {
  const text =
    count === 0
      ? 'No deleted conversations in this range.'
      : count === 1
        ? '1 deleted conversation is included (marked as deleted).'
        : `${count} deleted conversations are included (marked as deleted).`;
  return (
    <p className="deleted-note">
      <InboxIcon size={14} />
      <span>{text}</span>
    </p>
  );
}
