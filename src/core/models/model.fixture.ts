import { emptyModelContent, type ModelContent } from './model.schemas.ts';

/** A small model that can be published (tests of the core, the server and the web). */
export function completeModel(): ModelContent {
  return {
    ...emptyModelContent('Atelier mobile'),
    identity: {
      name: 'Atelier mobile',
      need: 'Logements dégradés',
      audience: 'Ménages modestes',
      results: '300 chantiers',
      whereItRuns: ['Loiret'],
    },
    elements: [
      {
        id: 'accomp',
        title: 'Accompagnement',
        description: '',
        kind: 'fixed',
        why: 'Le cœur du modèle',
        options: [],
        limits: '',
        examples: [],
        evidenceLevel: 'observed',
      },
      {
        id: 'vehicule',
        title: 'Véhicule',
        description: '',
        kind: 'adaptable',
        why: '',
        options: ['fourgon', 'remorque'],
        limits: '',
        examples: [],
        evidenceLevel: 'anecdotal',
      },
    ],
    prerequisites: [
      {
        id: 'porteur',
        title: 'Un porteur local',
        description: '',
        category: 'carrier',
        fitQuestionIds: ['local-carrier.identified'],
      },
    ],
    phases: [
      {
        id: 'p1',
        title: 'Émergence',
        description: '',
        duration: '3 mois',
        tasks: [
          {
            id: 't1',
            title: 'Réunir',
            description: '',
            duration: '',
            roles: ['animateur'],
            deliverables: [],
            resourceRefs: [],
          },
        ],
      },
    ],
    roles: [{ id: 'animateur', title: 'Animateur technique', description: '' }],
    licence: 'CC-BY-SA',
  };
}
