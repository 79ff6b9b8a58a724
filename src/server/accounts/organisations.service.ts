import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { roleIn } from '../auth/actor.ts';
import { hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { resolveTerritory, territoryName, type Territory, type TerritoryType } from './territories.ts';
import type { organisationInput, organisationUpdate, OrganisationView } from './organisations.schemas.ts';
import { findOrganisation, listMembers, listOrganisationsOfUser } from './organisations.repository.ts';

/** The territory named by the input, or a field error naming the code that matches nothing. */
function checkTerritory(
  code: string | null | undefined,
  type: TerritoryType | null | undefined,
  kind: string,
): Territory | null {
  if (!code) return null;
  const territory = resolveTerritory(code, type, kind);
  if (!territory) {
    throw new ValidationError({
      territoryCode: msg(
        `Aucun territoire ne porte le code INSEE «\u00a0${code}\u00a0»${type || ['commune', 'epci', 'departement', 'region'].includes(kind) ? ` parmi les ${LABEL[(type ?? kind) as TerritoryType].fr}` : ''}. Vérifiez le code (commune\u00a0: 5\u00a0caractères, EPCI\u00a0: SIREN, département, région).`,
        `No territory has the INSEE code "${code}"${type || ['commune', 'epci', 'departement', 'region'].includes(kind) ? ` among ${LABEL[(type ?? kind) as TerritoryType].en}` : ''}. Check the code (commune: 5 characters, EPCI: SIREN, département, région).`,
      ),
    });
  }
  return territory;
}

const LABEL: Record<TerritoryType, { fr: string; en: string }> = {
  commune: { fr: 'communes', en: 'communes' },
  epci: { fr: 'EPCI', en: 'EPCIs' },
  departement: { fr: 'départements', en: 'départements' },
  region: { fr: 'régions', en: 'régions' },
};

type OrganisationRow = NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;

export function present(row: OrganisationRow, actor: Actor | null): OrganisationView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    siren: row.siren,
    territoryCode: row.territory_code,
    territoryType: row.territory_type,
    territoryName: territoryName(row.territory_code, row.territory_type),
    description: row.description,
    myRole: roleIn(actor, row.id),
    version: row.version,
    createdAt: row.created_at,
  };
}

/** Creates an organisation; its creator becomes its owner, in the same transaction. */
export async function createOrganisation(
  ctx: AppContext,
  actorOrNull: Actor | null,
  input: z.infer<typeof organisationInput>,
): Promise<OrganisationView> {
  const actor = requireActor(actorOrNull);
  const territory = checkTerritory(input.territoryCode, input.territoryType, input.kind);
  const id = randomUUID();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organisations')
      .values({
        id,
        name: input.name,
        kind: input.kind,
        siren: input.siren ?? null,
        territory_code: territory?.code ?? null,
        territory_type: territory?.type ?? null,
        description: input.description ?? null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    await trx
      .insertInto('memberships')
      .values({ organisation_id: id, user_id: actor.userId, role: 'owner', created_at: now })
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'organisation.create',
        subjectType: 'organisation',
        subjectId: id,
        organisationId: id,
      },
      ctx.now(),
    );
  });
  const row = await findOrganisation(ctx.db, id);
  return present(row!, {
    ...actor,
    memberships: [...actor.memberships, { organisationId: id, role: 'owner' }],
  });
}

export async function listMyOrganisations(
  ctx: AppContext,
  actorOrNull: Actor | null,
): Promise<OrganisationView[]> {
  const actor = requireActor(actorOrNull);
  const rows = await listOrganisationsOfUser(ctx.db, actor.userId);
  return rows.map((row) => present(row, actor));
}

/** Organisations are public directory entries (name, kind, territory); their members are not. */
export async function getOrganisation(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<OrganisationView> {
  const row = await findOrganisation(ctx.db, id);
  if (!row) throw new NotFoundError();
  return present(row, actor);
}

export async function updateOrganisation(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  input: z.infer<typeof organisationUpdate>,
): Promise<OrganisationView> {
  const actor = requireActor(actorOrNull);
  const row = await findOrganisation(ctx.db, id);
  if (!row) throw new NotFoundError();
  if (!hasOrganisationRole(actor, id, 'owner')) throw new ForbiddenError();
  const territoryChanged =
    input.territoryCode !== undefined || input.territoryType !== undefined || input.kind !== undefined;
  const territory = territoryChanged
    ? checkTerritory(
        input.territoryCode === undefined ? row.territory_code : input.territoryCode,
        input.territoryType !== undefined
          ? input.territoryType
          : input.territoryCode === undefined
            ? row.territory_type
            : null,
        input.kind ?? row.kind,
      )
    : undefined;
  const now = ctx.now().toISOString();
  const result = await ctx.db
    .updateTable('organisations')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.siren !== undefined ? { siren: input.siren } : {}),
      ...(territory !== undefined
        ? { territory_code: territory?.code ?? null, territory_type: territory?.type ?? null }
        : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      updated_at: now,
      version: input.version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0)
    throw new ConflictError(undefined, { currentVersion: row.version });
  await recordAudit(
    ctx.db,
    {
      actorUserId: actor.userId,
      action: 'organisation.update',
      subjectType: 'organisation',
      subjectId: id,
      organisationId: id,
      details: { fields: Object.keys(input) },
    },
    ctx.now(),
  );
  return present((await findOrganisation(ctx.db, id))!, actor);
}

export async function listOrganisationMembers(ctx: AppContext, actorOrNull: Actor | null, id: string) {
  const actor = requireActor(actorOrNull);
  if (!(await findOrganisation(ctx.db, id)) || !hasOrganisationRole(actor, id, 'viewer'))
    throw new NotFoundError();
  const rows = await listMembers(ctx.db, id);
  return rows.map((r) => ({
    userId: r.id,
    displayName: r.display_name,
    email: r.email,
    role: r.role,
    since: r.created_at,
  }));
}
