import type { OutboxStatus } from '../api/types.ts';

/** Badge colour of each outbox status (the text always says the status too). */
export const outboxStatusColor: Record<OutboxStatus, string> = {
  pending: 'blue',
  sent: 'green',
  failed: 'red',
  kept: 'gray',
};
