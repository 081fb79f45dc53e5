// Signing in and out.
import './session.css';

// The sign-in form (sign-in-screen.tsx) is imported by its own path: it loads on demand.
export { SignOutButton } from './sign-out-button';
export { CurrentAgent } from './current-agent';
export { AvailabilitySwitch } from './availability-switch';
