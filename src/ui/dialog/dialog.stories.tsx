import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { Button } from '../button/button';
import { Kbd } from '../kbd/kbd';
import { Dialog, type DialogProps } from './dialog';

/** A trigger and its dialog; `open` is the initial state (a story can start with it open). */
function DialogDemo(props: DialogProps) {
  const { open: initiallyOpen, onClose, ...rest } = props;
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Edit contact</Button>
      <Dialog
        {...rest}
        open={open}
        onClose={() => {
          setOpen(false);
          onClose();
        }}
      />
    </>
  );
}

const meta = {
  title: 'UI/Dialog',
  component: Dialog,
  args: {
    open: true,
    title: 'Edit contact',
    description: 'Changes apply to every conversation with this contact.',
    onClose: fn(),
    children: (
      <label style={{ display: 'grid', gap: 4 }}>
        Name
        <input defaultValue="Ada Lovelace" />
      </label>
    ),
    footer: (
      <>
        <Button>Cancel</Button>
        <Button variant="primary">Save</Button>
      </>
    ),
  },
  argTypes: { children: { control: false }, footer: { control: false } },
  render: (args) => <DialogDemo {...args} />,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open on load: named by its title, described, focus on the first field. */
export const Open: Story = {
  play: async ({ canvas }) => {
    const dialog = canvas.getByRole('dialog', { name: 'Edit contact' });
    await expect(dialog).toHaveAccessibleDescription(
      'Changes apply to every conversation with this contact.',
    );
    await expect(canvas.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    // A body that does not scroll, or holds a control, is no Tab stop of its own.
    await expect(canvas.queryByRole('region')).not.toBeInTheDocument();
  },
};

/** Escape closes it and focus goes back to what opened it. */
export const EscapeCloses: Story = {
  args: { open: false },
  play: async ({ canvas, userEvent, args }) => {
    const trigger = canvas.getByRole('button', { name: 'Edit contact' });
    await userEvent.click(trigger);
    await expect(canvas.getByRole('dialog', { name: 'Edit contact' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await expect(args.onClose).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** The close button closes it too. */
export const CloseButton: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Close' }));
    await expect(args.onClose).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
  },
};

/** Tab and Shift+Tab wrap inside the dialog. */
export const FocusTrap: Story = {
  play: async ({ canvas, userEvent }) => {
    const dialog = canvas.getByRole('dialog', { name: 'Edit contact' });
    const save = canvas.getByRole('button', { name: 'Save' });
    save.focus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(save).toHaveFocus();
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
  },
};

export const Small: Story = {
  args: {
    size: 'sm',
    title: 'Keyboard shortcut',
    description: undefined,
    children: (
      <p>
        Press <Kbd>E</Kbd> to close the conversation.
      </p>
    ),
    footer: <Button variant="primary">Got it</Button>,
  },
};

/**
 * A body that scrolls with nothing focusable inside is a Tab stop, a region named by the title,
 * so the keyboard can scroll it.
 */
export const LongContent: Story = {
  args: {
    size: 'lg',
    title: 'Keyboard shortcuts',
    description: 'Every shortcut works in the list and in an open conversation.',
    children: (
      <ul>
        {Array.from({ length: 40 }, (_, i) => (
          <li key={i}>
            Shortcut {i + 1}: <Kbd>{String.fromCharCode(65 + (i % 26))}</Kbd> does something useful
          </li>
        ))}
      </ul>
    ),
    footer: <Button variant="primary">Done</Button>,
  },
  play: async ({ canvas, userEvent }) => {
    const body = await canvas.findByRole('region', { name: 'Keyboard shortcuts' });
    await expect(body).toHaveAttribute('tabindex', '0');
    await expect(canvas.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab();
    await expect(body).toHaveFocus();
  },
};

export const Dark: Story = { ...Open, globals: { theme: 'dark' } };
