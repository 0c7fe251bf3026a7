// Every command of the `lessons` CLI, in the order help lists them.
import type { Command } from '../command.js';
import { check } from './check.js';
import { init } from './init.js';
import { newCampaign } from './new.js';
import { related } from './related.js';
import { report } from './report.js';
import { validate } from './validate.js';

export const commands: readonly Command[] = [init, newCampaign, validate, check, related, report];
