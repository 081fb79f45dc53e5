import { useLocation } from 'wouter';
import { PAGES } from '../../domain';
import { useSignOut } from '../../queries';
import { Button, useRegisterActions } from '../../ui';

/**
 * Ends the session; the next sign-in starts from the default inbox, not this agent's page.
 * "Sign out everywhere" (every browser and device of this agent) waits behind a disclosure: it is
 * rarely wanted, and it ends sessions elsewhere.
 */
export function SignOutButton() {
  return (
    <div className="sign-out">
      <SignOut everywhere={false}>Sign out</SignOut>
      <details className="sign-out__more">
        <summary className="sign-out__summary">Sessions</summary>
        <div className="sign-out__panel">
          <SignOut everywhere>Sign out everywhere</SignOut>
        </div>
      </details>
    </div>
  );
}

function SignOut({ everywhere, children }: { everywhere: boolean; children: string }) {
  const signOut = useSignOut({ everywhere });
  const [, navigate] = useLocation();
  const run = () => {
    // The promise settles even after this button has gone with the signed-in screen.
    signOut.mutateAsync().then(
      () => navigate(PAGES.home.path({}), { replace: true }),
      () => navigate(PAGES.home.path({}), { replace: true }),
    );
  };
  useRegisterActions(everywhere ? 'session.everywhere' : 'session', [
    {
      id: everywhere ? 'session.sign-out-everywhere' : 'session.sign-out',
      group: 'Account',
      title: children,
      keywords: ['log out', 'logout'],
      key: everywhere ? 'W' : 'Q',
      run,
    },
  ]);
  return (
    <Button size="sm" variant="ghost" loading={signOut.isPending} onClick={run}>
      {children}
    </Button>
  );
}
