/** Writes docs/case-file-format.md and docs/case-file.schema.json from the schemas (npm run docs:case-file). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFileJsonSchema, caseFileReferencePage } from './case-file-reference.ts';

export const DOCS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');

fs.mkdirSync(DOCS_FOLDER, { recursive: true });
fs.writeFileSync(path.join(DOCS_FOLDER, 'case-file-format.md'), caseFileReferencePage());
fs.writeFileSync(path.join(DOCS_FOLDER, 'case-file.schema.json'), `${JSON.stringify(caseFileJsonSchema(), null, 2)}\n`);
console.log(`Wrote the case file reference to ${DOCS_FOLDER}.`);
