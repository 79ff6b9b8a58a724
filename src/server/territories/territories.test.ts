import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { resolveTerritory, searchTerritories } from './territories.service.ts';

describe('territories (COG from @etalab/decoupage-administratif)', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('looks up a commune with its EPCI, département, région and population band', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/territories/35238' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      type: 'commune',
      name: 'Rennes',
      departement: '35',
      departementName: 'Ille-et-Vilaine',
      region: '53',
      regionName: 'Bretagne',
      epci: { code: '243500139', name: 'Rennes Métropole', type: 'METRO' },
      populationBand: { id: 'commune-100k-plus' },
    });
    expect(res.json().postalCodes).toContain('35000');
  });

  it('sums département and région populations from their communes, and needs the type for régions', async () => {
    const dep = (await t.app.inject({ method: 'GET', url: '/api/v1/territories/35' })).json();
    expect(dep).toMatchObject({ type: 'departement', name: 'Ille-et-Vilaine', region: '53' });
    expect(dep.population).toBeGreaterThan(1_000_000);
    const reg = (await t.app.inject({ method: 'GET', url: '/api/v1/territories/84?type=region' })).json();
    expect(reg).toMatchObject({ type: 'region', name: 'Auvergne-Rhône-Alpes' });
    expect(reg.population).toBeGreaterThan(7_500_000);
    const epci = (await t.app.inject({ method: 'GET', url: '/api/v1/territories/243500139' })).json();
    expect(epci).toMatchObject({ type: 'epci', epciType: 'METRO', departement: '35' });
  });

  it('answers 404 for an unknown code and explains an invalid SIREN', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/territories/99999' })).statusCode).toBe(404);
    expect(resolveTerritory('243500138')).toMatchObject({ fr: expect.stringContaining('SIREN') });
    expect(resolveTerritory('region:84')).toMatchObject({ type: 'region', code: '84' });
  });

  it('autocompletes names without accents, postal codes and codes, ranked', async () => {
    const byName = (await t.app.inject({ method: 'GET', url: '/api/v1/territories/search?q=besan' })).json()
      .items;
    expect(byName[0]).toMatchObject({ name: 'Besançon', type: 'commune' });
    const saint = searchTerritories('st etienne', ['commune'], 5);
    expect(saint[0].name).toBe('Saint-Étienne');
    const cp = (await t.app.inject({ method: 'GET', url: '/api/v1/territories/search?q=35000' })).json()
      .items;
    expect(cp[0]).toMatchObject({ name: 'Rennes' });
    const epcis = (
      await t.app.inject({ method: 'GET', url: '/api/v1/territories/search?q=pays%20basque&types=epci' })
    ).json().items;
    expect(epcis.length).toBeGreaterThan(0);
    expect(epcis.every((e: { type: string }) => e.type === 'epci')).toBe(true);
    const all = (
      await t.app.inject({ method: 'GET', url: '/api/v1/territories/search?q=sa&limit=20' })
    ).json().items;
    expect(all).toHaveLength(20);
  });

  it('refuses an empty query or an unknown type with a field', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/territories/search?q=&types=planet' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toContain('q');
  });

  it('finds similar territories: same EPCI type and population band', async () => {
    const res = (await t.app.inject({ method: 'GET', url: '/api/v1/territories/45252/similar' })).json();
    expect(res.reference.type).toBe('epci');
    expect(res.items.length).toBeGreaterThan(3);
    for (const item of res.items) {
      expect(item.epciType).toBe(res.reference.epciType);
      expect(item.populationBand.id).toBe(res.reference.populationBand.id);
    }
  });
});
