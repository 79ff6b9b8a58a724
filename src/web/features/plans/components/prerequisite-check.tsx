import '../i18n-runtime.ts';
import { Checkbox, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { useUpdateItem } from '../api/plans.ts';
import type { PlanItem } from '../api/types.ts';

/**
 * The prerequisites are a checklist: one box per item ticks it done (« terminé ») or back to « en cours » without
 * opening its form. The box follows the saved status, so a refused change (someone edited the item meanwhile: 409)
 * leaves it as the server has it, with the reason said next to it.
 */
export function PrerequisiteCheck({ planId, item }: { planId: string; item: PlanItem }) {
  const { t } = useTranslation('plans');
  const update = useUpdateItem(planId);
  const failure = update.isError ? toApiError(update.error) : null;
  return (
    <>
      <Checkbox
        size="sm"
        mt={4}
        label={t('done')}
        aria-label={`${t('done')}, ${item.title}`}
        checked={item.status === 'termine'}
        disabled={update.isPending}
        onChange={(event) =>
          update.mutate({
            id: item.id,
            version: item.version,
            status: event.currentTarget.checked ? 'termine' : 'en-cours',
          })
        }
      />
      {failure && (
        <Text size="xs" c="red.9" role="alert">
          {failure.status === 409 ? t('checkConflict') : failure.message}
        </Text>
      )}
    </>
  );
}
