import { randomUUID } from 'node:crypto';
import type { TestContext } from '../test/harness.ts';
import { createSession } from '../auth/sessions.ts';
import { issueLink } from './links.repository.ts';
import { insertUser } from './users.repository.ts';

/** Test support for the permission matrix: a fresh world of people and organisations, written directly. */
export const ROLES = ['anonymous', 'viewer', 'editor', 'owner', 'outsider', 'facilitator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Person = { id: string; email: string; cookie: string };
export interface World {
  organisationId: string;
  otherOrganisationId: string;
  /** A further viewer of the organisation: the target of member management. */
  member: Person;
  people: Record<Exclude<Role, 'anonymous'>, Person>;
}
export const uniqueEmail = () => `m-${randomUUID().slice(0, 8)}@example.org`;

export function worldBuilder(t: TestContext, passwordHash: string) {
  async function person(platformRole: 'user' | 'facilitator' | 'admin' = 'user'): Promise<Person> {
    const email = uniqueEmail();
    const now = t.ctx.now();
    const id = await insertUser(
      t.ctx.db,
      {
        email,
        displayName: 'Personne',
        passwordHash,
        language: 'fr',
        platformRole,
        emailVerifiedAt: now.toISOString(),
      },
      now,
    );
    const session = await createSession(t.ctx.db, id, now, { ip: '127.0.0.1' });
    return { id, email, cookie: `essaim_session=${session.secret}` };
  }

  async function organisation(members: [Person, 'owner' | 'editor' | 'viewer'][]): Promise<string> {
    const id = randomUUID();
    const now = t.ctx.now().toISOString();
    await t.ctx.db
      .insertInto('organisations')
      .values({
        id,
        name: 'Organisation de test',
        kind: 'association',
        siren: null,
        territory_code: null,
        territory_type: null,
        description: null,
        created_by: members[0]![0].id,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    for (const [p, role] of members)
      await t.ctx.db
        .insertInto('memberships')
        .values({ organisation_id: id, user_id: p.id, role, created_at: now })
        .execute();
    return id;
  }

  async function freshWorld(): Promise<World> {
    const [owner, editor, viewer, member, outsider, facilitator, admin] = await Promise.all([
      person(),
      person(),
      person(),
      person(),
      person(),
      person('facilitator'),
      person('admin'),
    ]);
    const organisationId = await organisation([
      [owner!, 'owner'],
      [editor!, 'editor'],
      [viewer!, 'viewer'],
      [member!, 'viewer'],
    ]);
    const otherOrganisationId = await organisation([[outsider!, 'owner']]);
    return {
      organisationId,
      otherOrganisationId,
      member: member!,
      people: {
        owner: owner!,
        editor: editor!,
        viewer: viewer!,
        outsider: outsider!,
        facilitator: facilitator!,
        admin: admin!,
      },
    };
  }

  async function invite(w: World, email: string) {
    return issueLink(
      t.ctx.db,
      'invitation',
      { email, organisationId: w.organisationId, role: 'viewer', createdBy: w.people.owner.id },
      t.ctx.now(),
    );
  }

  async function sessionIdOf(p: Person): Promise<string> {
    const row = await t.ctx.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', p.id)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  return { person, freshWorld, invite, sessionIdOf };
}
