import { existsSync } from 'node:fs';
import path from 'node:path';

// Test data written by others is never copied into this repository: it is read from a folder
// beside the checkout, or from FACTCHECK_SHARED_DIR on a machine laid out differently.
export const sharedDirectory = path.resolve(process.env.FACTCHECK_SHARED_DIR ?? path.join(import.meta.dirname, '../../shared'));

type ThirdPartyData = { folder: string; name: string; repository: string };

/** The folder of one third-party data set, or an error naming what is missing and where it comes from. */
export function thirdPartyDirectory({ folder, name, repository }: ThirdPartyData): string {
  const directory = path.join(sharedDirectory, folder);
  if (!existsSync(directory)) {
    throw new Error(`${name} not found at ${directory} (set FACTCHECK_SHARED_DIR to the folder that holds ${folder}/; it comes from ${repository})`);
  }
  return directory;
}
