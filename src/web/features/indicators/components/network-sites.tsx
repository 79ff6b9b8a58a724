import { useState } from 'react';
import { useNetworkSites, type Dashboard } from '../api/indicators.ts';
import { SitesMap } from './network-overview.tsx';

/**
 * The carrier's map and table of sites. The dashboard carries the first sites by name and every département's count;
 * the next pages, or a département's sites once one is chosen on the map, come from the server page by page, so a
 * network of a thousand sites neither weighs on every dashboard answer nor renders a thousand rows at once.
 */
export function NetworkSitesMap({ dashboard }: { dashboard: Dashboard }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);
  const first = selected ? [] : dashboard.sites.items;
  const pages = useNetworkSites(dashboard.model.id, selected, first.length, selected !== null || asked);
  const loaded = (pages.data?.pages ?? []).flatMap((p) => p.items);
  const selectedCount = dashboard.byDepartement.find((d) => d.code === selected)?.count ?? 0;
  const total = pages.data?.pages.at(-1)?.total ?? (selected ? selectedCount : dashboard.sites.total);
  return (
    <SitesMap
      byDepartement={dashboard.byDepartement}
      selected={selected}
      onSelect={setSelected}
      list={{
        items: [...first, ...loaded],
        total,
        more: {
          load: () => (selected || asked ? void pages.fetchNextPage() : setAsked(true)),
          loading: pages.isFetching,
          error: pages.error,
        },
      }}
    />
  );
}
