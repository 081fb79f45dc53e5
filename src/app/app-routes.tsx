import { Redirect, Route, Switch } from 'wouter';
import { PAGES } from '../domain';
import { useLiveUpdates } from '../queries';
import { HomeRedirect } from './home-redirect';
import { InboxLayout } from './inbox-layout';
import { ReportsPage } from './reports-page';
import { SettingsPage } from './settings-page';

/** The signed-in app: its addresses, and the change feed that keeps every screen current. */
export function AppRoutes() {
  useLiveUpdates(true);
  return (
    <Switch>
      <Route path={PAGES.home.pattern} component={HomeRedirect} />
      <Route path={PAGES.conversation.pattern} component={InboxLayout} />
      <Route path={PAGES.inbox.pattern} component={InboxLayout} />
      <Route path={PAGES.reports.pattern} component={ReportsPage} />
      <Route path={PAGES.settings.pattern} component={SettingsPage} />
      <Route>
        <Redirect to={PAGES.home.path({})} replace />
      </Route>
    </Switch>
  );
}
