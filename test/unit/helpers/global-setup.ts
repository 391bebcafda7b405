/** Before the unit tests: the command line bundled once for the tests that start it (cli-bundle.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildCliBundle } from './cli-bundle.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled command line's entry file. */
    cliBundle: string;
  }
}

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export default async function setup(project: TestProject): Promise<() => void> {
  fs.mkdirSync(path.join(REPOSITORY_ROOT, 'out'), { recursive: true });
  const bundle = await buildCliBundle(REPOSITORY_ROOT);
  project.provide('cliBundle', bundle.entry);
  return bundle.remove;
}
