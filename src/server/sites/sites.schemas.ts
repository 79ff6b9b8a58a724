import { z } from 'zod';
import { COMMUNS_STATUSES, SITE_STAGES } from '../../core/sites/stages.ts';

const uuid = z.uuid('Identifiant invalide.|Invalid identifier.');
export const idParams = z.object({ id: uuid });
export const modelParams = z.object({ modelId: uuid });
export const stepParams = z.object({
  id: uuid,
  taskId: z.string().trim().min(1).max(64, '64 caractères au plus.|64 characters at most.'),
});
export const adaptationParams = z.object({
  id: uuid,
  elementId: z.string().trim().min(1).max(64, '64 caractères au plus.|64 characters at most.'),
});
export const documentParams = z.object({ id: uuid, documentId: uuid });

const version = z
  .number('Numéro de version requis.|Version number required.')
  .int('Numéro de version invalide.|Invalid version number.')
  .positive('Numéro de version invalide.|Invalid version number.');
const territoryCodes = z
  .array(z.string().trim().min(2, 'Code INSEE trop court.|INSEE code too short.').max(24))
  .min(1, 'Indiquez au moins un territoire (code INSEE).|Give at least one territory (INSEE code).')
  .max(50, '50 territoires au plus.|50 territories at most.');
const messageBody = z
  .string('Écrivez un message.|Write a message.')
  .trim()
  .min(1, 'Écrivez un message.|Write a message.')
  .max(5000, '5000 caractères au plus.|5000 characters at most.');

export const createRequestBody = z.object({
  modelId: uuid,
  modelVersion: z
    .number('Numéro de version du kit requis.|Kit version number required.')
    .int('Numéro de version invalide.|Invalid version number.')
    .positive('Numéro de version invalide.|Invalid version number.'),
  organisationId: z.uuid('Choisissez votre organisation.|Choose your organisation.'),
  name: z
    .string('Donnez un nom au site.|Name the site.')
    .trim()
    .min(2, 'Donnez un nom au site (2 caractères au moins).|Name the site (2 characters at least).')
    .max(200, '200 caractères au plus.|200 characters at most.'),
  territoryCodes,
  motivation: z
    .string('Expliquez votre motivation.|Explain your motivation.')
    .trim()
    .min(
      20,
      'Expliquez votre motivation en quelques phrases (20 caractères au moins).|Explain your motivation in a few sentences (20 characters at least).',
    )
    .max(5000, '5000 caractères au plus.|5000 characters at most.'),
  diagnosticId: z
    .uuid('Identifiant de diagnostic invalide.|Invalid diagnostic identifier.')
    .nullable()
    .optional(),
});

export const decisionBody = z
  .object({
    decision: z.enum(
      ['accept', 'questions', 'decline'],
      'Décision : accept, questions ou decline.|Decision: accept, questions or decline.',
    ),
    message: z.string().trim().max(5000, '5000 caractères au plus.|5000 characters at most.').default(''),
    version,
  })
  .superRefine((b, ctx) => {
    if (b.decision !== 'accept' && b.message.length < 5)
      ctx.addIssue({
        code: 'custom',
        path: ['message'],
        message:
          b.decision === 'decline'
            ? 'Donnez la raison du refus.|Give the reason for declining.'
            : 'Écrivez vos questions.|Write your questions.',
      });
  });

export const messageBodySchema = z.object({ body: messageBody });

export const requestsQuery = z.object({
  box: z
    .enum(['incoming', 'outgoing'], 'Boîte : incoming ou outgoing.|Box: incoming or outgoing.')
    .default('incoming'),
  status: z.enum(['pending', 'questions', 'accepted', 'declined', 'withdrawn']).optional(),
});
export const sitesQuery = z.object({
  scope: z
    .enum(['mine', 'carried', 'all'], 'Portée : mine, carried ou all.|Scope: mine, carried or all.')
    .default('all'),
  modelId: uuid.optional(),
  stage: z.enum(SITE_STAGES).optional(),
});

export const updateSiteBody = z.object({
  version,
  name: z
    .string()
    .trim()
    .min(2, 'Nom trop court (2 caractères au moins).|Name too short (2 characters at least).')
    .max(200, '200 caractères au plus.|200 characters at most.')
    .optional(),
  stage: z.enum(SITE_STAGES, 'Étape inconnue.|Unknown stage.').optional(),
  communsStatus: z.enum(COMMUNS_STATUSES, 'Statut inconnu.|Unknown status.').optional(),
  stageNote: z.string().trim().max(2000, '2000 caractères au plus.|2000 characters at most.').default(''),
  isPublic: z.boolean('Oui ou non.|Yes or no.').optional(),
});

export const adaptationBody = z.object({
  choice: z
    .string('Décrivez ce que vous avez choisi.|Describe what you chose.')
    .trim()
    .min(2, 'Décrivez ce que vous avez choisi.|Describe what you chose.')
    .max(2000, '2000 caractères au plus.|2000 characters at most.'),
  reason: z
    .string('Expliquez pourquoi.|Explain why.')
    .trim()
    .min(2, 'Expliquez pourquoi.|Explain why.')
    .max(2000, '2000 caractères au plus.|2000 characters at most.'),
  /** The adaptation's current version; omitted for a first choice. */
  version: version.optional(),
});

export const stepBody = z.object({
  version,
  done: z.boolean('Oui ou non.|Yes or no.').optional(),
  owner: z.string().trim().max(200, '200 caractères au plus.|200 characters at most.').optional(),
  dueDate: z.iso.date('Date au format AAAA-MM-JJ.|Date as YYYY-MM-DD.').nullable().optional(),
});

const localized = z.object({ fr: z.string(), en: z.string() });
const territoryRef = z.object({ code: z.string(), type: z.string(), name: z.string() });
const messageView = z.object({
  id: z.string(),
  kind: z.string(),
  body: z.string(),
  createdAt: z.string(),
  author: z.object({
    organisationId: z.string(),
    organisationName: z.string().nullable(),
    name: z.string().nullable(),
  }),
  fromCarrier: z.boolean(),
});
export const messageListView = z.array(messageView);
export { messageView };

export const diagnosticSummary = z.object({
  diagnosticId: z.string(),
  title: z.string(),
  status: z.string(),
  completedAt: z.string().nullable(),
  verdict: z.string().nullable(),
  overallScore: z.number().nullable(),
  dimensions: z.array(
    z.object({ id: z.string(), title: localized, score: z.number().nullable(), level: z.string() }),
  ),
});

export const requestView = z.object({
  id: z.string(),
  model: z.object({ id: z.string(), title: z.string(), version: z.number() }),
  organisation: z.object({ id: z.string(), name: z.string().nullable() }),
  carrier: z.object({ id: z.string(), name: z.string().nullable() }),
  name: z.string(),
  territories: z.array(territoryRef),
  motivation: z.string(),
  diagnostic: diagnosticSummary.nullable(),
  status: z.string(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The site the acceptance created, null while it is in the trash (or gone). */
  siteId: z.string().nullable(),
  /** True when the acceptance created a site that has since been deleted. */
  siteDeleted: z.boolean(),
  createdAt: z.string(),
  version: z.number(),
  canDecide: z.boolean(),
  canWrite: z.boolean(),
  /** The replicator's editors may withdraw their request while the carrier has not decided. */
  canWithdraw: z.boolean(),
  messages: z.array(messageView),
});
export const requestListView = z.array(
  requestView.omit({ messages: true, diagnostic: true, motivation: true }),
);

const siteSummary = z.object({
  id: z.string(),
  name: z.string(),
  model: z.object({ id: z.string(), title: z.string(), version: z.number() }),
  organisation: z.object({ id: z.string(), name: z.string() }),
  carrierOrganisationId: z.string(),
  territories: z.array(territoryRef),
  departement: z.string().nullable(),
  region: z.string().nullable(),
  stage: z.enum(SITE_STAGES),
  communsPhase: z.string(),
  communsStatus: z.string(),
  stageChangedAt: z.string(),
  isPublic: z.boolean(),
  dataNote: z.string().nullable(),
});
export const siteListView = z.array(siteSummary);
export const publicSiteListView = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    territories: z.array(territoryRef),
    region: z.string().nullable(),
    stage: z.enum(SITE_STAGES),
    dataNote: z.string().nullable(),
  }),
);

const fitFacts = z.object({
  label: z.string(),
  population: z.number().nullable(),
  epciType: z.string().nullable(),
  densityBand: localized.nullable(),
  region: z.string().nullable(),
  regionName: z.string().nullable(),
});
export const documentView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.number(),
  sha256: z.string(),
  description: z.string(),
  url: z.string(),
  createdAt: z.string(),
});
export const siteView = siteSummary.extend({
  version: z.number(),
  requestId: z.string().nullable(),
  history: z.array(
    z.object({
      fromStage: z.string().nullable(),
      toStage: z.string(),
      communsPhase: z.string(),
      communsStatus: z.string(),
      note: z.string(),
      changedAt: z.string(),
      changedBy: z.string().nullable(),
    }),
  ),
  adaptations: z.array(
    z.object({
      elementId: z.string(),
      title: z.string(),
      kind: z.enum(['fixed', 'adaptable']),
      options: z.array(z.string()),
      limits: z.string(),
      why: z.string(),
      choice: z.string().nullable(),
      reason: z.string().nullable(),
      flagged: z.boolean(),
      updatedAt: z.string().nullable(),
      version: z.number().nullable(),
    }),
  ),
  flaggedCount: z.number(),
  steps: z.array(
    z.object({
      taskId: z.string(),
      phaseId: z.string(),
      phaseTitle: z.string(),
      title: z.string(),
      owner: z.string(),
      dueDate: z.string().nullable(),
      done: z.boolean(),
      doneAt: z.string().nullable(),
      version: z.number(),
    }),
  ),
  progress: z.number(),
  documents: z.array(documentView),
  messages: z.array(messageView),
  fit: z.object({
    site: fitFacts.nullable(),
    pilot: fitFacts.nullable(),
    rows: z.array(
      z.object({
        fact: z.string(),
        site: z.union([z.string(), z.number()]).nullable(),
        pilot: z.union([z.string(), z.number()]).nullable(),
        verdict: z.string(),
      }),
    ),
  }),
  permissions: z.object({ edit: z.boolean(), adapt: z.boolean(), publish: z.boolean(), write: z.boolean() }),
});

export const documentQuery = z.object({
  name: z
    .string('Donnez un nom au fichier.|Give the file a name.')
    .trim()
    .min(1, 'Donnez un nom au fichier.|Give the file a name.')
    .max(255, '255 caractères au plus.|255 characters at most.'),
  type: z.enum(
    ['pdf', 'docx', 'odt', 'png', 'jpeg', 'csv', 'txt'],
    'Type déclaré : pdf, docx, odt, png, jpeg, csv ou txt.|Declared type: pdf, docx, odt, png, jpeg, csv or txt.',
  ),
  description: z.string().trim().max(1000, '1000 caractères au plus.|1000 characters at most.').default(''),
});

export const withdrawBody = z.object({
  version,
  reason: z.string().trim().max(2000, '2000 caractères au plus.|2000 characters at most.').default(''),
});
export const deleteSiteQuery = z.object({
  version: z.coerce
    .number('Numéro de version requis.|Version number required.')
    .int('Numéro de version invalide.|Invalid version number.')
    .positive('Numéro de version invalide.|Invalid version number.'),
});
export const fitDiagnosticsQuery = z.object({
  organisationId: z.uuid('Choisissez votre organisation.|Choose your organisation.'),
});
export const fitDiagnosticListView = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    completedAt: z.string().nullable(),
    territoryCode: z.string().nullable(),
  }),
);
export const deletedSiteListView = z.array(
  z.object({ id: z.string(), name: z.string(), model: z.string(), deletedAt: z.string() }),
);
