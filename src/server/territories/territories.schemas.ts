import { z } from 'zod';
import { TERRITORY_TYPES } from './territories.service.ts';

export const territoryType = z.enum(TERRITORY_TYPES);

const band = z.object({ id: z.string(), fr: z.string(), en: z.string() });

export const territoryView = z.object({
  type: territoryType,
  code: z.string(),
  name: z.string(),
  departement: z.string().nullable(),
  departementName: z.string().nullable(),
  region: z.string().nullable(),
  regionName: z.string().nullable(),
  population: z.number().nullable(),
  populationBand: band.nullable(),
  postalCodes: z.array(z.string()),
  epci: z.object({ code: z.string(), name: z.string(), type: z.string().nullable() }).nullable(),
  epciType: z.string().nullable(),
  departements: z.array(z.string()),
});

export const territorySearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'Saisissez un nom, un code postal ou un code INSEE.|Type a name, a postal code or an INSEE code.')
    .max(100),
  types: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [...TERRITORY_TYPES],
    )
    .pipe(z.array(territoryType).min(1)),
  limit: z.coerce.number().int().min(1).max(20).default(15),
});

export const territoryParams = z.object({ code: z.string().trim().min(2).max(12) });
export const territoryQuery = z.object({ type: territoryType.optional() });
