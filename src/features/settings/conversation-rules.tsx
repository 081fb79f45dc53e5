import { useQuery } from '@tanstack/react-query';
import { explainFailure, orgQueries } from '../../queries';
import { ErrorState, Spinner } from '../../ui';
import { SettingsForm } from './settings-form';
import { SettingsSection } from './settings-section';

/** The org's settings, loaded, in their form. */
export function ConversationRules() {
  const settings = useQuery(orgQueries.settings());
  return (
    <SettingsSection
      title="Conversation rules"
      description="When Parley calls a conversation inactive, closes quiet email, and starts a new chat."
    >
      {settings.isPending ? (
        <Spinner label="Loading settings" />
      ) : settings.isError ? (
        <ErrorState
          title="Settings could not load"
          message={explainFailure(settings.error)}
          onRetry={() => void settings.refetch()}
          retrying={settings.isFetching}
        />
      ) : (
        // Saved values that change (a save, another admin) start the form afresh from them.
        <SettingsForm key={JSON.stringify(settings.data)} saved={settings.data} />
      )}
    </SettingsSection>
  );
}
