import '../i18n-runtime.ts';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_LEVELS, PREREQUISITE_CATEGORIES } from '../../../../core/models/model-labels.ts';
import type { ModelContent } from '../../../../core/models/model.schemas.ts';
import type { FieldSpec, Item } from './block-editor.tsx';

export type ListKey = Exclude<keyof ModelContent, 'identity' | 'licence'>;

export type Choice = { value: string; label: string };

/**
 * The list blocks of a model and the fields of their items, as the block editor shows them. References are chosen
 * by title: `fitQuestions` are the replicator-fit questions a prerequisite can point to, `resources` the model's
 * files and links a task can use.
 */
export function useBlocks(refs: { fitQuestions: Choice[]; resources: Choice[]; roles: string[] }): {
  key: ListKey;
  fields: FieldSpec[];
  blank: () => Item;
}[] {
  const { t, i18n } = useTranslation('models');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const f = (key: string, kind: 'text' | 'textarea' | 'lines') =>
    ({ key, kind, label: t(`fields.${key}` as 'fields.title') }) as FieldSpec;
  const choice = (key: string, values: readonly string[], label: (v: string) => string): FieldSpec => ({
    key,
    kind: 'select',
    label: t(`fields.${key}` as 'fields.kind'),
    options: values.map((v) => ({ value: v, label: label(v) })),
  });
  const simple = {
    fields: [f('title', 'text'), f('description', 'textarea')],
    blank: () => ({ id: '', title: '', description: '' }),
  };
  const taskFields = [
    f('title', 'text'),
    f('description', 'textarea'),
    f('duration', 'text'),
    {
      key: 'roles',
      kind: 'tags',
      label: t('fields.roles'),
      description: t('editor.rolesHelp'),
      suggestions: refs.roles,
    } satisfies FieldSpec,
    f('deliverables', 'lines'),
    {
      key: 'resourceRefs',
      kind: 'multiselect',
      label: t('fields.resourceRefs'),
      description: t('editor.resourceRefsHelp'),
      options: refs.resources,
    } satisfies FieldSpec,
  ];
  void lang;
  return [
    {
      key: 'elements',
      fields: [
        f('title', 'text'),
        f('description', 'textarea'),
        { key: 'kind', kind: 'switch', label: t('editor.fixed'), on: 'fixed', off: 'adaptable' },
        f('why', 'textarea'),
        f('options', 'lines'),
        f('limits', 'textarea'),
        f('examples', 'lines'),
        choice('evidenceLevel', EVIDENCE_LEVELS, (v) => t(`evidence.${v}` as 'evidence.observed')),
      ],
      blank: () => ({
        id: '',
        title: '',
        description: '',
        kind: 'adaptable',
        why: '',
        options: [],
        limits: '',
        examples: [],
        evidenceLevel: 'anecdotal',
      }),
    },
    {
      key: 'prerequisites',
      fields: [
        f('title', 'text'),
        f('description', 'textarea'),
        choice('category', PREREQUISITE_CATEGORIES, (v) =>
          t(`choices.category.${v}` as 'choices.category.other'),
        ),
        {
          key: 'fitQuestionIds',
          kind: 'multiselect',
          label: t('fields.fitQuestionIds'),
          description: t('editor.fitQuestionsHelp'),
          options: refs.fitQuestions,
        },
      ],
      blank: () => ({ id: '', title: '', description: '', category: 'carrier', fitQuestionIds: [] }),
    },
    {
      key: 'phases',
      fields: [
        f('title', 'text'),
        f('description', 'textarea'),
        f('duration', 'text'),
        {
          key: 'tasks',
          kind: 'nested',
          label: t('editor.tasks'),
          fields: taskFields,
          blank: () => ({
            id: '',
            title: '',
            description: '',
            duration: '',
            roles: [],
            deliverables: [],
            resourceRefs: [],
          }),
        },
      ],
      blank: () => ({ id: '', title: '', description: '', duration: '', tasks: [] }),
    },
    { key: 'roles', ...simple },
    {
      key: 'support',
      fields: [
        choice('kind', ['training', 'sponsorship', 'shared-tools', 'advice', 'other'], (v) =>
          t(`choices.support.${v}` as 'choices.support.other'),
        ),
        ...simple.fields,
      ],
      blank: () => ({ id: '', kind: 'training', title: '', description: '' }),
    },
    {
      key: 'commitments',
      fields: [
        choice('kind', ['charter', 'trademark', 'contribution', 'reporting', 'other'], (v) =>
          t(`choices.commitment.${v}` as 'choices.commitment.other'),
        ),
        ...simple.fields,
      ],
      blank: () => ({ id: '', kind: 'charter', title: '', description: '' }),
    },
    {
      key: 'figures',
      fields: [
        choice('kind', ['budget', 'staff', 'time-to-launch', 'other'], (v) =>
          t(`choices.figure.${v}` as 'choices.figure.other'),
        ),
        f('label', 'text'),
        f('value', 'text'),
        f('note', 'textarea'),
        { key: 'uncertain', kind: 'checkbox', label: t('fields.uncertain') },
      ],
      blank: () => ({ id: '', kind: 'budget', label: '', value: '', note: '', uncertain: false }),
    },
    { key: 'pitfalls', ...simple },
    {
      key: 'faq',
      fields: [f('question', 'text'), f('answer', 'textarea')],
      blank: () => ({ id: '', question: '', answer: '' }),
    },
    {
      key: 'links',
      fields: [f('title', 'text'), f('url', 'text'), f('description', 'textarea')],
      blank: () => ({ id: '', title: '', url: 'https://', description: '' }),
    },
  ];
}
