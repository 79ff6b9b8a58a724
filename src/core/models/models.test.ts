import { describe, expect, it } from 'vitest';
import { diffModelVersions } from './diff.ts';
import { kitDocument, KIT_SCHEMA } from './kit-format.ts';
import { emptyModelContent, modelContent, type ModelContent } from './model.schemas.ts';
import { completeModel } from './model.fixture.ts';
import { findMissingRequiredBlocks } from './publish.ts';

describe('findMissingRequiredBlocks', () => {
  const cases: [string, (m: ModelContent) => void, string[]][] = [
    ['complete model', () => undefined, []],
    ['empty name', (m) => (m.identity.name = ' '), ['identity.name']],
    [
      'no need nor audience',
      (m) => ((m.identity.need = ''), (m.identity.audience = '')),
      ['identity.need', 'identity.audience'],
    ],
    [
      'only adaptable elements',
      (m) => (m.elements = m.elements.filter((e) => e.kind === 'adaptable')),
      ['elements'],
    ],
    ['fixed element without why', (m) => (m.elements[0].why = ''), ['elements.0.why']],
    [
      'adaptable element without options nor limits',
      (m) => (m.elements[1].options = []),
      ['elements.1.limits'],
    ],
    ['no prerequisite', (m) => (m.prerequisites = []), ['prerequisites']],
    ['no phase', (m) => (m.phases = []), ['phases']],
    ['phase without task', (m) => (m.phases[0].tasks = []), ['phases.0.tasks']],
    ['no role', (m) => (m.roles = []), ['roles']],
    ['no licence', (m) => (m.licence = null), ['licence']],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    const m = completeModel();
    change(m);
    expect(findMissingRequiredBlocks(m).map((x) => x.path)).toEqual(expected);
  });
  it('lists everything missing on an empty model, with messages in both languages', () => {
    const missing = findMissingRequiredBlocks(emptyModelContent());
    expect(missing.map((m) => m.path)).toEqual([
      'identity.name',
      'identity.need',
      'identity.audience',
      'elements',
      'prerequisites',
      'phases',
      'roles',
      'licence',
    ]);
    for (const m of missing) expect(m.message.fr && m.message.en).toBeTruthy();
  });
});

describe('modelContent schema', () => {
  it('accepts a complete model and refuses duplicate ids, unknown licences and bad links', () => {
    expect(modelContent.safeParse(completeModel()).success).toBe(true);
    const dup = completeModel();
    dup.elements[1].id = 'accomp';
    const r = modelContent.safeParse(dup);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['elements', 1, 'id']);
    expect(modelContent.safeParse({ ...completeModel(), licence: 'WTFPL' }).success).toBe(false);
    expect(
      modelContent.safeParse({
        ...completeModel(),
        links: [{ id: 'l', title: 'x', url: 'javascript:alert(1)', description: '' }],
      }).success,
    ).toBe(false);
    const dupTask = completeModel();
    dupTask.phases.push({ ...dupTask.phases[0], id: 'p2' });
    expect(modelContent.safeParse(dupTask).success).toBe(false);
  });
  it('kit documents need the schema name', () => {
    const doc = {
      schema: KIT_SCHEMA,
      kit: { title: 'x', carrier: null, version: 1, changeNote: null, publishedAt: null },
      content: completeModel(),
      resources: [],
    };
    expect(kitDocument.safeParse(doc).success).toBe(true);
    expect(kitDocument.safeParse({ ...doc, schema: 'essaim.kit/v2' }).success).toBe(false);
  });
});

describe('diffModelVersions', () => {
  it('finds nothing between equal versions', () => {
    const d = diffModelVersions(completeModel(), completeModel());
    expect(d.changedBlocks).toBe(0);
    expect(d.blocks).toHaveLength(12);
  });
  const cases: [
    string,
    (m: ModelContent) => void,
    string,
    { added?: string[]; removed?: string[]; changed?: [string, string[]][] },
  ][] = [
    [
      'identity field',
      (m) => (m.identity.results = '400 chantiers'),
      'identity',
      { changed: [['identity', ['results']]] },
    ],
    [
      'element added',
      (m) => m.elements.push({ ...m.elements[1], id: 'plateforme', title: 'Plateforme' }),
      'elements',
      { added: ['plateforme'] },
    ],
    ['element removed', (m) => m.elements.pop(), 'elements', { removed: ['vehicule'] }],
    [
      'element turned adaptable',
      (m) => ((m.elements[0].kind = 'adaptable'), (m.elements[0].limits = 'peu')),
      'elements',
      { changed: [['accomp', ['kind', 'limits']]] },
    ],
    [
      'task added in a phase',
      (m) => m.phases[0].tasks.push({ ...m.phases[0].tasks[0], id: 't2', title: 'Signer' }),
      'phases',
      { added: ['p1/t2'] },
    ],
    [
      'task changed',
      (m) => (m.phases[0].tasks[0].duration = '2 semaines'),
      'phases',
      { changed: [['p1/t1', ['duration']]] },
    ],
    [
      'phase renamed',
      (m) => (m.phases[0].title = 'Émergence du groupe'),
      'phases',
      { changed: [['p1', ['title']]] },
    ],
    ['licence', (m) => (m.licence = 'CC0'), 'licence', { changed: [['licence', ['licence']]] }],
  ];
  it.each(cases)('%s', (_name, change, block, expected) => {
    const b = completeModel();
    change(b);
    const d = diffModelVersions(completeModel(), b);
    expect(d.changedBlocks).toBe(1);
    const got = d.blocks.find((x) => x.block === block)!;
    expect(got.added.map((x) => x.id)).toEqual(expected.added ?? []);
    expect(got.removed.map((x) => x.id)).toEqual(expected.removed ?? []);
    expect(got.changed.map((x) => [x.id, x.fields.map((f) => f.field)])).toEqual(expected.changed ?? []);
  });
  it('keeps before and after values', () => {
    const b = completeModel();
    b.licence = 'CC0';
    const change = diffModelVersions(completeModel(), b).blocks.find((x) => x.block === 'licence')!.changed[0]
      .fields[0];
    expect(change).toEqual({ field: 'licence', before: 'CC-BY-SA', after: 'CC0' });
  });
});
