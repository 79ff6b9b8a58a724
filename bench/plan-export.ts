/**
 * PDF and Word export time of a scaling plan with 100 items (median of 10 runs, after one warm-up), measured twice:
 * the document renderers alone (a hand-made document), then the whole request (GET /plans/:id/export.pdf and
 * export.docx through app.inject on an in-memory SQLite database: read the plan, build the document, render),
 * for a plan derived from the Bricobus diagnostic and completed to 100 items of all six kinds.
 * Run: npx tsx bench/plan-export.ts
 */
import { cpus, loadavg } from 'node:os';
import { renderPlanDocx } from '../src/documents/plan-docx.ts';
import { renderPlanPdf } from '../src/documents/plan.typ.ts';
import { SECTION_ORDER, type PlanDocument, type PlanDocumentItem } from '../src/documents/plan-document.ts';
import { call, createPlanFixture } from '../src/server/plans/plans.test-support.ts';

const kinds = SECTION_ORDER;
const items: PlanDocumentItem[] = Array.from({ length: 100 }, (_, i) => {
  const kind = kinds[i % kinds.length];
  const fields =
    kind === 'risk'
      ? [
          { label: 'Probabilité', value: 'fort' },
          { label: 'Impact', value: 'moyen' },
          { label: 'Parade', value: 'Former un binôme et documenter les procédures clés.' },
        ]
      : kind === 'budget-line'
        ? [
            { label: 'Catégorie', value: 'Fonctionnement' },
            { label: 'Montant', value: '12 500,00 €' },
            { label: 'Financeur', value: 'Région' },
            { label: 'Financement', value: 'demandé' },
          ]
        : kind === 'safeguard'
          ? [
              { label: 'Domaine', value: 'Qualité' },
              { label: 'Indicateur', value: 'Satisfaction des usagers' },
              { label: 'Seuil d’alerte', value: 'Recul deux trimestres' },
            ]
          : [];
  return {
    id: `item-${i}`,
    kind,
    title: `Élément n°\u00a0${i + 1} : « action » à mener`,
    description: 'Une description de quelques lignes, avec des accents : é, è, à, ç, œ.',
    owner: 'Camille Martin',
    startDate: '01/02/2027',
    dueDate: '30/06/2027',
    status: 'En cours',
    fields,
  };
});
const doc: PlanDocument = {
  lang: 'fr',
  title: 'Feuille de route : essaimer le Bricobus',
  projectTitle: 'Bricobus',
  date: '25 novembre 2026',
  status: 'En cours',
  situation: 'Essaimer un modèle adapté',
  strategy: 'Essaimage souple',
  ranking: [
    { title: 'Essaimage souple', score: 72 },
    { title: 'Franchise sociale', score: 55 },
  ],
  summary: 'Résumé de la feuille de route.',
  objectives: [{ label: 'Sites ouverts', target: '5\u00a0sites', date: '30/06/2028' }],
  items,
  budget: {
    total: '212 500,00 €',
    investment: '48 000,00 €',
    running: '164 500,00 €',
    funded: '52 000,00 €',
    unfunded: '160 500,00 €',
    unfundedShare: '75,5 %',
  },
  riskMatrix: [
    [[], ['Élément 2'], ['Élément 8', 'Élément 14']],
    [[], [], []],
    [['Élément 20'], [], []],
  ],
};

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await renderPlanDocx(doc);
const pdfWarm = await time(() => renderPlanPdf(doc));
const pdf: number[] = [];
const docx: number[] = [];
for (let i = 0; i < 10; i++) {
  pdf.push(await time(() => renderPlanPdf(doc)));
  docx.push(await time(() => renderPlanDocx(doc)));
}
const size = renderPlanPdf(doc).length;
console.log(
  `plan with ${items.length} items: PDF first ${pdfWarm.toFixed(0)} ms, median ${median(pdf).toFixed(1)} ms (${(size / 1024).toFixed(0)} KiB); Word median ${median(docx).toFixed(1)} ms`,
);

// The whole request, as a carrier's click on « PDF » or « Word » costs it.
const fixture = await createPlanFixture();
const { t, m, plan } = fixture;
const kindsCycle = ['prerequisite', 'risk', 'safeguard', 'milestone', 'budget-line', 'partner'] as const;
let previousMilestone: string | null = null;
for (let i = plan.items.length; i < 100; i++) {
  const kind = kindsCycle[i % kindsCycle.length];
  const details =
    kind === 'risk'
      ? { likelihood: (i % 3) + 1, impact: ((i + 1) % 3) + 1, mitigation: 'Former un binôme.' }
      : kind === 'safeguard'
        ? { area: 'quality', indicator: 'Satisfaction des usagers', threshold: 'Recul deux trimestres' }
        : kind === 'milestone'
          ? { dependsOn: previousMilestone ? [previousMilestone] : [] }
          : kind === 'budget-line'
            ? {
                category: i % 2 ? 'running' : 'investment',
                amount: 12_500,
                fundingSource: 'Région',
                fundingStatus: 'requested',
              }
            : kind === 'partner'
              ? { role: 'Cofinanceur', contact: 'contact@example.org' }
              : {};
  const res = await call(t, m.editor, {
    method: 'POST',
    url: `/plans/${plan.id}/items`,
    payload: {
      kind,
      title: `Élément ${i + 1}`,
      description: 'Ce que l’équipe fait, avec qui et pour quand.',
      startDate: '2027-01-04',
      dueDate: '2027-06-30',
      details,
    },
  });
  if (res.statusCode !== 201) throw new Error(`item ${i}: ${res.body}`);
  if (kind === 'milestone') previousMilestone = (res.json() as { id: string }).id;
}
const count = (
  (await call(t, m.viewer, { method: 'GET', url: `/plans/${plan.id}` })).json() as { items: unknown[] }
).items.length;
const exportOnce = async (format: 'pdf' | 'docx') => {
  const res = await call(t, m.viewer, { method: 'GET', url: `/plans/${plan.id}/export.${format}` });
  if (res.statusCode !== 200) throw new Error(`${format}: ${res.statusCode}`);
  return res.rawPayload.length;
};
const apiPdfFirst = await time(() => exportOnce('pdf'));
await exportOnce('docx');
const apiPdf: number[] = [];
const apiDocx: number[] = [];
for (let i = 0; i < 10; i++) {
  apiPdf.push(await time(() => exportOnce('pdf')));
  apiDocx.push(await time(() => exportOnce('docx')));
}
console.log(
  `through the API, plan with ${count} items: PDF first ${apiPdfFirst.toFixed(0)} ms, median ${median(apiPdf).toFixed(1)} ms; Word median ${median(apiDocx).toFixed(1)} ms`,
);
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
await t.close();
