import '../i18n-runtime.ts';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type LoadMoreProps = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

/** « Afficher la suite » under a paged list; nothing on the last page. */
export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage }: LoadMoreProps) {
  const { t } = useTranslation('admin');
  if (!hasNextPage) return null;
  return (
    <Button variant="default" mt="md" loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
      {t('loadMore')}
    </Button>
  );
}
