import '../i18n-runtime.ts';
import { Box, Text, Title } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../api/types.ts';

const DAY = 86_400_000;
const time = (d: string) => new Date(`${d}T00:00:00Z`).getTime();

/**
 * Gantt-like rows: each milestone is a focusable list item whose accessible name gives its dates, status and
 * dependencies; the bar is drawn from the start date (or the due date) to the due date. The list is one tab stop
 * and the arrow keys (Home, End) move between milestones, so a long plan does not cost one Tab per milestone.
 * The table next to it carries the same data.
 */
export function Timeline({ milestones }: { milestones: PlanItem[] }) {
  const { t, i18n } = useTranslation('plans');
  const [active, setActive] = useState(0);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const titles = new Map(milestones.map((m) => [m.id, m.title]));
  const dated = milestones.filter((m) => m.startDate || m.dueDate);
  const format = (d: string | null) =>
    d
      ? new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(`${d}T00:00:00Z`),
        )
      : '—';
  if (dated.length === 0) return null;
  const starts = dated.map((m) => time((m.startDate ?? m.dueDate)!));
  const ends = dated.map((m) => time((m.dueDate ?? m.startDate)!));
  const min = Math.min(...starts);
  const span = Math.max(Math.max(...ends) - min, DAY);
  const current = Math.min(active, milestones.length - 1);
  const move = (event: KeyboardEvent, index: number) => {
    const last = milestones.length - 1;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(index + 1, last)
        : event.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    rows.current[next]?.focus();
  };
  return (
    <div>
      <Title order={3} size="h4" id="timeline-title">
        {t('timeline.title')}
      </Title>
      <Text size="sm" c="dimmed" id="timeline-help">
        {t('timeline.help')}
      </Text>
      <ul
        aria-labelledby="timeline-title"
        aria-describedby="timeline-help"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {milestones.map((m, index) => {
          const start = m.startDate ?? m.dueDate;
          const end = m.dueDate ?? m.startDate;
          const left = start ? ((time(start) - min) / span) * 100 : 0;
          const width = start && end ? Math.max(((time(end) - time(start)) / span) * 100, 1.5) : 0;
          const dependsOn = ((m.details.dependsOn as string[] | undefined) ?? []).map(
            (id) => titles.get(id) ?? id,
          );
          const label = [
            `${m.title}\u00a0: ${format(m.startDate)} → ${format(m.dueDate)}`,
            t(`statuses.${m.status}`),
            ...(dependsOn.length > 0 ? [t('timeline.dependsOn', { titles: dependsOn.join(', ') })] : []),
          ].join(', ');
          return (
            <li
              key={m.id}
              ref={(el) => {
                rows.current[index] = el;
              }}
              tabIndex={index === current ? 0 : -1}
              aria-label={label}
              onFocus={() => setActive(index)}
              onKeyDown={(event) => move(event, index)}
              style={{
                display: 'grid',
                gridTemplateColumns: 'minmax(8rem, 14rem) 1fr',
                gap: '0.5rem',
                alignItems: 'center',
                padding: '2px 0',
              }}
            >
              <Text size="sm" truncate aria-hidden>
                {m.title}
              </Text>
              <Box pos="relative" h={16} bg="gray.1" aria-hidden>
                {start ? (
                  <Box
                    pos="absolute"
                    top={0}
                    h={16}
                    bg={
                      m.status === 'termine'
                        ? 'teal.8'
                        : m.status === 'en-retard' || m.status === 'bloque'
                          ? 'red.8'
                          : 'blue.8'
                    }
                    style={{ left: `${left}%`, width: `${width}%`, borderRadius: 3 }}
                  />
                ) : (
                  <Text size="xs">{t('timeline.undated')}</Text>
                )}
              </Box>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
