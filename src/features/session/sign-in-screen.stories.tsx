// Signing in against the mock API (no session to start with): the empty form, what it says when
// something is missing or wrong, and a sign-in that works.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { mockApp, mockAppOf } from '../../mocks/storybook';
import { SignInScreen } from './sign-in-screen';

const meta = {
  title: 'Features/Session/Sign in',
  component: SignInScreen,
  ...mockApp,
  parameters: { layout: 'fullscreen', signedInAs: null, route: '/inbox/1?view=open' },
} satisfies Meta<typeof SignInScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** As a signed-out visitor first sees it. */
export const Empty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Parley' })).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveValue('');
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};

export const EmptyDark: Story = { ...Empty, globals: { theme: 'dark' } };

/** "Sign in" with a field left empty says what is missing, and sends nothing. */
export const MissingPassword: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'alex@acme.test');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'Enter your email address and password.',
    );
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    await expect(mockAppOf(context).api.me()).rejects.toMatchObject({ status: 401 });
  },
};

/** A wrong password: the server's words, and the form keeps the email. */
export const WrongPassword: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'alex@acme.test');
    await userEvent.type(canvas.getByLabelText('Password'), 'not-the-password');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'The email or password is not right.',
    );
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveValue('alex@acme.test');
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

export const WrongPasswordDark: Story = { ...WrongPassword, globals: { theme: 'dark' } };

/** The right password starts a session on the server. */
export const SignsIn: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'sam@acme.test');
    await userEvent.type(canvas.getByLabelText('Password'), 'demo-password');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const { api } = mockAppOf(context);
    await waitFor(async () => expect((await api.me()).agent.email).toBe('sam@acme.test'));
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};
