// Writes the new campaign file — never over another, never with an id already in use — with the
// related lessons of the plan suggested in a comment.
import { lstat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildRelatedIndex, findRelated, type RelatedResult } from '../../core/related/index.js';
import { renderCampaignYaml } from '../../core/scaffold/campaign-yaml.js';
import { draftId, draftToCampaign, type Draft } from '../../core/scaffold/draft.js';
import { loadKnowledgeBase } from '../../io/load.js';
import { displayPath } from '../../io/read-files.js';
import { UsageError, type CommandContext } from '../command.js';

export interface CreatedCampaign {
  id: string;
  /** As shown to people: relative to the current folder. */
  file: string;
  found: RelatedResult;
  /** Whether the schema the modeline points at exists (`lessons init` puts it there). */
  schemaExists: boolean;
}

/** Writes the new file — never over another — with the related lessons of the plan as comments. */
export async function writeCampaign(ctx: CommandContext, draft: Draft): Promise<CreatedCampaign> {
  const { cwd } = ctx.io;
  const id = draftId(draft);
  const rootAbs = path.resolve(cwd, ctx.root);
  const fileAbs = path.join(rootAbs, `${id}.yaml`);
  const file = displayPath(fileAbs, cwd);
  for (const candidate of [file, file.replace(/\.yaml$/, '.yml')]) {
    if (await exists(path.resolve(cwd, candidate))) {
      throw new UsageError(
        `${candidate} already exists; nothing was written. Choose another title or --id, or edit that file.`,
      );
    }
  }
  const kb = (await exists(rootAbs)) ? await loadKnowledgeBase(ctx.root, { today: ctx.io.today, cwd }) : null;
  const twin = kb?.files.find((parsed) => parsed.data?.id === id);
  if (twin) {
    throw new UsageError(`${twin.file} already uses the id ${id}; nothing was written. Choose another --id.`);
  }

  const campaign = draftToCampaign(draft);
  const found = findRelated(buildRelatedIndex(kb?.entries ?? []), campaign, { limit: 5, alsoPlanned: true });
  // The modeline points at the schema from the file's own folder, as editors resolve it.
  const schemaPath = modelinePath(path.relative(path.dirname(fileAbs), ctx.place.schema));
  await mkdir(rootAbs, { recursive: true });
  try {
    await writeFile(fileAbs, renderCampaignYaml(campaign, { schemaPath, related: found.related }), {
      flag: 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${file} already exists; nothing was written.`);
    }
    throw error;
  }
  return { id, file, found, schemaExists: await exists(ctx.place.schema) };
}

/** A relative path for the modeline: `/` separators, and no character that could end the comment line. */
function modelinePath(relative: string): string {
  // eslint-disable-next-line no-control-regex
  const lineEnding = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;
  return relative.split(path.sep).join('/').replace(lineEnding, encodeURIComponent);
}

async function exists(target: string): Promise<boolean> {
  return lstat(target).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}
