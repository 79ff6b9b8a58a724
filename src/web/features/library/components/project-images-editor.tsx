import '../i18n-editor-runtime.ts';
import { Alert, Button, Group, Image, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useAddProjectImage, useDeleteProjectImage } from '../api/project-images.ts';
import type { Project } from '../api/types.ts';

/**
 * The record's images in the editor: each shown with its text alternative and a remove button named after it;
 * a new image is sent with its text alternative, which is required and explained next to the field (the server
 * refuses an empty one too).
 */
export function ProjectImagesEditor({ project }: { project: Project }) {
  const { t } = useTranslation('libraryEditor');
  const add = useAddProjectImage(project.id);
  const remove = useDeleteProjectImage(project.id);
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [local, setLocal] = useState<{ file?: string; alt?: string }>({});
  const server = add.error instanceof ApiError ? add.error.fields : {};
  const fileError = local.file ?? server.file;
  const altError = local.alt ?? server.alt;

  return (
    <section aria-labelledby="images-editor-title">
      <Title order={2} id="images-editor-title" mb="xs">
        {t('images.title')}
      </Title>
      <Text mb="md">{t('images.intro')}</Text>
      {project.images.length === 0 ? (
        <Text mb="md">{t('images.none')}</Text>
      ) : (
        <ul aria-label={t('images.listLabel')} style={{ listStyle: 'none', padding: 0 }}>
          {project.images.map((image) => (
            <li key={image.id} style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
              <Group align="flex-start" wrap="nowrap">
                <Image src={image.url} alt={image.alt} w={160} h={110} fit="cover" radius="sm" />
                <Stack gap="xs">
                  <Text size="sm">{image.alt}</Text>
                  <Button
                    variant="subtle"
                    color="red.9"
                    c="red.9"
                    size="xs"
                    loading={remove.isPending && remove.variables === image.id}
                    onClick={() =>
                      remove.mutate(image.id, { onSuccess: () => notifySuccess(t('images.removed')) })
                    }
                  >
                    {t('images.remove', { alt: image.alt })}
                  </Button>
                </Stack>
              </Group>
            </li>
          ))}
        </ul>
      )}
      {remove.error && (
        <Alert color="red" variant="outline" role="alert" mb="md">
          {remove.error.message}
        </Alert>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const errors = {
            ...(file ? {} : { file: t('images.fileMissing') }),
            ...(alt.trim() ? {} : { alt: t('images.altMissing') }),
          };
          setLocal(errors);
          if (!file || !alt.trim()) return;
          add.mutate(
            { file, alt: alt.trim() },
            {
              onSuccess: () => {
                notifySuccess(t('images.added'));
                setFile(null);
                setAlt('');
                if (fileInput.current) fileInput.current.value = '';
              },
            },
          );
        }}
      >
        <Stack gap="sm" maw={560}>
          <div>
            <label htmlFor={fileId} style={{ fontWeight: 500, display: 'block' }}>
              {t('images.file')}{' '}
              <span aria-hidden="true" style={{ color: 'var(--mantine-color-red-9)' }}>
                *
              </span>
            </label>
            <Text id={`${fileId}-hint`} size="sm" c="dimmed">
              {t('images.fileHint')}
            </Text>
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              accept="image/png,image/jpeg,image/webp"
              required
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ''}`}
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setLocal((l) => ({ ...l, file: undefined }));
              }}
            />
            {fileError && (
              <Text id={`${fileId}-error`} size="sm" c="red.9">
                {fileError}
              </Text>
            )}
          </div>
          <Textarea
            label={t('images.alt')}
            description={t('images.altHint')}
            required
            maxLength={300}
            autosize
            minRows={2}
            value={alt}
            error={altError}
            onChange={(e) => {
              setAlt(e.currentTarget.value);
              setLocal((l) => ({ ...l, alt: undefined }));
            }}
          />
          {add.error && Object.keys(server).length === 0 && (
            <Alert color="red" variant="outline" role="alert">
              {add.error.message}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('images.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
