import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { contentDisposition, requireFileBody } from './file-transfer.ts';

describe('contentDisposition', () => {
  it('keeps accents in the UTF-8 name and gives an ASCII fallback', () => {
    expect(contentDisposition('attachment', 'Bulletin d’adhésion.pdf')).toBe(
      `attachment; filename="Bulletin d_adhesion.pdf"; filename*=UTF-8''Bulletin%20d%E2%80%99adh%C3%A9sion.pdf`,
    );
  });

  it('cannot be broken out of by quotes, backslashes or line breaks in a stored name', () => {
    const header = contentDisposition('inline', 'a"b\\c\r\nSet-Cookie: x=1.png');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('inline; filename="a_b_c__Set-Cookie: x=1.png"; ')).toBe(true);
  });
});

describe('requireFileBody', () => {
  it('returns the bytes of a raw body', () => {
    const bytes = Buffer.from('%PDF-1.7');
    expect(requireFileBody(bytes)).toBe(bytes);
  });

  it('names the file field when the body is JSON instead of a file', () => {
    try {
      requireFileBody({ name: 'x.pdf' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(JSON.stringify((error as ValidationError).fields)).toContain('Envoyez le fichier lui-même');
    }
  });
});
