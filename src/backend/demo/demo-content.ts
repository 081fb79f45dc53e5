// The words of the demo: people, tags and what customers and agents say.
import type { Priority, Tag } from '../../domain';

export const DEMO_PASSWORD = 'demo-password';

export const FIRST_NAMES = [
  'Olivia',
  'Liam',
  'Emma',
  'Noah',
  'Ava',
  'Elijah',
  'Sophia',
  'Mateo',
  'Isabella',
  'Lucas',
  'Mia',
  'Levi',
  'Amelia',
  'Ezra',
  'Harper',
  'Leo',
  'Evelyn',
  'Kai',
  'Luna',
  'Aiden',
  'Nora',
  'Hiro',
  'Zara',
  'Omar',
  'Priya',
  'Chen',
  'Fatima',
  'Jonas',
  'Ingrid',
  'Diego',
] as const;

export const LAST_NAMES = [
  'Nguyen',
  'Okafor',
  'Schmidt',
  'Garcia',
  'Kowalski',
  'Tanaka',
  'Haddad',
  'Silva',
  'Larsen',
  "O'Brien",
  'Rossi',
  'Dubois',
  'Petrov',
  'Mensah',
  'Patel',
  'Johansson',
  'Moreau',
  'Yilmaz',
  'Costa',
  'Kim',
] as const;

export const TAGS: readonly Tag[] = [
  { name: 'billing', color: '#f59e0b' },
  { name: 'bug', color: '#ef4444' },
  { name: 'onboarding', color: '#22c55e' },
  { name: 'feature-request', color: '#3b82f6' },
  { name: 'vip', color: '#a855f7' },
  { name: 'refund', color: '#ec4899' },
  { name: 'integrations', color: '#14b8a6' },
];

export const PRIORITIES_USED: readonly Priority[] = ['low', 'medium', 'high', 'urgent'];

export const OPENERS = [
  "Hi, I was charged twice for this month's subscription. Can you check?",
  'The export to CSV button does nothing when I click it.',
  'How do I invite my teammates to the workspace?',
  'Is there a way to change the email address on my account?',
  'Our Slack integration stopped posting messages yesterday.',
  'Can I get a refund for the annual plan? We signed up by mistake.',
  "I can't log in, it says my password is wrong but I just reset it.",
  'Do you offer a discount for non-profits?',
  'The dashboard is very slow this morning, is something going on?',
  "Where can I download last year's invoices?",
  'We would love dark mode in the mobile app!',
  'My API key keeps returning 401 errors.',
  'How do I cancel my trial before it converts?',
  'The calendar sync shows events in the wrong time zone.',
  'Can you help me set up SSO with Okta?',
] as const;

export const FOLLOW_UPS = [
  'Thanks, that worked!',
  'I tried that but it still happens.',
  'Here is a screenshot of the error.',
  'Any update on this?',
  'Great, thank you for the quick answer.',
  'Could you also check my other account?',
] as const;

export const REPLIES = [
  'Thanks for reaching out! Let me look into this for you.',
  "I've checked your account and fixed it on our side. Could you try again?",
  'Good question! You can do that from Settings → Team.',
  "Sorry about that. I've passed it to our engineers and will keep you posted.",
  "I've issued the refund; it should reach your card in 5 to 10 business days.",
  'Could you tell me which browser and version you are using?',
] as const;

/** `{agent}` becomes a colleague's first name, so the note @mentions them. */
export const NOTES = [
  '@{agent} can you take this one? It looks like a billing issue.',
  'Customer is on the enterprise plan, @{agent} FYI.',
  '@{agent} this is the same bug as last week, linking it.',
  'Waiting on engineering before replying. @{agent} please follow up tomorrow.',
] as const;

export const SPAM_BODIES = [
  'Congratulations!!! You have won a $1000 gift card, click here',
  'Cheap SEO services, first page of Google guaranteed',
] as const;

export const BULK_BODIES = [
  'Hi there! Our spring release is live: faster search and a new mobile app.',
  'Reminder: scheduled maintenance this Saturday from 02:00 to 04:00 UTC.',
] as const;
