import { Anchor, Box, Container, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { licenceUrl, paths, serverPaths } from '../../config/paths.ts';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Box
      component="footer"
      mt="xl"
      bg="gray.0"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Container size="lg" py="lg">
        <Stack gap="sm">
          <Text fw={700}>
            {t('appName')} <Text span>— {t('tagline')}</Text>
          </Text>
          <nav aria-label={t('footer.label')}>
            <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none', columnGap: '1.5rem' }}>
              <li>
                <Anchor component={Link} to={paths.legal.notice.getHref()} size="sm">
                  {t('footer.legalNotice')}
                </Anchor>
              </li>
              <li>
                <Anchor component={Link} to={paths.legal.accessibility.getHref()} size="sm">
                  {t('footer.accessibility')}
                </Anchor>
              </li>
              <li>
                <Anchor component={Link} to={paths.legal.privacy.getHref()} size="sm">
                  {t('footer.privacy')}
                </Anchor>
              </li>
              <li>
                {/* Served by the API server, outside the client router. */}
                <Anchor href={serverPaths.apiReference} size="sm">
                  {t('footer.apiReference')}
                </Anchor>
              </li>
              <li>
                <Anchor href={licenceUrl} size="sm" rel="license">
                  {t('footer.licence')}
                </Anchor>
              </li>
            </Group>
          </nav>
          <Text size="sm">{t('footer.accessibilityStatus')}</Text>
        </Stack>
      </Container>
    </Box>
  );
}
