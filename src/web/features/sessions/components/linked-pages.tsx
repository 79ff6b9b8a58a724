import '../i18n-runtime.ts';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useMethodIndex } from '../../method/api/get-method-index.ts';
import { methodItemHref } from '../../method/lib/method-links.ts';
import { methodPages, useProjectTitles } from './linked-titles.ts';

/**
 * « Pour aller plus loin » on a session's page: its method pages and case studies by title. A case study the reader
 * may not see (a private project) is left out rather than shown as an identifier.
 */
export function LinkedPages({
  methodPageIds,
  caseStudyIds,
}: {
  methodPageIds: string[];
  caseStudyIds: string[];
}) {
  const { t } = useTranslation('sessions');
  const index = useMethodIndex();
  const pages = useMemo(() => methodPages(index.data), [index.data]);
  const titles = useProjectTitles(caseStudyIds);
  const method = methodPageIds.flatMap((ref) => {
    const page = pages.get(ref);
    return page ? [{ ref, ...page }] : [];
  });
  const cases = caseStudyIds.flatMap((id) => {
    const title = titles.get(id);
    return title ? [{ id, title }] : [];
  });
  if (method.length === 0 && cases.length === 0) return null;
  return (
    <section aria-labelledby="linked-heading">
      <Title id="linked-heading" order={2} size="h3" mt="lg" mb="xs">
        {t('linkedTitle')}
      </Title>
      <Stack gap="xs">
        {method.length > 0 && (
          <div>
            <Text fw={700}>{t('linkedMethod')}</Text>
            <List>
              {method.map((p) => (
                <List.Item key={p.ref}>
                  <Anchor component={Link} to={methodItemHref(p.kind, p.id)}>
                    {p.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {cases.length > 0 && (
          <div>
            <Text fw={700}>{t('linkedCases')}</Text>
            <List>
              {cases.map((c) => (
                <List.Item key={c.id}>
                  <Anchor component={Link} to={paths.project.getHref(c.id)}>
                    {c.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </section>
  );
}
