import type { Random } from './random.ts';
import type { Theme } from '../../src/server/library/library.schemas.ts';

/**
 * French text for generated projects, written the way project sheets of a national network read: an action, what
 * it serves, where, and a few sentences on how it runs. Vocabulary by theme so that full-text search has the same
 * skew as real content (many « énergie » projects, few « numérique » ones).
 */
interface ThemeWords {
  weight: number;
  actions: string[];
  objects: string[];
  sentences: string[];
  publics: string[];
}

export const THEME_WORDS: Record<Theme, ThemeWords> = {
  energy: {
    weight: 14,
    actions: ['Centrale solaire citoyenne', 'Chaufferie bois collective', 'Rénovation énergétique accompagnée', 'Parc éolien participatif', 'Réseau de chaleur communal'],
    objects: ['des toits publics', 'du centre-bourg', 'des logements sociaux', 'des écoles', 'de la vallée'],
    sentences: [
      'Les habitants deviennent actionnaires de la société de projet et décident de l’usage des bénéfices.',
      'Les toitures des bâtiments communaux accueillent des panneaux photovoltaïques financés par l’épargne locale.',
      'Un conseiller accompagne les ménages en précarité énergétique, du diagnostic à la réception des travaux.',
      'La plaquette forestière vient de haies entretenues par des agriculteurs du territoire.',
    ],
    publics: ['Habitants', 'Ménages modestes', 'Collectivités', 'Agriculteurs'],
  },
  water: {
    weight: 6,
    actions: ['Protection des captages', 'Récupération des eaux de pluie', 'Restauration des zones humides', 'Gestion concertée de la rivière'],
    objects: ['du bassin versant', 'des jardins familiaux', 'de la commune', 'des exploitations voisines'],
    sentences: [
      'Les agriculteurs situés sur les aires de captage changent de pratiques avec l’appui du syndicat des eaux.',
      'Des cuves installées chez les habitants réduisent l’arrosage à l’eau potable pendant les sécheresses.',
      'Un comité de rivière réunit pêcheurs, riverains et élus deux fois par an.',
    ],
    publics: ['Agriculteurs', 'Riverains', 'Élus'],
  },
  'food-agriculture': {
    weight: 14,
    actions: ['Légumerie solidaire', 'Cantine bio et locale', 'Épicerie coopérative', 'Jardins partagés', 'Marché de producteurs', 'Couveuse agricole'],
    objects: ['pour les écoles', 'du quartier', 'en circuit court', 'des producteurs locaux', 'du pays'],
    sentences: [
      'La légumerie transforme les légumes des maraîchers du territoire pour la restauration collective.',
      'Les repas servis à la cantine comptent plus de la moitié de produits bio et locaux.',
      'Les adhérents de l’épicerie donnent trois heures par mois et fixent ensemble les prix.',
      'De jeunes agriculteurs testent leur activité pendant deux ans avant de s’installer.',
    ],
    publics: ['Enfants', 'Familles', 'Agriculteurs', 'Personnes âgées'],
  },
  housing: {
    weight: 9,
    actions: ['Habitat participatif', 'Auto-réhabilitation accompagnée', 'Colocation intergénérationnelle', 'Pension de famille', 'Résidence d’accueil'],
    objects: ['en centre-bourg', 'pour les jeunes actifs', 'des logements vacants', 'du parc privé'],
    sentences: [
      'Les futurs habitants conçoivent leurs logements et les espaces partagés avec un architecte.',
      'Un animateur technique aide les propriétaires modestes à rénover eux-mêmes leur logement.',
      'Des étudiants logent chez des personnes âgées contre une présence le soir.',
    ],
    publics: ['Personnes âgées', 'Jeunes', 'Ménages modestes', 'Propriétaires occupants'],
  },
  mobility: {
    weight: 10,
    actions: ['Garage solidaire', 'Transport à la demande', 'Covoiturage de proximité', 'Vélos à assistance électrique en location', 'Auto-école sociale'],
    objects: ['en milieu rural', 'pour l’accès à l’emploi', 'entre les villages', 'du canton'],
    sentences: [
      'Le garage répare à prix coûtant les véhicules des personnes en insertion.',
      'Des bénévoles conduisent les personnes sans voiture vers les commerces et les rendez-vous médicaux.',
      'La location longue durée de vélos à assistance électrique remplace la deuxième voiture des ménages.',
    ],
    publics: ['Demandeurs d’emploi', 'Personnes âgées', 'Jeunes'],
  },
  'employment-integration': {
    weight: 10,
    actions: ['Chantier d’insertion', 'Territoire zéro chômeur de longue durée', 'Groupement d’employeurs', 'Couveuse d’activités', 'Recyclerie d’insertion'],
    objects: ['du territoire', 'en espaces naturels', 'des métiers du bâtiment', 'des quartiers prioritaires'],
    sentences: [
      'Les salariés en parcours d’insertion sont accompagnés vers un emploi durable ou une formation qualifiante.',
      'L’entreprise à but d’emploi embauche en CDI les personnes privées d’emploi qui le souhaitent.',
      'Les employeurs mutualisent des postes à temps partiel pour proposer des emplois à temps plein.',
    ],
    publics: ['Demandeurs d’emploi', 'Jeunes', 'Bénéficiaires du RSA'],
  },
  health: {
    weight: 7,
    actions: ['Maison de santé pluriprofessionnelle', 'Prévention itinérante', 'Soutien aux aidants', 'Bus de dépistage'],
    objects: ['en zone rurale', 'du bassin de vie', 'pour les aidants', 'des quartiers'],
    sentences: [
      'Médecins, infirmiers et kinésithérapeutes partagent un projet de santé et un secrétariat.',
      'Une équipe mobile propose dépistages et ateliers de prévention dans les villages.',
      'Les aidants trouvent un temps de répit et un groupe de parole chaque mois.',
    ],
    publics: ['Aidants', 'Personnes âgées', 'Patients'],
  },
  culture: {
    weight: 7,
    actions: ['Résidence d’artistes', 'Bibliothèque itinérante', 'Théâtre en milieu rural', 'Musée de territoire', 'Festival de village'],
    objects: ['dans les villages', 'avec les habitants', 'du patrimoine local', 'de l’intercommunalité'],
    sentences: [
      'Les artistes en résidence créent un spectacle avec les habitants et le jouent dans les salles des fêtes.',
      'Le bibliobus passe chaque mois dans les communes sans bibliothèque.',
      'Les collections racontent l’histoire ouvrière de la vallée, collectée auprès des anciens.',
    ],
    publics: ['Habitants', 'Enfants', 'Scolaires'],
  },
  digital: {
    weight: 5,
    actions: ['Médiation numérique', 'Tiers-lieu numérique', 'Reconditionnement d’ordinateurs', 'Accompagnement aux démarches en ligne'],
    objects: ['pour les seniors', 'en mairie', 'du territoire', 'des familles'],
    sentences: [
      'Des conseillers numériques aident aux démarches en ligne lors de permanences en mairie.',
      'Les ordinateurs reconditionnés sont vendus à prix solidaire aux familles et aux étudiants.',
      'Le tiers-lieu propose un espace de travail partagé et des ateliers de fabrication.',
    ],
    publics: ['Personnes âgées', 'Familles', 'Étudiants'],
  },
  'social-ties': {
    weight: 8,
    actions: ['Café associatif', 'Lutte contre l’isolement', 'Centre social itinérant', 'Réseau de bénévoles', 'Maison des habitants'],
    objects: ['des personnes âgées', 'du quartier', 'intergénérationnel', 'en milieu rural'],
    sentences: [
      'Des bénévoles rendent visite chaque semaine aux personnes âgées isolées.',
      'Le café associatif accueille ateliers, réunions et permanences des services publics.',
      'Les habitants décident du programme d’activités lors d’une assemblée mensuelle.',
    ],
    publics: ['Personnes âgées', 'Habitants', 'Bénévoles'],
  },
  environment: {
    weight: 8,
    actions: ['Ressourcerie', 'Repair café', 'Plantation de haies', 'Compostage partagé', 'Atlas de la biodiversité communale'],
    objects: ['du territoire', 'avec les écoles', 'en pied d’immeuble', 'des agriculteurs'],
    sentences: [
      'Les objets collectés sont réparés, revendus à petit prix et les déchets réduits d’autant.',
      'Des bénévoles réparent appareils et vêtements un samedi par mois.',
      'Les haies plantées avec les agriculteurs protègent les sols et accueillent la biodiversité.',
    ],
    publics: ['Habitants', 'Scolaires', 'Agriculteurs'],
  },
  other: {
    weight: 2,
    actions: ['Mutualisation des achats', 'Coopérative d’activités', 'Fonds de dotation territorial'],
    objects: ['des communes', 'des associations', 'du territoire'],
    sentences: [
      'Les communes achètent ensemble fournitures et services pour payer moins cher.',
      'Les entrepreneurs salariés de la coopérative partagent comptabilité et assurances.',
    ],
    publics: ['Collectivités', 'Associations'],
  },
};

const COMMON_SENTENCES = [
  'Le projet est né d’un constat partagé lors d’une réunion publique.',
  'Une association porte le projet avec la commune et l’intercommunalité.',
  'Le financement associe subventions publiques, mécénat et recettes propres.',
  'Un comité de pilotage réunit les partenaires deux fois par an.',
  'L’équipe cherche aujourd’hui à essaimer le modèle dans les territoires voisins.',
  'Les premiers résultats ont été présentés au conseil communautaire.',
  'Deux salariés et une vingtaine de bénévoles font vivre le projet.',
];

/** A title such as « Légumerie solidaire pour les écoles à Saint-Flour ». */
export function projectTitle(random: Random, theme: Theme, place: string): string {
  const words = THEME_WORDS[theme];
  return `${random.pick(words.actions)} ${random.pick(words.objects)} à ${place}`;
}

export function projectSummary(random: Random, theme: Theme): string {
  const words = THEME_WORDS[theme];
  return `${random.pick(words.sentences)} ${random.pick(COMMON_SENTENCES)}`;
}

/** A few paragraphs in Markdown (the description field accepts a safe subset). */
export function projectDescription(random: Random, theme: Theme): string {
  const words = THEME_WORDS[theme];
  const paragraphs: string[] = [];
  const count = 2 + random.int(3);
  for (let i = 0; i < count; i++) {
    const sentences = [random.pick(words.sentences), random.pick(COMMON_SENTENCES), random.pick(words.sentences)];
    paragraphs.push(sentences.join(' '));
  }
  return `## Le projet\n\n${paragraphs.join('\n\n')}`;
}

export function projectPublics(random: Random, theme: Theme): string[] {
  const publics = THEME_WORDS[theme].publics;
  return [...new Set([random.pick(publics), random.pick(publics)])];
}

const FIRST_NAMES = ['Camille', 'Dominique', 'Claude', 'Sacha', 'Nadia', 'Yannick', 'Hélène', 'Mathieu', 'Aïcha', 'Loïc', 'Élodie', 'Karim'];
const LAST_NAMES = ['Martin', 'Bernard', 'Lefèvre', 'Moreau', 'Garnier', 'Benali', 'Le Goff', 'Roux', 'Fournier', 'Nguyen', 'Dupont'];

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

const ORGANISATION_KINDS = [
  { kind: 'association', prefix: 'Association' },
  { kind: 'association', prefix: 'Association' },
  { kind: 'commune', prefix: 'Commune de' },
  { kind: 'cooperative', prefix: 'SCIC' },
] as const;

/** An organisation named after its commune; its kind is one the organisations service accepts with a commune code. */
export function organisationName(random: Random, place: string): { name: string; kind: 'association' | 'commune' | 'cooperative' } {
  const k = random.pick(ORGANISATION_KINDS);
  const name = k.kind === 'commune' ? `${k.prefix} ${place}` : `${k.prefix} ${random.pick(['Terres', 'Ensemble', 'Racines', 'Cap', 'Les Ateliers'])} de ${place}`;
  return { name, kind: k.kind };
}
