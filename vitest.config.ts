import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { CommandLineFirstSequencer, filesNeedingIsolation } from './test/unit/helpers/test-order.ts';

const UNIT_TESTS = 'test/unit';
const ROOT = fileURLToPath(new URL('.', import.meta.url));
// Files that swap a module or a global for a stand-in keep a fresh process each (see test-order.ts).
const isolated = filesNeedingIsolation(ROOT, UNIT_TESTS);

export default defineConfig({
  test: {
    environment: 'node',
    // Argon2id and SQLCipher are deliberately slow; command-line tests start the command line.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time: left to itself vitest ran one at a time on CI's two cores, and most
    // of the slow files wait on child processes (the command line, the memory test) rather
    // than on the processor.
    maxWorkers: 2,
    sequence: { sequencer: CommandLineFirstSequencer },
    // Bundles the command line once for the tests that start it (test/unit/helpers/cli-bundle.ts).
    globalSetup: ['./test/unit/helpers/global-setup.ts'],
    // Each project names its own files: a project that extends this one adds to its lists.
    projects: [
      // Every other file shares its worker's process and imported modules with the files before
      // it: a fresh process re-importing the product for each file took about a third of the
      // unit tests' time (the suite in four parts: 334 s with a process per file, 222 s shared).
      { extends: true, test: { name: 'unit', include: [`${UNIT_TESTS}/**/*.test.ts`], exclude: isolated, isolate: false } },
      ...(isolated.length > 0 ? [{ extends: true as const, test: { name: 'unit-isolated', include: isolated } }] : []),
    ],
  },
});
