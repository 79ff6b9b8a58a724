import '@mantine/charts/styles.css';
import { RadarChart } from '@mantine/charts';

export type RadarDatum = { dimension: string; score: number };

/**
 * The radar chart of dimension scores. Loaded lazily (its libraries weigh about 130 KB gzip); the data table next to
 * it carries the same information for everyone. The figure is described by the page, so the drawing itself is hidden
 * from assistive technologies.
 */
export default function DimensionRadar({ data, seriesLabel }: { data: RadarDatum[]; seriesLabel: string }) {
  return (
    <div aria-hidden="true">
      <RadarChart
        h={380}
        data={data}
        dataKey="dimension"
        withPolarRadiusAxis
        // No keyboard stop on the drawing: it is hidden from assistive technologies, the table carries the data.
        accessibilityLayer={false}
        polarRadiusAxisProps={{ domain: [0, 100], tickCount: 5 }}
        series={[{ name: 'score', label: seriesLabel, color: 'essaim.7', opacity: 0.3 }]}
      />
    </div>
  );
}
