/**
 * PDF and Word export time of a scaling plan with 100 items (median of 10 runs, after one warm-up).
 * Run: npx tsx bench/plan-export.ts
 */
import { renderPlanDocx } from '../src/documents/plan-docx.ts';
import { renderPlanPdf } from '../src/documents/plan.typ.ts';
import { SECTION_ORDER, type PlanDocument, type PlanDocumentItem } from '../src/documents/plan-document.ts';

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
