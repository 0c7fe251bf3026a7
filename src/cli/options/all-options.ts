// A command's full list of options: its own, then the ones every command takes.
import type { Command } from '../command.js';
import { formatOption, helpOption, rootOption } from './common.js';
import type { OptionSpec } from './spec.js';

export function commandOptions(command: Command): OptionSpec[] {
  return [...command.options, rootOption, formatOption(command.formats ?? ['text', 'json']), helpOption];
}
