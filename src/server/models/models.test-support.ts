import { zipSync, strToU8 } from 'fflate';
import { completeModel } from '../../core/models/model.fixture.ts';
import { api, makeProject } from '../library/library.test-helpers.ts';
import type { TestContext, TestUser } from '../test/harness.ts';

export { api, completeModel };

/** A project with a model draft; `publish` fills it with a complete model and publishes version 1. */
export async function makeModel(
  t: TestContext,
  editor: TestUser,
  organisationId: string,
  publish = false,
): Promise<{ projectId: string; modelId: string }> {
  const projectId = await makeProject(t, editor, organisationId);
  const created = await api(t, editor, 'POST', `/projects/${projectId}/models`, { name: 'Atelier mobile' });
  if (created.statusCode !== 201) throw new Error(`model creation failed in test: ${created.body}`);
  const modelId = (created.json() as { id: string }).id;
  if (publish) {
    const saved = await api(t, editor, 'PATCH', `/models/${modelId}`, {
      version: 1,
      content: completeModel(),
    });
    if (saved.statusCode !== 200) throw new Error(`model save failed in test: ${saved.body}`);
    const published = await api(t, editor, 'POST', `/models/${modelId}/versions`, {
      changeNote: 'Première version',
    });
    if (published.statusCode !== 201) throw new Error(`publish failed in test: ${published.body}`);
  }
  return { projectId, modelId };
}

export const FILES = {
  pdf: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  png: Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0,
    1, 8, 2, 0, 0, 0,
  ]),
  csv: Buffer.from('commune;puissance\nÉtoile-sur-Rhône;36\n'),
  docx: Buffer.from(
    zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }),
  ),
  odt: Buffer.from(
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    }),
  ),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]),
  elf: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(100)]),
  script: Buffer.from('#!/bin/sh\nrm -rf /\n'),
};

export function upload(t: TestContext, user: TestUser | null, modelId: string, data: Buffer, query: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/models/${modelId}/resources?${query}`,
    headers: { 'content-type': 'application/octet-stream', ...(user ? { cookie: user.cookie } : {}) },
    payload: data,
  });
}
