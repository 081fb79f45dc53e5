// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Avatar } from './avatar';
import { AVATAR_PALETTE, avatarColor, initials } from './avatar-color';

describe('initials', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['  grace  brewster murray hopper ', 'GH'],
    ['cher', 'C'],
    ['ada.lovelace@example.com', 'AL'],
    ['Émile Zola', 'ÉZ'],
    ['(bot) Helper', 'BH'],
    ['', '?'],
  ])('%j -> %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});

describe('avatarColor', () => {
  it('is deterministic, ignores case and spacing, and comes from the palette', () => {
    expect(avatarColor('Ada Lovelace')).toBe(avatarColor(' ada lovelace '));
    const names = ['Ada', 'Grace', 'Linus', 'Margaret', 'Ken', 'Barbara', 'Dennis', 'Frances'];
    const colours = new Set(names.map(avatarColor));
    for (const c of colours) expect(AVATAR_PALETTE).toContain(c);
    expect(colours.size).toBeGreaterThan(2);
  });
});

describe('Avatar', () => {
  it('is hidden when decorative and an image named by the person otherwise', () => {
    const { container } = render(
      <>
        <Avatar name="Ada Lovelace" />
        <Avatar name="Grace Hopper" decorative={false} />
      </>,
    );
    expect(screen.getAllByRole('img')).toHaveLength(1);
    expect(screen.getByRole('img', { name: 'Grace Hopper' }).textContent).toBe('GH');
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe('AL');
  });
});
