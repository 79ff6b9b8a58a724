import '../i18n-runtime.ts';
import { Alert, Button, Checkbox, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { useApplyProposals, usePlanProposals, useProjectCompletedDiagnostics } from '../api/plans.ts';
import type { Plan, Proposals } from '../api/types.ts';

/**
 * A newer diagnostic of the project against the plan: what changed (new and closed gaps, vigilance points), the
 * items it proposes to add and those it proposes to close. The editor ticks what the plan takes on, then applies.
 */
export function ProposalsPanel({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation('plans');
  const diagnostics = useProjectCompletedDiagnostics(plan.projectId);
  const others = (diagnostics.data ?? []).filter((d) => d.id !== plan.diagnosticId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const proposals = usePlanProposals(plan.id, shown);
  const diagnosticId = chosen ?? others[0]?.id ?? null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="proposals-title">
      <Title order={2} size="h3" id="proposals-title">
        {t('proposals.title')}
      </Title>
      <Text size="sm" mt="xs">
        {t('proposals.help')}
      </Text>
      {others.length === 0 ? (
        <Text mt="sm">{t('proposals.none')}</Text>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setShown(diagnosticId);
          }}
        >
          <Group align="end" mt="sm">
            <Select
              label={t('proposals.diagnostic')}
              data={others.map((d) => ({
                value: d.id,
                label: `${d.title} (${new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' }).format(new Date(d.updatedAt))})`,
              }))}
              value={diagnosticId}
              allowDeselect={false}
              onChange={(v) => setChosen(v)}
            />
            <Button type="submit" variant="light" loading={proposals.isFetching}>
              {t('proposals.show')}
            </Button>
          </Group>
        </form>
      )}
      {proposals.isError && (
        <Alert color="red" role="alert" mt="sm">
          {toApiError(proposals.error).message}
        </Alert>
      )}
      {proposals.data && shown && <ProposalChoice key={shown} plan={plan} proposals={proposals.data} />}
    </Paper>
  );
}

function ProposalChoice({ plan, proposals }: { plan: Plan; proposals: Proposals }) {
  const { t } = useTranslation('plans');
  const apply = useApplyProposals(plan.id);
  const [add, setAdd] = useState(() => new Set(proposals.add.map((p) => p.key)));
  const [close, setClose] = useState(() => new Set(proposals.close.map((c) => c.itemId)));
  const [done, setDone] = useState<{ added: number; closed: number } | null>(null);
  const nothing = proposals.add.length === 0 && proposals.close.length === 0;
  return (
    <Stack mt="md" gap="sm" data-testid="proposals">
      {proposals.diff && (
        <Text>
          {t('proposals.diff', {
            newGaps: proposals.diff.newGaps.length,
            closedGaps: proposals.diff.closedGaps.length,
            newVigilance: proposals.diff.newVigilance.length,
            closedVigilance: proposals.diff.closedVigilance.length,
          })}
        </Text>
      )}
      {done && (
        <Alert color="teal" role="status">
          {t('proposals.applied', done)}
        </Alert>
      )}
      {nothing && !done ? <Text>{t('proposals.nothing')}</Text> : null}
      {proposals.add.length > 0 && (
        <Checkbox.Group label={t('proposals.add')} value={[...add]} onChange={(v) => setAdd(new Set(v))}>
          <Stack gap={4} mt={4}>
            {proposals.add.map((p) => (
              <Checkbox key={p.key} value={p.key} label={`${t(`kinds.${p.kind}`)} — ${p.title}`} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {proposals.close.length > 0 && (
        <Checkbox.Group
          label={t('proposals.close')}
          value={[...close]}
          onChange={(v) => setClose(new Set(v))}
        >
          <Stack gap={4} mt={4}>
            {proposals.close.map((c) => (
              <Checkbox key={c.itemId} value={c.itemId} label={c.title} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {apply.isError && (
        <Alert color="red" role="alert">
          {toApiError(apply.error).message}
        </Alert>
      )}
      {plan.access.canEdit && !nothing && !done && (
        <div>
          <Button
            loading={apply.isPending}
            onClick={() =>
              apply.mutate(
                { diagnosticId: proposals.diagnosticId, add: [...add], close: [...close] },
                {
                  onSuccess: () => setDone({ added: add.size, closed: close.size }),
                },
              )
            }
          >
            {t('proposals.apply')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
