import {
  CASE_IDS,
  EXPECTED_CONTROL_LEVELS,
  INITIATIVE_IDS,
  REQUIRED_VIGILANCE_IDS,
  SITUATION_IDS,
  STRATEGY_IDS,
} from './method.schemas.ts';
import type { LocalizedText, MethodContent } from './method.schemas.ts';

// A small, complete and coherent content built in memory (src/core may not read files): every test starts from
// a fresh copy and changes one thing.
export const lt = (fr: string, en = `${fr} (en)`): LocalizedText => ({ fr, en });
const example = { caseId: null, fictional: true, text: lt('Exemple fictif') };

export function fixture(): MethodContent {
  return {
    sources: [
      {
        id: 'avise',
        label: 'Stratégies pour changer d’échelle',
        authors: 'Avise',
        year: 2014,
        url: 'https://www.avise.org/changer-d-echelle',
        description: lt('Guide'),
      },
      {
        id: 'nesta',
        label: 'Making it big',
        authors: 'Nesta',
        year: 2014,
        url: null,
        description: lt('Rapport'),
      },
    ],
    introduction: [
      {
        id: 'definition',
        title: lt('Définition'),
        body: lt('Faire grandir l’**impact**.'),
        sources: ['nesta'],
      },
    ],
    situations: SITUATION_IDS.map((id) => ({
      id,
      title: lt(`Situation ${id}`),
      summary: lt('Résumé'),
      description: lt('Description'),
      signs: [lt('Signe un'), lt('Signe deux')],
      strategies: ['cooperation'],
      example: { caseId: 'bricobus', fictional: false, text: lt('Le Bricobus') },
      sources: ['avise'],
    })),
    strategies: STRATEGY_IDS.map((id) => ({
      id,
      controlLevel: id === 'cooperation' ? null : EXPECTED_CONTROL_LEVELS[id],
      transversal: id === 'cooperation',
      title: lt(
        id === 'franchise' ? 'Franchise sociale' : `Stratégie ${id}`,
        id === 'franchise' ? 'Social franchise' : `Strategy ${id}`,
      ),
      summary: lt(
        id === 'essaimage-souple' ? 'Des structures autonomes adhèrent à une charte commune.' : 'Résumé',
      ),
      description: lt('Description'),
      whenItFits: lt('Quand'),
      costs: lt('Coûts'),
      demandsOnCarrier: lt('Exigences'),
      risks: [{ vigilanceId: 'loss-of-soul', text: lt('Risque') }],
      example,
      sources: ['avise'],
    })),
    initiatives: INITIATIVE_IDS.map((id) => ({
      id,
      title: lt(`Initiative ${id}`),
      summary: lt('Résumé'),
      description: lt('Description'),
      tips: [lt('Conseil')],
      vigilance: [],
      example,
      sources: ['avise'],
    })),
    vigilance: REQUIRED_VIGILANCE_IDS.map((id) => ({
      id,
      title: lt(
        id === 'volunteer-fatigue' ? 'L’essoufflement des bénévoles' : `Vigilance ${id}`,
        id === 'volunteer-fatigue' ? 'Volunteer fatigue' : `Vigilance ${id}`,
      ),
      category: 'difficulty' as const,
      explanation: lt('Explication'),
      actions: [lt('Action')],
      signs: [lt('Signe')],
      sources: ['avise'],
    })),
    methodPoints: [
      {
        id: 'secure-pilot',
        title: lt('Sécuriser le projet d’origine'),
        summary: lt('Protéger le site pilote'),
        body: lt(
          'Séparer les budgets de l’**essaimage** et ceux du site.\n\nProtéger le temps des personnes clés.',
        ),
        vigilance: ['pilot-weakened'],
        sources: ['avise'],
      },
    ],
    glossary: [
      {
        id: 'essaimage',
        term: lt('Essaimage', 'Spreading'),
        definition: lt('Transposer un projet ailleurs'),
        seeAlso: ['energie'],
        sources: ['avise'],
      },
      {
        id: 'energie',
        term: lt('Énergie citoyenne', 'Community energy'),
        definition: lt('Énergie produite par des habitants'),
        seeAlso: [],
        sources: ['avise'],
      },
    ],
    cases: CASE_IDS.map((id) => ({
      id,
      name: id,
      carrier: lt('Porteur'),
      summary: lt('Résumé'),
      facts: [
        { text: lt('Fait un'), certain: true },
        { text: lt('Fait deux'), certain: false },
        { text: lt('Fait trois'), certain: true },
      ],
      situations: [...SITUATION_IDS],
      strategies: ['duplication'],
      illustrates: lt('Illustre'),
      lessons: [lt('Leçon un'), lt('Leçon deux')],
      sources: ['avise'],
    })),
  };
}
