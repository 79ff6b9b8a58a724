import '../i18n-runtime.ts';
import { Anchor, Box, Button, Group, List, Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import { signInHref } from '../../accounts/lib/return-path.ts';
import { useInstruments } from '../api/get-instruments.ts';
import { useMyProjects } from '../api/get-my-projects.ts';
import { useLocalize } from '../lib/localize.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function Instruments() {
  const { t } = useTranslation('diagnostics');
  const localize = useLocalize();
  const instruments = useInstruments();
  if (instruments.isPending) return <PageLoader />;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {(instruments.data?.items ?? []).map((instrument) => (
        <Paper key={instrument.id} withBorder p="lg" component="article">
          <Title order={3} size="h4" mb="xs">
            {`«\u00a0${t(`instrumentChoice.${instrument.kind}`)}\u00a0»`}
          </Title>
          <Text mb="xs">{localize(instrument.intro)}</Text>
          <Text size="sm" c="dimmed">
            {t('instrumentFacts', {
              questions: instrument.questionCount,
              dimensions: instrument.dimensionCount,
              min: instrument.estimatedMinutes.min,
              max: instrument.estimatedMinutes.max,
            })}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function ProjectPicker() {
  const { t } = useTranslation('diagnostics');
  const projects = useMyProjects();
  const navigate = useNavigate();
  const [projectId, setProjectId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const inputId = useId();
  const items = projects.data?.items ?? [];
  return (
    <>
      <Text mb="md">{t('projects.intro')}</Text>
      {projects.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Text mb="md">
          {t('projects.none')}{' '}
          <Anchor component={Link} to={paths.library.getHref()}>
            {t('projects.toLibrary')}
          </Anchor>
        </Text>
      ) : (
        <List withPadding spacing="xs" mb="md">
          {items.map((project) => (
            <List.Item key={project.id}>
              <Anchor component={Link} to={paths.diagnosticsProject.getHref(project.id)}>
                {t('projects.open', { title: project.title })}
              </Anchor>
              <Text span size="sm" c="dimmed">
                {` — ${project.organisation.name}`}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const id = projectId.trim();
          if (!uuidPattern.test(id)) {
            setError(t('projects.byIdInvalid'));
            return;
          }
          setError(undefined);
          void navigate(paths.diagnosticsProject.getHref(id));
        }}
      >
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            id={inputId}
            label={t('projects.byId')}
            description={t('projects.byIdLabel')}
            value={projectId}
            onChange={(event) => setProjectId(event.currentTarget.value)}
            error={error}
            style={{ flex: '1 1 20rem' }}
          />
          <Button type="submit" variant="default">
            {t('projects.byIdSubmit')}
          </Button>
        </Group>
      </form>
    </>
  );
}

export function Component() {
  const { t } = useTranslation('diagnostics');
  const me = useMe();
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <Text size="lg" mb="lg">
        {t('lead')}
      </Text>
      <Box component="section" aria-labelledby="instruments-title" mb="xl">
        <Title order={2} id="instruments-title" mb="sm">
          {t('instrumentsTitle')}
        </Title>
        <Instruments />
      </Box>
      <Box component="section" aria-labelledby="projects-title">
        <Title order={2} id="projects-title" mb="sm">
          {t('projects.title')}
        </Title>
        {me.data === null ? (
          <Text>
            <Anchor component={Link} to={signInHref(paths.diagnostics.getHref())}>
              {t('projects.signIn')}
            </Anchor>
          </Text>
        ) : (
          <SignedInOnly>{() => <ProjectPicker />}</SignedInOnly>
        )}
      </Box>
    </>
  );
}
