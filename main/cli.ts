/**
 * The admin command line, for IT and scripted checks, over the same services as the app.
 * Results go to standard output; a failure is one line on standard error and a non-zero exit:
 * 1 for a refused or failed operation (an invalid machine policy among them), 2 for a usage
 * mistake, 3 for a failed verification. IT's machine policy holds here as in the app.
 */
import { AppError } from '../shared/errors.ts';
import { parseCommandLine, UsageError } from './cli/arguments.ts';
import { COMMANDS, type Command } from './cli/commands.ts';
import { withPolicyStoreFolder } from './cli/policy-store-folder.ts';
import { loadMachinePolicy, machinePolicyPlace } from './policy/load-machine-policy.ts';
import { putMachinePolicyInForce } from './policy/policy-in-force.ts';

export const EXIT = { ok: 0, failed: 1, usage: 2, verificationFailed: 3 } as const;

function help(): string {
  const lines = ['Usage: npm run -s cli -- COMMAND [OPTIONS]', '', 'Commands:'];
  for (const command of Object.values(COMMANDS)) lines.push(`  ${command.usage}`, `      ${command.summary}`);
  lines.push(
    '',
    'Bundles carry requests, returns, decisions, drafts and whole cases between installs: add the other install with contact import first. A CONTACT is named by its id (as contact list shows it), its fingerprint or its install name.',
    'Passphrases come from a prompt or from PRM_PASSPHRASE, PRM_NEW_PASSPHRASE and PRM_RECOVERY_CODE, never from the command line.',
    'Where IT\'s machine policy names a store folder, a command given no --store uses it; the policy\'s minimum passphrase length and locked settings hold here too.',
  );
  return lines.join('\n');
}

/** "bundle export" is one command named in two words; "init extra" is a command with a stray argument. */
function commandNamed(command: string, subcommand: string | undefined): { name: string; definition: Command } {
  const group = Object.keys(COMMANDS).filter((name) => name.startsWith(`${command} `));
  if (subcommand === undefined) {
    const definition = COMMANDS[command];
    if (definition !== undefined) return { name: command, definition };
    if (group.length > 0) throw new UsageError(`"${command}" needs one of: ${group.join(', ')}. Run with --help to see what each does.`);
    throw new UsageError(`There is no command "${command}". Run with --help to see the commands.`);
  }
  const name = `${command} ${subcommand}`;
  const definition = COMMANDS[name];
  if (definition !== undefined) return { name, definition };
  if (COMMANDS[command] !== undefined) throw new UsageError(`Unexpected argument "${subcommand}".`);
  if (group.length > 0) throw new UsageError(`There is no command "${name}". The ${command} commands are: ${group.join(', ')}.`);
  throw new UsageError(`There is no command "${command}". Run with --help to see the commands.`);
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const { command, subcommand, options } = parseCommandLine(argv);
    if (command === 'help' || options.help === true) {
      process.stdout.write(`${help()}\n`);
      return EXIT.ok;
    }
    if (command === undefined) throw new UsageError('No command given. Run with --help to see the commands.');
    const { name, definition } = commandNamed(command, subcommand);
    const unexpected = Object.keys(options).find((option) => option !== 'help' && !definition.options.includes(option));
    if (unexpected !== undefined) throw new UsageError(`The ${name} command takes no --${unexpected} option. Usage: ${definition.usage}`);
    const policy = loadMachinePolicy(machinePolicyPlace({ allowFileOverride: true }));
    if (!policy.ok) {
      process.stderr.write(`error: ${policy.problem}\n`);
      return EXIT.failed;
    }
    putMachinePolicyInForce(policy.policy);
    return await definition.run(withPolicyStoreFolder(options, definition.options, policy.policy), { line: (text) => process.stdout.write(`${text}\n`) });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof AppError) {
      process.stderr.write(`error: ${error.message}\n`);
      return EXIT.failed;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: the command failed unexpectedly: ${message.split('\n')[0]}\n`);
    return EXIT.failed;
  }
}

process.exitCode = await main(process.argv.slice(2));
