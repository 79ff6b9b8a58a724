/** The Essaim hexagon (a honeycomb cell). Decorative: the product name is always written next to it. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path fill="var(--mantine-color-essaim-7)" d="M16 1.5 28.6 8.75v14.5L16 30.5 3.4 23.25V8.75z" />
      <path fill="var(--mantine-color-honey-4)" d="M16 9l6.06 3.5v7L16 23l-6.06-3.5v-7z" />
    </svg>
  );
}
