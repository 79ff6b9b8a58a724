import { Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a project's page (summary, facts, story…). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={2} size="h3" mt="xl" mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}
