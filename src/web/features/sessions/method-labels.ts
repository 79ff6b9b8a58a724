import './i18n-manage-runtime.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethodIndex } from '../method/api/get-method-index.ts';

/** Identifiers (`strategie-essaimage`) read as words while the method loads, or for a part it no longer has. */
export const words = (id: string) => id.replace(/[-_]/g, ' ');

export type MethodLabels = {
  situation: (id: string) => string;
  strategy: (id: string) => string;
  vigilance: (id: string) => string;
  verdict: (id: string) => string;
};

/**
 * The titles of the method's situations, strategies and vigilance points in the interface's language, for views
 * that compare diagnostics (the cohort, the portfolio): the server sends identifiers, the method names them.
 */
export function useMethodLabels(): MethodLabels {
  const { t } = useTranslation('sessionsManage');
  const index = useMethodIndex();
  return useMemo(() => {
    const titles = (items: { id: string; title: string }[] | undefined) =>
      new Map((items ?? []).map((i) => [i.id, i.title]));
    const situations = titles(index.data?.situations);
    const strategies = titles(index.data?.strategies);
    const vigilance = titles(index.data?.vigilance);
    return {
      situation: (id) => situations.get(id) ?? words(id),
      strategy: (id) => strategies.get(id) ?? words(id),
      vigilance: (id) => vigilance.get(id) ?? words(id),
      verdict: (id) => t(`verdicts.${id}` as 'verdicts.ready', { defaultValue: words(id) }),
    };
  }, [index.data, t]);
}
