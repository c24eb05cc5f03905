import { Fragment, type ReactNode } from 'react';

/** An account's facts, each term with its value, in the order given. */
export function AccountDetails({ details }: { details: Record<string, ReactNode> }) {
  return (
    <dl className="account-details">
      {Object.entries(details).map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
