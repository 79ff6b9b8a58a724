import '../i18n-runtime.ts';
import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { BLOCK_TITLES, LICENCE_LABELS } from '../../../../core/models/model-labels.ts';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { queryClient } from '../../../lib/query-client.ts';
import { kitVersionQuery, useKitVersion, type KitVersion } from '../api/models.ts';
import { KitExports } from '../components/kit-exports.tsx';

/** The public page of a published kit: readable without an account. */
function Kit({ kit }: { kit: KitVersion }) {
  const { t, i18n } = useTranslation('models');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const c = kit.content;
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(
    new Date(kit.publishedAt),
  );
  const licence = c.licence ? LICENCE_LABELS[c.licence] : null;
  // A task cites the files and links it uses by their identifiers: shown by name, with their link.
  const resourceTargets = new Map<string, { name: string; href: string }>([
    ...kit.resources.map((r) => [r.id, { name: r.name, href: r.url }] as const),
    ...c.links.map((l) => [l.id, { name: l.title, href: l.url }] as const),
  ]);
  const section = (key: keyof typeof BLOCK_TITLES, body: React.ReactNode) => (
    <Paper withBorder p="md" component="section" aria-labelledby={`kit-${key}`}>
      <Title order={2} size="h3" id={`kit-${key}`} mb="xs">
        {BLOCK_TITLES[key][lang]}
      </Title>
      {body}
    </Paper>
  );
  const simple = (items: { id: string; title: string; description: string }[]) => (
    <List>
      {items.map((x) => (
        <List.Item key={x.id}>
          <strong>{x.title}</strong>
          {x.description ? ` — ${x.description}` : ''}
        </List.Item>
      ))}
    </List>
  );
  return (
    <Stack>
      <PageTitle>{kit.title}</PageTitle>
      <Text>
        {t('by', { carrier: kit.carrier.name ?? '' })} · {t('kit.versionOf', { n: kit.number, date })}
      </Text>
      {kit.latestVersion > kit.number && (
        <Alert>
          {t('kit.newer', { n: kit.latestVersion })}{' '}
          <Anchor component={Link} to={paths.kit.getHref(kit.modelId, kit.latestVersion)}>
            {t('version', { n: kit.latestVersion })}
          </Anchor>
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Group>
            <Button component={Link} to={paths.siteRequestNew.getHref(kit.modelId, kit.number)}>
              {t('kit.reproduce')}
            </Button>
            <Text size="sm">{t('kit.reproduceHelp')}</Text>
          </Group>
          <Title order={2} size="h4">
            {t('kit.exports')}
          </Title>
          <KitExports modelId={kit.modelId} number={kit.number} />
          <Text size="sm">
            {t('kit.licence')} :{' '}
            {licence ? (
              licence.url ? (
                <Anchor href={licence.url}>{licence[lang]}</Anchor>
              ) : (
                licence[lang]
              )
            ) : (
              '—'
            )}
          </Text>
          {kit.changeNote && (
            <Text size="sm">
              {t('kit.changeNote')} : {kit.changeNote}
            </Text>
          )}
        </Stack>
      </Paper>
      {section(
        'identity',
        <Stack gap={4}>
          <Text>
            <strong>{t('fields.need')} :</strong> {c.identity.need}
          </Text>
          <Text>
            <strong>{t('fields.audience')} :</strong> {c.identity.audience}
          </Text>
          {c.identity.results && (
            <Text>
              <strong>{t('fields.results')} :</strong> {c.identity.results}
            </Text>
          )}
          {c.identity.whereItRuns.length > 0 && (
            <Text>
              <strong>{t('fields.whereItRuns')} :</strong> {c.identity.whereItRuns.join(' ; ')}
            </Text>
          )}
        </Stack>,
      )}
      {section(
        'elements',
        <Stack gap="xs">
          {c.elements.map((e) => (
            <div key={e.id}>
              <Group gap="xs">
                <Text fw={700}>{e.title}</Text>
                <Badge variant="filled" color={e.kind === 'fixed' ? 'teal.9' : 'dark.7'}>
                  {e.kind === 'fixed' ? t('editor.fixed') : t('fields.options')}
                </Badge>
              </Group>
              {e.description && <Text size="sm">{e.description}</Text>}
              {e.kind === 'fixed' ? (
                <Text size="sm">
                  <em>{t('fields.why')} :</em> {e.why}
                </Text>
              ) : (
                <>
                  {e.options.length > 0 && (
                    <Text size="sm">
                      <em>{t('fields.options')} :</em> {e.options.join(' ; ')}
                    </Text>
                  )}
                  {e.limits && (
                    <Text size="sm">
                      <em>{t('fields.limits')} :</em> {e.limits}
                    </Text>
                  )}
                  {e.examples.length > 0 && (
                    <Text size="sm">
                      <em>{t('fields.examples')} :</em> {e.examples.join(' ; ')}
                    </Text>
                  )}
                </>
              )}
              <Text size="xs">
                {t('fields.evidenceLevel')} : {t(`evidence.${e.evidenceLevel}`)}
              </Text>
            </div>
          ))}
        </Stack>,
      )}
      {section('prerequisites', simple(c.prerequisites))}
      {section(
        'phases',
        <Stack gap="sm">
          {c.phases.map((p, i) => (
            <div key={p.id}>
              <Title order={3} size="h4">
                {i + 1}. {p.title}
                {p.duration ? ` (${p.duration})` : ''}
              </Title>
              {p.description && <Text size="sm">{p.description}</Text>}
              <List size="sm">
                {p.tasks.map((task) => (
                  <List.Item key={task.id}>
                    <strong>{task.title}</strong>
                    {task.duration ? ` (${task.duration})` : ''}
                    {task.description ? ` — ${task.description}` : ''}
                    {task.deliverables.length
                      ? ` · ${t('fields.deliverables')} : ${task.deliverables.join(', ')}`
                      : ''}
                    {task.roles.length ? ` · ${t('kit.taskRoles')} : ${task.roles.join(', ')}` : ''}
                    {task.resourceRefs.length > 0 && (
                      <>
                        {` · ${t('kit.taskResources')} : `}
                        {task.resourceRefs.map((ref, k) => {
                          const target = resourceTargets.get(ref);
                          return (
                            <span key={ref}>
                              {k > 0 && ', '}
                              {target ? <Anchor href={target.href}>{target.name}</Anchor> : ref}
                            </span>
                          );
                        })}
                      </>
                    )}
                  </List.Item>
                ))}
              </List>
            </div>
          ))}
        </Stack>,
      )}
      {section('roles', simple(c.roles))}
      {c.support.length > 0 && section('support', simple(c.support))}
      {c.commitments.length > 0 && section('commitments', simple(c.commitments))}
      {c.figures.length > 0 &&
        section(
          'figures',
          <Table>
            <Table.Tbody>
              {c.figures.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Th scope="row">{f.label}</Table.Th>
                  <Table.Td>
                    {f.value}
                    {f.uncertain ? ` (${t('fields.uncertain').toLowerCase()})` : ''}
                  </Table.Td>
                  <Table.Td>{f.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>,
        )}
      {c.pitfalls.length > 0 && section('pitfalls', simple(c.pitfalls))}
      {c.faq.length > 0 &&
        section(
          'faq',
          <Stack gap="xs">
            {c.faq.map((q) => (
              <div key={q.id}>
                <Text fw={700}>{q.question}</Text>
                <Text size="sm">{q.answer}</Text>
              </div>
            ))}
          </Stack>,
        )}
      {(kit.resources.length > 0 || c.links.length > 0) && (
        <Paper withBorder p="md" component="section" aria-labelledby="kit-resources">
          <Title order={2} size="h3" id="kit-resources" mb="xs">
            {t('kit.resources')}
          </Title>
          <List>
            {kit.resources.map((r) => (
              <List.Item key={r.id}>
                <Anchor href={r.url}>{r.name}</Anchor>
                {r.description ? ` — ${r.description}` : ''}
              </List.Item>
            ))}
            {c.links.map((l) => (
              <List.Item key={l.id}>
                <Anchor href={l.url} rel="noopener noreferrer">
                  {l.title}
                </Anchor>
                {l.description ? ` — ${l.description}` : ''}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}

/**
 * The kit's data before the first render: the page paints once, with its content, rather than a loader first. On a
 * first visit the server's HTML already asked for it (a preload, src/server/http/spa-pages.ts), so this request
 * takes the answer the browser is already holding. An error (a kit that does not exist or is not published) goes to
 * the route's error page, as the component's own error did.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  await queryClient.ensureQueryData(kitVersionQuery(params.modelId ?? '', Number(params.n ?? '1')));
  return null;
}

export function Component() {
  const { modelId = '', n = '1' } = useParams();
  const kit = useKitVersion(modelId, Number(n));
  if (kit.isPending) return <PageLoader />;
  if (kit.isError) throw kit.error;
  return <Kit kit={kit.data} />;
}
