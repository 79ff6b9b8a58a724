import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCount } from '../api/search-library.ts';
import { facetValueLabel } from '../lib/facet-labels.ts';
import type { FacetKey } from '../lib/search-params.ts';

const collapsedSize = 8;

/**
 * One facet as a group of checkboxes in a fieldset: the legend names the facet, each label says the value and how
 * many projects have it. Values already chosen stay listed even when the current search leaves none.
 */
export function FacetGroup({
  facetKey,
  counts,
  selected,
  onToggle,
}: {
  facetKey: FacetKey;
  counts: FacetCount[];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  const { t } = useTranslation('library');
  const [expanded, setExpanded] = useState(false);
  const values = [...counts];
  for (const value of selected) if (!values.some((c) => c.value === value)) values.push({ value, count: 0 });
  const visible = expanded
    ? values
    : values.filter((c, index) => index < collapsedSize || selected.includes(c.value));

  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={700} mb="xs">
        {t(`facets.${facetKey}`)}
      </Text>
      {values.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('facets.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {visible.map((facet) => (
            <Checkbox
              key={facet.value}
              checked={selected.includes(facet.value)}
              onChange={() => onToggle(facet.value)}
              label={t('facets.option', {
                label: facetValueLabel(t, facetKey, facet.value, facet.label),
                count: facet.count,
              })}
            />
          ))}
          {values.length > collapsedSize && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setExpanded((value) => !value)}
              aria-expanded={expanded}
              style={{ alignSelf: 'flex-start' }}
            >
              {expanded ? t('facets.showLess') : t('facets.showAll', { count: values.length })}
            </Button>
          )}
        </Stack>
      )}
    </fieldset>
  );
}
