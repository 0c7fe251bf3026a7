// The terminal prompter for `lessons new` and `lessons init`, on @inquirer/prompts.
import { confirm, input } from '@inquirer/prompts';
import { PromptCancelled, type Prompter } from './prompter.js';

export const inquirerPrompter: Prompter = {
  text: (question) =>
    cancellable(() =>
      input({
        message: question.message,
        ...(question.default !== undefined ? { default: question.default } : {}),
        ...(question.validate ? { validate: question.validate } : {}),
      }),
    ),
  confirm: (question) => cancellable(() => confirm({ message: question.message, default: question.default })),
};

async function cancellable<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    // Ctrl+C or a closed terminal: inquirer's ExitPromptError, named rather than imported from
    // @inquirer/core, which is not a direct dependency.
    if ((error as Error)?.name === 'ExitPromptError') throw new PromptCancelled('Cancelled.');
    throw error;
  }
}
