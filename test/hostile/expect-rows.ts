// Checks on successful list answers: a search for hostile text matches only rows that contain it
// literally, and the demo data contains none of these strings.
import { expect } from 'vitest';
import { conversationPageSchema } from '../../src/api';

export const expectRows =
  (count: number) =>
  (json: unknown): void => {
    expect(conversationPageSchema.parse(json).data).toHaveLength(count);
  };
