// Answering faster (SPEC 7.4) in the pane, against the mock API: the saved replies' listbox
// filtered and empty; a file uploading, failed and too large; a reply with a screenshot in the
// thread; the Contact region loading and with the contact's other conversations.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, waitFor, within } from 'storybook/test';
import { mockApp, mockAppOf } from '../../mocks/storybook';
import { useAttachmentStore } from './composer/attachment-store';
import { useDraftStore } from './composer/draft-store';
import { findThread, idInPath, openNewest, PaneAtRoute } from './testing/pane-story';

const meta = {
  title: 'Features/Conversation/Answer faster',
  component: PaneAtRoute,
  ...mockApp,
  beforeEach: (context) => {
    useDraftStore.setState({ drafts: {}, tabs: {} });
    useAttachmentStore.setState({ files: {} });
    return mockApp.beforeEach(context);
  },
  parameters: { layout: 'fullscreen', mockSetup: openNewest('open') },
} satisfies Meta<typeof PaneAtRoute>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
const fileInput = (canvasElement: HTMLElement) => {
  const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
};
const chips = (canvas: Canvas) => canvas.findByRole('list', { name: 'Attached files' });
const png = (name = 'screenshot.png') =>
  new File([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])], name, { type: 'image/png' });
const never = () => new Promise<never>(() => undefined);

/** `#` then letters: the listbox keeps the replies that match; Enter inserts one, filled in. */
export const SavedRepliesFiltered: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await findThread(canvas);
    const box = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, '#brow');
    const listbox = await canvas.findByRole('listbox', { name: 'Saved replies' });
    const options = within(listbox).getAllByRole('option');
    await expect(options).toHaveLength(1);
    await expect(options[0]).toHaveTextContent('Which browser?');
    await userEvent.keyboard('{Enter}');
    const c = await mockAppOf(context).api.getConversation(
      idInPath(mockAppOf(context).location.history[0]),
    );
    await expect(box).toHaveValue(
      `Could you tell me which browser and version you are using, ${c.contact.name.split(' ')[0]}? A screenshot helps too.`,
    );
  },
};

/** An org without saved replies: the button opens the listbox, which says where they come from. */
export const SavedRepliesEmpty: Story = {
  parameters: {
    msw: { handlers: [http.get('*/api/saved-replies', () => HttpResponse.json({ data: [] }))] },
  },
  play: async ({ canvas, userEvent }) => {
    await findThread(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Saved replies' }));
    const listbox = await canvas.findByRole('listbox', { name: 'Saved replies' });
    await expect(listbox).toHaveTextContent('No saved replies yet: admins add them in Settings');
  },
};

/** A file on its way: its chip says so, and Send waits for it. */
export const AttachmentUploading: Story = {
  parameters: {
    msw: { handlers: [http.post('*/api/conversations/:id/attachments', never)] },
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await findThread(canvas);
    await userEvent.upload(fileInput(canvasElement), png());
    const list = await chips(canvas);
    await expect(list).toHaveTextContent('screenshot.png');
    await expect(list).toHaveTextContent('Uploading…');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'See attached');
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeDisabled();
  },
};

/** The upload fails: the chip says why and offers Retry, which uploads it. */
export const AttachmentFailed: Story = {
  parameters: {
    mockFaults: [{ method: 'POST', path: /^\/api\/conversations\/\d+\/attachments$/ }],
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await findThread(canvas);
    await userEvent.upload(fileInput(canvasElement), png());
    const list = await chips(canvas);
    await waitFor(() => expect(list).toHaveTextContent('Upload failed'));
    await userEvent.click(within(list).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(list).toHaveTextContent('Ready'));
  },
};

/** Over 10 MB: refused before a byte leaves, with the limit in words. */
export const AttachmentTooLarge: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await findThread(canvas);
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'screen-recording.mp4', {
      type: 'video/mp4',
    });
    await userEvent.upload(fileInput(canvasElement), big);
    const list = await chips(canvas);
    await expect(list).toHaveTextContent('Too large: files can be up to 10 MB');
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeDisabled();
  },
};

/** A reply with a screenshot: the thread shows it as a thumbnail that downloads it. */
export const ReplyWithScreenshot: Story = {
  parameters: {
    mockSetup: openNewest('open', async ({ api }, c) => {
      const file = await api.uploadAttachment(c.id, png('error-dialog.png'));
      await api.sendMessage(c.id, {
        type: 'chat',
        body: 'This is the dialog I see.',
        attachmentIds: [file.id],
      });
    }),
  },
  play: async ({ canvas }) => {
    const log = await findThread(canvas);
    const link = await within(log).findByRole('link', {
      name: 'Download error-dialog.png 8 bytes',
    });
    await expect(link).toHaveAttribute('download', 'error-dialog.png');
    await expect(link.querySelector('img')).not.toBeNull();
  },
};

/** The contact still loading beside the thread. */
export const ContactLoading: Story = {
  parameters: { msw: { handlers: [http.get('*/api/contacts/:id', never)] } },
  play: async ({ canvas }) => {
    await findThread(canvas);
    const region = canvas.getByRole('region', { name: 'Contact' });
    await expect(within(region).getByRole('status', { name: 'Loading contact' })).toBeVisible();
  },
};

/** The contact wrote before, by email: that conversation is a link with its status. */
export const ContactWithHistory: Story = {
  parameters: {
    // SPEC section 4's demo inbox token.
    mockSetup: openNewest('open', ({ api }, c) =>
      api.inbound('acme-demo-inbox-token', {
        channel: c.channel === 'chat' ? 'email' : 'chat',
        contact: { email: c.contact.email },
        body: 'Also, my invoice address is wrong.',
      }),
    ),
  },
  play: async (context) => {
    const { canvas } = context;
    await findThread(canvas);
    const c = await mockAppOf(context).api.getConversation(
      idInPath(mockAppOf(context).location.history[0]),
    );
    const region = canvas.getByRole('region', { name: 'Contact' });
    await expect(await within(region).findByText(c.contact.email)).toBeVisible();
    await expect(within(region).getByText('First seen')).toBeVisible();
    const links = await within(region).findAllByRole('link', { name: /^Conversation #\d+ Open/ });
    await expect(links.length).toBeGreaterThanOrEqual(1);
  },
};
