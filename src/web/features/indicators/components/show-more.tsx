import { Alert, Button } from '@mantine/core';

/**
 * The foot of a list read page by page (sites, stalled and late sites): the error of the last page asked for, and
 * the button for the next one while some are left.
 */
export function ShowMore({
  error,
  remaining,
  loading,
  onMore,
  label,
}: {
  error: Error | null;
  remaining: number;
  loading: boolean;
  onMore: () => void;
  label: string;
}) {
  return (
    <>
      {error && (
        <Alert color="red" role="alert" mt="xs">
          {error.message}
        </Alert>
      )}
      {remaining > 0 && (
        <Button variant="light" mt="sm" onClick={onMore} loading={loading}>
          {label}
        </Button>
      )}
    </>
  );
}
