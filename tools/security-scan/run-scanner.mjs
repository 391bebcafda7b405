/**
 * Runs Doyensec's electronegativity over one folder, through its programmatic entry rather than
 * its command line, and answers with every finding and every file it could not read.
 *
 * Why not the command line with `-o report.csv` or `.sarif`: the CSV writes its header and its
 * rows with two unawaited writes (the header can land last and truncate the rows), the SARIF
 * drops each finding's severity, and neither records the files the parser failed on — such a
 * file is simply not checked, which would pass in silence.
 *
 * The scanner is kept off the network. At every run it would fetch its translations and
 * Electron's release list from the internet: CI cannot reach either (about ten seconds of
 * timeouts), and a scan whose outcome depends on the network is not a check. The release-list
 * check (AvailableSecurityFixesGlobalCheck) is left out for that reason; the Electron version
 * is the project's own pin, given with `electronVersion`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const SCANNER = '@doyensec/electronegativity';

/** Checks that need the network to say anything. */
const OFFLINE_EXCLUSIONS = ['AvailableSecurityFixesGlobalCheck'];

/** Stands in for the `got` HTTP client the scanner uses: every request answers "not found" at once. */
function offlineGot() {
  const notFound = () => Promise.resolve({ statusCode: 404, body: '', headers: {} });
  return Object.assign(notFound, { get: notFound, head: notFound });
}

function loadScanner() {
  let scannerFolder;
  try {
    scannerFolder = path.dirname(require.resolve(`${SCANNER}/package.json`));
  } catch {
    throw new Error(`The scanner is not installed. Install it with: npm ci --prefix tools/security-scan`);
  }
  const got = require.resolve('got', { paths: [scannerFolder] });
  require.cache[got] = { id: got, filename: got, loaded: true, exports: offlineGot() };
  // TypeScript is parsed with Babel first; the TypeScript 4 parser behind it is only a fallback,
  // and loading it costs about 0.7 s of processor time at every run: it loads when first asked.
  const estree = require.resolve('@typescript-eslint/typescript-estree', { paths: [scannerFolder] });
  let loaded = null;
  const real = () => {
    if (loaded === null) {
      delete require.cache[estree];
      loaded = require(estree);
    }
    return loaded;
  };
  require.cache[estree] = { id: estree, filename: estree, loaded: true, exports: { parse: (...args) => real().parse(...args) } };
  return { run: require(SCANNER), version: require(`${SCANNER}/package.json`).version };
}

/**
 * @param {string} folder the folder to scan; findings name files relative to it
 * @param {string} electronVersion the Electron version the app is built with, e.g. "41.7.1"
 */
export async function runScanner(folder, electronVersion) {
  const { run, version } = loadScanner();
  const result = await run({
    input: folder,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: OFFLINE_EXCLUSIONS,
  });
  return {
    scannerVersion: version,
    checks: result.globalChecks + result.atomicChecks,
    issues: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file.split('\\').join('/'),
      line: issue.location?.line ?? 0,
      column: issue.location?.column ?? 0,
      sample: issue.sample ?? '',
      description: issue.description,
    })),
    unread: result.errors.filter((error) => !error.tolerable).map((error) => ({ file: path.relative(folder, error.file).split(path.sep).join('/'), message: error.message })),
  };
}
