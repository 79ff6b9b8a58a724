import {
  BLOCK_TITLES,
  LICENCE_LABELS,
  type BlockName,
  type ModelContent,
} from '../core/models/model.schemas.ts';

/**
 * A published transfer kit laid out once, in one language, for every renderer (PDF, Word, Markdown): sections in the
 * blocks' order, each made of entries with a heading, paragraphs, labelled fields, bullets and sub-entries.
 */
export interface KitEntry {
  heading: string;
  badge?: string;
  paragraphs: string[];
  fields: [string, string][];
  bullets: string[];
  children: KitEntry[];
}
export interface KitSection {
  block: BlockName;
  title: string;
  entries: KitEntry[];
  /** Key figures are shown as a table: label, value, note. */
  table?: { header: [string, string, string]; rows: [string, string, string][] };
}
export interface KitDocumentInput {
  title: string;
  carrier: string | null;
  number: number;
  publishedAt: string;
  changeNote: string;
  content: ModelContent;
  resources: { name: string; type: string; size: number; description: string }[];
  url: string | null;
}
export interface KitDocument {
  lang: 'fr' | 'en';
  title: string;
  carrier: string;
  versionLabel: string;
  date: string;
  changeNote: string;
  licence: string;
  licenceUrl: string | null;
  footer: string;
  url: string | null;
  sections: KitSection[];
  resources: { name: string; detail: string }[];
  words: (typeof WORDS)['fr'] | (typeof WORDS)['en'];
}

export const WORDS = {
  fr: {
    kit: 'Kit d’essaimage',
    carrier: 'Porteur',
    version: 'Version',
    published: 'Publiée le',
    changeNote: 'Note de version',
    licence: 'Licence',
    contents: 'Sommaire',
    resources: 'Ressources',
    none: 'Aucun élément.',
    fixed: 'Fixe',
    adaptable: 'Adaptable',
    why: 'Pourquoi il ne change pas',
    options: 'Options',
    limits: 'Limites de l’adaptation',
    examples: 'Adaptations déjà faites',
    evidence: 'Niveau de preuve',
    need: 'Besoin',
    audience: 'Pour qui',
    results: 'Résultats',
    where: 'Où il fonctionne déjà',
    duration: 'Durée',
    roles: 'Rôles',
    deliverables: 'Livrables',
    uses: 'Ressources utilisées',
    category: 'Catégorie',
    fitQuestions: 'Questions du diagnostic d’adéquation',
    uncertain: 'incertain',
    figure: 'Chiffre',
    value: 'Valeur',
    note: 'Note',
    url: 'Adresse',
    unknownCarrier: 'Porteur non renseigné',
    evidenceLevels: {
      anecdotal: 'témoignages',
      observed: 'observé sur plusieurs sites',
      measured: 'mesuré',
      evaluated: 'évalué par un tiers',
    },
    categories: {
      carrier: 'porteur local',
      partners: 'partenaires',
      resources: 'ressources',
      'public-support': 'soutien public',
      other: 'autre',
    },
  },
  en: {
    kit: 'Transfer kit',
    carrier: 'Carrier',
    version: 'Version',
    published: 'Published on',
    changeNote: 'Change note',
    licence: 'Licence',
    contents: 'Contents',
    resources: 'Resources',
    none: 'Nothing.',
    fixed: 'Fixed',
    adaptable: 'Adaptable',
    why: 'Why it does not change',
    options: 'Options',
    limits: 'Limits of adaptation',
    examples: 'Adaptations already made',
    evidence: 'Evidence level',
    need: 'Need',
    audience: 'For whom',
    results: 'Results',
    where: 'Where it already runs',
    duration: 'Duration',
    roles: 'Roles',
    deliverables: 'Deliverables',
    uses: 'Resources used',
    category: 'Category',
    fitQuestions: 'Replicator-fit questions',
    uncertain: 'uncertain',
    figure: 'Figure',
    value: 'Value',
    note: 'Note',
    url: 'Address',
    unknownCarrier: 'Carrier not given',
    evidenceLevels: {
      anecdotal: 'testimonies',
      observed: 'observed on several sites',
      measured: 'measured',
      evaluated: 'evaluated by a third party',
    },
    categories: {
      carrier: 'local carrier',
      partners: 'partners',
      resources: 'resources',
      'public-support': 'public support',
      other: 'other',
    },
  },
} as const;

const entry = (heading: string, rest: Partial<KitEntry> = {}): KitEntry => ({
  heading,
  paragraphs: [],
  fields: [],
  bullets: [],
  children: [],
  ...rest,
});
const paras = (text: string) =>
  text
    .split(/\n{2,}|\n/)
    .map((p) => p.trim())
    .filter(Boolean);

function formatSize(bytes: number, lang: 'fr' | 'en'): string {
  const nf = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes}\u00a0${lang === 'fr' ? 'o' : 'B'}`;
  if (bytes < 1024 * 1024) return `${nf.format(bytes / 1024)}\u00a0${lang === 'fr' ? 'ko' : 'KB'}`;
  return `${nf.format(bytes / 1024 / 1024)}\u00a0${lang === 'fr' ? 'Mo' : 'MB'}`;
}

export function buildKitDocument(input: KitDocumentInput, lang: 'fr' | 'en'): KitDocument {
  const w = WORDS[lang];
  const c = input.content;
  const resourceName = new Map<string, string>([...c.links.map((l) => [l.id, l.title] as [string, string])]);
  const roleName = new Map(c.roles.map((r) => [r.id, r.title]));
  const list = (xs: readonly string[]) => xs.join(lang === 'fr' ? '\u00a0; ' : '; ');
  const nonEmpty = (fields: [string, string][]) => fields.filter(([, v]) => v.trim() !== '');
  const sections: KitSection[] = [];
  const push = (block: BlockName, entries: KitEntry[], table?: KitSection['table']) =>
    sections.push({ block, title: BLOCK_TITLES[block][lang], entries, table });

  push('identity', [
    entry(c.identity.name, {
      fields: nonEmpty([
        [w.need, c.identity.need],
        [w.audience, c.identity.audience],
        [w.results, c.identity.results],
        [w.where, list(c.identity.whereItRuns)],
      ]),
    }),
  ]);
  push(
    'elements',
    c.elements.map((e) =>
      entry(e.title, {
        badge: e.kind === 'fixed' ? w.fixed : w.adaptable,
        paragraphs: paras(e.description),
        fields: nonEmpty([
          ...(e.kind === 'fixed'
            ? ([[w.why, e.why]] as [string, string][])
            : [
                [w.options, list(e.options)] as [string, string],
                [w.limits, e.limits] as [string, string],
                [w.examples, list(e.examples)] as [string, string],
              ]),
          [w.evidence, w.evidenceLevels[e.evidenceLevel]],
        ]),
      }),
    ),
  );
  push(
    'prerequisites',
    c.prerequisites.map((p) =>
      entry(p.title, {
        paragraphs: paras(p.description),
        fields: nonEmpty([
          [w.category, w.categories[p.category]],
          [w.fitQuestions, list(p.fitQuestionIds)],
        ]),
      }),
    ),
  );
  push(
    'phases',
    c.phases.map((p) =>
      entry(p.title, {
        paragraphs: paras(p.description),
        fields: nonEmpty([[w.duration, p.duration]]),
        children: p.tasks.map((t) =>
          entry(t.title, {
            paragraphs: paras(t.description),
            fields: nonEmpty([
              [w.duration, t.duration],
              [w.roles, list(t.roles.map((r) => roleName.get(r) ?? r))],
              [w.deliverables, list(t.deliverables)],
              [w.uses, list(t.resourceRefs.map((r) => resourceName.get(r) ?? r))],
            ]),
          }),
        ),
      }),
    ),
  );
  push(
    'roles',
    c.roles.map((r) => entry(r.title, { paragraphs: paras(r.description) })),
  );
  push(
    'support',
    c.support.map((r) => entry(r.title, { paragraphs: paras(r.description) })),
  );
  push(
    'commitments',
    c.commitments.map((r) => entry(r.title, { paragraphs: paras(r.description) })),
  );
  push('figures', [], {
    header: [w.figure, w.value, w.note],
    rows: c.figures.map((f) => [f.label, f.uncertain ? `${f.value} (${w.uncertain})` : f.value, f.note]),
  });
  push(
    'pitfalls',
    c.pitfalls.map((r) => entry(r.title, { paragraphs: paras(r.description) })),
  );
  push(
    'faq',
    c.faq.map((r) => entry(r.question, { paragraphs: paras(r.answer) })),
  );
  push(
    'links',
    c.links.map((l) => entry(l.title, { paragraphs: paras(l.description), fields: [[w.url, l.url]] })),
  );

  const licence = c.licence ? LICENCE_LABELS[c.licence] : null;
  const versionLabel = `${w.version} ${input.number}`;
  const licenceText = licence ? licence[lang] : '—';
  const date = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(new Date(input.publishedAt));
  return {
    lang,
    title: input.title,
    carrier: input.carrier ?? w.unknownCarrier,
    versionLabel,
    date,
    changeNote: input.changeNote,
    licence: licenceText,
    licenceUrl: licence?.url ?? null,
    footer: `${input.title} · ${versionLabel} · ${w.licence}${lang === 'fr' ? '\u00a0: ' : ': '}${licenceText}`,
    url: input.url,
    sections,
    resources: input.resources.map((r) => ({
      name: r.name,
      detail: [r.description, `${r.type.split(';')[0]}, ${formatSize(r.size, lang)}`]
        .filter(Boolean)
        .join(' — '),
    })),
    words: w,
  };
}
