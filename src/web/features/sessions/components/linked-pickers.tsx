import '../i18n-manage-runtime.ts';
import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client.ts';
import { useMethodIndex } from '../../method/api/get-method-index.ts';
import { LINKABLE_KINDS, methodPages, useProjectTitles, type ProjectCard } from './linked-titles.ts';

/**
 * Pickers of the session editor: method pages and library case studies chosen by title, searched as one types
 * (Mantine's combobox: arrows to move, Enter to choose, Backspace removes the last choice).
 */

export function MethodPagePicker({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('sessionsManage');
  const index = useMethodIndex();
  const data = useMemo(() => {
    const pages = methodPages(index.data);
    const groups = LINKABLE_KINDS.map((kind) => ({
      group: t(`pickers.kinds.${kind}`),
      items: [...pages.entries()]
        .filter(([, p]) => p.kind === kind)
        .map(([ref, p]) => ({ value: ref, label: p.title })),
    }));
    // A stored reference the method no longer has stays visible (and removable) under its identifier.
    const unknown = value.filter((ref) => !pages.has(ref));
    return unknown.length && index.data
      ? [...groups, { group: '—', items: unknown.map((ref) => ({ value: ref, label: ref })) }]
      : groups;
  }, [index.data, t, value]);
  return (
    <MultiSelect
      id="session-method-pages"
      label={t('pickers.methodPages')}
      description={t('pickers.methodPagesHelp')}
      data={data}
      value={index.data ? value : []}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      maxDropdownHeight={320}
      nothingFoundMessage={t('pickers.nothingFound')}
      error={error}
      disabled={!index.data}
    />
  );
}

/**
 * Case studies of the library whose title matches what is typed (the server searches; nothing filters again here).
 * Each answer carries the query it was asked for, and only the answer to what is typed now is returned: while a newer
 * query waits for its debounce or its answer, the previous results are withheld (`items` is undefined), so that a fast
 * typist's arrow and Enter cannot pick from them. An answer that comes late, for a query since replaced, is never shown.
 */
function useCaseStudySearch(query: string) {
  const typed = query.trim();
  const [debounced] = useDebouncedValue(typed, 200);
  const found = useQuery({
    queryKey: ['sessions', 'case-study-search', debounced],
    queryFn: async ({ signal }) => {
      const page = await api.get<{ items: ProjectCard[] }>('/library/search', {
        query: { caseStudy: 'true', q: debounced || undefined, limit: 20 },
        signal,
      });
      return { query: debounced, items: page.items };
    },
    placeholderData: keepPreviousData,
  });
  const items = found.data?.query === typed ? found.data.items : undefined;
  return { items, searching: items === undefined && !found.isError };
}

/** The options of a case-study picker: the chosen ones (to show their titles), then the results of what is typed. */
function useCaseStudyOptions(search: string, chosen: string[]) {
  const found = useCaseStudySearch(search);
  const titles = useProjectTitles(chosen);
  const data = useMemo(() => {
    const options = new Map<string, string>([...titles].map(([id, title]) => [id, title ?? id]));
    for (const p of found.items ?? []) options.set(p.id, p.title);
    return [...options].map(([value, label]) => ({ value, label }));
  }, [found.items, titles]);
  return { data, searching: found.searching };
}

export function CaseStudiesPicker({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('sessionsManage');
  const [search, setSearch] = useState('');
  const { data, searching } = useCaseStudyOptions(search, value);
  return (
    <MultiSelect
      id="session-case-studies"
      label={t('pickers.caseStudies')}
      description={t('pickers.caseStudiesHelp')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      // While the results of what is typed are on their way, Enter neither picks nor submits the session form.
      onKeyDown={(event) => {
        if (event.key === 'Enter' && searching) event.preventDefault();
      }}
      clearable
      hidePickedOptions
      nothingFoundMessage={searching ? t('pickers.loading') : t('pickers.nothingFound')}
      error={error}
    />
  );
}

/** The case study one meeting presents (one or none). */
export function MeetingCaseStudyPicker({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('sessionsManage');
  const chosen = useMemo(() => (value ? [value] : []), [value]);
  const [search, setSearch] = useState<string | null>(null);
  const { data, searching } = useCaseStudyOptions(search ?? '', chosen);
  const selectedLabel = data.find((o) => o.value === value)?.label ?? '';
  return (
    <Select
      id={id}
      label={t('pickers.meetingCaseStudy')}
      description={t('pickers.meetingCaseStudyHelp')}
      data={data}
      value={value || null}
      onChange={(v) => {
        onChange(v ?? '');
        setSearch(null);
      }}
      searchable
      // While nothing is typed the field shows the chosen title; typing searches the library.
      searchValue={search ?? selectedLabel}
      onSearchChange={(s) => setSearch(s === selectedLabel ? null : s)}
      filter={({ options }) => options}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && searching) event.preventDefault();
      }}
      clearable
      nothingFoundMessage={searching ? t('pickers.loading') : t('pickers.nothingFound')}
      error={error}
    />
  );
}
