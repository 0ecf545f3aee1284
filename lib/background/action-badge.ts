import { browser } from 'wxt/browser';
import { t, tPlural } from '../i18n';

/** The urgent colour of the page badges (badge.css `.urgency-urgent`). */
export const BADGE_COLOUR = '#b3261e';

/** The toolbar icon says how many orders are urgent; nothing when none is. */
export async function showUrgentCount(count: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setBadgeText({ text: count > 0 ? (count > 99 ? '99+' : String(count)) : '' });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  // Firefox and older Chrome have no text colour call; white is their default anyway.
  await action.setBadgeTextColor?.({ color: '#ffffff' });
  await action.setTitle({ title: count > 0 ? tPlural('reminder_badgeTitle', count) : t('extName') });
}
