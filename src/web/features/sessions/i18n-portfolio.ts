/**
 * Copy of the facilitator's portfolio, of the method and case-study pickers and of the comparison tables (part of
 * the `sessionsManage` namespace, i18n-manage-ns.ts).
 */
const N = '\u00a0';

export const portfolioFr = {
  title: 'Projets que j’accompagne',
  intro:
    'Les projets dont l’organisation vous a invité ou invitée à les suivre, avec leur dernier diagnostic, l’avancement de leur feuille de route et leurs sites. Vos notes ne sont visibles que par vous.',
  none: `Aucun projet ne vous a encore invité. L’organisation d’un projet vous invite depuis la page du projet, avec l’adresse de votre compte${N}; le projet apparaîtra ici.`,
  compareTitle: 'Comparer les projets suivis',
  compareCaption: 'Dernier diagnostic, feuille de route et sites de chaque projet suivi',
  projectsTitle: 'Chaque projet',
  organisation: 'Organisation',
  since: 'Suivi depuis le {{date}}',
  situations: 'Situations',
  sites: 'Sites',
  sitesCount: '{{count}} site(s)',
  sitesMore: 'et {{count}} autre(s)',
  noSite: 'Aucun site',
  openDiagnostic: 'Lire le dernier diagnostic de {{title}}',
  openPlan: 'Lire la feuille de route de {{title}}',
  siteLine: '{{name}} ({{stage}})',
  notes: 'Mes notes privées',
  notesHelp: 'Visibles par vous seul ou seule, jamais par le projet.',
  notesSave: 'Enregistrer les notes',
  notesSaved: 'Notes enregistrées.',
  notesUpdated: 'Dernière modification le {{date}}',
  end: 'Arrêter de suivre ce projet',
  endConfirm: `Arrêter de suivre «${N}{{title}}${N}»${N}? Vos notes ne seront plus accessibles.`,
  endDone: 'Vous ne suivez plus ce projet.',
  confirm: 'Confirmer',
  cancel: 'Annuler',
};

export const portfolioEn: typeof portfolioFr = {
  title: 'Projects I accompany',
  intro:
    'The projects whose organisation invited you to follow them, with their latest diagnostic, plan progress and sites. Only you can see your notes.',
  none: 'No project has invited you yet. A project’s organisation invites you from the project’s page, with your account’s address; the project will then appear here.',
  compareTitle: 'Compare the projects you follow',
  compareCaption: 'Latest diagnostic, plan and sites of each project you follow',
  projectsTitle: 'Each project',
  organisation: 'Organisation',
  since: 'Followed since {{date}}',
  situations: 'Situations',
  sites: 'Sites',
  sitesCount: '{{count}} site(s)',
  sitesMore: 'and {{count}} more',
  noSite: 'No site',
  openDiagnostic: 'Read the latest diagnostic of {{title}}',
  openPlan: 'Read the roadmap of {{title}}',
  siteLine: '{{name}} ({{stage}})',
  notes: 'My private notes',
  notesHelp: 'Only you can see them, never the project.',
  notesSave: 'Save notes',
  notesSaved: 'Notes saved.',
  notesUpdated: 'Last changed on {{date}}',
  end: 'Stop following this project',
  endConfirm: 'Stop following “{{title}}”? You will no longer have your notes.',
  endDone: 'You no longer follow this project.',
  confirm: 'Confirm',
  cancel: 'Cancel',
};

/** Pickers of the session editor. */
export const pickersFr = {
  methodPages: 'Pages de méthode liées',
  methodPagesHelp:
    'Tapez quelques lettres du titre, puis choisissez avec les flèches et Entrée. Situations, stratégies, points de vigilance…',
  caseStudies: 'Études de cas liées',
  caseStudiesHelp: 'Tapez quelques lettres du nom d’un projet de la bibliothèque marqué comme étude de cas.',
  meetingCaseStudy: 'Étude de cas présentée',
  meetingCaseStudyHelp: 'Tapez quelques lettres du nom du projet, ou laissez vide.',
  nothingFound: 'Aucun résultat pour cette recherche.',
  loading: 'Recherche…',
  kinds: {
    introduction: 'Introduction',
    situation: 'Situations',
    strategy: 'Stratégies',
    initiative: 'Initiatives',
    vigilance: 'Points de vigilance',
    'method-point': 'Points de méthode',
    case: 'Cas de la méthode',
  },
};

export const pickersEn: typeof pickersFr = {
  methodPages: 'Linked method pages',
  methodPagesHelp:
    'Type a few letters of the title, then choose with the arrow keys and Enter. Situations, strategies, vigilance points…',
  caseStudies: 'Linked case studies',
  caseStudiesHelp: 'Type a few letters of the name of a library project marked as a case study.',
  meetingCaseStudy: 'Case study presented',
  meetingCaseStudyHelp: 'Type a few letters of the project’s name, or leave empty.',
  nothingFound: 'Nothing matches this search.',
  loading: 'Searching…',
  kinds: {
    introduction: 'Introduction',
    situation: 'Situations',
    strategy: 'Strategies',
    initiative: 'Initiatives',
    vigilance: 'Vigilance points',
    'method-point': 'Method points',
    case: 'Method cases',
  },
};

export const verdictsFr = {
  'not-yet': 'Pas encore',
  'prepare-first': 'À préparer d’abord',
  ready: 'Prêt',
  'needed-now': 'À engager maintenant',
};
export const verdictsEn: typeof verdictsFr = {
  'not-yet': 'Not yet',
  'prepare-first': 'Prepare first',
  ready: 'Ready',
  'needed-now': 'Needed now',
};

export const siteStagesFr = {
  interest: 'intérêt',
  opportunity: 'étude d’opportunité',
  feasibility: 'faisabilité',
  launch: 'lancement',
  operating: 'en fonctionnement',
  autonomous: 'autonome',
  stopped: 'arrêté',
};
export const siteStagesEn: typeof siteStagesFr = {
  interest: 'interest',
  opportunity: 'opportunity study',
  feasibility: 'feasibility',
  launch: 'launch',
  operating: 'operating',
  autonomous: 'autonomous',
  stopped: 'stopped',
};
