import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  TEST_PASSWORD,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { get, linkFromMail, post, sessionCookie } from './test-support.ts';

describe('organisations: invitations by e-mail', () => {
  let t: TestContext;
  let owner: TestUser;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t, { displayName: 'Odile Owner' });
    orgId = await createTestOrganisation(t, owner, [], 'Tiers-Lieu des Communs');
  });
  afterAll(() => t.close());

  const invite = (email: string, role = 'editor', cookie = owner.cookie) =>
    post(t, `/organisations/${orgId}/invitations`, { email, role }, cookie);
  const later = (ms: number) => t.setNow(new Date(t.ctx.now().getTime() + ms));

  it('invites by e-mail; the invitee sees who invites, signs up with that address and accepts', async () => {
    const res = await invite('Invitee@Example.org');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'invitee@example.org',
      role: 'editor',
      status: 'pending',
      invitedBy: 'Odile Owner',
    });
    const { url, token } = await linkFromMail(t, 'invitee@example.org', 'invitation');
    expect(url).toMatch(/^http:\/\/localhost:3000\/compte\/invitation\?token=/);

    const view = await get(t, `/invitations/${token}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toEqual({
      organisationId: orgId,
      organisationName: 'Tiers-Lieu des Communs',
      organisationKind: 'epci',
      role: 'editor',
      invitedBy: 'Odile Owner',
      email: 'invitee@example.org',
      expiresAt: expect.any(String),
    });
    expect((await post(t, `/invitations/${token}/accept`, {})).statusCode).toBe(401);
    const signUp = await post(t, '/auth/sign-up', {
      email: 'invitee@example.org',
      password: TEST_PASSWORD,
      displayName: 'Ines',
    });
    const accepted = await post(t, `/invitations/${token}/accept`, {}, sessionCookie(signUp));
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ id: orgId, myRole: 'editor' });
    expect((await get(t, '/auth/me', sessionCookie(signUp))).json().memberships).toEqual([
      { organisationId: orgId, organisationName: 'Tiers-Lieu des Communs', role: 'editor' },
    ]);
    const again = await post(t, `/invitations/${token}/accept`, {}, sessionCookie(signUp));
    expect(again.statusCode).toBe(410);
    expect(again.json().error.message).toBe('Cette invitation a déjà été acceptée.');
    const list = (await get(t, `/organisations/${orgId}/invitations`, owner.cookie)).json().items;
    expect(list.find((i: { email: string }) => i.email === 'invitee@example.org').status).toBe('accepted');
  });

  it('says clearly when the signed-in account is not the invited address', async () => {
    await invite('right@example.org', 'viewer');
    const { token } = await linkFromMail(t, 'right@example.org', 'invitation');
    const wrong = await createTestUser(t, { email: 'wrong@example.org' });
    const res = await post(t, `/invitations/${token}/accept`, {}, wrong.cookie);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({
      code: 'invitation_email_mismatch',
      message:
        'Cette invitation a été envoyée à right@example.org, mais vous êtes connecté avec wrong@example.org. Connectez-vous avec l’adresse invitée, ou demandez une invitation pour votre adresse.',
    });
    // The refusal did not use up the invitation.
    const right = await createTestUser(t, { email: 'right@example.org' });
    expect((await post(t, `/invitations/${token}/accept`, {}, right.cookie)).json().myRole).toBe('viewer');
  });

  it('declines without an account, after which the invitation cannot be accepted', async () => {
    await invite('non-merci@example.org');
    const { token } = await linkFromMail(t, 'non-merci@example.org', 'invitation');
    expect((await post(t, `/invitations/${token}/decline`, {})).statusCode).toBe(204);
    const view = await get(t, `/invitations/${token}`);
    expect(view.statusCode).toBe(410);
    expect(view.json().error.message).toBe('Cette invitation a déjà été refusée.');
  });

  it('lets the owner cancel a pending invitation, and replaces a pending one sent again', async () => {
    const first = (await invite('twice@example.org')).json();
    const firstToken = (await linkFromMail(t, 'twice@example.org', 'invitation')).token;
    const second = (await invite('twice@example.org', 'viewer')).json();
    expect((await get(t, `/invitations/${firstToken}`)).json().error.code).toBe('link_revoked');
    const items = (await get(t, `/organisations/${orgId}/invitations`, owner.cookie)).json().items;
    expect(items.find((i: { id: string }) => i.id === first.id).status).toBe('cancelled');
    const cancel = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${orgId}/invitations/${second.id}`,
      headers: { cookie: owner.cookie },
    });
    expect(cancel.statusCode).toBe(204);
    const { token } = await linkFromMail(t, 'twice@example.org', 'invitation');
    const res = await get(t, `/invitations/${token}`, undefined, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(410);
    expect(res.json().error.message).toBe('This invitation was cancelled by the organisation.');
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${orgId}/invitations/${second.id}`,
      headers: { cookie: owner.cookie },
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses expired and forged invitation links with clear messages', async () => {
    await invite('late@example.org');
    const { token } = await linkFromMail(t, 'late@example.org', 'invitation');
    const forged = await get(t, `/invitations/${token.slice(0, -4)}abcd`);
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.message).toBe(
      'Cette invitation n’existe pas. Vérifiez que le lien a été copié en entier.',
    );
    later(14 * 86_400_000 + 1);
    const expired = await get(t, `/invitations/${token}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.message).toBe(
      'Cette invitation a expiré. Demandez à la personne qui vous a invité de vous en envoyer une nouvelle.',
    );
  });

  it('refuses to invite someone who is already a member', async () => {
    const member = await createTestUser(t);
    await t.ctx.db
      .insertInto('memberships')
      .values({
        organisation_id: orgId,
        user_id: member.id,
        role: 'viewer',
        created_at: t.ctx.now().toISOString(),
      })
      .execute();
    const res = await invite(member.email);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.email).toBe('Cette personne est déjà membre de l’organisation.');
    const asViewer = await invite('someone@example.org', 'viewer', member.cookie);
    expect(asViewer.statusCode).toBe(403);
    expect(asViewer.json().error.message).toBe(
      'Seuls les propriétaires de l’organisation peuvent faire cela.',
    );
  });
});
