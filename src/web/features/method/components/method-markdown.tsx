import { Anchor, Blockquote, Code, List, Text, Title } from '@mantine/core';
import { Lexer } from 'marked';
import type { Token, Tokens } from 'marked';
import { Fragment, useMemo } from 'react';
import type { ReactNode } from 'react';
import { renderWithGlossary } from './glossary-text.tsx';
import { useGlossary } from './glossary-context.tsx';
import type { GlossaryContextValue } from './glossary-context.tsx';

// The method's Markdown (our own content, validated at start-up) as React elements built from marked's tokens: no
// HTML string reaches the page. Glossary terms in plain text are linked, the first occurrence per block only.

const safeLink = /^(https?:|mailto:|\/)/i;

type Ctx = { glossary: GlossaryContextValue | null; seen: Set<string> };

function inline(tokens: readonly Token[] | undefined, key: string, ctx: Ctx): ReactNode {
  if (!tokens) return null;
  return tokens.map((token, index) => {
    const k = `${key}-${index}`;
    const t = token as Tokens.Generic;
    switch (t.type) {
      case 'strong':
        return <strong key={k}>{inline((t as Tokens.Strong).tokens, k, ctx)}</strong>;
      case 'em':
        return <em key={k}>{inline((t as Tokens.Em).tokens, k, ctx)}</em>;
      case 'codespan':
        return <Code key={k}>{(t as Tokens.Codespan).text}</Code>;
      case 'br':
        return <br key={k} />;
      case 'link': {
        const link = t as Tokens.Link;
        // Words of a link are never linked again.
        const content = inline(link.tokens, k, { glossary: null, seen: ctx.seen });
        if (!safeLink.test(link.href)) return <Fragment key={k}>{content}</Fragment>;
        return (
          <Anchor key={k} href={link.href}>
            {content}
          </Anchor>
        );
      }
      case 'text': {
        const text = t as Tokens.Text;
        return (
          <Fragment key={k}>
            {text.tokens
              ? inline(text.tokens, k, ctx)
              : renderWithGlossary(text.text, ctx.glossary, ctx.seen, k)}
          </Fragment>
        );
      }
      case 'escape':
        return <Fragment key={k}>{(t as Tokens.Escape).text}</Fragment>;
      default:
        return <Fragment key={k}>{t.raw}</Fragment>;
    }
  });
}

function blocks(tokens: readonly Token[], headingLevel: number, key: string, ctx: Ctx): ReactNode {
  return tokens.map((token, index) => {
    const k = `${key}-${index}`;
    const t = token as Tokens.Generic;
    switch (t.type) {
      case 'space':
      case 'def':
        return null;
      case 'paragraph':
        return (
          <Text key={k} mb="sm">
            {inline((t as Tokens.Paragraph).tokens, k, ctx)}
          </Text>
        );
      case 'heading': {
        const heading = t as Tokens.Heading;
        const order = Math.min(6, heading.depth + headingLevel) as 2 | 3 | 4 | 5 | 6;
        return (
          <Title key={k} order={order} size="h5" mt="md" mb="xs">
            {inline(heading.tokens, k, ctx)}
          </Title>
        );
      }
      case 'list': {
        const list = t as Tokens.List;
        return (
          <List key={k} type={list.ordered ? 'ordered' : 'unordered'} mb="sm" withPadding>
            {list.items.map((item, itemIndex) => (
              <List.Item key={`${k}-${itemIndex}`}>
                {blocks(item.tokens, headingLevel, `${k}-${itemIndex}`, ctx)}
              </List.Item>
            ))}
          </List>
        );
      }
      case 'blockquote':
        return (
          <Blockquote key={k} mb="sm" p="sm">
            {blocks((t as Tokens.Blockquote).tokens, headingLevel, k, ctx)}
          </Blockquote>
        );
      case 'hr':
        return <hr key={k} />;
      case 'text': {
        const text = t as Tokens.Text;
        return (
          <Fragment key={k}>
            {text.tokens
              ? inline(text.tokens, k, ctx)
              : renderWithGlossary(text.text, ctx.glossary, ctx.seen, k)}
          </Fragment>
        );
      }
      default:
        return (
          <Text key={k} mb="sm">
            {t.raw}
          </Text>
        );
    }
  });
}

/**
 * A Markdown text of the method. `headingLevel` is the level of the section it sits in (its `#` become one below).
 * The whole text is one block for glossary links: each term is linked at its first occurrence.
 */
export function MethodMarkdown({ children, headingLevel = 2 }: { children: string; headingLevel?: number }) {
  const glossary = useGlossary();
  const tokens = useMemo(() => new Lexer({ gfm: true }).lex(children), [children]);
  return <div>{blocks(tokens, headingLevel, 'md', { glossary, seen: new Set() })}</div>;
}
