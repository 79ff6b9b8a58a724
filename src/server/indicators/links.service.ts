import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { parsePeriodLabel } from '../../core/indicators/periods.ts';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import {
  AppError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  msg,
  type LocalizedMessage,
} from '../errors.ts';
import { queueMail } from '../mail/mail.service.ts';
import { presentIndicator } from './dictionary.service.ts';
import { siteFor } from './indicators.access.ts';
import { findSite, listIndicators, listSiteValues, valueExists } from './indicators.repository.ts';
import { checkValue, duplicateMessage } from './value-rules.ts';
import { insertValues, presentValue, type NewValue } from './values.service.ts';

/**
 * Reporting links: a site contact without an account receives by e-mail a link to enter one period's values for one
 * site. Only the SHA-256 of the token is stored; the link expires, and is refused for any other site or period.
 */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class LinkExpiredError extends AppError {
  constructor() {
    super(
      410,
      'link_expired',
      msg(
        'Ce lien de saisie a expiré : demandez-en un nouveau à la tête de réseau.',
        'This reporting link has expired: ask the network carrier for a new one.',
      ),
    );
  }
}

export async function createLink(
  ctx: AppContext,
  actorOrNull: Actor | null,
  siteId: string,
  input: { period: string; email: string; days: number },
) {
  const actor = requireActor(actorOrNull);
  const site = await siteFor(ctx, actor, siteId, 'edit');
  const period = parsePeriodLabel(input.period);
  if (!period)
    throw new ValidationError({
      period: msg(
        `« ${input.period} » n’est pas une période : écrivez 2025-03, 2025-T1 ou 2025.`,
        `"${input.period}" is not a period: write 2025-03, 2025-T1 or 2025.`,
      ),
    });
  const indicators = (await listIndicators(ctx.db, site.model_id)).filter(
    (i) => i.frequency === period.frequency,
  );
  if (indicators.length === 0)
    throw new ValidationError({
      period: msg(
        'Aucun indicateur de ce modèle ne se saisit à cette fréquence.',
        'No indicator of this model is reported at this frequency.',
      ),
    });
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + input.days * 86_400_000).toISOString();
  const url = `${ctx.env.PUBLIC_URL.replace(/\/$/, '')}/saisie/${token}`;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('indicator_links')
      .values({
        id,
        token_hash: hashToken(token),
        site_id: site.id,
        model_id: site.model_id,
        period: period.label,
        contact_email: input.email,
        expires_at: expiresAt,
        created_by: actor.userId,
        created_at: now.toISOString(),
        last_used_at: null,
      })
      .execute();
    const until = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
      new Date(expiresAt),
    );
    await queueMail(
      trx,
      {
        to: input.email,
        language: 'fr',
        template: 'notification',
        data: {
          subject: msg(
            `Indicateurs à saisir pour ${site.name} (${period.label})`,
            `Indicators to report for ${site.name} (${period.label})`,
          ),
          paragraphs: [
            msg(
              `La tête de réseau vous invite à saisir les indicateurs de ${site.name} pour la période ${period.label}. Pas besoin de compte : le lien ci-dessous suffit.`,
              `The network carrier invites you to report the indicators of ${site.name} for ${period.label}. No account needed: the link below is enough.`,
            ),
            msg(
              `Ce lien personnel est valable jusqu’au ${until} ; ne le transférez pas.`,
              `This personal link is valid until ${expiresAt.slice(0, 10)}; do not forward it.`,
            ),
          ],
          action: { label: msg('Saisir les indicateurs', 'Report the indicators'), url },
        },
      },
      now,
    );
  });
  return { id, expiresAt, period: period.label };
}

async function openLink(ctx: AppContext, token: string) {
  const link = await ctx.db
    .selectFrom('indicator_links')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!link)
    throw new NotFoundError(msg('Ce lien de saisie n’existe pas.', 'This reporting link does not exist.'));
  if (link.expires_at <= ctx.now().toISOString()) throw new LinkExpiredError();
  const site = await findSite(ctx.db, link.site_id);
  if (!site) throw new NotFoundError();
  const period = parsePeriodLabel(link.period)!;
  const indicators = (await listIndicators(ctx.db, site.model_id)).filter(
    (i) => i.frequency === period.frequency,
  );
  return { link, site, period, indicators };
}

export async function getLink(ctx: AppContext, token: string) {
  const { link, site, period, indicators } = await openLink(ctx, token);
  const values = await listSiteValues(ctx.db, site.id, period.label);
  const ids = new Set(indicators.map((i) => i.id));
  return {
    site: { id: site.id, name: site.name },
    period: period.label,
    expiresAt: link.expires_at,
    indicators: indicators.map(presentIndicator),
    values: values.filter((v) => ids.has(v.indicator_id)).map(presentValue),
  };
}

export async function submitLink(
  ctx: AppContext,
  token: string,
  body: {
    siteId?: string;
    values: { indicatorId: string; kind: NewValue['kind']; value: number | string; unit?: string }[];
  },
) {
  const { link, site, period, indicators } = await openLink(ctx, token);
  if (body.siteId !== undefined && body.siteId !== site.id)
    throw new ForbiddenError(
      msg(
        'Ce lien ne permet de saisir que les valeurs de son site.',
        'This link only allows reporting for its own site.',
      ),
    );
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const fields: Record<string, LocalizedMessage> = {};
  const values: NewValue[] = [];
  const seen = new Set<string>();
  for (const [index, input] of body.values.entries()) {
    const indicator = byId.get(input.indicatorId);
    if (!indicator) {
      fields[`values.${index}.indicatorId`] = msg(
        'Indicateur inconnu pour ce lien (autre modèle ou autre fréquence).',
        'Unknown indicator for this link (another model or frequency).',
      );
      continue;
    }
    const checked = checkValue(indicator, { value: input.value, unit: input.unit, period: period.label });
    if ('errors' in checked) {
      for (const [field, reason] of Object.entries(checked.errors))
        fields[`values.${index}.${field}`] = reason;
      continue;
    }
    const key = { indicatorId: indicator.id, siteId: site.id, kind: input.kind, periodStart: period.start };
    const k = `${key.indicatorId}|${key.kind}`;
    if (seen.has(k) || (await valueExists(ctx.db, key))) {
      fields[`values.${index}.value`] = duplicateMessage(input.kind, period.label);
      continue;
    }
    seen.add(k);
    values.push({ ...key, period: period.label, value: checked.ok.value });
  }
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  await ctx.db.transaction().execute(async (trx) => {
    await insertValues(trx, values, 'link', null, ctx.now(), ctx.dialect);
    await trx
      .updateTable('indicator_links')
      .set({ last_used_at: ctx.now().toISOString() })
      .where('id', '=', link.id)
      .execute();
  });
  return getLink(ctx, token);
}
