// Acme's saved replies (SPEC 7.4): a greeting by first name, the questions support asks most.
import type { StoreTx } from '../store';

export const DEMO_SAVED_REPLIES: readonly { name: string; body: string }[] = [
  {
    name: 'Greeting',
    body: 'Hi {{contact.firstName}},\n\nThanks for getting in touch. {{agent.firstName}} here, I will look into this for you.',
  },
  {
    name: 'Which browser?',
    body: 'Could you tell me which browser and version you are using, {{contact.firstName}}? A screenshot helps too.',
  },
  {
    name: 'Refund on its way',
    body: 'Your refund is on its way: it takes 5 to 10 business days to reach your account.',
  },
  {
    name: 'Closing, reply to reopen',
    body: 'I will close this conversation for now. Reply here any time and it reopens with {{agent.name}}.',
  },
];

export async function seedSavedReplies(tx: StoreTx, orgId: number, now: number): Promise<void> {
  for (const reply of DEMO_SAVED_REPLIES)
    await tx.insertSavedReply({ orgId, ...reply, createdAt: now, updatedAt: now });
}
