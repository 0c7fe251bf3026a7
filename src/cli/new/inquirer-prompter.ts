// The terminal prompter for `lessons new`, on @inquirer/prompts.
import { input } from '@inquirer/prompts';
import { PromptCancelled, type Prompter } from './prompter.js';

export const inquirerPrompter: Prompter = {
  async text(question) {
    try {
      return await input({
        message: question.message,
        ...(question.default !== undefined ? { default: question.default } : {}),
        ...(question.validate ? { validate: question.validate } : {}),
      });
    } catch (error) {
      // Ctrl+C or a closed terminal: inquirer's ExitPromptError, named rather than imported from
      // @inquirer/core, which is not a direct dependency.
      if ((error as Error)?.name === 'ExitPromptError') throw new PromptCancelled('Cancelled.');
      throw error;
    }
  },
};
