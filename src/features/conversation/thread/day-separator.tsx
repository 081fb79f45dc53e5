export interface DaySeparatorProps {
  label: string;
}

/** Where a new day starts in the thread. */
export function DaySeparator({ label }: DaySeparatorProps) {
  return (
    <div className="thread-day" role="separator" aria-label={label}>
      <span className="thread-day__label">{label}</span>
    </div>
  );
}
