import type { PlanDocument, PlanDocumentItem } from '../../documents/plan-document.ts';
import { formatDate } from '../../documents/typst.ts';
import { getMethodContent } from '../method/method-content.loader.ts';
import type { ItemView, PlanView } from './plans.schemas.ts';

/** From the plan (as the API presents it) to the document the PDF, Word and CSV renderers lay out. */

const STATUS = {
  fr: {
    'en-cours': 'En cours',
    'en-retard': 'En retard',
    'en-pause': 'En pause',
    bloque: 'Bloqué',
    abandonne: 'Abandonné',
    termine: 'Terminé',
  },
  en: {
    'en-cours': 'In progress',
    'en-retard': 'Late',
    'en-pause': 'On hold',
    bloque: 'Blocked',
    abandonne: 'Abandoned',
    termine: 'Done',
  },
} as const;
const PLAN_STATUS = {
  fr: { draft: 'Brouillon', active: 'En cours', archived: 'Archivée' },
  en: { draft: 'Draft', active: 'Active', archived: 'Archived' },
} as const;
const LEVELS = { fr: ['', 'faible', 'moyen', 'fort'], en: ['', 'low', 'medium', 'high'] } as const;
const FUNDING = {
  fr: { sought: 'recherché', requested: 'demandé', granted: 'accordé', refused: 'refusé' },
  en: { sought: 'sought', requested: 'requested', granted: 'granted', refused: 'refused' },
} as const;
const CATEGORY = {
  fr: { investment: 'Investissement', running: 'Fonctionnement' },
  en: { investment: 'Investment', running: 'Running' },
} as const;
const AREA = {
  fr: {
    'team-time': 'Temps de l’équipe',
    funding: 'Financement',
    quality: 'Qualité',
    territory: 'Relations avec le territoire',
  },
  en: {
    'team-time': 'Team time',
    funding: 'Funding',
    quality: 'Quality',
    territory: 'Relations with the territory',
  },
} as const;

type Lang = 'fr' | 'en';

function fields(
  item: ItemView,
  lang: Lang,
  money: (n: number) => string,
  titles: Map<string, string>,
): PlanDocumentItem['fields'] {
  const d = item.details as Record<string, unknown>;
  const fr = lang === 'fr';
  switch (item.kind) {
    case 'risk':
      return [
        { label: fr ? 'Probabilité' : 'Likelihood', value: LEVELS[lang][Number(d.likelihood)] ?? '' },
        { label: 'Impact', value: LEVELS[lang][Number(d.impact)] ?? '' },
        { label: fr ? 'Parade' : 'Mitigation', value: String(d.mitigation ?? '') },
      ];
    case 'safeguard':
      return [
        { label: fr ? 'Domaine' : 'Area', value: AREA[lang][d.area as keyof (typeof AREA)['fr']] ?? '' },
        { label: fr ? 'Indicateur' : 'Indicator', value: String(d.indicator ?? '') },
        { label: fr ? 'Seuil d’alerte' : 'Alert threshold', value: String(d.threshold ?? '') },
      ];
    case 'milestone':
      return [
        {
          label: fr ? 'Dépend de' : 'Depends on',
          value: ((d.dependsOn as string[] | undefined) ?? [])
            .map((id) => titles.get(id) ?? id)
            .join(fr ? '\u00a0; ' : '; '),
        },
      ];
    case 'budget-line':
      return [
        {
          label: fr ? 'Catégorie' : 'Category',
          value: CATEGORY[lang][d.category as 'investment' | 'running'] ?? '',
        },
        { label: fr ? 'Montant' : 'Amount', value: money(Number(d.amount)) },
        { label: fr ? 'Financeur' : 'Funder', value: String(d.fundingSource ?? '') },
        {
          label: fr ? 'Financement' : 'Funding',
          value: FUNDING[lang][d.fundingStatus as keyof (typeof FUNDING)['fr']] ?? '',
        },
      ];
    case 'partner':
      return [
        { label: fr ? 'Rôle' : 'Role', value: String(d.role ?? '') },
        { label: 'Contact', value: String(d.contact ?? '') },
      ];
    case 'prerequisite':
      return [];
  }
}

export function buildPlanDocument(plan: PlanView, lang: Lang, now: Date): PlanDocument {
  const method = getMethodContent();
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const money = (n: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(n);
  const day = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }).format(
          new Date(`${iso}T00:00:00Z`),
        )
      : '';
  const strategyTitle = (id: string | null) =>
    id ? (method.strategies.find((s) => s.id === id)?.title[lang] ?? id) : '—';
  const titles = new Map(plan.items.map((i) => [i.id, i.title]));
  return {
    lang,
    title: plan.title,
    projectTitle: plan.projectTitle,
    date: formatDate(now.toISOString(), lang),
    status: PLAN_STATUS[lang][plan.status],
    situation: plan.situation
      ? (method.situations.find((s) => s.id === plan.situation)?.title[lang] ?? plan.situation)
      : '—',
    strategy: strategyTitle(plan.strategy),
    ranking: plan.strategyRanking.map((r) => ({ title: strategyTitle(r.id), score: r.score })),
    summary: plan.summary,
    objectives: plan.objectives.map((o) => ({
      label: o.label,
      target: `${new Intl.NumberFormat(locale).format(o.target)}${o.unit ? `\u00a0${o.unit}` : ''}`,
      date: day(o.date),
    })),
    items: plan.items.map((i) => ({
      id: i.id,
      kind: i.kind,
      title: i.title,
      description: i.description,
      owner: i.ownerName ?? '',
      startDate: day(i.startDate),
      dueDate: day(i.dueDate),
      status: STATUS[lang][i.status],
      fields: fields(i, lang, money, titles),
    })),
    budget: {
      total: money(plan.totals.total),
      investment: money(plan.totals.byCategory.investment),
      running: money(plan.totals.byCategory.running),
      funded: money(plan.totals.funded),
      unfunded: money(plan.totals.unfunded),
      unfundedShare: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        plan.totals.unfundedShare,
      ),
    },
    riskMatrix: plan.riskMatrix.map((row) => row.map((c) => c.itemIds.map((id) => titles.get(id) ?? id))),
  };
}
