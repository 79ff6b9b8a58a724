import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown (kept HTML of recent texts)', () => {
  it('gives the same safe HTML when a text is shown again', () => {
    const text = 'Un **atelier** par mois, voir [le site](https://exemple.fr).\n\n- bois\n- métal';
    const first = renderMarkdown(text);
    expect(first).toContain('<strong>atelier</strong>');
    expect(first).toContain('rel="noopener noreferrer nofollow"');
    expect(renderMarkdown(text)).toBe(first);
    expect(renderMarkdown(`${text} !`)).not.toBe(first);
  });

  it('still sanitizes when the text comes back after many others', () => {
    const hostile = 'Avant <img src=x onerror=alert(1)> après [x](javascript:alert(1))';
    const first = renderMarkdown(hostile);
    for (let i = 0; i < 1_100; i++) renderMarkdown(`Projet numéro ${i}`);
    const again = renderMarkdown(hostile);
    expect(again).toBe(first);
    expect(again).not.toMatch(/onerror|javascript:|<img/);
  });

  it('renders long texts without keeping them', () => {
    const long = `${'Paragraphe du projet. '.repeat(1_200)}\n\n**fin**`;
    expect(long.length).toBeGreaterThan(20_000);
    expect(renderMarkdown(long)).toContain('<strong>fin</strong>');
    expect(renderMarkdown(long)).toBe(renderMarkdown(long));
  });
});
