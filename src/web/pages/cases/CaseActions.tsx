import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/cases';
import type { CaseCommandType } from '../../../shared/cases';
import { useI18n } from '../../i18n';
import { isTransition, type TransitionType } from './labels';
import { DelegateDialog, MergeDialog } from './OfficeDialogs';
import { TransitionDialog } from './TransitionDialog';

type Dialog = TransitionType | 'MERGE' | 'DELEGATE';

/** Commands that take something away from the case get the quieter button. */
const SECONDARY: readonly CaseCommandType[] = ['NOT_REGISTER', 'WITHDRAW', 'EXTEND_DECISION', 'MERGE', 'DELEGATE'];

/**
 * One button per command the officer may run now (`allowed`, and for merge and delegation the `can`
 * flags too), each opening its dialog. Forwarding and follow-up have their own forms.
 */
export function CaseActions({
  detail,
  onDone,
}: {
  detail: CaseDetail;
  onDone: (next: CaseDetail, what: string) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Dialog | null>(null);
  const dialogs: Dialog[] = detail.allowed.flatMap((c): Dialog[] => {
    if (isTransition(c)) return [c];
    if (c === 'MERGE' && detail.can.merge) return ['MERGE'];
    if (c === 'DELEGATE' && detail.can.delegate) return ['DELEGATE'];
    return [];
  });
  const done = (type: Dialog) => (next: CaseDetail) => {
    setOpen(null);
    onDone(next, t(`caseCommand.${type}`));
  };
  const close = () => setOpen(null);

  return (
    <section className="card" aria-labelledby="case-actions-heading">
      <h2 id="case-actions-heading">{t('case.actionsTitle')}</h2>
      {dialogs.length === 0 ? (
        <p className="muted">{t('case.noActions')}</p>
      ) : (
        <div className="actions" data-testid="case-actions">
          {dialogs.map((d) => (
            <button
              key={d}
              type="button"
              className={SECONDARY.includes(d) ? 'button button--secondary' : 'button'}
              onClick={() => setOpen(d)}
            >
              {t(`caseCommand.${d}`)}
            </button>
          ))}
        </div>
      )}
      {dialogs.map((d) =>
        d === 'MERGE' ? (
          <MergeDialog key={d} detail={detail} open={open === d} onCancel={close} onDone={done(d)} />
        ) : d === 'DELEGATE' ? (
          <DelegateDialog key={d} detail={detail} open={open === d} onCancel={close} onDone={done(d)} />
        ) : (
          <TransitionDialog key={d} detail={detail} type={d} open={open === d} onCancel={close} onDone={done(d)} />
        ),
      )}
    </section>
  );
}
