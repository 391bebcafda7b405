import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'layering');

// That the tree itself passes is `npm run lint`, which `npm test` runs before these tests: linting
// the whole tree again here cost the unit stage about twenty seconds for no further check.
describe('the layering lint', () => {
  const eslint = new ESLint({ cwd: root });

  for (const fixture of fs.readdirSync(fixtures).filter((name) => name.endsWith('.ts'))) {
    it(`fails on a deliberately wrong import: ${fixture}`, async () => {
      const code = fs.readFileSync(path.join(fixtures, fixture), 'utf8');
      const lintAs = /^\/\/ lint-as: (.+)$/m.exec(code)?.[1];
      expect(lintAs).toBeDefined();
      const [result] = await eslint.lintText(code, { filePath: path.join(root, lintAs!) });
      const layering = result!.messages.filter((message) => message.ruleId === 'no-restricted-imports');
      expect(layering.length, JSON.stringify(result!.messages)).toBeGreaterThan(0);
    });
  }
});
