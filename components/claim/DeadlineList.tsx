import { kindLabel, sourceWords } from '@/lib/deadline-words';
import { t } from '@/lib/i18n';
import type { Deadline } from '@/lib/schemas/deadline';
import { daysLeftWords, formatDateTime, ruleWords } from '../popup/words';

/** Live deadlines, each with where it came from (aliexpress / ≈ estimated / manual) and its rule. */
export function DeadlineList({ deadlines, now }: { deadlines: readonly Deadline[]; now: Date }) {
  if (deadlines.length === 0) return <p className="hint">{t('claimui_noDeadlines')}</p>;
  return (
    <ul className="deadlines claim-deadline-list">
      {deadlines.map((d) => {
        const due = new Date(d.dueAt);
        return (
          <li key={`${d.kind}-${d.source}`} className={`deadline source-${d.source}`} data-aca-kind={d.kind} data-aca-source={d.source} data-aca-due-at={d.dueAt}>
            <div className="deadline-main">
              <span className="kind">{kindLabel(d.kind)}</span>
              <span className="left">{daysLeftWords(due, now)}</span>
            </div>
            <div className="deadline-meta">
              <span className="when">
                {d.source === 'estimated' ? '≈ ' : ''}
                {formatDateTime(due)}
              </span>
              <span className={`source source-${d.source}`}>{sourceWords(d.source)}</span>
              {ruleWords(d.rule) && <span className="rule">{ruleWords(d.rule)}</span>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
