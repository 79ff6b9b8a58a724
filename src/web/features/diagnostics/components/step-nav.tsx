import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from './diagnostics.module.css';

export type StepInfo = { title: string; answered: number; total: number };

/**
 * The stepper: one link per dimension, numbered, with its state (complete, partly answered, not started) in the
 * link's name for screen readers and in its look for others. The current step is `aria-current="step"`. Links are
 * reached with Tab and followed with Enter; the previous / next buttons below the questions do the same.
 */
export function StepNav({
  steps,
  current,
  hrefOf,
}: {
  steps: StepInfo[];
  current: number;
  hrefOf: (step: number) => string;
}) {
  const { t } = useTranslation('diagnostics');
  return (
    <nav aria-label={t('form.stepsLabel')}>
      <ol className={classes.steps}>
        {steps.map((step, index) => {
          const number = index + 1;
          const state = step.answered >= step.total ? 'done' : step.answered > 0 ? 'partial' : 'todo';
          const label =
            state === 'done'
              ? t('form.stepDone', { title: step.title })
              : t('form.stepPartial', { title: step.title, answered: step.answered, total: step.total });
          return (
            <li key={number}>
              <Link
                to={hrefOf(number)}
                className={classes.step}
                data-state={state}
                aria-current={number === current ? 'step' : undefined}
                aria-label={`${t('form.stepOf', { step: number, total: steps.length })}, ${label}`}
                title={step.title}
              >
                {number}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
