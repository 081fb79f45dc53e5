import type { ReactNode } from 'react';

export interface StatCardProps {
  label: string;
  /** What a person sees: "2h 14m". */
  value: ReactNode;
  /** What a screen reader says instead, when the short form is cryptic: "2 hours 14 minutes". */
  spokenValue?: string;
  hint?: ReactNode;
}

/** One figure with its name; used inside a `<dl>`. */
export function StatCard({ label, value, spokenValue, hint }: StatCardProps) {
  return (
    <div className="report-card stat-card">
      <dt className="stat-card__label">{label}</dt>
      <dd className="stat-card__value">
        {spokenValue ? (
          <>
            <span aria-hidden="true">{value}</span>
            <span className="visually-hidden">{spokenValue}</span>
          </>
        ) : (
          value
        )}
      </dd>
      {hint ? <dd className="stat-card__hint">{hint}</dd> : null}
    </div>
  );
}
