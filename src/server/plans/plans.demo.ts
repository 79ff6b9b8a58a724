import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { createItem } from './plan-items.service.ts';
import { createPlan } from './plans.service.ts';

/**
 * Demo plan: the Bricobus reference project gets a scaling plan derived from its demo diagnostic (prerequisites,
 * risks and safeguards linked to the answers), with milestones, budget lines and partners added as its team would.
 * Runs after the diagnostics seeder; skipped when the project or its diagnostic is missing.
 */
export async function seedDemoPlans(ctx: AppContext): Promise<string | null> {
  const project = await ctx.db
    .selectFrom('projects')
    .select(['id', 'organisation_id'])
    .where('title', 'like', 'Bricobus%')
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .executeTakeFirst();
  if (!project) return null;
  const diagnostic = await ctx.db
    .selectFrom('diagnostics')
    .select('id')
    .where('project_id', '=', project.id)
    .where('status', '=', 'completed')
    .where('deleted_at', 'is', null)
    .orderBy('completed_at', 'desc')
    .executeTakeFirst();
  const owner = await ctx.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.display_name'])
    .where('memberships.organisation_id', '=', project.organisation_id)
    .orderBy('memberships.role', 'desc')
    .orderBy('memberships.created_at')
    .executeTakeFirst();
  if (!diagnostic || !owner) return null;
  const actor: Actor = {
    userId: owner.id,
    email: owner.email,
    displayName: owner.display_name,
    language: 'fr',
    platformRole: 'user',
    emailVerified: true,
    sessionId: 'demo-seed',
    memberships: [{ organisationId: project.organisation_id, role: 'owner' }],
  };
  const plan = await createPlan(ctx, actor, project.id, {
    diagnosticId: diagnostic.id,
    title: 'Feuille de route\u00a0: essaimer le Bricobus dans trois intercommunalités',
  });
  const add = (body: Parameters<typeof createItem>[3]) => createItem(ctx, actor, plan.id, body);
  const common = { description: '', ownerId: owner.id, status: 'en-cours' as const };
  const kit = await add({
    ...common,
    kind: 'milestone',
    title: 'Kit de transfert rédigé',
    startDate: '2027-01-04',
    dueDate: '2027-04-30',
    details: { dependsOn: [] },
  });
  const pilotSite = await add({
    ...common,
    kind: 'milestone',
    title: 'Premier site partenaire lancé',
    startDate: '2027-05-03',
    dueDate: '2027-09-30',
    details: { dependsOn: [kit.id] },
  });
  await add({
    ...common,
    kind: 'milestone',
    title: 'Bilan et deux nouveaux sites',
    startDate: '2027-10-01',
    dueDate: '2028-06-30',
    details: { dependsOn: [pilotSite.id] },
  });
  await add({
    ...common,
    kind: 'budget-line',
    title: 'Second camion aménagé',
    startDate: null,
    dueDate: null,
    details: {
      category: 'investment',
      amount: 48_000,
      fundingSource: 'Région (fonds d’innovation sociale)',
      fundingStatus: 'requested',
    },
  });
  await add({
    ...common,
    kind: 'budget-line',
    title: 'Poste de coordination de l’essaimage (mi-temps, 2 ans)',
    startDate: null,
    dueDate: null,
    details: {
      category: 'running',
      amount: 52_000,
      fundingSource: 'Fondation partenaire',
      fundingStatus: 'granted',
    },
  });
  await add({
    ...common,
    kind: 'budget-line',
    title: 'Formation des équipes locales',
    startDate: null,
    dueDate: null,
    details: { category: 'running', amount: 9_500, fundingSource: '', fundingStatus: 'sought' },
  });
  await add({
    ...common,
    ownerId: null,
    kind: 'partner',
    title: 'Communauté de communes d’accueil',
    startDate: null,
    dueDate: null,
    details: { role: 'Porte le site local et met à disposition un lieu de stationnement', contact: '' },
  });
  await add({
    ...common,
    ownerId: null,
    kind: 'partner',
    title: 'Réseau des recycleries du département',
    startDate: null,
    dueDate: null,
    details: { role: 'Fournit outils et matériaux de réemploi', contact: '' },
  });
  return plan.id;
}
