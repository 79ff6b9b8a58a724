import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import type { TestContext, TestUser } from '../test/harness.ts';
import { api } from '../library/library.test-helpers.ts';
import { makeModel } from '../models/models.test-support.ts';
import { insertSite, makeIndicator } from '../indicators/indicators.test-support.ts';
import { buildRecords, type Cast } from '../reliability/world.ts';
import { openArchive, type ArchiveContent, type Row } from './org-transfer.archive.ts';
import { TABLES } from './org-transfer.spec.ts';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * A rich organisation A built through the API: the three families of the reliability world (projects with images,
 * diagnostics shared with organisation B, plans, models with files, a site with indicator values, training
 * sessions, a follow, a library import) plus a story and a site of organisation B in A's network.
 */
export async function buildRichOrganisation(t: TestContext, cast: Cast): Promise<void> {
  const families = [];
  for (const variant of ['private', 'shared', 'public'] as const)
    families.push(await buildRecords(t, cast, variant));
  const projectId = families[2].projectId;
  const story = await api(t, cast.owner, 'PUT', `/projects/${projectId}/story`, {
    introduction: 'Une **histoire** avec [un lien](https://example.org).',
    lessons: ['Commencer petit'],
    phases: [
      {
        title: 'Lancement',
        startDate: '2024-01',
        description: 'Le _début_.',
        decisions: ['Choisir le lieu'],
        kept: [],
        adapted: [],
      },
    ],
  });
  if (story.statusCode !== 200) throw new Error(`story: ${story.statusCode} ${story.body}`);
  const { modelId } = await makeModel(t, cast.owner, cast.organisationId, true);
  await makeIndicator(t, cast.owner, modelId);
  // Organisation B runs a site of A's model: a network link to another organisation.
  await insertSite(t, {
    modelId,
    organisationId: cast.otherOrganisationId,
    carrierOrganisationId: cast.organisationId,
    name: 'Site de l’association',
  });
}

export async function exportAs(t: TestContext, who: TestUser | null, organisationId: string) {
  return t.app.inject({
    method: 'GET',
    url: `/api/v1/organisations/${organisationId}/export`,
    headers: who ? { cookie: who.cookie } : {},
  });
}

export async function importAs(
  t: TestContext,
  who: TestUser | null,
  archive: Uint8Array,
  query = 'dryRun=false',
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/organisation-imports?${query}`,
    headers: { 'content-type': 'application/zip', ...(who ? { cookie: who.cookie } : {}) },
    payload: Buffer.from(archive),
  });
}

/** Rewrites entries of an archive and recomputes the manifest's checksums (a forger who knows the format). */
export function forge(
  archive: Uint8Array,
  change: (entries: Record<string, Uint8Array>) => void,
  options: { keepChecksums?: boolean } = {},
): Uint8Array {
  const entries = unzipSync(archive);
  change(entries);
  if (!options.keepChecksums) {
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']).toString()) as {
      checksums: Record<string, string>;
    };
    for (const name of Object.keys(manifest.checksums))
      if (entries[name]) manifest.checksums[name] = sha256(entries[name]);
    entries['manifest.json'] = Buffer.from(JSON.stringify(manifest));
  }
  return zipSync(entries);
}

/** Changes the first row of a table of the archive. */
export function forgeRow(archive: Uint8Array, table: string, change: (row: Row) => void): Uint8Array {
  return forge(archive, (entries) => {
    const name = `tables/${table}.jsonl`;
    const lines = Buffer.from(entries[name]).toString().split('\n');
    const row = JSON.parse(lines[0]) as Row;
    change(row);
    lines[0] = JSON.stringify(row);
    entries[name] = Buffer.from(lines.join('\n'));
  });
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Columns that legitimately differ after an import (the new organisation's own dates, renewed tokens). */
const VARYING = new Set([
  'organisations.created_at',
  'organisations.updated_at',
  'organisations.created_by',
  'training_sessions.feed_token',
]);

/**
 * The archive's records with ids replaced by stable names, so that two archives of the same data with different
 * ids compare equal: people become their e-mail, every other id the table and rank of its row once rows are
 * sorted by their content (parents first, so twin rows are told apart by the names of their parents). Files become
 * their SHA-256.
 */
export function canonical(archive: ArchiveContent): Record<string, string[]> {
  const names = new Map<string, string>();
  for (const p of archive.people) names.set(p.id, `person:${p.email}`);
  const blank = (row: Row, table: string) =>
    JSON.stringify(
      Object.entries(row)
        .filter(([k]) => !VARYING.has(`${table}.${k}`))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [
          k,
          Buffer.isBuffer(v)
            ? sha256(v)
            : typeof v === 'string'
              ? v.replace(UUID, (id) => names.get(id) ?? '~')
              : v,
        ]),
    );
  for (const spec of TABLES) {
    const rows = [...(archive.tables.get(spec.table) ?? [])].sort((a, b) =>
      blank(a, spec.table).localeCompare(blank(b, spec.table)),
    );
    rows.forEach((row, i) => {
      if (typeof row.id === 'string') names.set(row.id, `${spec.table}#${i}`);
    });
  }
  const out: Record<string, string[]> = {};
  for (const spec of TABLES)
    out[spec.table] = (archive.tables.get(spec.table) ?? [])
      .map((row) =>
        JSON.stringify(
          Object.entries(row)
            .filter(([k]) => !VARYING.has(`${spec.table}.${k}`))
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [
              k,
              Buffer.isBuffer(v)
                ? sha256(v)
                : typeof v === 'string'
                  ? v.replace(UUID, (id) => names.get(id) ?? `external:${id}`)
                  : v,
            ]),
        ),
      )
      .sort();
  return out;
}

export function readArchive(bytes: Uint8Array): ArchiveContent {
  return openArchive(bytes);
}
