import type { AppContext } from '../context.ts';
import { hashPassword } from '../auth/passwords.ts';
import { findUserByEmail, insertUser } from '../accounts/users.repository.ts';
import { DEMO_PASSWORD } from '../accounts/accounts.demo.ts';
import { projectInput } from './library.schemas.ts';
import { resolveTerritories } from './projects.derive.ts';
import { insertProject } from './projects.service.ts';
import { storyText, writeStory } from './story.service.ts';
import { searchTextFor } from './projects.derive.ts';
import { DEMO_ORGANISATIONS, DEMO_ORGANISATION_IDS, fictionalProjectId } from './library.demo.data.ts';
import { CASE_STUDIES } from './library.demo.case-studies.ts';
import { FICTIONAL_PROJECTS } from './library.demo.fictional.ts';

export { DEMO_ORGANISATION_IDS, DEMO_PROJECT_IDS, fictionalProjectId } from './library.demo.data.ts';

/** A fictional library editor, owner of the demo organisations (password: the demo password). */
export const DEMO_LIBRARY_EMAIL = 'bibliotheque@demo.essaim.localhost';

const PUBLICS: Record<string, string[]> = {
  energy: ['habitants', 'collectivités'],
  water: ['agriculteurs', 'collectivités'],
  'food-agriculture': ['agriculteurs', 'restauration collective'],
  housing: ['ménages modestes', 'bailleurs'],
  mobility: ['habitants des zones rurales'],
  'employment-integration': ['demandeurs d’emploi'],
  health: ['patients', 'professionnels de santé'],
  culture: ['habitants', 'artistes'],
  digital: ['personnes éloignées du numérique'],
  'social-ties': ['personnes isolées', 'bénévoles'],
  environment: ['habitants', 'élus'],
  other: ['communes'],
};

/**
 * The library's demo content: the organisations of the three reference cases with their case studies (facts and
 * dated stories from public sources), and fictional projects across themes and régions so that search, facets and
 * the map mean something. Runs once per database, after 'accounts'.
 */
export async function seedDemoLibrary(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  const iso = now.toISOString();
  let userId = (await findUserByEmail(ctx.db, DEMO_LIBRARY_EMAIL))?.id;
  userId ??= await insertUser(
    ctx.db,
    {
      email: DEMO_LIBRARY_EMAIL,
      displayName: 'Camille Bibliothèque (démonstration)',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      language: 'fr',
      platformRole: 'user',
      emailVerifiedAt: iso,
    },
    now,
  );
  await ctx.db.transaction().execute(async (trx) => {
    for (const o of DEMO_ORGANISATIONS) {
      await trx
        .insertInto('organisations')
        .values({
          id: o.id,
          name: o.name,
          kind: o.kind,
          siren: null,
          territory_code: o.territoryCode,
          territory_type: o.territoryType,
          description: o.description,
          created_by: userId,
          created_at: iso,
          updated_at: iso,
          deleted_at: null,
        })
        .execute();
      await trx
        .insertInto('memberships')
        .values({ organisation_id: o.id, user_id: userId, role: 'owner', created_at: iso })
        .execute();
    }

    for (const [i, c] of CASE_STUDIES.entries()) {
      const input = projectInput.parse({
        ...c.project,
        organisationId: c.organisationId,
        visibility: c.sharedWith ? 'shared' : c.project.visibility,
        sharedWithOrganisationIds: c.sharedWith ?? [],
      });
      // Terres de Sources is shared with the SCIC and public at once: public wins for reading, the share says who works on it.
      if (c.sharedWith) input.visibility = 'public';
      const { territories, errors } = resolveTerritories(input.territories);
      if (Object.keys(errors).length > 0)
        throw new Error(`demo case ${c.project.title}: ${JSON.stringify(errors)}`);
      const at = new Date(now.getTime() - i * 3_600_000).toISOString();
      await insertProject(
        trx,
        {
          ...input,
          id: c.id,
          status: 'published',
          source: 'Contenu de démonstration (sources publiques citées)',
          createdBy: userId,
          now: at,
        },
        territories,
      );
      const story = { ...c.story, version: undefined };
      await writeStory(trx, c.id, story, 1, userId, at);
      await trx
        .updateTable('projects')
        .set(searchTextFor(input, territories, storyText(story)))
        .where('id', '=', c.id)
        .execute();
      if (c.sharedWith)
        await trx
          .insertInto('project_shares')
          .values(c.sharedWith.map((organisation_id) => ({ project_id: c.id, organisation_id })))
          .execute();
    }

    for (const [
      i,
      [title, themes, commune, phase, phaseStatus, scalingSituation, summary, org],
    ] of FICTIONAL_PROJECTS.entries()) {
      // A few private or draft records, so that permissions show in the demo.
      const visibility = i % 13 === 5 ? 'private' : 'public';
      const status = i % 11 === 7 ? 'draft' : 'published';
      const input = projectInput.parse({
        organisationId: DEMO_ORGANISATION_IDS[org],
        title,
        summary: `Projet fictif de démonstration. ${summary}`,
        description: `« Projet fictif de démonstration » : cette fiche illustre la bibliothèque et ne décrit pas un projet réel.\n\n${summary}`,
        themes,
        publics: PUBLICS[themes[0]] ?? [],
        territories: [commune],
        phase,
        phaseStatus,
        scalingSituation,
        keyFigures: [{ label: 'Personnes concernées (fictif)', value: 40 + ((i * 37) % 400), year: 2025 }],
        visibility,
        isFictional: true,
      });
      const { territories, errors } = resolveTerritories(input.territories);
      if (Object.keys(errors).length > 0) throw new Error(`demo project ${title}: ${JSON.stringify(errors)}`);
      const at = new Date(now.getTime() - (i + 3) * 2 * 86_400_000).toISOString();
      await insertProject(
        trx,
        {
          ...input,
          id: fictionalProjectId(i),
          status,
          source: 'Projet fictif de démonstration',
          createdBy: userId,
          now: at,
        },
        territories,
      );
    }
  });
}
