import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MethodContentError, validateMethodContent } from '../../core/method/method-content.ts';
import { METHOD_CONTENT_FILES } from '../../core/method/method.schemas.ts';
import type { MethodContent } from '../../core/method/method.schemas.ts';

/** Raised at start-up when a content file is missing, not JSON, or does not pass its validator. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/**
 * The repository's `content/` folder: three levels above this file both in `src/server/method/` (tsx, tests) and in
 * `dist/server/method/` (built server). ESSAIM_CONTENT_DIR overrides it (packaging, tests of broken content).
 */
export function defaultContentDir(): string {
  const fromEnv = process.env.ESSAIM_CONTENT_DIR;
  if (fromEnv) return resolve(fromEnv);
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'content');
}

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ContentError(`Content file ${path} cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ContentError(`Content file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads content/method/*.json and validates it with the core validator; throws a ContentError naming every problem. */
export function loadMethodContent(contentDir = defaultContentDir()): MethodContent {
  const dir = join(contentDir, 'method');
  const raw: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(METHOD_CONTENT_FILES)) raw[key] = readJsonFile(join(dir, file));
  try {
    return validateMethodContent(raw);
  } catch (error) {
    if (error instanceof MethodContentError) {
      throw new ContentError(`The method content in ${dir} is invalid:\n- ${error.problems.join('\n- ')}`);
    }
    throw error;
  }
}

let cached: { dir: string; content: MethodContent } | undefined;

/** The method content, loaded and validated once per process (content files do not change while it runs). */
export function getMethodContent(contentDir = defaultContentDir()): MethodContent {
  if (cached?.dir !== contentDir) cached = { dir: contentDir, content: loadMethodContent(contentDir) };
  return cached.content;
}
