import '../i18n-runtime.ts';
import { Anchor, Badge, Group, List, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BLOCK_TITLES } from '../../../../core/models/model-labels.ts';
import { paths } from '../../../config/paths.ts';
import { useDiff, useVersions, type Model } from '../api/models.ts';

/** The published versions, and what changed between two of them (or the draft), block by block. */
export function Versions({ model, dirty }: { model: Model; dirty: boolean }) {
  const { t, i18n } = useTranslation('models');
  const versions = useVersions(model.id);
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>('draft');
  const diff = useDiff(model.id, from, to, from !== '' && from !== to && !dirty);
  const options = [
    { value: 'draft', label: t('versions.draft') },
    ...(versions.data?.items ?? []).map((v) => ({
      value: String(v.number),
      label: t('version', { n: v.number }),
    })),
  ];
  return (
    <Stack>
      {(versions.data?.items.length ?? 0) === 0 ? (
        <Text>{t('versions.none')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {versions.data?.items.map((v) => (
              <Table.Tr key={v.number}>
                <Table.Th scope="row">{t('version', { n: v.number })}</Table.Th>
                <Table.Td>
                  {new Intl.DateTimeFormat(i18n.resolvedLanguage).format(new Date(v.publishedAt))}
                </Table.Td>
                <Table.Td>{v.changeNote}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={paths.kit.getHref(model.id, v.number)}>
                    {t('versions.open')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {(versions.data?.items.length ?? 0) > 0 && (
        <Group align="end">
          <Select label={t('versions.from')} data={options} value={from} onChange={(v) => setFrom(v ?? '')} />
          <Select
            label={t('versions.to')}
            data={options}
            value={to}
            onChange={(v) => setTo(v ?? 'draft')}
            allowDeselect={false}
          />
        </Group>
      )}
      {diff.data &&
        (diff.data.changedBlocks === 0 ? (
          <Text>{t('diff.none')}</Text>
        ) : (
          <Stack gap="xs" aria-live="polite">
            {diff.data.blocks
              .filter((b) => b.added.length + b.removed.length + b.changed.length > 0)
              .map((b) => (
                <div key={b.block}>
                  <Text fw={700}>{BLOCK_TITLES[b.block][i18n.resolvedLanguage === 'en' ? 'en' : 'fr']}</Text>
                  <List size="sm">
                    {b.added.map((x) => (
                      <List.Item key={`a${x.id}`}>
                        <Badge color="teal.9" variant="filled">
                          {t('diff.added')}
                        </Badge>{' '}
                        {x.label}
                      </List.Item>
                    ))}
                    {b.removed.map((x) => (
                      <List.Item key={`r${x.id}`}>
                        <Badge color="red.9" variant="filled">
                          {t('diff.removed')}
                        </Badge>{' '}
                        {x.label}
                      </List.Item>
                    ))}
                    {b.changed.map((x) => (
                      <List.Item key={`c${x.id}`}>
                        <Badge color="blue.9" variant="filled">
                          {t('diff.changed')}
                        </Badge>{' '}
                        {x.label} :{' '}
                        {x.fields
                          .map(
                            (fc) =>
                              `${fc.field} (${JSON.stringify(fc.before)} → ${JSON.stringify(fc.after)})`,
                          )
                          .join(' ; ')}
                      </List.Item>
                    ))}
                  </List>
                </div>
              ))}
          </Stack>
        ))}
    </Stack>
  );
}
