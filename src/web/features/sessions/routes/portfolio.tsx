import '../i18n-manage-runtime.ts';
import { Alert, Anchor, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { usePortfolio, type Portfolio } from '../api/portfolio.ts';
import { DiagnosticCells, DiagnosticHeaders, NoDiagnosticCells } from '../components/diagnostic-cells.tsx';
import { FacilitatorOnly } from '../components/manage-nav.tsx';
import { PortfolioProject, useSiteLine } from '../components/portfolio-project.tsx';
import { useMethodLabels } from '../method-labels.ts';

/** The followed projects side by side: what the cohort view shows for a session, here for the whole portfolio. */
function Comparison({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation('sessionsManage');
  const labels = useMethodLabels();
  const siteLine = useSiteLine();
  return (
    <section aria-labelledby="compare-heading">
      <Title id="compare-heading" order={2} size="h3" mb="xs">
        {t('portfolio.compareTitle')}
      </Title>
      <Table.ScrollContainer minWidth={1000}>
        <Table>
          <Table.Caption>{t('portfolio.compareCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('manage.project')}</Table.Th>
              <DiagnosticHeaders />
              <Table.Th scope="col">{t('manage.plan')}</Table.Th>
              <Table.Th scope="col">{t('portfolio.sites')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {portfolio.items.map((item) => (
              <Table.Tr key={item.followId}>
                <Table.Th scope="row">
                  {item.project.title}
                  <Text size="sm">{item.project.organisation}</Text>
                </Table.Th>
                {item.diagnostic ? (
                  <DiagnosticCells diagnostic={item.diagnostic} labels={labels} />
                ) : (
                  <NoDiagnosticCells />
                )}
                <Table.Td>
                  {item.plan
                    ? t('manage.planProgress', {
                        title: item.plan.title,
                        done: item.plan.done,
                        items: item.plan.items,
                      })
                    : t('manage.noPlan')}
                </Table.Td>
                <Table.Td>
                  {item.sites.total === 0 ? (
                    t('portfolio.noSite')
                  ) : (
                    <>
                      {t('portfolio.sitesCount', { count: item.sites.total })}
                      <Text size="sm">{item.sites.items.slice(0, 3).map(siteLine).join(', ')}</Text>
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h4" mt="md" mb="xs">
        {t('manage.commonVigilance')}
      </Title>
      {portfolio.commonVigilance.length === 0 ? (
        <Text>{t('manage.noCommonVigilance')}</Text>
      ) : (
        <List>
          {portfolio.commonVigilance.map((v) => (
            <List.Item key={v.id}>
              {t('manage.sharedBy', { point: labels.vigilance(v.id), count: v.count })}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

function PortfolioPage() {
  const { t } = useTranslation('sessionsManage');
  const portfolio = usePortfolio();
  return (
    <Stack gap="lg">
      <PageTitle>{t('portfolio.title')}</PageTitle>
      <Group>
        <Anchor component={Link} to={paths.sessionsManage.getHref()}>
          {t('manage.nav.mine')}
        </Anchor>
      </Group>
      <Text>{t('portfolio.intro')}</Text>
      {portfolio.isPending ? (
        <PageLoader />
      ) : portfolio.isError ? (
        <Alert color="red" role="alert">
          {portfolio.error.message}
        </Alert>
      ) : portfolio.data.items.length === 0 ? (
        <Text>{t('portfolio.none')}</Text>
      ) : (
        <>
          <Comparison portfolio={portfolio.data} />
          <section aria-labelledby="projects-heading">
            <Title id="projects-heading" order={2} size="h3" mb="xs">
              {t('portfolio.projectsTitle')}
            </Title>
            <Stack gap="md">
              {portfolio.data.items.map((item) => (
                <PortfolioProject key={item.followId} item={item} />
              ))}
            </Stack>
          </section>
        </>
      )}
    </Stack>
  );
}

export function Component() {
  return <FacilitatorOnly>{() => <PortfolioPage />}</FacilitatorOnly>;
}
