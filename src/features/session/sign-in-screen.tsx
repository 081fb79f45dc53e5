import { useId, useState, type FormEvent } from 'react';
import { useSignIn } from '../../queries';
import { Button } from '../../ui';
import { signInErrorMessage } from './sign-in-error';

/**
 * The sign-in form. It is shown in place of the page that was asked for, whose address stays in
 * the location bar, so signing in lands exactly there (also after a session ran out mid-work).
 */
export function SignInScreen() {
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const errorId = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const blank = email.trim() === '' || password === '';
    setMissing(blank);
    if (blank) return;
    signIn.mutate({ email: email.trim(), password });
  };

  const error = missing
    ? 'Enter your email address and password.'
    : signIn.isError
      ? signInErrorMessage(signIn.error)
      : null;

  return (
    <main className="sign-in">
      <form
        className="sign-in__card"
        onSubmit={onSubmit}
        noValidate
        aria-describedby={error ? errorId : undefined}
      >
        <div className="sign-in__brand">
          <span className="sign-in__logo" aria-hidden="true">
            P
          </span>
          <h1 className="sign-in__title">Parley</h1>
        </div>
        <p className="sign-in__lead">Sign in to your team’s inbox.</p>
        <label className="sign-in__field">
          <span className="sign-in__label">Email</span>
          <input
            className="text-input"
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label className="sign-in__field">
          <span className="sign-in__label">Password</span>
          <input
            className="text-input"
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error ? (
          <p id={errorId} role="alert" className="sign-in__error">
            {error}
          </p>
        ) : null}
        <Button
          type="submit"
          variant="primary"
          size="lg"
          loading={signIn.isPending}
          className="sign-in__submit"
        >
          Sign in
        </Button>
      </form>
    </main>
  );
}
