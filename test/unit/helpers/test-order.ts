/**
 * How vitest.config.ts splits and orders the unit test files, to keep CI within its time budget.
 *
 * Which files share a worker: starting a fresh process and importing the product's modules
 * again for every file cost 1 to 2 s of processor time per file (the exchange and vault files:
 * 65 s of import time with a process each, 9 s sharing). Files that swap a module or a global
 * for a stand-in (vi.mock and its kin) keep a process of their own, because a module an earlier
 * file already imported would not be replaced, and their stand-in would outlive them. Other
 * files must not leave state behind in shared modules that a later file could trip over: a
 * file that needs a fresh process for another reason must be added to the rule below.
 *
 * Which files start first: those that start the command line, which are the longest by far (a
 * process, tsx and Argon2id per call). On a fresh clone vitest has no timings and starts the
 * largest files first; a long file picked up last would leave one worker busy while the other
 * has nothing to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Replacing a module or a global: such a file needs a fresh module graph and process. */
const REPLACES_MODULES_OR_GLOBALS = /\bvi\s*\.\s*(mock|doMock|unmock|doUnmock|hoisted|stubGlobal|stubEnv|resetModules)\s*\(/;

function testFilesUnder(root: string, folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.posix.join(folder, name.split(path.sep).join('/')))
    .sort();
}

/** The unit test files (relative to the repository, with forward slashes) that need a process of their own. */
export function filesNeedingIsolation(root: string, folder: string): string[] {
  return testFilesUnder(root, folder).filter((file) => REPLACES_MODULES_OR_GLOBALS.test(fs.readFileSync(path.join(root, file), 'utf8')));
}

/** Where the command-line tests are, as vitest names files (with forward slashes on every system). */
const COMMAND_LINE_TESTS = '/test/unit/cli/';

/**
 * vitest's own order (slowest known first, else largest first), changed in two ways: the
 * command-line files go first, and the files with a process of their own go last, together, so
 * that the shared workers are not stopped and started again between them.
 */
export class CommandLineFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const commandLine = sorted.filter((file) => file.moduleId.includes(COMMAND_LINE_TESTS));
    const rest = sorted.filter((file) => !commandLine.includes(file));
    const shared = rest.filter((file) => file.project.config.isolate === false);
    const isolated = rest.filter((file) => file.project.config.isolate !== false);
    return [...commandLine, ...shared, ...isolated];
  }
}
