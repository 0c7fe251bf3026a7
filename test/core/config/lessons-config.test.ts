// lessons.config.yaml: the settings a repository may give, each problem on its line.
import { describe, expect, it } from 'vitest';
import { parseLessonsConfig } from '../../../src/core/config/lessons-config.js';

describe('parseLessonsConfig', () => {
  it('reads root and schema, as paths with /', () => {
    expect(parseLessonsConfig('root: ./marketing//lessons/\nschema: schemas/campaign.schema.json\n')).toEqual(
      {
        config: { root: 'marketing/lessons', schema: 'schemas/campaign.schema.json' },
        problems: [],
      },
    );
  });

  it('takes an empty file or one with only comments as all defaults', () => {
    expect(parseLessonsConfig('')).toEqual({ config: {}, problems: [] });
    expect(parseLessonsConfig('# nothing yet\n')).toEqual({ config: {}, problems: [] });
  });

  it.each([
    ['rooot: lessons\n', 1, 1, "Unknown setting 'rooot': the settings are root, schema."],
    [
      'root: /srv/lessons\n',
      1,
      7,
      'root: give a path relative to this file, so it holds in every clone of the repository.',
    ],
    ['root: ../elsewhere\n', 1, 7, 'root: the path must stay inside this folder (no ..).'],
    ['root: marketing\\lessons\n', 1, 7, 'root: use / between folders: marketing/lessons.'],
    ['root: [a, b]\n', 1, 7, 'root: expected a folder or file path, such as lessons.'],
    ['# settings\nroot: lessons\nroot: other\n', 3, 1, expect.stringContaining('Not valid YAML')],
    ['- root\n', 1, 1, 'Expected settings as keys and values, such as root: lessons.'],
    ['root: "a\\nb"\n', 1, 7, 'root: a path cannot hold control characters.'],
  ])('names the problem in %j with its line and column', (text, line, column, message) => {
    const { problems } = parseLessonsConfig(text);
    expect(problems[0]).toEqual({ line, column, message });
  });
});
