import { unzipSync } from 'fflate';

/**
 * Resource files of a model (statutes, charters, contracts, guides, templates). The uploader declares a type; the
 * file's first bytes must agree with it, whatever its name says. Executable content is refused whatever the declared
 * type. 25 MB at most.
 */
export const MAX_RESOURCE_BYTES = 25 * 1024 * 1024;

export const RESOURCE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpeg: 'image/jpeg',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
} as const;
export type ResourceKind = keyof typeof RESOURCE_TYPES;
export const RESOURCE_KINDS = Object.keys(RESOURCE_TYPES) as ResourceKind[];

const startsWith = (data: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => data[i] === b);

/** Windows PE, ELF, Mach-O (both byte orders, fat), Java class, shell scripts with a shebang. */
export function looksExecutable(data: Uint8Array): boolean {
  return (
    startsWith(data, [0x4d, 0x5a]) ||
    startsWith(data, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(data, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(data, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(data, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(data, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(data, [0xca, 0xfe, 0xba, 0xbe]) ||
    startsWith(data, [0x23, 0x21])
  );
}

/** Names of the entries of a zip, without inflating them (null when it is not a readable zip). */
function zipEntries(data: Uint8Array, keep: (name: string) => boolean): Record<string, Uint8Array> | null {
  try {
    return unzipSync(data, { filter: (f) => keep(f.name) });
  } catch {
    return null;
  }
}

function isZipWith(
  data: Uint8Array,
  check: (names: string[], files: Record<string, Uint8Array>) => boolean,
): boolean {
  if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return false;
  const names: string[] = [];
  const files = zipEntries(data, (name) => {
    names.push(name);
    return name === 'mimetype';
  });
  if (!files) return false;
  // Executables hidden inside an office document are refused too.
  if (names.some((n) => /\.(exe|dll|bat|cmd|com|scr|msi|ps1|vbs|js|jar|sh)$/i.test(n))) return false;
  return check(names, files);
}

function isUtf8Text(data: Uint8Array): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

export type SniffResult =
  | { ok: true; contentType: string }
  | { ok: false; reason: 'empty' | 'too-large' | 'executable' | 'mismatch' };

export function checkResourceFile(data: Uint8Array, declared: ResourceKind): SniffResult {
  if (data.length === 0) return { ok: false, reason: 'empty' };
  if (data.length > MAX_RESOURCE_BYTES) return { ok: false, reason: 'too-large' };
  if (looksExecutable(data)) return { ok: false, reason: 'executable' };
  const matches: Record<ResourceKind, () => boolean> = {
    pdf: () => startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d]),
    docx: () =>
      isZipWith(
        data,
        (names) => names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('word/')),
      ),
    odt: () =>
      isZipWith(
        data,
        (_names, files) =>
          new TextDecoder().decode(files.mimetype ?? new Uint8Array()).trim() ===
          'application/vnd.oasis.opendocument.text',
      ),
    png: () => startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    jpeg: () => startsWith(data, [0xff, 0xd8, 0xff]),
    csv: () => isUtf8Text(data),
    txt: () => isUtf8Text(data),
  };
  return matches[declared]()
    ? { ok: true, contentType: RESOURCE_TYPES[declared] }
    : { ok: false, reason: 'mismatch' };
}

/** A file name safe to store and to send back: no path, no control characters, at most 200 characters. */
export function safeFileName(name: string, kind: ResourceKind): string {
  const base =
    [...name.replace(/^.*[\\/]/, '')]
      .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !'"<>:|?*'.includes(ch))
      .join('')
      .trim()
      .slice(0, 200) || 'document';
  const ext = kind === 'jpeg' ? ['jpg', 'jpeg'] : [kind];
  return ext.some((e) => base.toLowerCase().endsWith(`.${e}`)) ? base : `${base}.${ext[0]}`;
}
