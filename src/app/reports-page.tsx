import { lazy } from 'react';
import { PageLayout } from './page-layout';

// Not on the first screen: the reports' code and styles load when someone opens them.
const ReportsScreen = lazy(() =>
  import('../features/reports').then((m) => ({ default: m.ReportsScreen })),
);

export function ReportsPage() {
  return (
    <PageLayout label="reports">
      <ReportsScreen />
    </PageLayout>
  );
}
