import { Anchor, createTheme } from '@mantine/core';
import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';

// Essaim's own palette (the State design system is reserved to State sites). Contrast on white, measured:
// essaim[7] 6.4:1 (text, links, filled buttons), essaim[8] 8.3:1, essaim[6] 4.9:1. Lighter shades are for
// backgrounds only. Honey is decorative (borders, marks), never a text colour on white.
const essaim: MantineColorsTuple = [
  '#e7f5f2',
  '#cdeae4',
  '#9dd4c8',
  '#69bcaa',
  '#3fa690',
  '#23917a',
  '#157f6a',
  '#0e6b5a',
  '#0a594b',
  '#06463b',
];

const honey: MantineColorsTuple = [
  '#fff8e1',
  '#ffecb3',
  '#ffe08a',
  '#ffd35c',
  '#ffc733',
  '#f5b400',
  '#d99a00',
  '#b37d00',
  '#8c6100',
  '#664600',
];

export const theme = createTheme({
  primaryColor: 'essaim',
  primaryShade: 7,
  colors: { essaim, honey },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  // People who ask their system for less motion (vestibular disorders, WCAG 2.3.3) get modals, menus and
  // notifications without their fade and slide.
  respectReducedMotion: true,
  components: {
    // Links inside text must not rely on colour alone (WCAG 1.4.1): underline them.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // The chosen segment filled in the primary colour with white text: Mantine's default (a white pill on light
    // grey) tells it from the others at about 1.1:1, below the 3:1 a state needs (RGAA 3.3, WCAG 1.4.11).
    // A plain object, not SegmentedControl.extend(): importing the component here would put it in every page's
    // first download.
    SegmentedControl: { defaultProps: { color: 'essaim' } },
  },
});

// Mantine's default "dimmed" grey (#868e96) is 3.3:1 on white, below AA; ours is 6.1:1.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    // Placeholders are text too (RGAA 3.2): Mantine's gray-5 (#adb5bd) is 2.1:1 on white, this grey 4.7:1.
    '--mantine-color-placeholder': '#6c757d',
    // Mantine's error red (red.6, #fa5252) is 3.3:1 on white: field error messages use red.9 (6.4:1).
    '--mantine-color-error': '#c92a2a',
  },
  dark: {},
});
