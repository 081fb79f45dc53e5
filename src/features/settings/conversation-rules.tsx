import { useQuery } from '@tanstack/react-query';
import { orgQueries } from '../../queries';

import { SettingsForm } from './settings-form';
import { QueryContent } from './query-content';
import { SettingsSection } from './settings-section';

/** The org's settings, loaded, in their form. */
export function ConversationRules() {
  const settings = useQuery(orgQueries.settings());
  return (
    <SettingsSection
      title="Conversation rules"
      description="When Parley calls a conversation inactive, closes quiet email, and starts a new chat."
    >
      <QueryContent query={settings} loading="Loading settings" failed="Settings could not load">
        {(data) => (
          // Saved values that change (a save, another admin) start the form afresh from them.
          <SettingsForm key={JSON.stringify(data)} saved={data} />
        )}
      </QueryContent>
    </SettingsSection>
  );
}
