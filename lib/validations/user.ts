import { z } from 'zod';

export const roles = ['admin', 'editor', 'reviewer'] as const;

export const ZEmail = z
  .string({ message: 'Email is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Email must be a valid email address' }));

export const ZPassword = z
  .string({ message: 'Password is required' })
  .min(12, 'Password must be at least 12 characters')
  .max(256, 'Password must be at most 256 characters');

export const ZRole = z.enum(roles, { message: `Role must be one of: ${roles.join(', ')}` });

export const ZCreateUser = z.object({
  email: ZEmail,
  name: z.string({ message: 'Name is required' }).trim().min(1, 'Name is required').max(200, 'Name must be at most 200 characters'),
  role: ZRole,
  password: ZPassword,
});

export const ZSetUserRole = z.object({ email: ZEmail, role: ZRole });
export const ZUserByEmail = z.object({ email: ZEmail });
export const ZResetPassword = z.object({ email: ZEmail, password: ZPassword });
export const ZIssueApiToken = z.object({
  email: ZEmail,
  name: z.string().trim().min(1, 'Token name is required').max(100, 'Token name must be at most 100 characters').default('cli'),
});
