// The vocabulary in vocabulary/ is reviewed data a marketer may extend in a pull request: each
// file must validate against its JSON Schema and pass the checks beyond it, and the module the
// bundle embeds must be built from exactly these files.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileVocabulary, GENERATED } from '../scripts/vocabulary.js';
import { checkVocabulary, entryKey } from '../src/core/related/vocabulary/check.js';
import { VOCABULARY } from '../src/core/related/vocabulary/data.generated.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('the shipped vocabulary', () => {
  it('validates against its schemas and passes every check', async () => {
    const { problems } = await compileVocabulary(path.join(root, 'vocabulary'));
    expect(problems).toEqual([]);
    expect(checkVocabulary(VOCABULARY)).toEqual([]);
  });

  it('is what the bundle embeds: the generated module is up to date (npm run vocabulary)', async () => {
    const { module } = await compileVocabulary(path.join(root, 'vocabulary'));
    expect(await readFile(path.join(root, GENERATED), 'utf8')).toBe(module);
  });

  it('lists stems, not inflections', () => {
    expect(entryKey('vacatures', 'nl')).toBe(entryKey('vacature', 'nl'));
    expect(entryKey('communities', 'en')).toBe(entryKey('community', 'en'));
  });
});

describe('a vocabulary with mistakes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vocabulary-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function compileWith(file: string, edit: (text: string) => string): Promise<string[]> {
    const copy = await mkdtemp(path.join(dir, 'copy-'));
    await cp(path.join(root, 'vocabulary'), copy, { recursive: true });
    const target = path.join(copy, file);
    await writeFile(target, edit(await readFile(target, 'utf8')));
    return (await compileVocabulary(copy)).problems.map((problem) =>
      problem.replace(/^.*vocabulary-[^/]+\/copy-[^/]+\//, ''),
    );
  }

  it('refuses an inflection of a listed word, naming the file and line', async () => {
    const problems = await compileWith('concepts.yaml', (text) =>
      text.replace('nl: [sollicitant, kandidaat,', 'nl: [sollicitant, kandidaat, kandidaten,'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^concepts\.yaml:\d+:\d+: "kandidaten" is found already through "kandidaat"/),
    ]);
  });

  it('refuses a word in two concepts', async () => {
    const problems = await compileWith('concepts.yaml', (text) =>
      text.replace('    en: [student, undergraduate]', '    en: [student, undergraduate, trainee]'),
    );
    expect(problems).toEqual([expect.stringMatching(/"trainee" \(en\) is in the concept "student" already/)]);
  });

  it('refuses a cue that names no concept, family or field', async () => {
    const problems = await compileWith('fundamentals.yaml', (text) =>
      text.replace(
        '- [community, member, channel:online-community]',
        '- [community, membr, channel:online-communty]',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^fundamentals\.yaml:\d+:\d+: "membr" is not a concept/),
      expect.stringMatching(/^fundamentals\.yaml:\d+:\d+: "channel:online-communty" is not a concept/),
    ]);
  });

  it('refuses what the schema refuses, at its line', async () => {
    const problems = await compileWith('channels.yaml', (text) =>
      text.replace('  - family: podcast', '  - family: Podcast Ads'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^channels\.yaml:\d+:\d+: \/families\/\d+\/family must match pattern/),
    ]);
  });
});
