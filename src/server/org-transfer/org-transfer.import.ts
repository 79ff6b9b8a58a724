import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { insertUser } from '../accounts/users.repository.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { AppError, ValidationError, msg } from '../errors.ts';
import { rebuildModelRollups } from '../indicators/indicators.repository.ts';
import type { ArchiveContent, Row } from './org-transfer.archive.ts';
import { chunked, refTable, type LooseDb } from './org-transfer.export.ts';
import { TABLES } from './org-transfer.spec.ts';

export interface Reference {
  table: string;
  id: string;
  label: string;
}

/** What an import created, whom it matched, and what it had to leave out (with the record that was missing). */
export interface ImportReport {
  dryRun: boolean;
  organisation: { id: string; name: string };
  source: { id: string; name: string; exportedAt: string; migration: string };
  created: Record<string, number>;
  people: { matched: number; created: number; createdEmails: string[] };
  dropped: { table: string; column: string; rows: number; missing: Reference }[];
  cleared: { table: string; column: string; rows: number; missing: Reference }[];
}

class DryRunRollback extends Error {}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Writes an archive (already checked by `validateArchive`) as a new organisation, in one transaction: new ids for
 * every record (every id of the archive, wherever it appears, including inside JSON documents and text, is
 * replaced), people matched by e-mail or created without a password, references to records of other organisations
 * kept when those records exist here and otherwise cleared or dropped (and reported). A dry run does everything and
 * rolls back, so its report is exactly what the import would do.
 */
export async function importArchive(
  db: Db,
  archive: ArchiveContent,
  options: { actorUserId: string; name?: string; dryRun: boolean; now: Date },
): Promise<ImportReport> {
  const { manifest, tables, people, externals } = archive;
  const iso = options.now.toISOString();
  let report: ImportReport | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      const loose = trx as unknown as LooseDb;
      const map = new Map<string, string>();
      // People: the same e-mail is the same person; others get an account without password (decision 006).
      const createdEmails: string[] = [];
      let matched = 0;
      const existing = new Map<string, string>();
      for (const part of chunked(people.map((p) => p.email.toLowerCase())))
        for (const u of await trx
          .selectFrom('users')
          .select(['id', 'email'])
          .where('email', 'in', part)
          .execute())
          existing.set(u.email.toLowerCase(), u.id);
      for (const person of people) {
        const found = existing.get(person.email.toLowerCase());
        if (found) {
          matched += 1;
          map.set(person.id, found);
        } else {
          const id = await insertUser(
            trx,
            {
              email: person.email,
              displayName: person.displayName,
              passwordHash: null,
              language: person.language,
              emailVerifiedAt: null,
            },
            options.now,
          );
          createdEmails.push(person.email.toLowerCase());
          map.set(person.id, id);
        }
      }
      // Records of other organisations: kept when they exist on this instance, missing otherwise.
      const present = new Set<string>();
      const byTable = new Map<string, string[]>();
      for (const e of externals) byTable.set(e.table, [...(byTable.get(e.table) ?? []), e.id]);
      for (const [table, ids] of byTable)
        for (const part of chunked(ids))
          for (const r of await loose.selectFrom(table).select('id').where('id', 'in', part).execute())
            present.add(`${table}:${String(r.id)}`);
      const labels = new Map(externals.map((e) => [`${e.table}:${e.id}`, e.label]));

      const archived = new Map<string, Set<string>>();
      for (const [table, rows] of tables) {
        const ids = rows.filter((r) => typeof r.id === 'string').map((r) => String(r.id));
        archived.set(table, new Set(ids));
        for (const id of ids) map.set(id, randomUUID());
      }
      const dropped = new Map<string, Set<string>>();
      const droppedReport = new Map<string, ImportReport['dropped'][number]>();
      const clearedReport = new Map<string, ImportReport['cleared'][number]>();
      const note = (
        into: Map<string, ImportReport['dropped'][number]>,
        table: string,
        column: string,
        missing: Reference,
      ) => {
        const key = `${table}.${column}.${missing.table}:${missing.id}`;
        const entry = into.get(key) ?? { table, column, rows: 0, missing };
        entry.rows += 1;
        into.set(key, entry);
      };
      const rowLabel = (table: string, id: string): string => {
        const row = tables.get(table)?.find((r) => r.id === id);
        return String(row?.name ?? row?.title ?? labels.get(`${table}:${id}`) ?? '');
      };

      const remap = (value: unknown): unknown => {
        if (typeof value !== 'string') return value;
        return value.replace(UUID, (id) => map.get(id) ?? map.get(id.toLowerCase()) ?? id);
      };
      const created: Record<string, number> = {};
      const touchedModels = new Set<string>();
      for (const spec of TABLES) {
        const out: Row[] = [];
        for (const source of tables.get(spec.table) ?? []) {
          const row: Row = { ...source };
          let keep = true;
          for (const ref of spec.refs) {
            const value = row[ref.column];
            if (typeof value !== 'string') continue;
            const target = refTable(ref, row);
            if (target === 'users') continue;
            const inArchive = archived.get(target)?.has(value) && !dropped.get(target)?.has(value);
            if (inArchive || present.has(`${target}:${value}`)) continue;
            const missing = { table: target, id: value, label: rowLabel(target, value) };
            if (ref.missing === 'null') {
              row[ref.column] = null;
              note(clearedReport, spec.table, ref.column, missing);
            } else {
              keep = false;
              note(droppedReport, spec.table, ref.column, missing);
              break;
            }
          }
          if (!keep) {
            if (typeof row.id === 'string') {
              if (!dropped.has(spec.table)) dropped.set(spec.table, new Set());
              dropped.get(spec.table)!.add(row.id);
            }
            continue;
          }
          const written = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, remap(v)]));
          for (const column of spec.renew ?? []) written[column] = randomBytes(24).toString('base64url');
          if (spec.table === 'organisations') {
            if (options.name) written.name = options.name;
            written.created_by = options.actorUserId;
            written.created_at = iso;
            written.updated_at = iso;
            written.deleted_at = null;
          }
          if (spec.table === 'indicators') touchedModels.add(String(written.model_id));
          out.push(written);
        }
        const columnCount = Math.max(1, Object.keys(out[0] ?? {}).length);
        for (const part of chunked(out, Math.max(1, Math.min(500, Math.floor(30_000 / columnCount)))))
          await loose.insertInto(spec.table).values(part).execute();
        created[spec.table] = out.length;
        if (spec.table === 'indicator_values') {
          // Values of the organisation's sites in other carriers' networks change those models' roll-ups too.
          const indicatorIds = [...new Set(out.map((v) => String(v.indicator_id)))];
          for (const part of chunked(indicatorIds))
            for (const i of await loose
              .selectFrom('indicators')
              .select('model_id')
              .where('id', 'in', part)
              .execute())
              touchedModels.add(String(i.model_id));
        }
      }
      for (const modelId of touchedModels) await rebuildModelRollups(trx, modelId);

      const organisationId = map.get(manifest.organisation.id)!;
      if (!created.organisations)
        throw new ValidationError({
          'tables/organisations.jsonl': msg('L’organisation manque.', 'The organisation is missing.'),
        });
      await recordAudit(
        trx,
        {
          actorUserId: options.actorUserId,
          action: 'organisation.import',
          subjectType: 'organisation',
          subjectId: organisationId,
          organisationId,
          details: { sourceId: manifest.organisation.id, exportedAt: manifest.exportedAt, created },
        },
        options.now,
      );
      report = {
        dryRun: options.dryRun,
        organisation: { id: organisationId, name: options.name ?? manifest.organisation.name },
        source: {
          id: manifest.organisation.id,
          name: manifest.organisation.name,
          exportedAt: manifest.exportedAt,
          migration: manifest.migration,
        },
        created,
        people: { matched, created: createdEmails.length, createdEmails },
        dropped: [...droppedReport.values()],
        cleared: [...clearedReport.values()],
      };
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (error instanceof DryRunRollback && report) return report;
    if (error instanceof AppError) throw error;
    // A constraint the checks above did not foresee (a forged archive): refused whole, nothing was written.
    throw new ValidationError({
      archive: msg(
        `L’archive a été refusée par la base de données, rien n’a été écrit (${(error as Error).message.slice(0, 200)}).`,
        `The database refused the archive, nothing was written (${(error as Error).message.slice(0, 200)}).`,
      ),
    });
  }
  return report!;
}
