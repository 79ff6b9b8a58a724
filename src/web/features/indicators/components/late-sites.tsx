import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { LATE_PAGE_SIZE, useLateSites, type Dashboard } from '../api/indicators.ts';
import { ScrollRegion } from './scroll-region.tsx';
import { ShowMore } from './show-more.tsx';

// The late sites, latest first: the dashboard carries their total and the first 100; the rest is read page by page
// only when asked for. Overdue indicators come by id and are named from the dashboard's indicators and each page's.
export function LateSites({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('indicators');
  const first = dashboard.late.items;
  const [asked, setAsked] = useState(false);
  const rest = useLateSites(dashboard.model.id, first.length, asked);
  const pages = rest.data?.pages ?? [];
  const items = [...first, ...pages.flatMap((p) => p.items)];
  // Indicators come by id; their names once, in the dashboard and in each further page.
  const names = new Map([
    ...dashboard.indicators.map((i) => [i.id, i.name] as const),
    ...pages.flatMap((p) => p.indicators.map((i) => [i.id, i.name] as const)),
  ]);
  const total = pages.at(-1)?.total ?? dashboard.late.total;
  const remaining = Math.max(0, total - items.length);
  const more = () => (asked ? void rest.fetchNextPage() : setAsked(true));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="late-title">
      <Title order={2} id="late-title" mb="xs">
        {t('late.title')}
      </Title>
      {total === 0 ? (
        <Text>{t('late.none')}</Text>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {remaining > 0
              ? t('late.partial', { total, shown: items.length })
              : t('late.summary', { count: total })}
          </Text>
          <ScrollRegion label={t('late.listLabel')} maxHeight={640}>
            <Stack gap="xs">
              {items.map((l) => (
                <div key={l.siteId}>
                  <Anchor component={Link} to={paths.networkSite.getHref(l.siteId)} fw={600}>
                    {l.name}
                  </Anchor>
                  <List size="sm">
                    {l.missing.map((m) => (
                      <List.Item key={m.indicatorId}>
                        {t('late.missing', {
                          name: names.get(m.indicatorId) ?? '',
                          due: m.duePeriod,
                          last: m.lastPeriod ?? t('late.never'),
                        })}
                      </List.Item>
                    ))}
                  </List>
                </div>
              ))}
            </Stack>
          </ScrollRegion>
          <ShowMore
            error={rest.error}
            remaining={remaining}
            loading={rest.isFetching}
            onMore={more}
            label={t('late.more', { count: Math.min(LATE_PAGE_SIZE, remaining) })}
          />
        </>
      )}
    </Paper>
  );
}
