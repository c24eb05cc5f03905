import { SelectField } from '@/components/ui/select-field';
import { auditActionLabels, auditEntityLabels } from '@/lib/audit/audit-action-labels';
import type { AuditFilterValues } from '@/lib/validations/audit-query';

type Option = { id: string; name: string };

type Props = { values: AuditFilterValues; users: (Option & { email: string })[]; reports: Option[] };

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return <SelectField id={`audit-${name}`} name={name} label={label} emptyLabel="Any" defaultValue={value ?? ''} options={options} />;
}

/**
 * The history's filters as a plain GET form: every choice lands in the URL, so a filtered view
 * can be bookmarked and shared, and the form works before scripts load.
 */
export function AuditFilters({ values, users, reports }: Props) {
  return (
    <form className="audit-filters" method="get" action="/audit" aria-label="Filter the history">
      <Select name="actor" label="Who" value={values.actor} options={users.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))} />
      <Select name="reportId" label="Report" value={values.reportId} options={reports.map((report) => ({ value: report.id, label: report.name }))} />
      <Select name="action" label="Action" value={values.action} options={Object.entries(auditActionLabels).map(([value, label]) => ({ value, label }))} />
      <Select name="entityType" label="Entity" value={values.entityType} options={Object.entries(auditEntityLabels).map(([value, label]) => ({ value, label }))} />
      <div className="field">
        <label htmlFor="audit-entityId">Entity id</label>
        <input id="audit-entityId" name="entityId" defaultValue={values.entityId ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="audit-from">From</label>
        <input id="audit-from" name="from" type="date" defaultValue={values.from ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">To</label>
        <input id="audit-to" name="to" type="date" defaultValue={values.to ?? ''} />
      </div>
      {values.sentenceId && <input type="hidden" name="sentenceId" value={values.sentenceId} />}
      <div className="button-row">
        <button className="button" type="submit">
          Filter
        </button>
        <a href="/audit">Clear</a>
      </div>
    </form>
  );
}
