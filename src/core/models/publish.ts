import type { ModelContent } from './model.schemas.ts';

/**
 * What a kit must hold before it can be published: without these a replicator cannot tell what to keep, what to
 * adapt and how to start. Each missing item has a stable path (for the editor) and a message in both languages.
 */
export interface MissingBlock {
  path: string;
  message: { fr: string; en: string };
}

export function findMissingRequiredBlocks(model: ModelContent): MissingBlock[] {
  const missing: MissingBlock[] = [];
  const need = (ok: boolean, path: string, fr: string, en: string) => {
    if (!ok) missing.push({ path, message: { fr, en } });
  };
  const filled = (s: string) => s.trim().length > 0;
  need(
    filled(model.identity.name),
    'identity.name',
    'Le nom du modèle est vide.',
    'The model’s name is empty.',
  );
  need(
    filled(model.identity.need),
    'identity.need',
    'Le besoin auquel il répond est vide.',
    'The need it answers is empty.',
  );
  need(
    filled(model.identity.audience),
    'identity.audience',
    'Le public (pour qui) est vide.',
    'Who it is for is empty.',
  );
  need(
    model.elements.some((e) => e.kind === 'fixed'),
    'elements',
    'Aucun élément fixe : dites ce qui ne doit pas changer.',
    'No fixed element: say what must not change.',
  );
  model.elements.forEach((e, i) => {
    if (e.kind === 'fixed')
      need(
        filled(e.why),
        `elements.${i}.why`,
        `Élément « ${e.title || e.id} » : dites pourquoi il est fixe.`,
        `Element “${e.title || e.id}”: say why it is fixed.`,
      );
    else
      need(
        filled(e.limits) || e.options.length > 0,
        `elements.${i}.limits`,
        `Élément « ${e.title || e.id} » : donnez les options ou les limites de l’adaptation.`,
        `Element “${e.title || e.id}”: give the options or the limits of adaptation.`,
      );
  });
  need(
    model.prerequisites.length > 0,
    'prerequisites',
    'Aucun prérequis pour le territoire d’accueil.',
    'No prerequisite for the host territory.',
  );
  need(
    model.phases.length > 0,
    'phases',
    'Aucune étape : décrivez au moins une phase.',
    'No step: describe at least one phase.',
  );
  model.phases.forEach((p, i) =>
    need(
      p.tasks.length > 0,
      `phases.${i}.tasks`,
      `Phase « ${p.title || p.id} » : aucune tâche.`,
      `Phase “${p.title || p.id}”: no task.`,
    ),
  );
  need(model.roles.length > 0, 'roles', 'Aucun rôle décrit.', 'No role described.');
  need(
    model.licence !== null,
    'licence',
    'Choisissez une licence pour le kit.',
    'Choose a licence for the kit.',
  );
  return missing;
}
