// The questions `lessons new` and `lessons init` ask on a terminal, behind a small interface:
// the real one uses @inquirer/prompts, tests answer from a script.

export interface TextQuestion {
  message: string;
  default?: string;
  /** `true` when the answer is fine, otherwise what is wrong with it. */
  validate?: (answer: string) => true | string;
}

export interface ConfirmQuestion {
  message: string;
  default: boolean;
}

export interface Prompter {
  text(question: TextQuestion): Promise<string>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
}

/** Thrown by a prompter when the person stops answering (Ctrl+C): nothing is written. */
export class PromptCancelled extends Error {}
