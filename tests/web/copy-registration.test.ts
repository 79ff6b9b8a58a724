import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Decision 005: a feature's copy is added to i18next by its runtime file (features/<cap>/i18n*-runtime.ts) when a
// module importing it is evaluated. A module that shows a namespace's copy must therefore reach that runtime file
// through static imports from wherever it is first loaded (a page of page-routes.ts, or a module loaded lazily with
// `import()`); otherwise its page shows raw keys, and neither the types nor the build notice. Public pages now leave
// signed-in copy in namespaces of their own (libraryEditor, sessionsManage), so this rule has more ways to break.

const webRoot = path.resolve(import.meta.dirname, '../../src/web');

type ModuleInfo = { staticImports: string[]; lazyImports: string[]; namespaces: Set<string> };
const modules = new Map<string, ModuleInfo>();

function resolveFrom(file: string, specifier: string): string | null {
  const target = path.resolve(path.dirname(file), specifier);
  return fs.existsSync(target) ? target : null;
}

function read(file: string): ModuleInfo {
  const known = modules.get(file);
  if (known) return known;
  const source = fs.readFileSync(file, 'utf8');
  const relative = (pattern: RegExp) =>
    [...source.matchAll(pattern)].map((m) => resolveFrom(file, m[1] ?? '')).filter((f) => f !== null);
  const namespaces = new Set<string>();
  for (const pattern of [
    /useTranslation\(\s*\[?'(\w+)'/g, // useTranslation('library'), useTranslation(['library', …])
    /\bt\(\s*['`](\w+):/g, // t('library:key') from another namespace
    /\bns:\s*'(\w+)'/g, // <Trans ns="…"> written as an option
  ])
    for (const match of source.matchAll(pattern)) namespaces.add(match[1] ?? '');
  const info: ModuleInfo = {
    staticImports: [
      ...relative(/^import\s+(?:[^'"]*?\sfrom\s+)?'(\.[^']+)'/gms),
      ...relative(/^export\s+[^'"]*?\sfrom\s+'(\.[^']+)'/gm),
    ],
    lazyImports: relative(/import\(\s*'(\.[^']+)'\s*\)/g),
    namespaces,
  };
  modules.set(file, info);
  return info;
}

function staticClosure(root: string): Set<string> {
  const seen = new Set<string>();
  const todo = [root];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...read(file).staticImports);
  }
  return seen;
}

/** Namespace → its runtime file, read from the registerCopy / addResourceBundle call in each runtime file. */
function runtimeFiles(): Map<string, string> {
  const byNamespace = new Map<string, string>();
  const featuresDir = path.join(webRoot, 'features');
  for (const feature of fs.readdirSync(featuresDir)) {
    for (const name of fs.readdirSync(path.join(featuresDir, feature))) {
      if (!/^i18n.*-runtime\.ts$/.test(name)) continue;
      const file = path.join(featuresDir, feature, name);
      const match = /(?:registerCopy|addResourceBundle)\(\s*(?:'fr',\s*)?'(\w+)'/.exec(
        fs.readFileSync(file, 'utf8'),
      );
      if (match?.[1]) byNamespace.set(match[1], file);
    }
  }
  return byNamespace;
}

/** Every module a visitor can load first: the pages, then whatever any of them loads with import(). */
function entryModules(): Set<string> {
  const table = fs.readFileSync(path.join(webRoot, 'app', 'page-routes.ts'), 'utf8');
  const roots = new Set([...table.matchAll(/module: '([^']+)'/g)].map((m) => path.join(webRoot, m[1] ?? '')));
  const todo = [...roots];
  for (let root = todo.pop(); root !== undefined; root = todo.pop()) {
    for (const file of staticClosure(root))
      for (const lazy of read(file).lazyImports)
        if (!roots.has(lazy)) {
          roots.add(lazy);
          todo.push(lazy);
        }
  }
  return roots;
}

describe('feature copy registration (decision 005)', () => {
  const runtimes = runtimeFiles();
  const roots = entryModules();

  it('finds the runtime files and the pages', () => {
    for (const namespace of ['library', 'libraryEditor', 'sessions', 'sessionsManage', 'indicators', 'sites'])
      expect(runtimes.has(namespace), namespace).toBe(true);
    expect(roots.size).toBeGreaterThan(60);
  });

  it('every page and lazily loaded module reaches the runtime file of each namespace it shows', () => {
    const missing: string[] = [];
    for (const root of roots) {
      const closure = staticClosure(root);
      for (const file of closure)
        for (const namespace of read(file).namespaces) {
          const runtime = runtimes.get(namespace);
          if (runtime && !closure.has(runtime))
            missing.push(
              `${path.relative(webRoot, root)}: ${path.relative(webRoot, file)} shows « ${namespace} » without ${path.relative(webRoot, runtime)}`,
            );
        }
    }
    expect(missing).toEqual([]);
  });
});
