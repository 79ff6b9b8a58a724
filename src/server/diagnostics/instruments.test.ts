import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createTestContext } from '../test/harness.ts';
import { ContentError, defaultContentDir } from '../method/method-content.loader.ts';
import { loadInstruments } from './instruments.ts';

function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'essaim-instruments-'));
  cpSync(join(defaultContentDir(), 'instruments'), join(dir, 'instruments'), { recursive: true });
  return dir;
}

describe('instrument catalog', () => {
  it('loads every shipped instrument, latest version first for new diagnostics', () => {
    const catalog = loadInstruments();
    expect(
      catalog
        .latest()
        .map((i) => i.id)
        .sort(),
    ).toEqual(['carrier-readiness', 'replicator-fit']);
    expect(catalog.find('carrier-readiness', 1)?.kind).toBe('carrier-readiness');
    expect(catalog.find('carrier-readiness', 99)).toBeUndefined();
  });

  it('keeps old versions loadable next to a new one', () => {
    const dir = copyOfContent();
    const v1 = JSON.parse(readFileSync(join(dir, 'instruments', 'replicator-fit.v1.json'), 'utf8')) as {
      version: number;
      title: { fr: string };
    };
    writeFileSync(
      join(dir, 'instruments', 'replicator-fit.v2.json'),
      JSON.stringify({ ...v1, version: 2, title: { ...v1.title, fr: 'Version 2' } }),
    );
    const catalog = loadInstruments(dir);
    expect(catalog.versions('replicator-fit')).toEqual([1, 2]);
    expect(catalog.findLatest('replicator-fit')?.version).toBe(2);
    expect(catalog.find('replicator-fit', 1)?.title.fr).toBe(v1.title.fr);
  });

  it('refuses to start on a badly named, mislabelled or invalid instrument, naming the file', () => {
    const misnamed = copyOfContent();
    renameSync(
      join(misnamed, 'instruments', 'replicator-fit.v1.json'),
      join(misnamed, 'instruments', 'replicator-fit.json'),
    );
    expect(() => loadInstruments(misnamed)).toThrow(/replicator-fit\.json: instrument files are named/);

    const mislabelled = copyOfContent();
    cpSync(
      join(mislabelled, 'instruments', 'replicator-fit.v1.json'),
      join(mislabelled, 'instruments', 'replicator-fit.v3.json'),
    );
    expect(() => loadInstruments(mislabelled)).toThrow(
      /replicator-fit\.v3\.json: the file declares replicator-fit version 1/,
    );

    const invalid = copyOfContent();
    const file = join(invalid, 'instruments', 'carrier-readiness.v1.json');
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { dimensions: { questions: { type: string }[] }[] };
    raw.dimensions[0].questions[0].type = 'slider';
    writeFileSync(file, JSON.stringify(raw));
    expect(() => loadInstruments(invalid)).toThrow(ContentError);
    expect(() => loadInstruments(invalid)).toThrow(
      /carrier-readiness\.v1\.json: dimensions\.0\.questions\.0/,
    );
  });

  it('keeps the server from starting on invalid content, with the problems listed', async () => {
    const t = await createTestContext();
    const dir = copyOfContent();
    cpSync(join(defaultContentDir(), 'method'), join(dir, 'method'), { recursive: true });
    const file = join(dir, 'instruments', 'replicator-fit.v1.json');
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { dimensions: unknown[] };
    raw.dimensions = [];
    writeFileSync(file, JSON.stringify(raw));
    process.env.ESSAIM_CONTENT_DIR = dir;
    try {
      await expect(buildApp(t.ctx)).rejects.toThrow(/replicator-fit\.v1\.json: dimensions/);
    } finally {
      delete process.env.ESSAIM_CONTENT_DIR;
      await t.close();
    }
  });
});
