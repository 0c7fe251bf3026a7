// Whose comments and issues are the Action's (DESIGN §5, Identity and Ownership): those its token's
// identity wrote AND whose body opens with the marker. Either alone is not enough: the same token
// runs other workflows, and anyone can quote a marker.
import { WORKFLOW_TOKEN_LOGIN, type GitHubPort } from '../github/port.js';

/** A comment or an issue, as far as ownership goes. */
export interface Authored {
  author: string;
  authorIsBot: boolean;
  body: string;
}

/** Same login: GitHub logins are not case-sensitive. */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

export function isOurs(item: Authored, login: string, opensWithMarker: (body: string) => boolean): boolean {
  return sameLogin(item.author, login) && opensWithMarker(item.body);
}

/**
 * Whose marked items are ours when GitHub will not tell an installation token its login: the
 * workflow token's are github-actions[bot]'s, a GitHub App's are `<slug>[bot]`'s, and neither can
 * be asked. The one app bot that wrote items opening with the marker is taken to be us; with none,
 * or with several (one may have copied the marker), the workflow token's login.
 */
export function installationLogin(marked: readonly Authored[]): string {
  const bots = new Set(
    marked.filter((item) => item.authorIsBot && item.author.endsWith('[bot]')).map((item) => item.author),
  );
  const [only] = bots;
  return bots.size === 1 && only ? only : WORKFLOW_TOKEN_LOGIN;
}

/**
 * The token's login, asked only when there is something it could own: GraphQL's viewer where
 * GitHub answers, else the rule of installationLogin over the items that open with the marker.
 */
export async function ownLogin(github: GitHubPort, marked: readonly Authored[]): Promise<string | null> {
  if (marked.length === 0) return null;
  return (await github.viewerLogin()) ?? installationLogin(marked);
}
