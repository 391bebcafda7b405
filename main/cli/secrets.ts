/**
 * Passphrases and recovery codes for the command line: from the environment (for scripts) or a
 * prompt that does not echo. Never from argv, where other users of the machine can read them.
 */
import { AppError } from '../../shared/errors.ts';

export const SECRET_VARIABLES = {
  passphrase: 'PRM_PASSPHRASE',
  newPassphrase: 'PRM_NEW_PASSPHRASE',
  recoveryCode: 'PRM_RECOVERY_CODE',
} as const;

export async function readSecret(variable: string, prompt: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnvironment = env[variable];
  if (fromEnvironment !== undefined && fromEnvironment !== '') return fromEnvironment;
  if (!process.stdin.isTTY) {
    throw new AppError('INVALID_INPUT', `No ${prompt.toLowerCase()} given: set ${variable}, or run the command in a terminal to be asked for it.`);
  }
  return promptHidden(`${prompt}: `);
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let answer = '';
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003') return finish(new AppError('INVALID_INPUT', 'Cancelled.'));
        if (character === '\u007f' || character === '\b') answer = answer.slice(0, -1);
        else answer += character;
      }
    };
    input.on('data', onData);
  });
}
