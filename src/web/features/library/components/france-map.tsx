// Its copy comes with it (decision 005), so pages that show the map lazily do not carry the library's copy up front.
import '../i18n-runtime.ts';
import { Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { geoConicConformal, geoMercator, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLevel } from '../api/get-library-map.ts';
import { overseas } from '../lib/territory-names.ts';
import classes from './france-map.module.css';

// The map of France is drawn here as SVG from the GeoJSON shipped in /geo (IGN, INSEE, Licence Ouverte), fetched
// only when a map is shown; this module itself is loaded lazily. Metropolitan France is drawn with a conic
// conformal projection (the one of French official maps); the five overseas départements sit in insets below.

type Feature = {
  type: 'Feature';
  properties: { code: string; nom: string };
  geometry: GeoPermissibleObjects;
};
type FeatureCollection = { type: 'FeatureCollection'; features: Feature[] };

async function fetchGeo(file: string): Promise<FeatureCollection> {
  const response = await fetch(`/geo/${file}`);
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return (await response.json()) as FeatureCollection;
}

function useGeo(level: MapLevel) {
  const file =
    level === 'departement'
      ? 'departements-version-simplifiee.geojson'
      : 'regions-version-simplifiee.geojson';
  const metro = useQuery({ queryKey: ['geo', file], queryFn: () => fetchGeo(file), staleTime: Infinity });
  const outreMer = useQuery({
    queryKey: ['geo', 'outre-mer'],
    queryFn: () => fetchGeo('departements-outre-mer-simplifiee.geojson'),
    staleTime: Infinity,
  });
  return { metro, outreMer };
}

/** Five classes on the brand scale, and a neutral grey for areas without projects. */
const palette = ['#cdeae4', '#69bcaa', '#23917a', '#0e6b5a', '#06463b'];
const emptyFill = '#f1f3f5';

export function colourScale(max: number): {
  fill: (count: number) => string;
  classes: { from: number; to: number; colour: string }[];
} {
  if (max <= 0) return { fill: () => emptyFill, classes: [] };
  const steps = Math.min(palette.length, max);
  const bounds: { from: number; to: number; colour: string }[] = [];
  for (let i = 0; i < steps; i++) {
    const from = Math.floor((i * max) / steps) + 1;
    const to = Math.floor(((i + 1) * max) / steps);
    bounds.push({
      from,
      to,
      colour: palette[Math.round((i * (palette.length - 1)) / Math.max(1, steps - 1))],
    });
  }
  return {
    fill: (count) =>
      count <= 0 ? emptyFill : (bounds.find((b) => count <= b.to) ?? bounds[bounds.length - 1]).colour,
    classes: bounds,
  };
}

const width = 600;
const metroHeight = 560;
const insetTop = 575;
const insetSize = { w: 108, h: 86 };
const height = insetTop + insetSize.h + 20;

type Props = {
  level: MapLevel;
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onToggle: (code: string) => void;
  /** What the map counts: library projects (the default) or the sites of a network. */
  counted?: 'projects' | 'sites';
};

const projectLabels = {
  map: 'map.mapLabel',
  area: 'map.areaLabel',
  areaSelected: 'map.areaLabelSelected',
  legend: 'map.legend',
} as const;
const siteLabels = {
  map: 'map.sites.mapLabel',
  area: 'map.sites.areaLabel',
  areaSelected: 'map.sites.areaLabelSelected',
  legend: 'map.sites.legend',
} as const;

export default function FranceMap({ level, counts, selected, onToggle, counted = 'projects' }: Props) {
  const { t } = useTranslation('library');
  const labels = counted === 'sites' ? siteLabels : projectLabels;
  const { metro, outreMer } = useGeo(level);
  const max = Math.max(0, ...counts.values());
  const scale = useMemo(() => colourScale(max), [max]);

  const shapes = useMemo(() => {
    if (!metro.data || !outreMer.data) return null;
    const projection = geoConicConformal()
      .parallels([44, 49])
      .rotate([-3, 0])
      .fitExtent(
        [
          [10, 10],
          [width - 10, metroHeight],
        ],
        metro.data as unknown as GeoPermissibleObjects,
      );
    const path = geoPath(projection);
    const main = metro.data.features.map((feature) => ({
      code: feature.properties.code,
      name: feature.properties.nom,
      d: path(feature.geometry) ?? '',
    }));
    const insets = overseas.map((entry, index) => {
      const feature = outreMer.data.features.find((f) => f.properties.code === entry.departement);
      const x = 10 + index * (insetSize.w + 10);
      const inset = geoMercator().fitExtent(
        [
          [x + 6, insetTop + 6],
          [x + insetSize.w - 6, insetTop + insetSize.h - 6],
        ],
        (feature?.geometry ?? { type: 'Sphere' }) as GeoPermissibleObjects,
      );
      return {
        code: level === 'departement' ? entry.departement : entry.region,
        name: feature?.properties.nom ?? entry.departement,
        d: feature ? (geoPath(inset)(feature.geometry) ?? '') : '',
        box: { x, y: insetTop },
      };
    });
    return { main, insets };
  }, [metro.data, outreMer.data, level]);

  if (metro.isError || outreMer.isError) {
    return (
      <Text role="alert" c="red.9">
        {t('map.error')}
      </Text>
    );
  }
  if (!shapes) {
    return (
      <Text role="status" c="dimmed">
        {t('map.loading')}
      </Text>
    );
  }

  const area = (shape: { code: string; name: string; d: string }) => {
    const count = counts.get(shape.code) ?? 0;
    const isSelected = selected.includes(shape.code);
    return (
      <path
        key={shape.code}
        d={shape.d}
        fill={scale.fill(count)}
        className={`${classes.area} ${isSelected ? classes.selected : ''}`}
        role="button"
        tabIndex={0}
        aria-pressed={isSelected}
        aria-label={t(isSelected ? labels.areaSelected : labels.area, { name: shape.name, count })}
        onClick={() => onToggle(shape.code)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onToggle(shape.code);
          }
        }}
      >
        <title>{t(labels.area, { name: shape.name, count })}</title>
      </path>
    );
  };

  return (
    <Stack gap="xs">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t(labels.map, { level: t(`map.levelName.${level}`) })}
        style={{ width: '100%', height: 'auto', maxWidth: 640 }}
      >
        <g>{shapes.main.map(area)}</g>
        <g>
          {shapes.insets.map((inset) => (
            <g key={inset.code}>
              <rect
                x={inset.box.x}
                y={inset.box.y}
                width={insetSize.w}
                height={insetSize.h}
                className={classes.inset}
                rx={4}
              />
              {area(inset)}
            </g>
          ))}
          <text x={10} y={insetTop - 4} fontSize={12} fill="#495057" aria-hidden="true">
            {t('map.overseas')}
          </text>
        </g>
      </svg>
      <Text size="sm" fw={600} id="map-legend-title">
        {t(labels.legend)}
      </Text>
      <Group gap="sm" wrap="wrap" aria-labelledby="map-legend-title" role="list">
        <Group gap={4} role="listitem" wrap="nowrap">
          <span
            aria-hidden="true"
            style={{
              width: 16,
              height: 16,
              background: emptyFill,
              border: '1px solid #868e96',
              display: 'inline-block',
            }}
          />
          <Text size="sm">{t('map.legendZero')}</Text>
        </Group>
        {scale.classes.map((c) => (
          <Group key={c.from} gap={4} role="listitem" wrap="nowrap">
            <span
              aria-hidden="true"
              style={{ width: 16, height: 16, background: c.colour, display: 'inline-block' }}
            />
            <Text size="sm">{c.from === c.to ? c.from : `${c.from}–${c.to}`}</Text>
          </Group>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('map.credit')}
      </Text>
    </Stack>
  );
}
