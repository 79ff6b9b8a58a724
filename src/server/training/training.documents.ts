import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { NotFoundError, ValidationError, msg } from '../errors.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { assertFacilitator, managedSession, readableSession } from './training.service.ts';

/** Membership forms and resource files: PDF or DOCX, 5 MB at most, the type read from the bytes themselves. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export function sniffDocument(bytes: Buffer): { type: string; ext: string } | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { type: 'application/pdf', ext: 'pdf' };
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04 &&
    bytes.includes(Buffer.from('word/'))
  ) {
    return { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
  }
  return null;
}

export function checkDocument(bytes: Buffer): { type: string; ext: string } {
  if (bytes.length === 0)
    throw new ValidationError({ file: msg('Le fichier est vide.', 'The file is empty.') });
  if (bytes.length > MAX_FILE_BYTES)
    throw new ValidationError({ file: msg('Le fichier dépasse 5 Mo.', 'The file is larger than 5 MB.') });
  const kind = sniffDocument(bytes);
  if (!kind)
    throw new ValidationError({
      file: msg(
        'Seuls les fichiers PDF et Word (.docx) sont acceptés.',
        'Only PDF and Word (.docx) files are accepted.',
      ),
    });
  return kind;
}

export async function putMembershipForm(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  bytes: Buffer,
): Promise<void> {
  const a = assertFacilitator(actor);
  const current = await managedSession(ctx.db, a, id);
  const kind = checkDocument(bytes);
  await ctx.db
    .updateTable('training_sessions')
    .set({
      membership_form: bytes,
      membership_form_type: kind.type,
      membership_form_name: `bulletin-adhesion.${kind.ext}`,
      updated_at: ctx.now().toISOString(),
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(
    ctx.db,
    {
      actorUserId: a.userId,
      action: 'training.membership_form',
      subjectType: 'training_session',
      subjectId: id,
      organisationId: current.organisation_id,
    },
    ctx.now(),
  );
}

export async function getMembershipForm(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<{ bytes: Buffer; type: string; name: string }> {
  await readableSession(ctx, actor, id);
  const row = await ctx.db
    .selectFrom('training_sessions')
    .select(['membership_form', 'membership_form_type', 'membership_form_name'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row?.membership_form) throw new NotFoundError();
  return {
    bytes: Buffer.from(row.membership_form),
    type: row.membership_form_type ?? 'application/octet-stream',
    name: row.membership_form_name ?? 'bulletin',
  };
}
