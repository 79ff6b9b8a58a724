// Its copy comes with it (decision 005).
import '../i18n-runtime.ts';
import { Stack, Text } from '@mantine/core';
import { useCombobox } from 'downshift';
import type { UseComboboxState, UseComboboxStateChangeOptions } from 'downshift';
import { useEffect, useId, useMemo, useState } from 'react';
import type { Territory } from '../api/types.ts';
import { useTerritoryOptions } from './territory-options.ts';
import type { TerritoryPickerProps } from './territory-options.ts';
import fieldClasses from '../../../components/forms/native-field.module.css';
import classes from './territory-picker-single.module.css';

// One territory at a time (« près de chez moi », the search's proximity sort). The several-territories picker of the
// forms (territory-picker.tsx) shares its options; apart, these pages do not carry its pills and buttons.
type Option = { label: string; territory: Territory };

const MAX_OPTIONS = 10;

// As Mantine's Autocomplete did: Escape closes the list and keeps what was typed (downshift would clear the field when
// the list is already closed), and leaving the field picks nothing (downshift would pick the highlighted option):
// a territory is chosen by Enter or a click only.
function keepTypedText(
  state: UseComboboxState<Option>,
  { type, changes }: UseComboboxStateChangeOptions<Option>,
) {
  if (
    type === useCombobox.stateChangeTypes.InputKeyDownEscape ||
    type === useCombobox.stateChangeTypes.InputBlur
  ) {
    return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
  }
  return changes;
}

/**
 * Choose one territory (for example the commune of « près de chez moi ») with an autocomplete.
 *
 * A native input with downshift's combobox (the WAI-ARIA 1.2 pattern: roles, aria-expanded, aria-activedescendant,
 * arrows, Enter, Escape), drawn like Mantine's TextInput in territory-picker-single.module.css. Why not Mantine's
 * Autocomplete: with its Combobox, Popover, floating-ui positioning, ScrollArea and focus trap it brought about 34 KB
 * gzip to « près de chez moi », the one public page over its 200 KB budget (decision 011).
 */
export function TerritoryPicker({
  onPick,
  ...props
}: TerritoryPickerProps & { onPick: (territory: Territory) => void; defaultValue?: string }) {
  const [query, setQuery] = useState(props.defaultValue ?? '');
  const { byLabel, nothingFound } = useTerritoryOptions(query, props.types);
  // The server already matched: no second filtering here (it would hide matches by postal code).
  const items = useMemo(
    () => [...byLabel].slice(0, MAX_OPTIONS).map(([label, territory]): Option => ({ label, territory })),
    [byLabel],
  );
  const descriptionId = useId();
  const errorId = useId();
  const {
    isOpen,
    highlightedIndex,
    getLabelProps,
    getInputProps,
    getMenuProps,
    getItemProps,
    setHighlightedIndex,
  } = useCombobox<Option>({
    items,
    inputId: props.id,
    inputValue: query,
    onInputValueChange: ({ inputValue }) => setQuery(inputValue),
    // On pick the field shows the territory's name.
    itemToString: (item) => item?.territory.name ?? '',
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onPick(selectedItem.territory);
    },
    stateReducer: keepTypedText,
  });
  // A new answer may be shorter than the one whose option was highlighted: highlight nothing rather than a gap.
  useEffect(() => {
    if (highlightedIndex >= items.length) setHighlightedIndex(-1);
  }, [highlightedIndex, items.length, setHighlightedIndex]);

  const open = isOpen && items.length > 0;
  const describedBy = [props.description && descriptionId, props.error && errorId].filter(Boolean).join(' ');
  return (
    <Stack gap={4}>
      <div className={fieldClasses.field}>
        <label {...getLabelProps({ className: fieldClasses.label })}>{props.label}</label>
        {props.description && (
          <p id={descriptionId} className={fieldClasses.description}>
            {props.description}
          </p>
        )}
        <div className={classes.anchor}>
          <input
            {...getInputProps({
              className: fieldClasses.input,
              type: 'text',
              'aria-describedby': describedBy || undefined,
              'aria-invalid': props.error ? true : undefined,
            })}
          />
          {/* Always in the page (downshift holds it), its options only while open. */}
          <ul {...getMenuProps({ className: classes.menu, hidden: !open })}>
            {open &&
              items.map((item, index) => (
                <li key={item.label} {...getItemProps({ item, index, className: classes.option })}>
                  {item.label}
                </li>
              ))}
          </ul>
        </div>
        {props.error && (
          <p id={errorId} className={fieldClasses.error}>
            {props.error}
          </p>
        )}
      </div>
      <Text size="sm" role="status">
        {nothingFound}
      </Text>
    </Stack>
  );
}
