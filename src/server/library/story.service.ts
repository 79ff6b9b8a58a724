import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { ProjectView, StoryInput } from './library.schemas.ts';
import { renderMarkdown } from './markdown.ts';
import { findProject, sharesOf, territoriesOf } from './projects.repository.ts';
import { searchTextFor } from './projects.derive.ts';

/**
 * A case study's scaling story: phases on a timeline (dates, decisions, what was kept, what was adapted), lessons,
 * failures and sources. Written as a whole (PUT) with its own version, so editing the story does not conflict
 * with editing the project record. Writing a story marks the project as a case study.
 */
export async function loadStory(db: Kysely<Database>, projectId: string): Promise<ProjectView['story']> {
  const story = await db
    .selectFrom('project_stories')
    .selectAll()
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  if (!story) return null;
  const phases = await db
    .selectFrom('project_story_phases')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('position')
    .execute();
  return {
    introduction: story.introduction,
    introductionHtml: renderMarkdown(story.introduction),
    phases: phases.map((p) => ({
      title: p.title,
      startDate: p.start_date,
      endDate: p.end_date,
      description: p.description,
      descriptionHtml: renderMarkdown(p.description),
      decisions: JSON.parse(p.decisions) as string[],
      kept: JSON.parse(p.kept) as string[],
      adapted: JSON.parse(p.adapted) as string[],
    })),
    lessons: JSON.parse(story.lessons) as string[],
    failures: JSON.parse(story.failures) as string[],
    // Sources written before they could carry a date have none.
    sources: (JSON.parse(story.sources) as { label: string; url: string; date?: string | null }[]).map(
      (source) => ({ label: source.label, url: source.url, date: source.date ?? null }),
    ),
    version: Number(story.version),
    updatedAt: story.updated_at,
  };
}

/** All the story's words, for the project's search text. */
export function storyText(
  story: Pick<StoryInput, 'introduction' | 'phases' | 'lessons' | 'failures'> | null,
): string {
  if (!story) return '';
  return [
    story.introduction,
    ...story.phases.flatMap((p) => [p.title, p.description, ...p.decisions, ...p.kept, ...p.adapted]),
    ...story.lessons,
    ...story.failures,
  ].join('\n');
}

export async function writeStory(
  trx: Kysely<Database>,
  projectId: string,
  input: StoryInput,
  version: number,
  actorUserId: string | null,
  now: string,
): Promise<void> {
  const values = {
    introduction: input.introduction,
    lessons: JSON.stringify(input.lessons),
    failures: JSON.stringify(input.failures),
    sources: JSON.stringify(input.sources),
    version,
    updated_at: now,
    updated_by: actorUserId,
  };
  if (version === 1)
    await trx
      .insertInto('project_stories')
      .values({ project_id: projectId, ...values })
      .execute();
  else await trx.updateTable('project_stories').set(values).where('project_id', '=', projectId).execute();
  await trx.deleteFrom('project_story_phases').where('project_id', '=', projectId).execute();
  if (input.phases.length > 0) {
    await trx
      .insertInto('project_story_phases')
      .values(
        input.phases.map((p, position) => ({
          project_id: projectId,
          position,
          title: p.title,
          start_date: p.startDate,
          end_date: p.endDate,
          description: p.description,
          decisions: JSON.stringify(p.decisions),
          kept: JSON.stringify(p.kept),
          adapted: JSON.stringify(p.adapted),
        })),
      )
      .execute();
  }
}

export async function putStory(
  ctx: AppContext,
  actorOrNull: Actor | null,
  projectId: string,
  input: StoryInput,
): Promise<void> {
  const actor = requireActor(actorOrNull);
  const row = await findProject(ctx.db, projectId);
  if (!row || row.deleted_at) throw new NotFoundError();
  assertCan(actor, 'edit', {
    organisationId: row.organisation_id,
    visibility: row.visibility,
    published: row.status === 'published',
    sharedWithOrganisationIds: await sharesOf(ctx.db, projectId),
  });
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('project_stories')
      .select('version')
      .where('project_id', '=', projectId)
      .executeTakeFirst();
    const currentVersion = current ? Number(current.version) : 0;
    if ((input.version ?? 0) !== currentVersion) throw new ConflictError(undefined, { currentVersion });
    await writeStory(trx, projectId, input, currentVersion + 1, actor.userId, now);
    const territories = await territoriesOf(trx as unknown as typeof ctx.db, [projectId]);
    const derived = searchTextFor(
      {
        title: row.title,
        summary: row.summary,
        description: row.description,
        themes: JSON.parse(row.themes) as string[],
        publics: JSON.parse(row.publics) as string[],
        phase: row.phase,
        phaseStatus: row.phase_status,
        scalingSituation: row.scaling_situation,
        keyFigures: JSON.parse(row.key_figures) as { label: string }[],
      },
      territories,
      storyText(input),
    );
    await trx
      .updateTable('projects')
      .set({ ...derived, is_case_study: 1, updated_at: now })
      .where('id', '=', projectId)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'project.story.update',
        subjectType: 'project',
        subjectId: projectId,
        organisationId: row.organisation_id,
        details: { version: currentVersion + 1, phases: input.phases.length },
      },
      ctx.now(),
    );
  });
}
