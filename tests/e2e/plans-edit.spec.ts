import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PROJECT_IDS } from '../../src/server/library/library.demo.data.ts';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { demoAdmin, signInAs } from './sign-in.ts';

// The Bricobus scaling plan edited as its team would, as the demo administrator: the plan's own fields (situation,
// strategy chosen with the diagnostic's ranking in view, an objective with its figure and date, period, summary),
// one refused input first; an item changed by someone else while it is open (a conflict, nothing overwritten);
// a newer diagnostic whose proposals are reviewed, one of them applied.

const projectId = DEMO_PROJECT_IDS.bricobus;

test.describe.configure({ timeout: 300_000 });

type PlanItem = { id: string; kind: string; title: string; version: number };
type Plan = { id: string; items: PlanItem[] };

/** The Bricobus plan: seeded by the demo content; created from its completed diagnostic should it be missing. */
async function bricobusPlan(request: APIRequestContext): Promise<Plan> {
  const list = (await (await request.get(`/api/v1/projects/${projectId}/plans`)).json()) as {
    items: { id: string }[];
  };
  let id = list.items[0]?.id;
  if (!id) {
    const diagnostics = (await (await request.get(`/api/v1/projects/${projectId}/diagnostics`)).json()) as {
      items: { id: string; status: string }[];
    };
    const completed = diagnostics.items.find((d) => d.status === 'completed');
    const created = await request.post(`/api/v1/projects/${projectId}/plans`, {
      data: completed ? { diagnosticId: completed.id } : {},
    });
    expect(created.status(), await created.text()).toBe(201);
    id = ((await created.json()) as Plan).id;
  }
  return (await (await request.get(`/api/v1/plans/${id}`)).json()) as Plan;
}

async function openPlan(page: Page): Promise<Plan> {
  await signInAs(page, demoAdmin.email, demoAdmin.password);
  const plan = await bricobusPlan(page.request);
  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'La feuille de route' })).toBeVisible();
  return plan;
}

test('the plan’s own fields: a wrong period refused by field, then saved and shown after reload', async ({
  page,
}) => {
  await openPlan(page);
  const about = page.getByRole('region', { name: 'La feuille de route' });
  await about.getByRole('button', { name: 'Modifier la feuille de route' }).click();

  // Situation: the first one the method offers.
  await about.getByLabel('Situation', { exact: true }).click();
  const situation = page.getByRole('option').nth(1);
  const situationTitle = (await situation.innerText()).trim();
  await situation.click();

  // Strategy: the list follows the diagnostic's ranking, each option with its rank and score.
  const strategy = about.getByLabel('Stratégie retenue', { exact: true });
  await expect(strategy).toHaveAccessibleDescription(/classées par le diagnostic/);
  await strategy.click();
  const best = page.getByRole('option', { name: /\(rang 1, score \d+\)$/ });
  await expect(best).toBeVisible();
  await expect(page.getByRole('option', { name: /\(rang 2, score \d+\)$/ })).toBeVisible();
  const strategyTitle = (await best.innerText()).replace(/\s*\(rang 1, score \d+\)$/, '').trim();
  await best.click();

  // One objective with its figure, unit and date, in its own group of fields.
  const before = await about.getByRole('group', { name: /^Objectif \d+$/ }).count();
  await about.getByRole('button', { name: 'Ajouter un objectif' }).click();
  const objective = about.getByRole('group', { name: `Objectif ${before + 1}` });
  const objectiveLabel = `Sites ouverts ${Date.now()}`;
  await objective.getByRole('textbox', { name: 'Objectif', exact: true }).fill(objectiveLabel);
  await objective.getByRole('textbox', { name: 'Cible', exact: true }).fill('5');
  await objective.getByRole('textbox', { name: 'Unité', exact: true }).fill('sites');
  await objective.getByLabel('Date visée', { exact: true }).fill('2028-06-30');

  const summary = 'Trois intercommunalités accueillent le Bricobus d’ici fin 2028.';
  await about.getByRole('textbox', { name: 'Résumé', exact: true }).fill(summary);

  // The period the wrong way round (which also leaves the objective's date before the start): refused, the
  // summary names each field and each field carries its reason.
  const start = about.getByLabel('Début', { exact: true });
  const end = about.getByLabel('Fin', { exact: true });
  await start.fill('2028-12-31');
  await end.fill('2027-01-04');
  await about.getByRole('button', { name: 'Enregistrer' }).click();
  const errors = about.getByRole('alert', { name: /^Le formulaire contient 2\serreurs$/ });
  await expect(errors).toBeFocused();
  await expect(errors.getByRole('link', { name: /^Fin\s: / })).toContainText(
    'La date de fin doit venir après la date de début.',
  );
  await expect(errors.getByRole('link', { name: /^Objectif \d+, Date visée\s: / })).toContainText(
    'L’objectif ne peut pas être daté avant le début du plan.',
  );
  await expect(end).toHaveAccessibleDescription(/La date de fin doit venir après la date de début\./);
  await expect(objective.getByLabel('Date visée', { exact: true })).toHaveAccessibleDescription(
    /avant le début du plan/,
  );
  await expectNoAxeViolations(page);
  // The link of the summary leads to the field.
  await errors.getByRole('link', { name: /^Fin/ }).click();
  await expect(end).toBeFocused();

  await start.fill('2027-01-04');
  await end.fill('2028-12-31');
  await about.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(about.getByRole('button', { name: 'Modifier la feuille de route' })).toBeVisible();

  await page.reload();
  const shown = page.getByTestId('plan-about');
  await expect(shown).toContainText(situationTitle);
  await expect(shown).toContainText(strategyTitle);
  await expect(shown).toContainText('4 janv. 2027 → 31 déc. 2028');
  await expect(shown).toContainText(summary);
  // The diagnostic's ranking stays in view next to the choice.
  await expect(shown.getByRole('list').getByRole('listitem').first()).toContainText(strategyTitle);
  const row = page.getByTestId('objectives').getByRole('row', { name: new RegExp(objectiveLabel) });
  await expect(row).toContainText('5 sites');
  await expect(row).toContainText('30 juin 2028');
  await expectNoAxeViolations(page);
});

test('an item changed by someone else meanwhile: a clear conflict, the latest version shown, then saved', async ({
  page,
}) => {
  const plan = await openPlan(page);
  const item = plan.items.find((i) => i.kind === 'prerequisite');
  expect(item, 'the demo plan has prerequisites').toBeDefined();
  const section = page.getByRole('region', { name: 'Prérequis' });
  await section.getByRole('button', { name: `Modifier, ${item!.title}`, exact: true }).click();
  const title = section.getByRole('textbox', { name: 'Intitulé', exact: true });
  await expect(title).toHaveValue(item!.title);

  // Another member saves the same item first.
  const theirs = `${item!.title} (revu ${Date.now()})`;
  const other = await page.request.patch(`/api/v1/plans/${plan.id}/items/${item!.id}`, {
    data: { version: item!.version, title: theirs },
  });
  expect(other.status(), await other.text()).toBe(200);

  await section.getByRole('textbox', { name: 'Description', exact: true }).fill('Ma note, écrite trop tard');
  await section.getByRole('button', { name: 'Enregistrer' }).click();
  const conflict = section.getByRole('alert', { name: 'Modification simultanée' });
  await expect(conflict).toBeFocused();
  await expect(conflict).toContainText('Quelqu’un a modifié cet élément pendant que vous le modifiiez.');
  // Nothing was overwritten: the form now shows the other member's version.
  await expect(title).toHaveValue(theirs);
  await expectNoAxeViolations(page);

  await section.getByRole('textbox', { name: 'Description', exact: true }).fill('Ma note, reprise');
  await section.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByTestId('table-prerequisite')).toContainText(theirs);
  const saved = (await (await page.request.get(`/api/v1/plans/${plan.id}`)).json()) as {
    items: { id: string; title: string; description: string }[];
  };
  expect(saved.items.find((i) => i.id === item!.id)).toMatchObject({
    title: theirs,
    description: 'Ma note, reprise',
  });

  // The prerequisites are a checklist: ticked done without opening the form.
  const done = section.getByRole('checkbox', { name: `Fait, ${theirs}`, exact: true });
  await expect(done).not.toBeChecked();
  // A click, not check(): the box follows the saved status, so it turns checked once the server has answered.
  await done.click();
  await expect(done).toBeChecked();
  // `has` is searched inside each row: the box by its name only, not through the section.
  const row = page
    .getByTestId('table-prerequisite')
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: `Fait, ${theirs}`, exact: true }) });
  await expect(row).toContainText('Terminé');
  await expectNoAxeViolations(page);
});

test('a newer diagnostic proposes updates: one new item chosen, applied, and found in the plan', async ({
  page,
}) => {
  await signInAs(page, demoAdmin.email, demoAdmin.password);
  // A newer readiness diagnostic of Bricobus: the reference answers, but the leader's time now unknown.
  const example = JSON.parse(
    readFileSync(new URL('../../content/instruments/examples/bricobus.json', import.meta.url), 'utf8'),
  ) as { answers: Record<string, unknown> };
  const diagnosticTitle = `Point d’étape ${Date.now()}`;
  const created = await page.request.post(`/api/v1/projects/${projectId}/diagnostics`, {
    data: { instrumentId: 'carrier-readiness', title: diagnosticTitle },
  });
  expect(created.status(), await created.text()).toBe(201);
  const diagnostic = (await created.json()) as { id: string; version: number };
  const saved = await page.request.patch(`/api/v1/diagnostics/${diagnostic.id}/answers`, {
    data: {
      version: diagnostic.version,
      answers: { ...example.answers, 'capacity.leader-time': { unknown: true } },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const completed = await page.request.post(`/api/v1/diagnostics/${diagnostic.id}/complete`, {
    data: { version: ((await saved.json()) as { version: number }).version },
  });
  expect(completed.status(), await completed.text()).toBe(200);

  await openPlan(page);
  const panel = page.getByRole('region', { name: 'Mettre à jour depuis un nouveau diagnostic' });
  await panel.getByLabel('Diagnostic à comparer', { exact: true }).click();
  await page.getByRole('option', { name: new RegExp(diagnosticTitle) }).click();
  await panel.getByRole('button', { name: 'Voir les propositions' }).click();

  const proposals = panel.getByTestId('proposals');
  await expect(proposals).toContainText('Par rapport au diagnostic d’origine\u00a0:');
  const toAdd = proposals.getByRole('group', { name: 'Éléments à ajouter' }).getByRole('checkbox');
  await expect(toAdd.first()).toBeChecked();
  await expectNoAxeViolations(page);

  // Keep only the first proposed item: untick every other addition and every closing.
  const count = await toAdd.count();
  for (let i = 1; i < count; i++) await toAdd.nth(i).uncheck();
  const toClose = proposals.getByRole('group', { name: /^Éléments à clore/ }).getByRole('checkbox');
  for (let i = 0; i < (await toClose.count()); i++) await toClose.nth(i).uncheck();
  // Each proposal is labelled « kind — title ».
  const label = await toAdd.first().evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
  const newTitle = label.split(' — ').slice(1).join(' — ').trim();
  expect(newTitle).not.toBe('');

  await proposals.getByRole('button', { name: 'Appliquer les changements choisis' }).click();
  await expect(proposals.getByRole('status')).toHaveText(
    'Feuille de route mise à jour\u00a0: 1 élément(s) ajouté(s), 0 clos.',
  );
  await expect(page.locator('[data-testid^="table-"]', { hasText: newTitle })).toHaveCount(1);
  await expectNoAxeViolations(page);
});
