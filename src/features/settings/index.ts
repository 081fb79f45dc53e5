// Settings: the org's conversation rules, webhooks and inbox tokens (admins). Loaded on demand.
import './settings.css';
import './webhooks.css';

export { SettingsScreen } from './settings-screen';
