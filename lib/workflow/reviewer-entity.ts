/** What an audit event about one reviewer's assignment to, or review of, a report is about: `<reportId>/<reviewerId>`. */
export function reviewerEntity<EntityType extends 'assignment' | 'review_completion'>(entityType: EntityType, reportId: string, reviewerId: string) {
  return { entityType, entityId: `${reportId}/${reviewerId}`, reportId };
}
