import { Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled section of a legal page. */
export function LegalSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={2} size="h3" mt="xl" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}
