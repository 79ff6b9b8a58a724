import { Checkbox, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodSource } from '../../method/api/types.ts';
import { GlossaryText } from '../../method/components/glossary-text.tsx';
import { SourcesLine } from '../../method/components/sources-line.tsx';
import type { AnswerValue, Question } from '../api/types.ts';
import { choiceOf, choicesOf, isUnknown, textOf } from '../lib/answers.ts';
import { useLocalize } from '../lib/localize.ts';
import classes from './diagnostics.module.css';

type QuestionFieldProps = {
  question: Question;
  number: number;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | null) => void;
  sources: readonly MethodSource[] | undefined;
  answeredBy?: string;
  readOnly?: boolean;
  error?: string;
};

/**
 * One question as a fieldset: the question as legend, its help and sources, the answers (radio buttons for scales,
 * yes/partly/no and single choices, check boxes for multiple choices, a text area) and « Je ne sais pas », always
 * offered. Radio buttons share a name, so the arrow keys move within the group.
 */
export function QuestionField({
  question,
  number,
  value,
  onChange,
  sources,
  answeredBy,
  readOnly,
  error,
}: QuestionFieldProps) {
  const { t } = useTranslation('diagnostics');
  const localize = useLocalize();
  const baseId = useId();
  const helpId = `${baseId}-help`;
  const errorId = `${baseId}-error`;
  const name = `q-${question.id}`;
  const unknown = isUnknown(value);
  const describedBy = [helpId, error ? errorId : null].filter(Boolean).join(' ');

  const radios = (options: { id: string; label: string }[]) => (
    <Stack gap={6}>
      {options.map((option) => (
        <Radio
          key={option.id}
          name={name}
          value={option.id}
          label={option.label}
          checked={choiceOf(value) === option.id}
          disabled={readOnly}
          onChange={() => onChange({ choice: option.id })}
        />
      ))}
      <div className={classes.unknown}>
        <Radio
          name={name}
          value="unknown"
          label={t('form.unknown')}
          checked={unknown}
          disabled={readOnly}
          onChange={() => onChange({ unknown: true })}
        />
      </div>
    </Stack>
  );

  let input;
  switch (question.type) {
    case 'scale':
      input = radios(question.levels.map((level) => ({ id: level.id, label: localize(level.label) })));
      break;
    case 'yesno':
      input = radios([
        { id: 'yes', label: t('form.yes') },
        { id: 'partly', label: t('form.partly') },
        { id: 'no', label: t('form.no') },
      ]);
      break;
    case 'single':
      input = radios(question.options.map((option) => ({ id: option.id, label: localize(option.label) })));
      break;
    case 'multiple': {
      const selected = choicesOf(value);
      const toggle = (optionId: string, checked: boolean) => {
        const option = question.options.find((o) => o.id === optionId);
        let next = checked ? [...selected, optionId] : selected.filter((id) => id !== optionId);
        // An exclusive option (« aucun ») stands alone.
        if (checked && option?.exclusive) next = [optionId];
        else if (checked)
          next = next.filter(
            (id) => !question.options.find((o) => o.id === id)?.exclusive || id === optionId,
          );
        onChange(next.length > 0 ? { choices: next } : null);
      };
      input = (
        <Stack gap={6}>
          {question.options.map((option) => (
            <Checkbox
              key={option.id}
              name={name}
              value={option.id}
              label={localize(option.label)}
              checked={selected.includes(option.id)}
              disabled={readOnly}
              onChange={(event) => toggle(option.id, event.currentTarget.checked)}
            />
          ))}
          <div className={classes.unknown}>
            <Checkbox
              name={name}
              value="unknown"
              label={t('form.unknown')}
              checked={unknown}
              disabled={readOnly}
              onChange={(event) => onChange(event.currentTarget.checked ? { unknown: true } : null)}
            />
          </div>
        </Stack>
      );
      break;
    }
    case 'text': {
      const max = question.maxLength ?? 5000;
      const text = textOf(value);
      input = (
        <Stack gap={6}>
          <Textarea
            label={t('form.textLabel')}
            value={text}
            maxLength={max}
            autosize
            minRows={3}
            disabled={readOnly || unknown}
            description={t('form.textCount', { count: text.length, max })}
            onChange={(event) => {
              const next = event.currentTarget.value;
              onChange(next.trim() === '' ? null : { text: next });
            }}
          />
          <div className={classes.unknown}>
            <Checkbox
              label={t('form.unknown')}
              checked={unknown}
              disabled={readOnly}
              onChange={(event) => onChange(event.currentTarget.checked ? { unknown: true } : null)}
            />
          </div>
        </Stack>
      );
      break;
    }
  }

  return (
    <fieldset className={classes.question} id={`question-${question.id}`} aria-describedby={describedBy}>
      <legend>
        <Text span size="sm" c="dimmed" fw={400}>
          {t('form.questionOf', { n: number })}
          {' · '}
        </Text>
        {localize(question.text)}
        {question.optional ? (
          <Text span size="sm" c="dimmed" fw={400}>
            {` ${t('form.optional')}`}
          </Text>
        ) : null}
      </legend>
      <div id={helpId}>
        <Text size="sm" mb={4}>
          <GlossaryText>{localize(question.help)}</GlossaryText>
        </Text>
      </div>
      <SourcesLine ids={question.sources} sources={sources} label="inspiredBy" size="xs" />
      <Stack mt="sm" gap="xs">
        {input}
        {error ? (
          <Text id={errorId} size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
        {answeredBy ? (
          <Text size="xs" c="dimmed">
            {t('form.answeredBy', { name: answeredBy })}
          </Text>
        ) : null}
      </Stack>
    </fieldset>
  );
}
