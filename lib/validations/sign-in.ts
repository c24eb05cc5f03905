import { z } from 'zod';
import { ZEmail } from './user';

// Shared by the login form and the credentials check. Password rules are not applied here:
// a sign-in only has to say whether the pair matches.
export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, 'Password is required').max(256, 'Password must be at most 256 characters'),
});
export type TSignIn = z.infer<typeof ZSignIn>;
