// Drives the CLI in-process through runCli, the way the Action is driven through run(): the
// sources are tested, fast, with stdout and stderr read back and a terminal only when asked.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/command.js';
import { PromptCancelled, type Prompter, type TextQuestion } from '../../src/cli/new/prompter.js';
import { runCli } from '../../src/cli/run.js';
import { todayUtc } from '../../src/core/dates.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Default: the repository, where lessons/ is the knowledge base. */
  cwd?: string;
  env?: Record<string, string>;
  /** stdout and stdin a terminal: colour, and prompts for `new` and `init`. */
  terminal?: boolean;
  today?: string;
  prompter?: Prompter;
}

/** A prompter for runs without a terminal: a question asked is a bug in the command. */
const NO_QUESTIONS: Prompter = {
  text: (question) => Promise.reject(new Error(`asked without a terminal: ${question.message}`)),
  confirm: (question) => Promise.reject(new Error(`asked without a terminal: ${question.message}`)),
};

export async function lessons(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? REPO,
    env: options.env ?? {},
    isTTY: options.terminal ?? false,
    stdinIsTTY: options.terminal ?? false,
    today: options.today ?? todayUtc(),
    prompter: options.prompter ?? NO_QUESTIONS,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/**
 * Answers questions in order, as a person at a terminal would: an answer the question refuses is
 * recorded and the next one tried; an empty answer takes the default. Confirmations take 'y'/'n'
 * (or '' for the default).
 */
export function scriptedPrompter(answers: string[]) {
  const asked: string[] = [];
  const refused: string[] = [];
  const next = (): string => {
    const answer = answers.shift();
    if (answer === undefined) throw new PromptCancelled('out of answers');
    return answer;
  };
  const prompter: Prompter = {
    async text(question: TextQuestion) {
      asked.push(question.message);
      for (;;) {
        const given = next();
        const answer = given === '' && question.default !== undefined ? question.default : given;
        const verdict = question.validate ? question.validate(answer) : true;
        if (verdict === true) return answer;
        refused.push(verdict);
      }
    },
    async confirm(question) {
      asked.push(question.message);
      const answer = next();
      return answer === '' ? question.default : /^y/i.test(answer);
    },
  };
  return { prompter, asked, refused };
}

/** No stack trace and no internal error text on stderr. */
export const STACK_LINE = /^\s+at .+/m;
