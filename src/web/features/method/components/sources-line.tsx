import { Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodSource } from '../api/types.ts';
import { sourceShortName } from '../lib/source-names.ts';

/**
 * « D’après : ISAT, ExpandNet » (or « Inspiré de : … » for questions): the short names of the frameworks a part draws
 * on, each linked to the framework when it has a public address. Two works of the same framework show once.
 */
export function SourcesLine({
  ids,
  sources,
  label = 'basedOn',
  size = 'sm',
}: {
  ids: readonly string[];
  sources: readonly MethodSource[] | undefined;
  label?: 'basedOn' | 'inspiredBy';
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation('method');
  const byId = new Map((sources ?? []).map((source) => [source.id, source]));
  const seen = new Set<string>();
  const shown = ids.flatMap((id) => {
    const source = byId.get(id);
    const name = sourceShortName(id, source?.label);
    if (seen.has(name)) return [];
    seen.add(name);
    return [{ id, name, source }];
  });
  if (shown.length === 0) return null;
  return (
    <Text size={size} c="dimmed">
      {t(label)}{' '}
      {shown.map(({ id, name, source }, index) => (
        <Fragment key={id}>
          {index > 0 ? ', ' : null}
          {source?.url ? (
            <Anchor href={source.url} size={size} title={source.label} rel="noopener noreferrer">
              {name}
            </Anchor>
          ) : (
            <span title={source?.label}>{name}</span>
          )}
        </Fragment>
      ))}
    </Text>
  );
}
