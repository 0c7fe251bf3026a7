// What run() needs from the outside world, passed in so tests can give it a recording `core`, a
// fixed clock and a GitHub port aimed at a local server. main.ts passes the real ones.
import type { GitHubPort } from '../github/port.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** The part of @actions/core the Action uses. */
export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** The job summary buffer; main.ts writes it out after the run. */
  summary: { addRaw(text: string, addEOL?: boolean): unknown };
}

export interface GitHubConfig {
  token: string;
  owner: string;
  repo: string;
  apiUrl: string;
  graphqlUrl: string;
}

export interface RunDeps {
  core: ActionCore;
  env: Record<string, string | undefined>;
  createGitHub(config: GitHubConfig): GitHubPort;
  /** The clock; `today` (UTC) is taken from it once. */
  now(): Date;
}
