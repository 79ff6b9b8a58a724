import { Button, List, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instrument, Trace } from '../api/types.ts';
import { locateQuestion } from '../lib/answers.ts';
import { useLocalize } from '../lib/localize.ts';

/**
 * « Pourquoi ? »: a button that shows or hides, for a statement of the result, the rules that produced it with the
 * questions and answers they read. The panel uses `hidden`, which the print style sheet overrides.
 */
export function WhyDisclosure({ traces, instrument }: { traces: readonly Trace[]; instrument: Instrument }) {
  const { t } = useTranslation('diagnostics');
  const localize = useLocalize();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (traces.length === 0) return null;
  return (
    <div>
      <Button
        variant="subtle"
        size="compact-sm"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        px={4}
      >
        {open ? t('result.hideWhy') : t('result.why')}
      </Button>
      <div id={panelId} hidden={!open}>
        <Stack gap="sm" mt="xs" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
          {traces.map((trace, index) => (
            <div key={`${trace.ruleId}-${index}`}>
              <Text size="sm">{localize(trace.explanation)}</Text>
              <Text size="xs" c="dimmed">
                {t('result.rule', { id: trace.ruleId })}
              </Text>
              {trace.answers.length > 0 ? (
                <>
                  <Text size="xs" fw={600} mt={4}>
                    {t('result.answersRead')}
                  </Text>
                  <List size="xs" withPadding>
                    {trace.answers.map((answer) => {
                      const question = locateQuestion(instrument, answer.questionId)?.question;
                      return (
                        <List.Item key={answer.questionId}>
                          {question ? localize(question.text) : answer.questionId}
                          {' → '}
                          <strong>{localize(answer.answer)}</strong>
                        </List.Item>
                      );
                    })}
                  </List>
                </>
              ) : null}
            </div>
          ))}
        </Stack>
      </div>
    </div>
  );
}
