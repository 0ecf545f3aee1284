import type { MessageKey } from '@/lib/i18n';
import type { DeadlineKind, DeadlineRule } from '@/lib/schemas/deadline';
import type { NextStep } from '@/lib/schemas/summary';

/** The words for each deadline kind and each rule; shared by the badge and the order panel. */
export const KIND_KEY: Record<DeadlineKind, MessageKey> = {
  'protection-end': 'kind_protection_end',
  'dispute-after-completion': 'kind_dispute_after_completion',
  'return-window': 'kind_return_window',
  'quality-dispute': 'kind_quality_dispute',
  'delivered-protection-end': 'detail_kind_delivered_protection_end',
  'delay-coupon': 'detail_kind_delay_coupon',
  'free-return': 'detail_kind_free_return',
  'seller-reply': 'kind_seller_reply',
  'seller-dispute-answer': 'kind_seller_dispute_answer',
  'return-shipment': 'kind_return_shipment',
};

export const RULE_KEY: Record<DeadlineRule, MessageKey> = {
  'card-countdown': 'rule_card_countdown',
  'completion-window-bounded': 'rule_completion_window_bounded',
  'entered-by-user': 'rule_entered_by_user',
  'tracking-refund-date': 'detail_rule_tracking_refund_date',
  'reminder-window': 'detail_rule_reminder_window',
  'completion-date-window': 'detail_rule_completion_date_window',
  'delivered-shortening': 'detail_rule_delivered_shortening',
  'tracking-coupon-date': 'detail_rule_tracking_coupon_date',
  'free-return-window': 'detail_rule_free_return_window',
  'seller-reply-wait': 'rule_seller_reply_wait',
  'dispute-answer-window': 'rule_dispute_answer_window',
  'return-shipping-window': 'rule_return_shipping_window',
};

export const NEXT_KEY: Record<NextStep, MessageKey> = {
  none: 'next_none',
  'wait-for-shipment': 'next_wait_for_shipment',
  'read-deadline-on-detail-page': 'next_read_deadline_on_detail_page',
  'open-dispute-if-not-received': 'next_open_dispute_if_not_received',
  'ask-extension-or-open-dispute': 'next_ask_extension_or_open_dispute',
  'open-dispute-if-problem': 'next_open_dispute_if_problem',
  'deadline-passed': 'next_deadline_passed',
};
