import { strToU8, zipSync, type Zippable } from 'fflate';
import { KIT_SCHEMA, type KitDocument as KitJson } from '../../core/models/kit-format.ts';
import { buildKitDocument } from '../../documents/kit-document.ts';
import { renderKitMarkdown } from '../../documents/kit-markdown.ts';
import { renderKitPdf } from '../../documents/kit.typ.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { resourcesData } from './models.repository.ts';
import { getVersion, type KitVersion } from './models.versions.ts';

/**
 * Exports of a published version: PDF, Word, Markdown, JSON (`essaim.kit/v1`) and a zip holding all of them plus the
 * resource files. Small exports are answered in the request; large ones run as background jobs with their progress
 * (models.export-jobs.ts), both through `renderKit`.
 */
export const EXPORT_FORMATS = ['pdf', 'docx', 'md', 'json', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
};

export function kitJson(kit: KitVersion): KitJson {
  return {
    schema: KIT_SCHEMA,
    kit: {
      title: kit.title,
      carrier: kit.carrier.name,
      version: kit.number,
      changeNote: kit.changeNote,
      publishedAt: kit.publishedAt,
    },
    content: kit.content,
    resources: kit.resources.map(({ id, name, type, size, sha256, description }) => ({
      id,
      name,
      type,
      size,
      sha256,
      description,
    })),
  };
}

function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'kit'
  );
}

/** 0 to 100, reported by the job between the stages of a long export. */
export type ExportProgress = (percent: number) => Promise<void>;

export async function renderKit(
  ctx: AppContext,
  kit: KitVersion,
  format: ExportFormat,
  lang: 'fr' | 'en',
  progress: ExportProgress = async () => {},
): Promise<{ body: Buffer; type: string; fileName: string }> {
  await progress(5);
  const doc = buildKitDocument(
    {
      title: kit.title,
      carrier: kit.carrier.name,
      number: kit.number,
      publishedAt: kit.publishedAt,
      changeNote: kit.changeNote,
      content: kit.content,
      resources: kit.resources,
      url: `${ctx.env.PUBLIC_URL}/kits/${kit.modelId}/versions/${kit.number}`,
    },
    lang,
  );
  const base = `${slug(kit.title)}-v${kit.number}`;
  const out = (body: Buffer) => ({ body, type: TYPES[format], fileName: `${base}.${format}` });
  await progress(10);
  switch (format) {
    case 'pdf':
      return out(renderKitPdf(doc));
    case 'docx': {
      // docx is loaded with the first Word export, not at start-up (issue #10).
      const { renderKitDocx } = await import('../../documents/kit-docx.ts');
      return out(await renderKitDocx(doc));
    }
    case 'md':
      return out(Buffer.from(renderKitMarkdown(doc), 'utf8'));
    case 'json':
      return out(Buffer.from(JSON.stringify(kitJson(kit), null, 2), 'utf8'));
    case 'zip': {
      const files: Zippable = {
        [`${base}.json`]: strToU8(JSON.stringify(kitJson(kit), null, 2)),
        [`${base}.md`]: strToU8(renderKitMarkdown(doc)),
      };
      await progress(15);
      files[`${base}.pdf`] = [renderKitPdf(doc), { level: 0 }];
      await progress(40);
      // One file at a time, so that progress moves with the bytes read (up to 100 files of 25 MB).
      const used = new Set<string>();
      for (const [i, resource] of kit.resources.entries()) {
        const [r] = await resourcesData(ctx.db, kit.modelId, [resource.id]);
        if (r) {
          // Two files with the same name keep both: the second gets its id in front.
          const name = used.has(r.name) ? `${r.id.slice(0, 8)}-${r.name}` : r.name;
          used.add(r.name);
          files[`resources/${name}`] = [new Uint8Array(r.data), { level: 0 }];
        }
        await progress(40 + Math.floor((45 * (i + 1)) / kit.resources.length));
      }
      await progress(90);
      return out(Buffer.from(zipSync(files, { level: 6 })));
    }
  }
}

export async function exportVersion(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  number: number,
  format: ExportFormat,
  lang: 'fr' | 'en',
) {
  return renderKit(ctx, await getVersion(ctx, actor, id, number), format, lang);
}
