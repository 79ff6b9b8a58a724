/**
 * Turns a message's content into a plain-text body and a simple, accessible HTML body: one column, real text (no
 * image-only content), a language attribute, a visible link under the button, colours with enough contrast.
 * Every piece of text is escaped; only the layout below is HTML.
 */
export type Language = 'fr' | 'en';

export interface MailContent {
  subject: string;
  /** Greeting line, then the paragraphs. */
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Paragraphs after the button (expiry, "ignore this message if..."). */
  notes?: string[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const FOOTER: Record<Language, string> = {
  fr: 'Essaim, la plateforme du changement d’échelle des innovations sociales et territoriales. Ce message a été envoyé automatiquement\u00a0: merci de ne pas y répondre.',
  en: 'Essaim, the platform for scaling up social and territorial innovation. This message was sent automatically: please do not reply.',
};

const COPY_LINK: Record<Language, string> = {
  fr: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur\u00a0:',
  en: 'If the button does not work, copy this address into your browser:',
};

export function renderMail(content: MailContent, language: Language): RenderedMail {
  const text = [
    ...(content.greeting ? [content.greeting] : []),
    ...content.paragraphs,
    ...(content.action
      ? [`${content.action.label}${language === 'fr' ? '\u00a0:' : ':'} ${content.action.url}`]
      : []),
    ...(content.notes ?? []),
    '-- ',
    FOOTER[language],
  ].join('\n\n');

  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#1f5c4d;color:#ffffff;padding:12px 20px;border-radius:6px;font-weight:bold;text-decoration:underline">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:14px">${escapeHtml(COPY_LINK[language])}<br><a href="${escapeHtml(content.action.url)}" style="color:#1f5c4d;word-break:break-all">${escapeHtml(content.action.url)}</a></p>`
    : '';
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:24px 12px;background:#f4f4f0;color:#1e1e1e;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    '<div role="article" style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">',
    `<h1 style="margin:0 0 16px;font-size:20px">${escapeHtml(content.subject)}</h1>`,
    ...(content.greeting ? [p(content.greeting)] : []),
    ...content.paragraphs.map(p),
    action,
    ...(content.notes ?? []).map(p),
    `<p style="margin:24px 0 0;padding-top:16px;border-top:1px solid #d6d6d0;font-size:13px;color:#4a4a4a">${escapeHtml(FOOTER[language])}</p>`,
    '</div></body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}
