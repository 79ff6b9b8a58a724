import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { useSaveAdaptation, type Site } from '../api/sites.ts';

type Element = Site['adaptations'][number];

function AdaptationForm({ site, element }: { site: Site; element: Element }) {
  const { t } = useTranslation('sites');
  const save = useSaveAdaptation(site.id);
  const [choice, setChoice] = useState(element.choice ?? '');
  const [reason, setReason] = useState(element.reason ?? '');
  const fields = save.error instanceof ApiError ? save.error.fields : {};
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          elementId: element.elementId,
          choice,
          reason,
          ...(element.version ? { version: element.version } : {}),
        });
      }}
    >
      <Stack gap="xs">
        <Textarea
          id={`choice-${element.elementId}`}
          label={t('site.choice')}
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value)}
          error={fields.choice}
          autosize
        />
        <Textarea
          id={`why-${element.elementId}`}
          label={t('site.why')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fields.reason}
          autosize
        />
        <Button type="submit" variant="default" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('site.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** For each element of the kit: fixed or adaptable, what the site chose and why; changed fixed elements are flagged. */
export function Adaptations({ site }: { site: Site }) {
  const { t } = useTranslation('sites');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="adaptations-title">
      <Title order={2} size="h3" id="adaptations-title" mb="xs">
        {t('site.adaptations')}
      </Title>
      {site.flaggedCount > 0 && <Text fw={700}>{t('site.flagged', { count: site.flaggedCount })}</Text>}
      <Stack>
        {site.adaptations.map((a) => (
          <Stack key={a.elementId} gap={4} component="article" aria-labelledby={`el-${a.elementId}`}>
            <Group gap="xs">
              <Title order={3} size="h4" id={`el-${a.elementId}`}>
                {a.title}
              </Title>
              <Badge variant="outline" color="dark">
                {a.kind === 'fixed' ? t('site.fixed') : t('site.adaptable')}
              </Badge>
              {a.flagged && (
                <Badge color="red" variant="filled">
                  {t('site.flag')}
                </Badge>
              )}
            </Group>
            {a.kind === 'fixed' ? (
              <Text size="sm">{a.why}</Text>
            ) : (
              <Text size="sm">{[...a.options, a.limits].filter(Boolean).join(' · ')}</Text>
            )}
            {site.permissions.adapt ? (
              <AdaptationForm site={site} element={a} />
            ) : (
              <Text>{a.choice ? `${a.choice} — ${a.reason ?? ''}` : t('site.notChosen')}</Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
