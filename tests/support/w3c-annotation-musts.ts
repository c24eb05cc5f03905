import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { thirdPartyDirectory } from '../../tooling/third-party-data';

function w3cTestsDirectory(): string {
  return thirdPartyDirectory({ folder: 'w3c-web-annotation-tests', name: 'W3C Web Annotation test suite', repository: 'https://github.com/w3c/web-annotation-tests' });
}

function readJson(file: string) {
  return JSON.parse(readFileSync(path.join(w3cTestsDirectory(), file), 'utf8'));
}

type MustCheck = { assertion: string; errorMessage: string; validate: (annotation: unknown) => boolean };

/**
 * The W3C Web Annotation test suite's "must" assertions (annotations/annotationMusts.test), each a
 * draft-04 JSON Schema compiled with the suite's shared definitions.
 */
export function w3cAnnotationMusts(): MustCheck[] {
  const ajv = new Ajv04({ strict: false, allErrors: false });
  addFormats(ajv);
  const definitions = readdirSync(path.join(w3cTestsDirectory(), 'definitions')).filter((file) => file.endsWith('.json'));
  for (const file of definitions) ajv.addSchema(readJson(`definitions/${file}`));
  const musts: { assertions: string[] } = readJson('annotations/annotationMusts.test');
  return musts.assertions.map((assertion) => {
    const schema = readJson(assertion);
    if (schema.assertionType !== 'must' || schema.expectedResult !== 'valid') throw new Error(`${assertion} is not a "must be valid" assertion`);
    const validate = ajv.compile(schema);
    return { assertion, errorMessage: schema.errorMessage, validate: (annotation) => validate(annotation) === true };
  });
}

/** The assertions an annotation fails, by file name. */
export function failedMusts(checks: MustCheck[], annotation: unknown): string[] {
  return checks.filter((check) => !check.validate(annotation)).map((check) => check.assertion);
}

/** The suite's sample annotations that are JSON (some incorrect ones are deliberately not). */
export function w3cSamples(kind: 'correct' | 'incorrect'): { file: string; annotation: unknown }[] {
  const directory = `tools/samples/${kind}`;
  return readdirSync(path.join(w3cTestsDirectory(), directory)).flatMap((file) => {
    try {
      return [{ file, annotation: readJson(`${directory}/${file}`) }];
    } catch {
      return [];
    }
  });
}
