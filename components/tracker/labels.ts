import type { MessageKey } from '@/lib/i18n';
import type { Status } from '@/lib/schema/posting';
import type { GroupId } from '@/lib/tracker/groups';

export const STATUS_KEYS: Record<Status, MessageKey> = {
  saved: 'statusSaved',
  preparing: 'statusPreparing',
  applied: 'statusApplied',
  interview: 'statusInterview',
  offer: 'statusOffer',
  rejected: 'statusRejected',
  withdrawn: 'statusWithdrawn',
};

export const GROUP_KEYS: Record<GroupId, MessageKey> = {
  today: 'groupToday',
  week: 'groupWeek',
  upcoming: 'groupUpcoming',
  noDeadline: 'groupNoDeadline',
  submitted: 'groupSubmitted',
  expired: 'groupExpired',
  closed: 'groupClosed',
};
