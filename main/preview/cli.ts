/**
 * `npm run preview`: the built renderer and the real services on a loopback address, for a
 * developer or a tester in any browser. Prints the address to open (with its per-run token).
 *   --store DIR              the store to open (default: the desktop app's own)
 *   --demo                   a throwaway store of synthetic cases instead
 *   --port N                 a fixed port (default: any free one)
 *   --idle-lock-seconds N    lock after N idle seconds instead of the store's setting
 *   --renderer DIR           the built renderer (default: out/renderer)
 * With PRM_MACHINE_POLICY_FILE set, the preview runs under that machine policy file (never the
 * computer's own policy or registry), so a test can show what IT's settings lock; its store
 * folder, if it names one, wins over --store as in the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Desktop } from '../api/desktop.ts';
import { defaultStoreFolder } from '../application-data-folder.ts';
import { resolvePath } from '../cli/arguments.ts';
import { NO_MACHINE_POLICY } from '../policy/machine-policy.ts';
import { loadMachinePolicy } from '../policy/load-machine-policy.ts';
import { MACHINE_POLICY_FILE_VARIABLE } from '../policy/policy-location.ts';
import { createDemoStore, DEMO_ADMINISTRATOR, DEMO_PASSPHRASE } from './demo-store.ts';
import { startPreview } from './server.ts';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        store: { type: 'string' },
        demo: { type: 'boolean' },
        port: { type: 'string' },
        'idle-lock-seconds': { type: 'string' },
        renderer: { type: 'string' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const rendererFolder = values.renderer ? resolvePath(values.renderer) : path.join(repositoryRoot, 'out', 'renderer');
  if (!fs.existsSync(path.join(rendererFolder, 'index.html'))) fail(`The renderer is not built in ${rendererFolder}. Run npm run build:renderer first.`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be a whole number from 0 to 65535.');
  const idleLockSeconds = values['idle-lock-seconds'] === undefined ? undefined : Number(values['idle-lock-seconds']);
  if (idleLockSeconds !== undefined && (!Number.isInteger(idleLockSeconds) || idleLockSeconds < 1)) fail('--idle-lock-seconds must be a whole number of at least 1.');
  if (values.demo && values.store) fail('Give --demo or --store, not both.');

  const policyFile = process.env[MACHINE_POLICY_FILE_VARIABLE];
  const policy = policyFile ? loadMachinePolicy({ file: resolvePath(policyFile), registry: null }) : { ok: true as const, policy: NO_MACHINE_POLICY };
  if (!policy.ok) fail(policy.problem);
  const managedFolder = policy.policy.values.storeFolder;

  const demo = values.demo ? await createDemoStore() : null;
  const storeFolder = demo?.folder ?? (managedFolder ?? (values.store ? resolvePath(values.store) : defaultStoreFolder()));
  const desktop = new Desktop({ storeFolder, idleLockSeconds, machinePolicy: policy.policy, log: (message) => process.stderr.write(`${message}\n`) });
  const preview = await startPreview({ desktop, rendererFolder, port });

  process.stdout.write(`Store: ${storeFolder}${demo ? ' (a throwaway demo store, removed when the preview stops)' : ''}\n`);
  if (demo) process.stdout.write(`Sign in as "${DEMO_ADMINISTRATOR}" with the passphrase "${DEMO_PASSPHRASE}".\n`);
  process.stdout.write(`Preview: ${preview.url}\n`);

  const stop = async () => {
    await preview.close();
    demo?.remove();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
