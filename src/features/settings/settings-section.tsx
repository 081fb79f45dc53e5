import { useId, type ReactNode } from 'react';

export interface SettingsSectionProps {
  title: string;
  description?: ReactNode;
  /** Buttons beside the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled card; a region named by its heading. */
export function SettingsSection({ title, description, actions, children }: SettingsSectionProps) {
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <header className="settings-section__header">
        <div>
          <h2 id={headingId} className="settings-section__title">
            {title}
          </h2>
          {description ? <p className="settings-section__description">{description}</p> : null}
        </div>
        {actions ? <div className="settings-section__actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
