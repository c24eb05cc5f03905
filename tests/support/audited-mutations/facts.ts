import { db } from '@/lib/db';
import { correctFacts } from '@/lib/facts/correct-facts';
import { auditCase, type AuditCase } from './case-kit';

// Reviewers' corrections of a story's facts.
export const factCases: AuditCase[] = [
  auditCase('lib/facts/correct-facts.ts#correctFacts', 'a reviewer says two claims of a story state the same fact', ['facts.corrected'], async ({ record, report }) => {
    const { alice, reportId, first } = await report();
    const other = await report();
    const story = await db.story.create({ data: { title: 'Marlow floods' }, select: { id: true } });
    await db.report.updateMany({ where: { id: { in: [reportId, other.reportId] } }, data: { storyId: story.id } });
    await record(() => correctFacts({ actor: alice.actor, input: { storyId: story.id, links: [{ claimId: first.id, otherClaimId: other.first.id, sameFact: true }], reason: 'Same bridge' } }));
    return [{ action: 'facts.corrected', entityType: 'story', entityId: story.id, actorId: alice.id, reason: 'Same bridge' }];
  }),
];
