import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled block of a settings page (a level-2 heading in a bordered panel). */
export function Section({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <Paper component="section" withBorder p="lg" radius="md" mb="lg" aria-labelledby={headingId} id={id}>
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
