// Every command of the `lessons` CLI, by name.
import type { Command } from '../command.js';
import { check } from './check.js';
import { newCampaign } from './new.js';
import { related } from './related.js';
import { report } from './report.js';
import { validate } from './validate.js';

export const commands: readonly Command[] = [validate, check, related, newCampaign, report];
