import { useLocation } from 'wouter';
import { useSignOut } from '../../queries';
import { Button } from '../../ui';

/** Ends the session; the next sign-in starts from the default inbox, not this agent's page. */
export function SignOutButton() {
  const signOut = useSignOut();
  const [, navigate] = useLocation();
  return (
    <Button
      size="sm"
      variant="ghost"
      loading={signOut.isPending}
      onClick={() => {
        // The promise settles even after this button has gone with the signed-in screen.
        signOut.mutateAsync().then(
          () => navigate('/', { replace: true }),
          () => navigate('/', { replace: true }),
        );
      }}
    >
      Sign out
    </Button>
  );
}
