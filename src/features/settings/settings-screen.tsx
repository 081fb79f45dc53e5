import { useMe } from '../../queries';
import { EmptyState } from '../../ui';
import { ApiTokensSection } from './api-tokens-section';
import { ConversationRules } from './conversation-rules';
import { InboxTokens } from './inbox-tokens';
import { RoutingSection } from './routing-section';
import { SavedRepliesSection } from './saved-replies-section';
import { WebhooksSection } from './webhooks-section';

/** `/settings`: the org's rules, webhooks and inbox tokens, for admins. */
export function SettingsScreen() {
  const me = useMe();
  const admin = me.data?.role === 'admin';
  return (
    <div className="settings">
      <header className="settings__header">
        <h1 className="settings__title">Settings</h1>
        {admin ? (
          <p className="settings__subtitle">Changes apply to everyone in your organization.</p>
        ) : null}
      </header>
      {admin ? (
        <>
          <ConversationRules />
          <RoutingSection />
          <SavedRepliesSection />
          <WebhooksSection />
          <InboxTokens />
          <ApiTokensSection />
        </>
      ) : (
        <EmptyState
          className="settings__denied"
          icon={null}
          title="Only admins can change settings"
          description="Ask an admin of your organization if something here needs to change."
        />
      )}
    </div>
  );
}
