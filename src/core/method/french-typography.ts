import type { LocalizedText, MethodContent } from './method.schemas.ts';

/** Checks that apply to all the French copy of the method: where its texts are, and what typography they break. */

/** Every localised text of the content with a readable path, for checks that apply to all copy. */
export function collectLocalizedTexts(content: MethodContent): { path: string; text: LocalizedText }[] {
  const out: { path: string; text: LocalizedText }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${String(i)}]`));
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 2 && typeof record.fr === 'string' && typeof record.en === 'string') {
        out.push({ path, text: { fr: record.fr, en: record.en } });
        return;
      }
      const id = typeof record.id === 'string' ? record.id : undefined;
      for (const k of keys) visit(record[k], id && path ? `${path}(${id}).${k}` : path ? `${path}.${k}` : k);
    }
  };
  visit(content, '');
  return out;
}

/**
 * French typography problems in one text: straight apostrophes and quotes, and missing non-breaking spaces
 * before ; : ! ? » and after «, and in numbers (2 600, 70 %). Colons in web addresses ("https://") are ignored.
 */
export function findFrenchTypographyIssues(text: string): string[] {
  const issues: string[] = [];
  const withoutUrls = text.replace(/\bhttps?:\/\/\S+/g, 'URL');
  const at = (i: number) => `« …${withoutUrls.slice(Math.max(0, i - 20), i + 20)}… »`;
  const rules: { re: RegExp; message: string }[] = [
    { re: /'/g, message: 'straight apostrophe (use ’)' },
    { re: /"/g, message: 'straight quote (use « »)' },
    { re: / [;:!?»]/g, message: `ordinary space before punctuation (use U+00A0)` },
    // "?!" and "!?" are one mark: only the first of a run needs the space.
    { re: /[^\s\u00a0\u202f;!?][;!?»]/g, message: 'missing non-breaking space before punctuation' },
    { re: /[^\s\u00a0\u202f\d]:/g, message: 'missing non-breaking space before a colon' },
    { re: /«(?!\u00a0)/g, message: 'missing non-breaking space after «' },
    { re: /\d (?:\d{3}\b|[%€])/g, message: 'ordinary space inside a number or before % or € (use U+00A0)' },
  ];
  for (const { re, message } of rules) {
    for (const m of withoutUrls.matchAll(re)) issues.push(`${message} at ${at(m.index)}`);
  }
  return issues;
}
