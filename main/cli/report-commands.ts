/** PLACEHOLDER (helper E): import-report and export on the command line. */
import type { Command } from './commands.ts';

export const REPORT_COMMANDS: Readonly<Record<string, Command>> = {};
