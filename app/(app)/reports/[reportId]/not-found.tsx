import Link from 'next/link';

export default function ReportNotFound() {
  return (
    <>
      <h1>Report not found</h1>
      <p className="meta">No report has this address. It may have been mistyped.</p>
      <Link href="/">Back to the reports</Link>
    </>
  );
}
