/** Same shape as the French tree, with every text leaf a string: English must translate every key. */
export type Translation<T> = T extends string
  ? string
  : T extends readonly (infer Item)[]
    ? readonly Translation<Item>[]
    : { readonly [K in keyof T]: Translation<T[K]> };

export type Namespace<T> = { readonly fr: T; readonly en: Translation<T> };

/**
 * Declares one i18n namespace. French is the source of truth; the compiler rejects an English tree with a
 * missing or extra key. Register the namespace with one line in `src/web/i18n/resources.ts`.
 */
export function defineNamespace<const T>(namespace: { fr: T; en: Translation<T> }): Namespace<T> {
  return namespace;
}
