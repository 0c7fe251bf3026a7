// The reference pages in docs/ are generated from the schema, the option specs and action.yml:
// a page that differs from what `npm run docs` writes fails here, and so fails CI. The docs
// link only inside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDocs } from '../scripts/docs/generate.js';
import { REPO } from './support/cli.js';

const generated = await generateDocs();

describe('generated docs', () => {
  it.each(Object.keys(generated))('%s is up to date (npm run docs)', (file) => {
    const expected = generated[file];
    const actual = readFileSync(path.join(REPO, file), 'utf8');
    expect(actual === expected, `${file} is stale: run npm run docs and commit it`).toBe(true);
  });
});

describe('links in README.md and docs/', () => {
  const pages = ['README.md', ...readdirSync(path.join(REPO, 'docs')).map((name) => `docs/${name}`)];

  it.each(pages)('%s links only to files of this repository that exist', (page) => {
    const text = readFileSync(path.join(REPO, page), 'utf8');
    // Links in the text, not in code: a pattern such as `[a-z](?:x)` is not a link.
    const prose = text.replace(/```[\s\S]*?```/g, '').replace(/``[^`]*``|`[^`\n]*`/g, '');
    const targets = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    for (const target of targets) {
      if (/^https?:\/\//.test(target)) {
        // Outside the repository, only the tools a reader installs: Node.js, the editor extension.
        expect(target, `${page} links outside the repository`).toMatch(
          /^https:\/\/(nodejs\.org|marketplace\.visualstudio\.com\/)/,
        );
        continue;
      }
      if (target.startsWith('#')) continue;
      const file = target.split('#')[0]!;
      expect(file, `${page}`).not.toMatch(/^\.\.\//);
      expect(existsSync(path.join(REPO, path.dirname(page), file)), `${page} → ${target}`).toBe(true);
    }
    expect(text).not.toContain('../shared');
  });
});
