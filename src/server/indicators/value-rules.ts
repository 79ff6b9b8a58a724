import { parseFrenchNumber } from '../../core/indicators/french-csv.ts';
import { readPeriod, type Period } from '../../core/indicators/periods.ts';
import type { ValueKind } from '../../db/tables/indicators.ts';
import { msg, type LocalizedMessage } from '../errors.ts';
import type { IndicatorRow } from './indicators.repository.ts';

/**
 * The rules every value obeys, whichever way it arrives (form, CSV, reporting link): a number of the indicator's
 * type, in its unit when a unit is given, for a period of its frequency. Returns the clean value or the reasons.
 */
const FREQUENCY = {
  monthly: { fr: 'mensuelle (ex. 2025-03)', en: 'monthly (e.g. 2025-03)' },
  quarterly: { fr: 'trimestrielle (ex. 2025-T1)', en: 'quarterly (e.g. 2025-T1)' },
  yearly: { fr: 'annuelle (ex. 2025)', en: 'yearly (e.g. 2025)' },
} as const;

export const KIND_LABEL: Record<ValueKind, LocalizedMessage> = {
  baseline: msg('référence', 'baseline'),
  target: msg('cible', 'target'),
  actual: msg('réel', 'actual'),
};

export type CheckedValue = { value: number; period: Period };

export function checkValue(
  indicator: Pick<IndicatorRow, 'unit' | 'value_type' | 'frequency' | 'name'>,
  input: { value: number | string; unit?: string; period: string },
): { ok: CheckedValue } | { errors: Record<string, LocalizedMessage> } {
  const errors: Record<string, LocalizedMessage> = {};
  const value =
    typeof input.value === 'number'
      ? Number.isFinite(input.value)
        ? input.value
        : null
      : parseFrenchNumber(input.value);
  if (value === null)
    errors.value = msg(
      `« ${String(input.value)} » n’est pas un nombre (écrivez par exemple 1 234,5).`,
      `"${String(input.value)}" is not a number (write for example 1234.5).`,
    );
  else if (indicator.value_type === 'integer' && !Number.isInteger(value))
    errors.value = msg(
      `« ${indicator.name} » attend un nombre entier, pas ${String(value).replace('.', ',')}.`,
      `"${indicator.name}" expects a whole number, not ${value}.`,
    );
  else if (Math.abs(value) > 1e15) errors.value = msg('Nombre trop grand.', 'Number too large.');
  if (
    input.unit !== undefined &&
    input.unit.trim() !== '' &&
    input.unit.trim().toLowerCase() !== indicator.unit.trim().toLowerCase()
  )
    errors.unit = msg(
      `Unité « ${input.unit.trim()} » : cet indicateur se saisit en « ${indicator.unit} ».`,
      `Unit "${input.unit.trim()}": this indicator is entered in "${indicator.unit}".`,
    );
  const read = readPeriod(input.period, indicator.frequency);
  if ('problem' in read)
    errors.period =
      read.problem === 'frequency'
        ? msg(
            `La période « ${input.period} » ne correspond pas à la fréquence ${FREQUENCY[indicator.frequency].fr} de l’indicateur.`,
            `Period "${input.period}" does not match the indicator's ${FREQUENCY[indicator.frequency].en} frequency.`,
          )
        : msg(
            `« ${input.period} » n’est pas une période : écrivez 2025-03, 2025-T1, 2025 ou une date jj/mm/aaaa.`,
            `"${input.period}" is not a period: write 2025-03, 2025-T1, 2025 or a date dd/mm/yyyy.`,
          );
  if (Object.keys(errors).length > 0 || value === null || 'problem' in read) return { errors };
  return { ok: { value, period: read.period } };
}

export function duplicateMessage(kind: ValueKind, period: string): LocalizedMessage {
  return msg(
    `Une valeur « ${KIND_LABEL[kind].fr} » existe déjà pour ${period} : modifiez-la plutôt que d’en ajouter une autre.`,
    `A ${KIND_LABEL[kind].en} value already exists for ${period}: edit it rather than adding another.`,
  );
}
