import { Anchor, Blockquote, Code, List, Text, Title } from '@mantine/core';
import { Lexer } from 'marked';
import type { Token, Tokens } from 'marked';
import { Fragment, useMemo } from 'react';
import type { ReactNode } from 'react';
import classes from './markdown-text.module.css';

// Markdown shown as React elements built from marked's tokens: no HTML string ever reaches the page, so nothing
// in a description can run (raw HTML is shown as text, links keep only http(s), mailto and tel addresses). The
// server refuses unsafe Markdown on write already; this is the second lock.

const safeLink = /^(https?:|mailto:|tel:)/i;

function isSafeHref(href: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme (« java\tscript: » is javascript:).
  const cleaned = [...href]
    .filter((char) => char.charCodeAt(0) > 0x20 && (char.charCodeAt(0) < 0x7f || char.charCodeAt(0) > 0x9f))
    .join('');
  return safeLink.test(cleaned);
}

function inline(tokens: readonly Token[] | undefined, keyPrefix: string): ReactNode {
  if (!tokens) return null;
  return tokens.map((token, index) => {
    const key = `${keyPrefix}-${index}`;
    const t = token as Tokens.Generic;
    switch (t.type) {
      case 'strong':
        return <strong key={key}>{inline((t as Tokens.Strong).tokens, key)}</strong>;
      case 'em':
        return <em key={key}>{inline((t as Tokens.Em).tokens, key)}</em>;
      case 'del':
        return <del key={key}>{inline((t as Tokens.Del).tokens, key)}</del>;
      case 'codespan':
        return <Code key={key}>{(t as Tokens.Codespan).text}</Code>;
      case 'br':
        return <br key={key} />;
      case 'link': {
        const link = t as Tokens.Link;
        const content = inline(link.tokens, key);
        if (!isSafeHref(link.href)) return <Fragment key={key}>{content}</Fragment>;
        return (
          <Anchor key={key} href={link.href} rel="noopener noreferrer nofollow">
            {content}
          </Anchor>
        );
      }
      // Images from elsewhere are not loaded (privacy, and the page's security policy): their text stays.
      case 'image':
        return <Fragment key={key}>{(t as Tokens.Image).text}</Fragment>;
      case 'text': {
        const text = t as Tokens.Text;
        return <Fragment key={key}>{text.tokens ? inline(text.tokens, key) : text.text}</Fragment>;
      }
      case 'escape':
        return <Fragment key={key}>{(t as Tokens.Escape).text}</Fragment>;
      // Raw HTML is never interpreted: shown as the text that was typed.
      default:
        return <Fragment key={key}>{t.raw}</Fragment>;
    }
  });
}

function blocks(tokens: readonly Token[], headingOffset: number, keyPrefix: string): ReactNode {
  return tokens.map((token, index) => {
    const key = `${keyPrefix}-${index}`;
    const t = token as Tokens.Generic;
    switch (t.type) {
      case 'space':
      case 'def':
        return null;
      case 'paragraph':
        return (
          <Text key={key} mb="sm">
            {inline((t as Tokens.Paragraph).tokens, key)}
          </Text>
        );
      case 'heading': {
        const heading = t as Tokens.Heading;
        const order = Math.min(6, heading.depth + headingOffset) as 2 | 3 | 4 | 5 | 6;
        return (
          <Title key={key} order={order} size="h5" mt="md" mb="xs">
            {inline(heading.tokens, key)}
          </Title>
        );
      }
      case 'list': {
        const list = t as Tokens.List;
        return (
          <List key={key} type={list.ordered ? 'ordered' : 'unordered'} mb="sm" withPadding>
            {list.items.map((item, itemIndex) => (
              <List.Item key={`${key}-${itemIndex}`}>
                {blocks(item.tokens, headingOffset, `${key}-${itemIndex}`)}
              </List.Item>
            ))}
          </List>
        );
      }
      case 'blockquote':
        return (
          <Blockquote key={key} mb="sm" p="sm">
            {blocks((t as Tokens.Blockquote).tokens, headingOffset, key)}
          </Blockquote>
        );
      case 'code':
        return (
          <Code key={key} block mb="sm">
            {(t as Tokens.Code).text}
          </Code>
        );
      case 'hr':
        return <hr key={key} />;
      case 'table': {
        // A plain table styled like Mantine's (markdown-text.module.css): Mantine's Table would bring its
        // ScrollArea to every project page for the rare description that holds a table.
        const table = t as Tokens.Table;
        return (
          <table key={key} className={classes.table}>
            <thead>
              <tr>
                {table.header.map((cell, cellIndex) => (
                  <th key={cellIndex} scope="col">
                    {inline(cell.tokens, `${key}-h${cellIndex}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex}>{inline(cell.tokens, `${key}-${rowIndex}-${cellIndex}`)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      }
      // Inside a tight list item, text comes as a block-level text token.
      case 'text': {
        const text = t as Tokens.Text;
        return <Fragment key={key}>{text.tokens ? inline(text.tokens, key) : text.text}</Fragment>;
      }
      default:
        return (
          <Text key={key} mb="sm">
            {t.raw}
          </Text>
        );
    }
  });
}

/** Renders a Markdown text; `headingLevel` is the level of the section it sits in (its `#` become one below). */
export function MarkdownText({ children, headingLevel = 2 }: { children: string; headingLevel?: number }) {
  const tokens = useMemo(() => new Lexer({ gfm: true }).lex(children), [children]);
  return <div>{blocks(tokens, headingLevel, 'md')}</div>;
}
