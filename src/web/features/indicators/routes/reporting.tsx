import '../i18n-runtime.ts';
import { Alert, Button, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { useReportingLink, useSubmitLink, type Kind } from '../api/indicators.ts';
import { formatDate, formatNumber } from '../components/format.ts';

// The page a site contact opens from the e-mailed link, without an account: one site, one period.
const KINDS: Kind[] = ['actual', 'target', 'baseline'];

export function Component() {
  const { t, i18n } = useTranslation('indicators');
  const { token = '' } = useParams();
  const link = useReportingLink(token);
  const submit = useSubmitLink(token);
  const feedback = useFormFeedback();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  if (link.isPending) return <PageLoader />;
  if (link.isError)
    return (
      <>
        <PageTitle>{t('reporting.title')}</PageTitle>
        <Alert color="red" role="alert">
          {link.error.message}
        </Alert>
      </>
    );
  const data = link.data;
  const existing = new Map(data.values.map((v) => [`${v.indicatorId}|${v.kind}`, v.value]));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const values = Object.entries(typed)
      .filter(([, v]) => v.trim() !== '')
      .map(([key, value]) => {
        const [indicatorId, kind] = key.split('|') as [string, Kind];
        return { indicatorId, kind, value };
      });
    if (values.length === 0) return feedback.failFields({}, t('reporting.empty'));
    submit.mutate(values, {
      onSuccess: () => {
        feedback.clear();
        setTyped({});
        setDone(true);
      },
      onError: feedback.fail,
    });
  };
  const fields: Record<string, { id: string; label: string }> = {};
  const order = Object.keys(typed).filter((k) => typed[k].trim() !== '');
  order.forEach((key, index) => {
    const [indicatorId, kind] = key.split('|') as [string, Kind];
    const name = data.indicators.find((i) => i.id === indicatorId)?.name ?? '';
    fields[`values.${index}.value`] = { id: `r-${key}`, label: `${name} : ${t(`kinds.${kind}`)}` };
    fields[`values.${index}.indicatorId`] = fields[`values.${index}.value`];
  });
  return (
    <>
      <PageTitle>{t('reporting.title')}</PageTitle>
      <Text mb="md">
        {t('reporting.intro', {
          site: data.site.name,
          period: data.period,
          date: formatDate(data.expiresAt, i18n.language),
        })}
      </Text>
      {done && (
        <Alert color="teal" mb="md" role="status">
          {t('reporting.done')}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
        <Stack>
          {data.indicators.map((indicator) => (
            <Paper
              withBorder
              p="md"
              key={indicator.id}
              component="fieldset"
              aria-describedby={`d-${indicator.id}`}
            >
              <legend>
                <strong>{indicator.name}</strong> ({indicator.unit})
              </legend>
              <Text size="sm" id={`d-${indicator.id}`} mb="xs">
                {indicator.definition}
              </Text>
              <Table>
                <Table.Tbody>
                  {KINDS.map((kind) => {
                    const key = `${indicator.id}|${kind}`;
                    const already = existing.get(key);
                    return (
                      <Table.Tr key={kind}>
                        <Table.Td>
                          {already !== undefined ? (
                            <Text>
                              {t(`kinds.${kind}`)} : {formatNumber(already, i18n.language)} (
                              {t('reporting.already')})
                            </Text>
                          ) : (
                            <TextInput
                              id={`r-${key}`}
                              label={t(`kinds.${kind}`)}
                              inputMode="decimal"
                              value={typed[key] ?? ''}
                              onChange={(e) => {
                                const value = e.currentTarget.value;
                                setTyped((m) => ({ ...m, [key]: value }));
                              }}
                              maw={240}
                            />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Paper>
          ))}
          <div>
            <Button type="submit" loading={submit.isPending}>
              {t('reporting.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </>
  );
}
