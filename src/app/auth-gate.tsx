import { lazy, Suspense, useDeferredValue, type ReactNode } from 'react';
import { explainFailure, isUnauthorized, useMe } from '../queries';
import { ErrorState, Spinner } from '../ui';

// Signed-in starts, the usual ones, do not need the form: it loads when someone is signed out.
const SignInScreen = lazy(() =>
  import('../features/session/sign-in-screen').then((m) => ({ default: m.SignInScreen })),
);

function Loading() {
  return (
    <div className="app-centered">
      <Spinner label="Loading Parley" />
    </div>
  );
}

/**
 * Shows its children to a signed-in agent and the sign-in form to anyone else, at the address
 * that was asked for: no redirect, so signing in (again, after a 401 mid-work) returns there.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  // The session's answer comes through the query cache's store, which React renders in one
  // blocking task: as a deferred value, the screen it reveals (most of the app) renders as a
  // transition instead, in slices that leave the main thread free every few milliseconds.
  const me = useDeferredValue(useMe());
  if (me.isPending) return <Loading />;
  if (me.isError && !isUnauthorized(me.error)) {
    return (
      <div className="app-centered">
        <ErrorState
          title="Parley could not start"
          message={explainFailure(me.error)}
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      </div>
    );
  }
  if (!me.data) {
    return (
      <Suspense fallback={<Loading />}>
        <SignInScreen />
      </Suspense>
    );
  }
  return children;
}
