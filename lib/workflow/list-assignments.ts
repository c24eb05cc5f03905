import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReportRef } from '@/lib/validations/workflow';
import { loadReportWorkflow } from '@/lib/reports/load-report-workflow';

/** The reviewers assigned to a report, and whether each has marked their review complete (and an editor reopened it since). */
export async function listAssignments({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId } = parseInput(ZReportRef, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const workflow = await loadReportWorkflow(actor, reportId);
  const completions = new Map(workflow.reviewCompletions.map((completion) => [completion.reviewerId, completion]));
  return {
    reportId,
    assignments: workflow.assignments.map((assignment) => {
      const completion = completions.get(assignment.reviewerId);
      return {
        reviewerId: assignment.reviewerId,
        name: assignment.reviewer.name,
        email: assignment.reviewer.email,
        assignedAt: assignment.createdAt.toISOString(),
        completedAt: completion?.completedAt.toISOString() ?? null,
        reopenedAt: completion?.reopenedAt?.toISOString() ?? null,
      };
    }),
  };
}
