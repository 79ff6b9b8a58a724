import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { demoSeeders, runDemoSeeders } from '../seed/demo-seeds.ts';
import { DEMO_SESSION_IDS } from './training.demo.ts';

describe('demo training sessions', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
    await runDemoSeeders(
      t.ctx,
      demoSeeders.filter((s) => ['accounts', 'library', 'training'].includes(s.name)),
    );
  });
  afterAll(() => t.close());

  it('is registered after the library and the diagnostics', () => {
    const names = demoSeeders.map((s) => s.name);
    expect(names.indexOf('training')).toBeGreaterThan(names.indexOf('library'));
    expect(names.indexOf('training')).toBeGreaterThan(names.indexOf('diagnostics'));
  });

  it('shows the January 2021 session as past and archived, and the same programme open in the coming months', async () => {
    const past = (
      await t.app.inject({ method: 'GET', url: '/api/v1/training-sessions?when=past' })
    ).json() as { items: { id: string }[] };
    const upcoming = (
      await t.app.inject({ method: 'GET', url: '/api/v1/training-sessions?when=upcoming' })
    ).json() as { items: { id: string; registrationOpen: boolean }[] };
    expect(past.items.map((i) => i.id)).toContain(DEMO_SESSION_IDS.archived);
    expect(upcoming.items.find((i) => i.id === DEMO_SESSION_IDS.open)?.registrationOpen).toBe(true);
    const archived = (
      await t.app.inject({ method: 'GET', url: `/api/v1/training-sessions/${DEMO_SESSION_IDS.archived}` })
    ).json() as {
      status: string;
      meetings: { date: string; start: string; title: string; caseStudyProjectId: string | null }[];
      contact: { phone: string; email: string };
    };
    expect(archived.status).toBe('archived');
    expect(archived.meetings.map((m) => `${m.date} ${m.start}`)).toEqual([
      '2021-01-15 10:00',
      '2021-01-15 14:00',
      '2021-01-22 10:00',
      '2021-01-29 10:00',
    ]);
    expect(archived.meetings.slice(1).map((m) => m.title)).toEqual([
      expect.stringMatching(/^Les Centrales Villageoises/),
      expect.stringMatching(/^Terres de Sources/),
      expect.stringMatching(/^Bricobus/),
    ]);
    expect(archived.meetings[1]!.caseStudyProjectId).not.toBeNull();
    // No real person's contact details.
    expect(archived.contact.phone).toBe('');
    expect(archived.contact.email).toMatch(/@demo\.essaim\.localhost$/);
    const all = JSON.stringify(archived);
    expect(all).not.toMatch(/caprural\.org|04 75|06 77|Thou|Vincent/);
  });
});
