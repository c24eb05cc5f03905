import 'server-only';
import type { Actor } from '@/lib/actor';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import type { DbTransaction } from '@/lib/db';
import type { ExportDocument } from '@/lib/validations/export-document';
import { storeUser } from '@/lib/users/store-user';

type Person = { name: string; email: string; role: 'editor' | 'reviewer' };

function peopleOf(document: ExportDocument): Map<string, Person> {
  const people = new Map<string, Person>();
  const add = (person: { name: string; email: string }, role: Person['role']) => {
    const email = person.email.toLowerCase();
    if (people.get(email)?.role !== 'editor') people.set(email, { ...person, email, role });
  };
  for (const claim of document.reports.flatMap((report) => report.sentences.flatMap((sentence) => sentence.claims))) {
    for (const verdict of claim.verdicts ?? []) add(verdict.reviewer, 'reviewer');
    if (claim.finalVerdict) add(claim.finalVerdict.decidedBy, 'editor');
  }
  return people;
}

/**
 * The ids of the document's reviewers and editors, by email. Accounts this server lacks are
 * created deactivated with an unusable random password: an admin reactivates them and resets
 * their password if they should sign in here.
 */
export async function restoreUsers(tx: DbTransaction, actor: Actor, document: ExportDocument): Promise<Map<string, string>> {
  const people = peopleOf(document);
  const existing = await tx.user.findMany({ where: { email: { in: [...people.keys()] } }, select: { id: true, email: true } });
  const idByEmail = new Map(existing.map((user) => [user.email.toLowerCase(), user.id]));
  for (const person of people.values()) {
    if (idByEmail.has(person.email)) continue;
    const passwordHash = await hashPassword(generatePassword());
    const user = await storeUser(tx, actor, { ...person, isActive: false, passwordHash });
    idByEmail.set(person.email, user.id);
  }
  return idByEmail;
}
