/**
 * A stack trace reduced to where it ran: each frame's file and line, relative to the app's
 * folder — never the error's message (which can name a person or a file), never a function
 * name, never a path outside the app (a user's profile, a folder named after a case).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Enough frames to find the fault; a deep stack's tail is the runtime's. */
export const MOST_FRAMES = 12;

const FRAME = /^\s+at (?:.*?\()?(.+?):(\d+):(\d+)\)?$/;
/** What a path of the app's own may be made of: a file named with a space is not one of ours. */
const OWN_PATH = /^[\w@+.-]+(?:\/[\w@+.-]+)*$/;

function pathOf(location: string): string | null {
  if (location.startsWith('file://')) {
    try {
      return fileURLToPath(location);
    } catch {
      return null;
    }
  }
  return path.isAbsolute(location) || path.win32.isAbsolute(location) ? location : null;
}

/** "main/api/desktop.ts:97:29", or "node:internal/…:1:2" for Node's own code; null for anything else. */
function frameWithin(location: string, line: string, column: string, root: string | null): string | null {
  if (/^node:[\w/]+$/.test(location)) return `${location}:${line}:${column}`;
  const file = pathOf(location);
  if (file === null || root === null) return null;
  const relative = path.relative(root, file).split(path.sep).join('/');
  if (relative.startsWith('../') || relative === '..' || path.isAbsolute(relative) || !OWN_PATH.test(relative)) return null;
  return `${relative}:${line}:${column}`;
}

/**
 * The frames of `stack`, after the message is cut off: the message can run over several lines,
 * and a line of it could look like a frame.
 */
export function framesOf(stack: string, message: string, root: string | null): string[] {
  const at = message === '' ? -1 : stack.indexOf(message);
  const frames = at === -1 ? stack : stack.slice(at + message.length);
  const found: string[] = [];
  for (const line of frames.split('\n')) {
    const match = FRAME.exec(line);
    if (match === null) continue;
    const frame = frameWithin(match[1]!, match[2]!, match[3]!, root);
    if (frame !== null) found.push(frame);
    if (found.length === MOST_FRAMES) break;
  }
  return found;
}
