import type { ModelContent } from '../../core/models/model.schemas.ts';

/** Small builders that keep the demo kits' data readable (models.demo.*.ts). */
export const el = (
  id: string,
  title: string,
  kind: 'fixed' | 'adaptable',
  text: { description?: string; why?: string; options?: string[]; limits?: string; examples?: string[] },
  evidenceLevel: ModelContent['elements'][number]['evidenceLevel'] = 'observed',
) => ({
  id,
  title,
  kind,
  description: text.description ?? '',
  why: text.why ?? '',
  options: text.options ?? [],
  limits: text.limits ?? '',
  examples: text.examples ?? [],
  evidenceLevel,
});
export const task = (
  id: string,
  title: string,
  roles: string[],
  deliverables: string[],
  duration = '',
  description = '',
) => ({ id, title, description, duration, roles, deliverables, resourceRefs: [] as string[] });
export const item = (id: string, title: string, description: string) => ({ id, title, description });
export const fig = (
  id: string,
  kind: 'budget' | 'staff' | 'time-to-launch' | 'other',
  label: string,
  value: string,
  note: string,
  uncertain = false,
) => ({ id, kind, label, value, note, uncertain });
