import { expect } from 'vitest';
import { db } from '@/lib/db';
import { defaultAdminEmail, seedDatabase } from '@/lib/seed/seed-database';
import { auditCase, type AuditCase } from './case-kit';

// The seed: its case runs first, on the empty database.
export const seedCases: AuditCase[] = [
  auditCase('lib/seed/seed-database.ts#seedDatabase', 'the first start makes the admin and imports the shipped reports', ['user.created', 'report.imported', 'story.created', 'story.report_added'], async ({ record }) => {
    expect((await db.user.count()) + (await db.report.count()), 'the seed case runs first, on the empty database').toBe(0);
    await record(() => seedDatabase());
    const admin = await db.user.findUniqueOrThrow({ where: { email: defaultAdminEmail } });
    const reports = await db.report.findMany({ select: { id: true } });
    const story = await db.story.findFirstOrThrow({ select: { id: true } });
    return [
      { action: 'user.created', entityType: 'user', entityId: admin.id, actorId: null },
      ...reports.map(({ id }) => ({ action: 'report.imported', entityType: 'report', entityId: id, reportId: id, actorId: null }) as const),
      { action: 'story.created', entityType: 'story', entityId: story.id, actorId: null },
      ...reports.map(({ id }) => ({ action: 'story.report_added', entityType: 'story', entityId: story.id, reportId: id, actorId: null }) as const),
    ];
  }),
];
