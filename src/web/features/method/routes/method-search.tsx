import '../i18n-runtime.ts';
import { Anchor, Badge, Box, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMethodSearch } from '../api/search-method.ts';
import { MethodSearchForm } from '../components/method-search-form.tsx';
import { methodItemHref } from '../lib/method-links.ts';

export function Component() {
  const { t } = useTranslation('method');
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const search = useMethodSearch(query);
  const hits = search.data?.hits ?? [];
  const tooShort = query.length < 2;
  return (
    <>
      <PageTitle>{query ? t('search.titleWithQuery', { query }) : t('search.title')}</PageTitle>
      <Anchor component={Link} to={paths.method.getHref()} mb="md" display="inline-block">
        {t('item.back')}
      </Anchor>
      {/* Keyed by the query so that the box shows the words of the page it is on after a new search. */}
      <MethodSearchForm key={query} initialQuery={query} />
      <Box mt="lg" aria-live="polite">
        {tooShort ? (
          <Text>{t('search.tooShort')}</Text>
        ) : search.isPending ? (
          <Group gap="xs">
            <Loader size="sm" aria-hidden="true" />
            <Text>{t('search.searching')}</Text>
          </Group>
        ) : search.error ? (
          <Text role="alert" c="red.9">
            {search.error.message}
          </Text>
        ) : hits.length === 0 ? (
          <Text>{t('search.none', { query })}</Text>
        ) : (
          <Text fw={600}>{t('search.results', { count: hits.length })}</Text>
        )}
      </Box>
      {!tooShort && hits.length > 0 ? (
        <Stack component="ol" gap="md" mt="md" p={0} style={{ listStyle: 'none' }}>
          {hits.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`}>
              <Group gap="xs" wrap="wrap">
                <Badge variant="light">{t(`kinds.${hit.kind}`)}</Badge>
                <Title order={2} size="h4">
                  <Anchor component={Link} to={methodItemHref(hit.kind, hit.id)}>
                    {hit.title}
                  </Anchor>
                </Title>
              </Group>
              <Text size="sm" mt={4}>
                {hit.excerpt}
              </Text>
            </li>
          ))}
        </Stack>
      ) : null}
    </>
  );
}
