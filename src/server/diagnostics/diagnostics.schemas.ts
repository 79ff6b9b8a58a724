import { z } from 'zod';
import {
  DIMENSION_LEVELS,
  SITUATION_IDS,
  STRATEGY_IDS,
  VERDICT_IDS,
  VIGILANCE_IDS,
} from '../../core/diagnostics/instrument-vocabulary.ts';
import { INSTRUMENT_KINDS } from '../../core/diagnostics/instrument.schemas.ts';

/**
 * Schemas of the diagnostics API (the contract of the web pages). A diagnostic is one instrument (content, versioned)
 * answered by the members of a project's organisation. Texts that come from content (questions, explanations of the
 * result) travel as `{ fr, en }`: the page picks its language.
 */

const localized = z.object({ fr: z.string(), en: z.string() }).describe('A text in French and English.');
const uuid = z.uuid('Identifiant invalide.|Invalid identifier.');

export const idParams = z.object({ id: uuid.describe('Diagnostic id.') });
export const projectParams = z.object({ projectId: uuid.describe('Project id.') });
export const instrumentParams = z.object({
  id: z.string().min(1).max(100).describe('Instrument id, e.g. `carrier-readiness` or `replicator-fit`.'),
  version: z.coerce.number().int().min(1).describe('Instrument version (1, 2…).'),
});

export const instrumentKind = z
  .enum(INSTRUMENT_KINDS)
  .describe(
    '`carrier-readiness`: is scaling relevant, am I ready, which strategy. `replicator-fit`: does this model fit my territory.',
  );

// ---------------------------------------------------------------- instruments

export const instrumentSummaryView = z.object({
  id: z.string(),
  kind: instrumentKind,
  version: z.number().describe('The latest version: new diagnostics use it.'),
  versions: z.array(z.number()).describe('Every version still served (old diagnostics keep theirs).'),
  title: localized,
  intro: localized,
  estimatedMinutes: z.object({ min: z.number(), max: z.number() }),
  dimensionCount: z.number(),
  questionCount: z.number(),
});

export const instrumentView = z
  .looseObject({
    id: z.string(),
    version: z.number(),
    kind: instrumentKind,
    title: localized,
    intro: localized,
    estimatedMinutes: z.object({ min: z.number(), max: z.number() }),
    dimensions: z.array(
      z.looseObject({
        id: z.string(),
        title: localized,
        description: localized,
        weight: z.number(),
        sources: z.array(z.string()),
        questions: z.array(
          z
            .looseObject({
              id: z.string(),
              type: z.enum(['scale', 'yesno', 'single', 'multiple', 'text']),
              text: localized,
              help: localized,
              sources: z.array(z.string()),
              optional: z.boolean().optional(),
            })
            .describe(
              'A question: `scale` has `levels` [{id, label, score}], `single` and `multiple` have `options` [{id, label, exclusive?}], `yesno` accepts yes/partly/no, `text` has `maxLength`. « Je ne sais pas » is always allowed.',
            ),
        ),
      }),
    ),
    rules: z
      .looseObject({})
      .describe(
        'Scoring rules (see InstrumentSchema in src/core/diagnostics/instrument.schemas.ts); `rules.verdictLabels` gives the title and description of each verdict.',
      ),
  })
  .describe('A whole instrument version, exactly as shipped in content/instruments/<id>.v<version>.json.');

// ---------------------------------------------------------------- answers and results

export const answerValueDescription =
  'One answer: `{ "unknown": true }` (« je ne sais pas », always allowed), `{ "choice": "<id>" }` (scale level, `yes`/`partly`/`no`, single choice), `{ "choices": ["<id>", …] }` (multiple choice) or `{ "text": "…" }` (free text).';

const answersView = z
  .record(z.string(), z.unknown())
  .describe(`Answers by question id. ${answerValueDescription}`);

const trace = z
  .object({
    ruleId: z.string(),
    questionIds: z.array(z.string()),
    dimensionIds: z.array(z.string()),
    answers: z.array(z.object({ questionId: z.string(), answer: localized })),
    explanation: localized,
  })
  .describe(
    'Why a statement holds (« pourquoi ? »): the rule, the questions and answers it read, an explanation.',
  );

export const resultView = z
  .object({
    engineVersion: z.number(),
    instrumentId: z.string(),
    instrumentVersion: z.number(),
    dimensions: z.array(
      z.object({
        id: z.string(),
        score: z.number().nullable().describe('0..100, null when nothing known.'),
        level: z.enum(DIMENSION_LEVELS),
        coverage: z.number().describe('Share (0..1) of scored questions with a known answer.'),
        answered: z.number(),
        unknownCount: z.number(),
        gaps: z.array(z.string()).describe('Questions answered « je ne sais pas » or left out.'),
      }),
    ),
    overall: z.object({ score: z.number().nullable(), coverage: z.number() }),
    verdict: z.object({ id: z.enum(VERDICT_IDS), reasons: z.array(trace) }),
    strategies: z
      .array(
        z.object({
          id: z.enum(STRATEGY_IDS),
          score: z.number(),
          points: z.number(),
          reasons: z.array(trace),
        }),
      )
      .describe('Best first.'),
    situations: z.array(z.object({ id: z.enum(SITUATION_IDS), score: z.number(), reasons: z.array(trace) })),
    vigilance: z.array(z.object({ id: z.enum(VIGILANCE_IDS), reasons: z.array(trace) })),
    nextActions: z.array(z.object({ id: z.string(), text: localized, reasons: z.array(trace) })),
    gaps: z.array(z.string()),
  })
  .describe(
    'The result computed by the core engine (src/core/diagnostics/scoring.ts). Titles of verdicts come from the instrument, of strategies and vigilance points from the method.',
  );

// ---------------------------------------------------------------- diagnostics

const person = z.object({ userId: z.string(), displayName: z.string() });

const territoryFacts = z
  .looseObject({
    type: z.enum(['commune', 'epci', 'departement', 'region']),
    code: z.string(),
    name: z.string(),
    population: z.number().nullable(),
    populationBand: z.object({ id: z.string(), fr: z.string(), en: z.string() }).nullable(),
    epci: z.object({ code: z.string(), name: z.string(), type: z.string().nullable() }).nullable(),
    departement: z.string().nullable(),
    departementName: z.string().nullable(),
    region: z.string().nullable(),
    regionName: z.string().nullable(),
  })
  .describe(
    'Facts from the official geographic code (@etalab/decoupage-administratif), recorded when the territory was set. No density: the data has no surfaces.',
  );

export const diagnosticSummaryView = z.object({
  id: z.string(),
  projectId: z.string(),
  organisationId: z.string(),
  instrumentId: z.string(),
  instrumentVersion: z.number(),
  kind: instrumentKind,
  title: z.string(),
  status: z.enum(['draft', 'completed']),
  verdict: z.enum(VERDICT_IDS).nullable().describe('Verdict of the stored result; null for drafts.'),
  overallScore: z.number().nullable(),
  progress: z.object({
    answered: z.number().describe('Questions with an answer (« je ne sais pas » included).'),
    total: z.number(),
  }),
  createdBy: person,
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  deletedAt: z.string().nullable().describe('Set when in the trash (restorable for 30 days).'),
  version: z
    .number()
    .describe(
      'Send it back with every change (optimistic concurrency: a stale one is a 409 with `currentVersion`).',
    ),
});

export const diagnosticView = diagnosticSummaryView.extend({
  project: z.object({ id: z.string(), title: z.string() }),
  answers: answersView,
  answerAuthors: z
    .record(z.string(), z.object({ userId: z.string(), displayName: z.string(), at: z.string() }))
    .describe('Who last changed each answer, and when.'),
  contributors: z
    .array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        answers: z.number(),
        lastAnsweredAt: z.string(),
      }),
    )
    .describe('Everyone who answered, most recent first.'),
  result: resultView
    .nullable()
    .describe(
      'The result stored at completion (null for drafts). It never changes afterwards, even when the instrument does.',
    ),
  preview: resultView
    .nullable()
    .describe('For drafts: the result the current answers would give (not stored). Null once completed.'),
  model: z
    .object({
      ref: z.string().nullable(),
      projectId: z.string().nullable(),
      projectTitle: z.string().nullable(),
    })
    .nullable()
    .describe('Replicator fit: the model considered.'),
  territory: territoryFacts.nullable().describe('Replicator fit: the replicator’s territory.'),
  sharedWith: z.object({
    users: z.array(person).describe('Facilitators who may read it.'),
    organisations: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .describe('Organisations whose members may read it.'),
  }),
  access: z.object({
    canAnswer: z.boolean().describe('Editors, owners of the organisation and administrators.'),
    canShare: z.boolean(),
  }),
});
export type DiagnosticView = z.infer<typeof diagnosticView>;
export type DiagnosticSummaryView = z.infer<typeof diagnosticSummaryView>;

const territoryInput = z
  .object({
    type: z
      .enum(['commune', 'epci', 'departement', 'region'])
      .optional()
      .describe('Needed for régions (their codes collide with départements).'),
    code: z
      .string()
      .trim()
      .min(2)
      .max(9)
      .describe('INSEE code of a commune, département or région, or SIREN of an EPCI.'),
  })
  .describe('The replicator’s territory (replicator-fit only).');

const titleField = z
  .string()
  .trim()
  .min(2, 'Le titre doit compter au moins 2 caractères.|The title must be at least 2 characters long.')
  .max(200, 'Le titre ne doit pas dépasser 200 caractères.|The title must not exceed 200 characters.');
const modelRefField = z
  .string()
  .trim()
  .min(1)
  .max(500, 'Référence trop longue (500 caractères au plus).|Reference too long (500 characters at most).');

export const createDiagnosticBody = z.object({
  instrumentId: z.string().min(1).max(100).describe('See GET /instruments; the latest version is used.'),
  title: titleField.optional().describe('Default: the instrument’s title.'),
  modelRef: modelRefField
    .optional()
    .describe('Replicator fit: the model considered, as free text (name, address of its page…).'),
  modelProjectId: uuid
    .optional()
    .describe('Replicator fit: the carrier’s project, when it is in Essaim (must be readable).'),
  territory: territoryInput.optional(),
});

export const updateDiagnosticBody = z.object({
  version: z.number().int().positive(),
  title: titleField.optional(),
  modelRef: modelRefField.nullable().optional(),
  modelProjectId: uuid.nullable().optional(),
  territory: territoryInput.nullable().optional(),
});

export const saveAnswersBody = z.object({
  version: z.number().int().positive().describe('The diagnostic version the client last saw.'),
  instrumentVersion: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('The instrument version the client answered; a mismatch is a 400 on `instrumentVersion`.'),
  answers: z
    .record(z.string(), z.unknown())
    .describe(
      `A partial set of answers, merged into the saved ones; \`null\` clears an answer. ${answerValueDescription} Each bad answer is reported as \`answers.<questionId>\` and nothing is saved.`,
    ),
});

export const versionBody = z.object({ version: z.number().int().positive() });

export const listQuery = z.object({
  trash: z
    .enum(['true', 'false'])
    .optional()
    .describe('`true`: diagnostics in the trash (editors only), restorable for 30 days.'),
  limit: z.coerce.number().int().min(1).max(100).optional().describe('Page size, 50 by default.'),
  cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page.'),
});

export const diagnosticListView = z.object({
  items: z.array(diagnosticSummaryView).describe('Most recent first.'),
  nextCursor: z.string().nullable(),
});

export const compareQuery = z.object({
  a: uuid.describe('The earlier diagnostic.'),
  b: uuid.describe('The later diagnostic.'),
});

export const compareView = z.object({
  a: diagnosticSummaryView,
  b: diagnosticSummaryView,
  comparison: z.object({
    verdict: z.object({ before: z.enum(VERDICT_IDS), after: z.enum(VERDICT_IDS) }),
    dimensions: z.array(
      z.object({
        id: z.string(),
        before: z.number().nullable(),
        after: z.number().nullable(),
        delta: z.number().nullable(),
        levelBefore: z.enum(DIMENSION_LEVELS).nullable(),
        levelAfter: z.enum(DIMENSION_LEVELS).nullable(),
      }),
    ),
    newGaps: z.array(z.string()),
    closedGaps: z.array(z.string()),
    newVigilance: z.array(z.enum(VIGILANCE_IDS)),
    resolvedVigilance: z.array(z.enum(VIGILANCE_IDS)),
    topStrategy: z.object({
      before: z.enum(STRATEGY_IDS).nullable(),
      after: z.enum(STRATEGY_IDS).nullable(),
    }),
  }),
});

const emailField = z.email('Adresse e-mail invalide.|Invalid e-mail address.').max(320);

export const shareBody = z.object({
  facilitatorEmails: z
    .array(emailField)
    .max(20)
    .optional()
    .describe('E-mail addresses of facilitators (accounts with the facilitator role).'),
  userIds: z.array(uuid).max(20).optional().describe('Ids of facilitators.'),
  organisationIds: z
    .array(uuid)
    .max(20)
    .optional()
    .describe('Organisations whose members may read the diagnostic.'),
});

export const unshareBody = z.object({
  userIds: z.array(uuid).max(50).optional(),
  organisationIds: z.array(uuid).max(50).optional(),
});

export const sharedWithView = diagnosticView.shape.sharedWith;

export const pdfQuery = z.object({
  lang: z.enum(['fr', 'en']).optional().describe('Language of the document; default from Accept-Language.'),
});
