import { Alert, Box, Button, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { useProjectTrash, useRestoreDiagnostic } from '../api/trash.ts';
import { formatDate } from '../lib/localize.ts';

const TRASH_DAYS = 30;

/** The project's diagnostics in the trash, each restorable until 30 days after its deletion (editors only). */
export function TrashList({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation('diagnostics');
  const trash = useProjectTrash(projectId);
  const restore = useRestoreDiagnostic(projectId);
  const lang = i18n.resolvedLanguage ?? 'fr';
  // Viewers may not open the trash: the section is only for those the server lets in.
  if (!trash.isSuccess) return null;
  const items = trash.data.items;
  return (
    <Box component="section" aria-labelledby="trash-title" mt="xl">
      <Title order={2} size="h3" id="trash-title" mb="sm">
        {t('trash.title')}
      </Title>
      {restore.isError ? (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {toApiError(restore.error).message}
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <Text>{t('trash.empty')}</Text>
      ) : (
        <List listStyleType="none" spacing="xs" data-testid="trash">
          {items.map((item) => {
            const until = new Date(Date.parse(item.deletedAt ?? item.updatedAt) + TRASH_DAYS * 86_400_000);
            return (
              <List.Item key={item.id}>
                <Text span fw={500}>
                  {item.title}
                </Text>{' '}
                <Text span size="sm">
                  {t('trash.until', { date: formatDate(until.toISOString(), lang) })}
                </Text>{' '}
                <Button
                  size="compact-sm"
                  variant="default"
                  aria-label={`${t('trash.restore')}, ${item.title}`}
                  loading={restore.isPending && restore.variables === item.id}
                  onClick={() => restore.mutate(item.id)}
                >
                  {t('trash.restore')}
                </Button>
              </List.Item>
            );
          })}
        </List>
      )}
    </Box>
  );
}
