import '../i18n-runtime.ts';
import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Switch,
  TagsInput,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * One form section per list block: a repeater of items, each with its fields. A field is a line of text, a paragraph,
 * a list (one value per line), a choice, a switch or a check box; phases nest their tasks with the same editor.
 */
export type FieldSpec =
  | { key: string; kind: 'text' | 'textarea' | 'lines'; label: string }
  | { key: string; kind: 'select'; label: string; options: { value: string; label: string }[] }
  | { key: string; kind: 'tags'; label: string; description: string; suggestions: string[] }
  | {
      key: string;
      kind: 'multiselect';
      label: string;
      description: string;
      options: { value: string; label: string }[];
    }
  | { key: string; kind: 'switch' | 'checkbox'; label: string; on?: unknown; off?: unknown }
  | {
      key: string;
      kind: 'nested';
      label: string;
      fields: FieldSpec[];
      blank: () => Item;
      show?: (item: Item) => boolean;
    };
export type Item = { id: string } & Record<string, unknown>;

function FieldInput({
  spec,
  item,
  onChange,
  readOnly,
  idPrefix,
}: {
  spec: FieldSpec;
  item: Item;
  onChange: (value: unknown) => void;
  readOnly: boolean;
  idPrefix: string;
}) {
  const { t } = useTranslation('models');
  const value = item[spec.key];
  switch (spec.kind) {
    case 'text':
      return (
        <TextInput
          id={`${idPrefix}-${spec.key}`}
          label={spec.label}
          value={String(value ?? '')}
          readOnly={readOnly}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          id={`${idPrefix}-${spec.key}`}
          label={spec.label}
          autosize
          minRows={2}
          value={String(value ?? '')}
          readOnly={readOnly}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'lines':
      return (
        <Textarea
          id={`${idPrefix}-${spec.key}`}
          label={spec.label}
          description={t('editor.onePerLine')}
          autosize
          minRows={2}
          value={((value as string[] | undefined) ?? []).join('\n')}
          readOnly={readOnly}
          onChange={(e) =>
            onChange(
              e.currentTarget.value
                .split('\n')
                .filter((l, i, all) => l.trim() !== '' || i === all.length - 1),
            )
          }
          onBlur={(e) =>
            onChange(
              e.currentTarget.value
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean),
            )
          }
        />
      );
    case 'select':
      return (
        <Select
          id={`${idPrefix}-${spec.key}`}
          label={spec.label}
          data={spec.options}
          value={String(value)}
          readOnly={readOnly}
          allowDeselect={false}
          onChange={(v) => onChange(v)}
        />
      );
    case 'tags':
      return (
        <TagsInput
          id={`${idPrefix}-${spec.key}`}
          label={spec.label}
          description={spec.description}
          data={spec.suggestions}
          value={(value as string[] | undefined) ?? []}
          readOnly={readOnly}
          clearable={!readOnly}
          clearButtonProps={{ 'aria-label': t('editor.clearChoices', { label: spec.label }) }}
          onChange={(v) => onChange(v)}
        />
      );
    case 'multiselect': {
      const chosen = (value as string[] | undefined) ?? [];
      // A reference no longer offered (a removed file, an older question) stays visible so it can be taken out.
      const known = new Set(spec.options.map((o) => o.value));
      const data = [
        ...spec.options,
        ...chosen.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v })),
      ];
      return (
        <MultiSelect
          id={`${idPrefix}-${spec.key}`}
          label={spec.label}
          description={spec.description}
          data={data}
          value={chosen}
          searchable
          clearable={!readOnly}
          readOnly={readOnly}
          nothingFoundMessage={t('editor.nothingFound')}
          clearButtonProps={{ 'aria-label': t('editor.clearChoices', { label: spec.label }) }}
          onChange={(v) => onChange(v)}
        />
      );
    }
    case 'switch':
      return (
        <Switch
          id={`${idPrefix}-${spec.key}`}
          label={spec.label}
          checked={value === (spec.on ?? true)}
          disabled={readOnly}
          onChange={(e) => onChange(e.currentTarget.checked ? (spec.on ?? true) : (spec.off ?? false))}
        />
      );
    case 'checkbox':
      return (
        <Checkbox
          id={`${idPrefix}-${spec.key}`}
          label={spec.label}
          checked={value === true}
          disabled={readOnly}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
    case 'nested':
      return (
        <ListEditor
          title={spec.label}
          items={(value as Item[] | undefined) ?? []}
          fields={spec.fields}
          blank={spec.blank}
          readOnly={readOnly}
          onChange={onChange}
          idPrefix={`${idPrefix}-${spec.key}`}
        />
      );
  }
}

export function ListEditor({
  title,
  items,
  fields,
  blank,
  onChange,
  readOnly,
  idPrefix,
}: {
  title: string;
  items: Item[];
  fields: FieldSpec[];
  blank: () => Item;
  onChange: (items: Item[]) => void;
  readOnly: boolean;
  idPrefix: string;
}) {
  const { t } = useTranslation('models');
  const set = (index: number, key: string, value: unknown) =>
    onChange(items.map((it, i) => (i === index ? { ...it, [key]: value } : it)));
  return (
    <Stack gap="sm">
      {items.map((item, index) => {
        const name = String(item.title ?? item.label ?? item.question ?? item.id);
        const prefix = `${idPrefix}-${index}`;
        return (
          <Paper key={index} withBorder p="sm">
            <Fieldset legend={name || t('editor.add')} variant="unstyled">
              <Stack gap="xs">
                <TextInput
                  id={`${prefix}-id`}
                  label={t('editor.itemId')}
                  value={item.id}
                  readOnly={readOnly}
                  onChange={(e) => set(index, 'id', e.currentTarget.value)}
                />
                {fields.map((spec) =>
                  spec.kind === 'nested' && spec.show && !spec.show(item) ? null : (
                    <FieldInput
                      key={spec.key}
                      spec={spec}
                      item={item}
                      readOnly={readOnly}
                      idPrefix={prefix}
                      onChange={(v) => set(index, spec.key, v)}
                    />
                  ),
                )}
                {!readOnly && (
                  <Group justify="flex-end">
                    {index > 0 && (
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('editor.moveUp')} : ${name}`}
                        onClick={() =>
                          onChange([
                            ...items.slice(0, index - 1),
                            item,
                            items[index - 1],
                            ...items.slice(index + 1),
                          ])
                        }
                      >
                        ↑
                      </ActionIcon>
                    )}
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      onClick={() => onChange(items.filter((_, i) => i !== index))}
                    >
                      {t('editor.remove', { name })}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Fieldset>
          </Paper>
        );
      })}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() =>
              onChange([
                ...items,
                { ...blank(), id: `${idPrefix.split('-').pop() ?? 'item'}-${items.length + 1}` },
              ])
            }
          >
            {t('editor.add')} : {title}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function BlockSection({
  title,
  children,
  id,
}: {
  title: string;
  children: React.ReactNode;
  id: string;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
