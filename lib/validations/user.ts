import { z } from 'zod';

export const roles = ['admin', 'editor', 'reviewer'] as const;
export type TRole = (typeof roles)[number];

export const ZEmail = z
  .string({ message: 'Email is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Email must be a valid email address' }));

function passwordField(label: string) {
  return z
    .string({ message: `${label} is required` })
    .min(12, `${label} must be at least 12 characters`)
    .max(256, `${label} must be at most 256 characters`);
}

export const ZPassword = passwordField('Password');

// Forms send an empty field when the admin leaves the password to be generated.
const ZOptionalPassword = z
  .string({ message: 'Password must be text' })
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(ZPassword.optional());

export const ZRole = z.enum(roles, { message: `Role must be one of: ${roles.join(', ')}` });

export const ZUserId = z.uuid({ message: 'userId must be an account id' });
export const ZTokenId = z.uuid({ message: 'tokenId must be an API token id' });

// An account is named by its id (pages and API) or, on the command line, by its email.
const accountFields = { userId: ZUserId.optional(), email: ZEmail.optional() };
const namesAccount = (value: { userId?: string; email?: string }) => value.userId !== undefined || value.email !== undefined;
export const accountRequiredMessage = 'userId (or email) is required: name the account';
const namesAccountMessage = { message: accountRequiredMessage, path: ['userId'] };

export type TAccountRef = { userId?: string; email?: string };

export const ZCreateUser = z.object({
  email: ZEmail,
  name: z.string({ message: 'Name is required' }).trim().min(1, 'Name is required').max(200, 'Name must be at most 200 characters'),
  role: ZRole,
  password: ZOptionalPassword,
});
export type TCreateUserInput = z.input<typeof ZCreateUser>;
export type TCreateUser = z.output<typeof ZCreateUser>;

export const ZSetUserRole = z.object({ ...accountFields, role: ZRole }).refine(namesAccount, namesAccountMessage);
export const ZUserRef = z.object(accountFields).refine(namesAccount, namesAccountMessage);
/** The admin's choice when resetting a password: the one typed, or (empty) one generated. */
export const ZPasswordChoice = z.object({ password: ZOptionalPassword });
export type TPasswordChoiceInput = z.input<typeof ZPasswordChoice>;
export type TPasswordChoice = z.output<typeof ZPasswordChoice>;
export const ZResetPassword = z.object({ ...accountFields, ...ZPasswordChoice.shape }).refine(namesAccount, namesAccountMessage);

export const ZGetUserAccount = z.object({ userId: ZUserId });

const ZCurrentPassword = z.string({ message: 'Current password is required' }).min(1, 'Current password is required').max(256, 'Current password must be at most 256 characters');
export const ZChangeOwnPassword = z.object({ currentPassword: ZCurrentPassword, newPassword: passwordField('New password') });
export type TChangeOwnPassword = z.infer<typeof ZChangeOwnPassword>;
/** What the server reads before it checks the current password; the new password's rules wait until that proved right. */
export const ZChangeOwnPasswordRequest = z.object({ currentPassword: ZCurrentPassword, newPassword: z.string({ message: 'New password is required' }).max(256, 'New password must be at most 256 characters') });
/** The form asks for the new password twice; the server needs it once. */
export const ZChangeOwnPasswordForm = ZChangeOwnPassword.extend({ repeatNewPassword: z.string() }).refine((value) => value.repeatNewPassword === value.newPassword, {
  message: 'Repeat the new password exactly',
  path: ['repeatNewPassword'],
});
export type TChangeOwnPasswordForm = z.infer<typeof ZChangeOwnPasswordForm>;

export const ZApiTokenName = z.object({
  name: z.string({ message: 'Token name is required' }).trim().min(1, 'Token name is required').max(100, 'Token name must be at most 100 characters'),
});
export type TApiTokenName = z.infer<typeof ZApiTokenName>;

/** Without an account named, the token is the caller's own. The command line's tokens are named "cli" unless told. */
export const ZIssueApiToken = z.object({ ...accountFields, name: ZApiTokenName.shape.name.default('cli') });
export const ZListApiTokens = z.object({ userId: ZUserId.optional() });
export const ZRevokeApiToken = z.object({ tokenId: ZTokenId });
