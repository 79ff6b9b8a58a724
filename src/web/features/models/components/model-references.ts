import '../i18n-runtime.ts';
import { useTranslation } from 'react-i18next';
import type { ModelContent } from '../../../../core/models/model.schemas.ts';
import { useInstrument } from '../../diagnostics/api/get-instrument.ts';
import { useInstruments } from '../../diagnostics/api/get-instruments.ts';
import type { Model } from '../api/models.ts';
import type { Choice } from './model-blocks.ts';

/**
 * What the editor's reference fields offer, by title rather than by id: the questions of the latest replicator-fit
 * diagnostic (a prerequisite names those that check it) and the model's own files and links (a task names those it
 * uses). The server checks the same references when the draft is saved.
 */
export function useModelReferences(
  model: Model,
  content: ModelContent,
): { fitQuestions: Choice[]; resources: Choice[]; roles: string[] } {
  const { i18n } = useTranslation('models');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const instruments = useInstruments();
  const fit = instruments.data?.items.find((i) => i.kind === 'replicator-fit');
  const instrument = useInstrument(fit?.id, fit?.version);
  const fitQuestions = (instrument.data?.dimensions ?? []).flatMap((d) =>
    d.questions.map((q) => ({ value: q.id, label: `${d.title[lang]} — ${q.text[lang]}` })),
  );
  const resources = [
    ...model.resources.map((r) => ({ value: r.id, label: r.name })),
    ...content.links.map((l) => ({ value: l.id, label: l.title || l.url })),
  ];
  // A task's roles are free names; the model's own roles are offered first so the kit's words stay consistent.
  const roles = [...new Set(content.roles.map((r) => r.title).filter(Boolean))];
  return { fitQuestions, resources, roles };
}
