import type { Db } from '../../db/database.ts';
import type { ModelResourceTable, ModelTable, ModelVersionTable } from '../../db/tables/models.ts';

/** Kysely queries of the models capability; rows come back plain. */
export type ModelRow = ModelTable;
export type VersionRow = ModelVersionTable;
export type ResourceMeta = Omit<ModelResourceTable, 'data'>;
const META = [
  'id',
  'model_id',
  'name',
  'content_type',
  'size',
  'sha256',
  'description',
  'created_by',
  'created_at',
  'deleted_at',
] as const;

export function findModel(db: Db, id: string): Promise<ModelRow | undefined> {
  return db
    .selectFrom('models')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function findVersion(db: Db, modelId: string, number: number): Promise<VersionRow | undefined> {
  return db
    .selectFrom('model_versions')
    .selectAll()
    .where('model_id', '=', modelId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function listVersions(db: Db, modelId: string) {
  return db
    .selectFrom('model_versions')
    .select(['number', 'change_note', 'published_at', 'published_by'])
    .where('model_id', '=', modelId)
    .orderBy('number', 'desc')
    .execute();
}

export function liveResources(db: Db, modelId: string): Promise<ResourceMeta[]> {
  return db
    .selectFrom('model_resources')
    .select(META)
    .where('model_id', '=', modelId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findResource(db: Db, modelId: string, id: string) {
  return db
    .selectFrom('model_resources')
    .selectAll()
    .where('model_id', '=', modelId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function resourcesData(db: Db, modelId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('model_resources')
    .select(['id', 'name', 'data'])
    .where('model_id', '=', modelId)
    .where('id', 'in', [...ids])
    .execute();
}

export async function organisationName(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

/** What the kit page reads per request: the model's mutable columns (not its draft) and its carrier's name. */
export function findKitHead(db: Db, id: string) {
  return db
    .selectFrom('models as m')
    .leftJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.project_id', 'm.organisation_id', 'm.latest_version', 'o.name as organisation_name'])
    .where('m.id', '=', id)
    .where('m.deleted_at', 'is', null)
    .executeTakeFirst();
}
