import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function compile(project: string, fixture: string): string[] {
  const configFile = ts.readConfigFile(path.join(root, project), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  const program = ts.createProgram({ rootNames: [path.join(root, 'test', 'fixtures', 'projects', fixture)], options: parsed.options });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('the separate tsconfig projects', () => {
  it('make a DOM API in main a compile error', () => {
    expect(compile('tsconfig.json', 'dom-in-main.ts').join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('make Node’s fs in the renderer a compile error', () => {
    expect(compile('tsconfig.renderer.json', 'fs-in-renderer.ts').join('\n')).toMatch(/Cannot find (module|name) 'node:fs'/);
  });
});
