/**
 * What fails the security scan, and the findings on our own source that are known to be false.
 *
 * Fails: every finding the scanner rates HIGH, a finding this project rates higher than the
 * scanner does (RAISED), and a file the scanner could not read (it was not checked). Lower
 * findings are printed for review and do not fail.
 *
 * An allowance names the check, the file and the line's text, so it covers that one line: the
 * same check failing anywhere else, or on a changed line, fails again.
 */

/** Checks this project treats as high, with the reason; the scanner rates them medium. */
export const RAISED = {
  SANDBOX_JS_CHECK: 'A window with the sandbox off gives a compromised page far more to reach; the app’s window must be sandboxed (ARCHITECTURE.md, the shell).',
  WEB_SECURITY_JS_CHECK: 'webSecurity: false switches off the same-origin policy for the page.',
  INSECURE_CONTENT_JS_CHECK: 'allowRunningInsecureContent: true lets an https page run http scripts.',
};

/** False positives on our source, each with the reason it is false and what keeps it so. */
export const ALLOWED = [
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/app/window.ts',
    sample: 'const window = new BrowserWindow({',
    reason:
      'The window’s preferences come from webPreferences() in the same file (contextIsolation: true), which the scanner cannot follow into; test/unit/app/window-and-session.test.ts asserts them on the window the shell really opens.',
  },
  {
    id: 'SANDBOX_JS_CHECK',
    file: 'main/app/window.ts',
    sample: 'const window = new BrowserWindow({',
    reason:
      'The window’s preferences come from webPreferences() in the same file (sandbox: true), which the scanner cannot follow into; test/unit/app/window-and-session.test.ts asserts them, and start-app.ts also calls app.enableSandbox().',
  },
];

const allows = (allowance, issue) => allowance.id === issue.id && allowance.file === issue.file && allowance.sample === issue.sample.trim();

/** The scan's outcome under this policy: what fails, what was allowed, what is only shown. */
export function judge(scan, allowed) {
  const failing = [];
  const allowedFindings = [];
  const shown = [];
  for (const issue of scan.issues) {
    const high = issue.severity === 'HIGH' || Object.hasOwn(RAISED, issue.id);
    if (!high) shown.push(issue);
    else if (allowed.some((allowance) => allows(allowance, issue))) allowedFindings.push(issue);
    else failing.push({ ...issue, raisedBecause: issue.severity === 'HIGH' ? null : RAISED[issue.id] });
  }
  const unusedAllowances = allowed.filter((allowance) => !scan.issues.some((issue) => allows(allowance, issue)));
  return { passed: failing.length === 0 && scan.unread.length === 0, failing, unread: scan.unread, allowed: allowedFindings, shown, unusedAllowances };
}
