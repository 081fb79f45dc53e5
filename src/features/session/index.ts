// Signing in and out.
import './session.css';

export { SignInScreen } from './sign-in-screen';
export { SignOutButton } from './sign-out-button';
export { CurrentAgent } from './current-agent';
export { AvailabilitySwitch } from './availability-switch';
