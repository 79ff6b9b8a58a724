import '../i18n-runtime.ts';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import {
  exportHref,
  useAddComment,
  useDeleteItem,
  useItemComments,
  usePlan,
  usePlanHistory,
  useReminderSettings,
  useSetReminders,
} from '../api/plans.ts';
import { ITEM_KINDS, type ItemKind, type Plan, type PlanItem } from '../api/types.ts';
import { ItemForm } from '../components/item-form.tsx';
import { PlanAbout, useLocalized } from '../components/plan-about.tsx';
import { PrerequisiteCheck } from '../components/prerequisite-check.tsx';
import { ProposalsPanel } from '../components/proposals-panel.tsx';
import { RiskMatrix } from '../components/risk-matrix.tsx';
import { Timeline } from '../components/timeline.tsx';

function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'fr';
  return {
    lang,
    date: (d: string | null) =>
      d
        ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
            new Date(`${d}T00:00:00Z`),
          )
        : '—',
    money: (n: number) => new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(n),
    number: (n: number) => new Intl.NumberFormat(lang).format(n),
    percent: (n: number) =>
      new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(n),
  };
}

function Comments({ plan, item }: { plan: Plan; item: PlanItem }) {
  const { t } = useTranslation('plans');
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const comments = useItemComments(plan.id, item.id, open);
  const add = useAddComment(plan.id, item.id);
  return (
    <div>
      <Button
        size="compact-sm"
        variant="subtle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        aria-label={`${t('comments.title', { count: item.commentCount })}, ${item.title}`}
      >
        {t('comments.title', { count: item.commentCount })}
      </Button>
      {open && (
        <Stack gap="xs" mt="xs">
          {(comments.data?.items ?? []).length === 0 ? <Text size="sm">{t('comments.empty')}</Text> : null}
          {comments.data?.items.map((c) => (
            <Text key={c.id} size="sm">
              <strong>{c.authorName}</strong>&nbsp;: {c.body}
            </Text>
          ))}
          {plan.access.canEdit && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                add.mutate(body, { onSuccess: () => setBody('') });
              }}
            >
              <Group align="end">
                <Textarea
                  label={t('comments.add')}
                  value={body}
                  onChange={(e) => setBody(e.currentTarget.value)}
                  autosize
                  style={{ flex: 1 }}
                />
                <Button type="submit" size="sm" loading={add.isPending}>
                  {t('comments.send')}
                </Button>
              </Group>
            </form>
          )}
        </Stack>
      )}
    </div>
  );
}

function kindColumns(
  kind: ItemKind,
  item: PlanItem,
  t: (k: string) => string,
  f: ReturnType<typeof useFormat>,
  titles: Map<string, string>,
): string[] {
  const d = item.details;
  switch (kind) {
    case 'risk':
      return [
        t(`levels.${String(d.likelihood)}`),
        t(`levels.${String(d.impact)}`),
        String(d.mitigation ?? ''),
      ];
    case 'safeguard':
      return [t(`areas.${String(d.area)}`), String(d.indicator ?? ''), String(d.threshold ?? '')];
    case 'milestone':
      return [((d.dependsOn as string[] | undefined) ?? []).map((id) => titles.get(id) ?? id).join(', ')];
    case 'budget-line':
      return [
        t(`categories.${String(d.category)}`),
        f.money(Number(d.amount)),
        String(d.fundingSource ?? ''),
        t(`funding.${String(d.fundingStatus)}`),
      ];
    case 'partner':
      return [String(d.role ?? ''), String(d.contact ?? '')];
    default:
      return [];
  }
}
const KIND_HEADERS: Record<ItemKind, string[]> = {
  prerequisite: [],
  risk: ['likelihood', 'impact', 'mitigation'],
  safeguard: ['area', 'indicator', 'threshold'],
  milestone: ['dependsOn'],
  'budget-line': ['category', 'amount', 'fundingSource', 'fundingStatus'],
  partner: ['role', 'contact'],
};

function Section({ plan, kind }: { plan: Plan; kind: ItemKind }) {
  const { t } = useTranslation('plans');
  const f = useFormat();
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useDeleteItem(plan.id);
  const items = plan.items.filter((i) => i.kind === kind);
  const titles = new Map(plan.items.map((i) => [i.id, i.title]));
  const headingId = `section-${kind}`;
  const tr = (k: string) => t(k as 'title');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t(`kinds.${kind}`)}
      </Title>
      {kind === 'risk' && items.length > 0 && <RiskMatrix plan={plan} />}
      {kind === 'milestone' && <Timeline milestones={items} />}
      {items.length === 0 ? (
        <Text mt="sm">{t('noneYet')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table mt="sm" striped withTableBorder data-testid={`table-${kind}`}>
            <Table.Caption>
              {kind === 'risk'
                ? t('matrix.table')
                : kind === 'milestone'
                  ? t('timeline.table')
                  : t(`kinds.${kind}`)}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.title')}</Table.Th>
                {KIND_HEADERS[kind].map((h) => (
                  <Table.Th key={h} scope="col">
                    {tr(`fields.${h}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('fields.owner')}</Table.Th>
                <Table.Th scope="col">{t('fields.startDate')}</Table.Th>
                <Table.Th scope="col">{t('fields.dueDate')}</Table.Th>
                <Table.Th scope="col">{t('fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row" fw={500} style={{ verticalAlign: 'top' }}>
                    {kind === 'prerequisite' && !plan.access.canEdit && item.status === 'termine' ? '✓ ' : ''}
                    {item.title}
                    {item.sourceRef && item.sourceRef.questionIds.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('source', { questions: item.sourceRef.questionIds.join(', ') })}
                      </Text>
                    )}
                    {kind === 'prerequisite' && plan.access.canEdit && (
                      <PrerequisiteCheck planId={plan.id} item={item} />
                    )}
                    <Comments plan={plan} item={item} />
                    {editing === item.id && (
                      <ItemForm plan={plan} kind={kind} item={item} onDone={() => setEditing(null)} />
                    )}
                  </Table.Th>
                  {kindColumns(kind, item, tr, f, titles).map((v, i) => (
                    <Table.Td key={i} style={{ verticalAlign: 'top', whiteSpace: 'pre-line' }}>
                      {v}
                    </Table.Td>
                  ))}
                  <Table.Td style={{ verticalAlign: 'top' }}>{item.ownerName ?? '—'}</Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>{f.date(item.startDate)}</Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>{f.date(item.dueDate)}</Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    {/* Filled with the darkest shades: white text stays at AA contrast (teal « light » did not). */}
                    <Badge
                      variant="filled"
                      color={
                        item.status === 'termine'
                          ? 'teal.9'
                          : item.status === 'en-retard' || item.status === 'bloque'
                            ? 'red.9'
                            : 'blue.9'
                      }
                    >
                      {t(`statuses.${item.status}`)}
                    </Badge>
                    {plan.access.canEdit && editing !== item.id && (
                      <Group gap={4} mt={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={`${t('edit')}, ${item.title}`}
                          onClick={() => setEditing(item.id)}
                        >
                          {t('edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          c="red.9"
                          aria-label={`${t('remove')}, ${item.title}`}
                          onClick={() =>
                            window.confirm(t('removeConfirm', { title: item.title })) &&
                            remove.mutate(item.id)
                          }
                        >
                          {t('remove')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {kind === 'budget-line' && (
        <Table mt="sm" withTableBorder data-testid="budget-totals" style={{ maxWidth: 420 }}>
          <Table.Caption>{t('budget.totalsCaption')}</Table.Caption>
          <Table.Tbody>
            {(
              [
                ['investment', f.money(plan.totals.byCategory.investment)],
                ['running', f.money(plan.totals.byCategory.running)],
                ['total', f.money(plan.totals.total)],
                ['funded', f.money(plan.totals.funded)],
                ['unfunded', f.money(plan.totals.unfunded)],
                ['unfundedShare', f.percent(plan.totals.unfundedShare)],
              ] as const
            ).map(([k, v]) => (
              <Table.Tr key={k}>
                <Table.Th scope="row">{t(`budget.${k}`)}</Table.Th>
                <Table.Td ta="right">{v}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {plan.access.canEdit && (
        <div style={{ marginTop: 12 }}>
          {editing === `new-${kind}` ? (
            <ItemForm plan={plan} kind={kind} item={null} onDone={() => setEditing(null)} />
          ) : (
            <Button variant="light" onClick={() => setEditing(`new-${kind}`)}>
              {t(`addKind.${kind}`)}
            </Button>
          )}
        </div>
      )}
    </Paper>
  );
}

function History({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plans');
  const [open, setOpen] = useState(false);
  const history = usePlanHistory(plan.id, open);
  const { i18n } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="history-title">
      <Title order={2} size="h3" id="history-title">
        {t('history.title')}
      </Title>
      <Button variant="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('history.show')}
      </Button>
      {open && (
        <ul>
          {(history.data?.items ?? []).map((h) => (
            <li key={h.id}>
              {new Intl.DateTimeFormat(i18n.resolvedLanguage, {
                dateStyle: 'short',
                timeStyle: 'short',
              }).format(new Date(h.at))}{' '}
              — {h.actorName ?? '—'} {t(`actions.${h.action}` as 'actions.plan.created')}
              {/* The changed fields by their labels, never the API's names. */}
              {Object.keys(h.changes).length > 0 && h.action === 'item.updated'
                ? ` (${Object.keys(h.changes)
                    .map((k) =>
                      t(`fields.${k === 'ownerId' ? 'owner' : k}` as 'fields.title', { defaultValue: k }),
                    )
                    .join(', ')})`
                : ''}
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}

function Reminders() {
  const { t } = useTranslation('plans');
  const settings = useReminderSettings();
  const set = useSetReminders();
  if (!settings.data) return null;
  return (
    <Checkbox
      label={t('reminders.label')}
      checked={settings.data.enabled}
      onChange={(e) => set.mutate(e.currentTarget.checked)}
    />
  );
}

export function Component() {
  const { planId = '' } = useParams();
  const { t } = useTranslation('plans');
  const f = useFormat();
  const local = useLocalized();
  const plan = usePlan(planId);
  if (plan.isPending) return <PageLoader />;
  if (plan.isError) throw plan.error;
  const p = plan.data;
  return (
    <Stack>
      <Anchor component={Link} to={paths.plans.getHref()}>
        {t('title')}
      </Anchor>
      <PageTitle>{p.title}</PageTitle>
      <Text>
        {p.projectTitle} · <Badge variant="light">{t(`planStatus.${p.status}`)}</Badge>
      </Text>
      {p.strategyTitle && (
        <Text>
          <strong>{t('strategy')}</strong>&nbsp;: {local(p.strategyTitle)}
        </Text>
      )}
      <Group>
        <Text fw={600}>{t('exports.title')}&nbsp;:</Text>
        {(['pdf', 'docx', 'csv'] as const).map((format) => (
          <Anchor key={format} href={exportHref(p.id, format, f.lang)} download>
            {t(`exports.${format}`)}
          </Anchor>
        ))}
      </Group>
      <Reminders />
      <PlanAbout plan={p} date={f.date} number={f.number} />
      {p.access.canEdit && <ProposalsPanel plan={p} />}
      {ITEM_KINDS.map((kind) => (
        <Section key={kind} plan={p} kind={kind} />
      ))}
      <History plan={p} />
    </Stack>
  );
}
