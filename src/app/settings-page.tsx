import { lazy } from 'react';
import { PageLayout } from './page-layout';

// Not on the first screen, and only admins use it: loaded when someone opens it.
const SettingsScreen = lazy(() =>
  import('../features/settings').then((m) => ({ default: m.SettingsScreen })),
);

export function SettingsPage() {
  return (
    <PageLayout label="settings">
      <SettingsScreen />
    </PageLayout>
  );
}
