import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from 'vitest';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { db } from '@/lib/db';
import { deleteReport } from '@/lib/reports/delete-report';
import { seedDatabase, defaultAdminEmail } from '@/lib/seed/seed-database';
import { cliActor } from '@/lib/actor';

const reportsDir = path.join(process.cwd(), 'data/reports');
const catalogue = JSON.parse(readFileSync(path.join(reportsDir, 'reports.json'), 'utf8')) as {
  reports: { file: string; outlet: string; title: string | null; publishedOn: string | null; creditsInText: string[] }[];
};

test('an empty database gets the three shipped reports, byte-for-byte, and one admin, even when two servers start at once', async () => {
  const results = await Promise.all([seedDatabase(), seedDatabase()]);

  expect(results.map((result) => result.importedReports).sort()).toEqual([0, 3]);
  const admins = results.flatMap((result) => (result.admin ? [result.admin] : []));
  expect(admins).toHaveLength(1);
  expect(await db.user.count()).toBe(1);

  const reports = await db.report.findMany();
  expect(reports.map((report) => report.sourceFile).sort()).toEqual(catalogue.reports.map((entry) => entry.file).sort());
  for (const entry of catalogue.reports) {
    const report = reports.find((candidate) => candidate.sourceFile === entry.file);
    const bytes = readFileSync(path.join(reportsDir, entry.file));
    expect(Buffer.from(report?.body ?? '', 'utf8').equals(bytes), `${entry.file} is stored byte-for-byte`).toBe(true);
    expect(report?.bodySha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(report?.outlet).toBe(entry.outlet);
    expect(report?.title).toBe(entry.title);
    expect(report?.creditsInText).toEqual(entry.creditsInText);
    expect(report?.publishedOn?.toISOString().slice(0, 10) ?? null).toBe(entry.publishedOn);
  }
  expect(reports.find((report) => report.slug === 'dw')?.body).toContain('\u00a0');
  expect(await db.auditEvent.count({ where: { action: 'report.imported' } })).toBe(3);
  // One story of them, titled in reports.json.
  const stories = await db.story.findMany({ select: { title: true, reports: { select: { id: true } } } });
  expect(stories).toEqual([{ title: (JSON.parse(readFileSync(path.join(reportsDir, 'reports.json'), 'utf8')) as { story: string }).story, reports: expect.any(Array) }]);
  expect(stories[0]?.reports).toHaveLength(3);

  const [admin] = admins;
  expect(admin?.email).toBe(defaultAdminEmail);
  expect(admin?.password).toMatch(/^[A-Za-z0-9_-]{20}$/);
  expect((await verifyCredentials({ email: defaultAdminEmail, password: admin?.password }))?.role).toBe('admin');
});

test('a later start re-seeds nothing and prints no new password', async () => {
  const again = await seedDatabase();
  expect(again).toEqual({ admin: null, importedReports: 0 });
  expect(await db.report.count()).toBe(3);
  expect(await db.story.count()).toBe(1);
  expect(await db.user.count()).toBe(1);
});

test('a database seeded before there were stories gets the shipped reports’ story on its next start, once', async () => {
  await db.report.updateMany({ data: { storyId: null } });
  await db.story.deleteMany();
  await seedDatabase();
  const stories = await db.story.findMany({ select: { reports: { select: { id: true } } } });
  expect(stories.map((story) => story.reports.length)).toEqual([3]);
  await seedDatabase();
  expect(await db.story.count()).toBe(1);
});

test('a newsroom that deleted every report does not get the shipped ones back on the next start', async () => {
  for (const { id } of await db.report.findMany({ select: { id: true } })) await deleteReport({ actor: cliActor, input: { reportId: id } });
  expect(await db.report.count()).toBe(0);
  expect(await seedDatabase()).toEqual({ admin: null, importedReports: 0 });
  expect(await db.report.count()).toBe(0);
});
