import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { IMPORT_BATCH_ROWS } from './import.service.ts';

/**
 * A batch is written while the next one is read and checked. Whatever stops the import, the answer comes after the
 * write in progress has ended, and a failed write stops the import with its error (never lost, never unhandled).
 */
describe('imports writing a batch while reading the next', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
  });
  afterAll(() => t.close());

  const rows = (count: number, from = 0) =>
    Array.from(
      { length: count },
      (_, i) => `Projet ${from + i};Résumé;Énergie;35238;Idée;En cours;publié;public`,
    );
  const importFile = (lines: string[]) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/library/import?organisationId=${m.organisationId}&dryRun=false&acceptValidRows=true`,
      headers: { cookie: m.editor.cookie, 'content-type': 'text/csv' },
      payload: `\ufefftitre;résumé;thèmes;territoires;phase;statut;publication;visibilité\r\n${lines.join('\r\n')}`,
    });
  const count = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('projects')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organisation_id', '=', m.organisationId)
          .where('deleted_at', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('a file unreadable after its first batch: answered once that batch is written', async () => {
    const res = await importFile([
      ...rows(IMPORT_BATCH_ROWS + 10),
      'Guillemet;un "guillemet" ici;Eau;35;Idée',
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.body).toContain('Invalid Opening Quote');
    // Batches already written stay imported (the job's failure message says so); none is left half-written.
    expect(await count()).toBe(IMPORT_BATCH_ROWS);
  });

  it('a write that fails stops the import with its error; the batches before it stay written', async () => {
    const failing = `Projet ${IMPORT_BATCH_ROWS * 5 + 5}`;
    if (t.ctx.dialect === 'postgres') {
      await sql`create function refuse_project() returns trigger language plpgsql as $$
        begin if new.title = ${sql.lit(failing)} then raise exception 'refusé par le test'; end if; return new; end $$`.execute(
        t.ctx.db,
      );
      await sql`create trigger refuse_project before insert on projects for each row execute function refuse_project()`.execute(
        t.ctx.db,
      );
    } else
      await sql`create trigger refuse_project before insert on projects when new.title = ${sql.lit(failing)}
        begin select raise(abort, 'refusé par le test'); end`.execute(t.ctx.db);
    const before = await count();
    const res = await importFile(rows(IMPORT_BATCH_ROWS * 5, IMPORT_BATCH_ROWS * 2));
    expect(res.statusCode).toBe(500);
    // Batches 1 to 3 are written, the fourth (with the refused row) rolled back, the fifth never written.
    expect((await count()) - before).toBe(IMPORT_BATCH_ROWS * 3);
    await sql`drop trigger refuse_project${sql.raw(t.ctx.dialect === 'postgres' ? ' on projects' : '')}`.execute(
      t.ctx.db,
    );
  });

  it('stores text exactly as written, whatever characters it holds (the values travel as array literals)', async () => {
    const texts = [
      'Barre oblique \\ et guillemets "doubles" {accolades}, virgules',
      'NULL',
      '\\"',
      'Deux\nlignes « insécables » 🐝 \\N',
    ];
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/library/import?organisationId=${m.organisationId}&dryRun=false&acceptValidRows=true`,
      headers: { cookie: m.editor.cookie, 'content-type': 'application/json' },
      payload: JSON.stringify(
        texts.map((text, i) => ({
          title: `Caractères ${i} ${text}`,
          summary: text,
          description: text,
          themes: ['energy'],
          territories: ['35238'],
          keyFigures: [{ label: text, value: 1 }],
        })),
      ),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: texts.length });
    const stored = await t.ctx.db
      .selectFrom('projects')
      .select(['title', 'summary', 'description', 'key_figures', 'scaling_situation'])
      .where('title', 'like', 'Caractères %')
      .orderBy('title')
      .execute();
    expect(stored.map((r) => ({ ...r, key_figures: JSON.parse(r.key_figures)[0].label }))).toEqual(
      texts.map((text, i) => ({
        title: `Caractères ${i} ${text}`,
        summary: text,
        description: text,
        key_figures: text,
        scaling_situation: null,
      })),
    );
  });
});
