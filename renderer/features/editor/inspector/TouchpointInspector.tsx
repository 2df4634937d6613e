import { Form, InputNumber, Select, Typography, type InputRef } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Touchpoint } from '../../../../shared/domain/journey';
import { loyaltyKept } from '../../../../shared/domain/formulas';
import { painReasons } from '../../../../shared/domain/map';
import { usePainRules } from '../../../lib/painRules';
import { ReviewLink } from '../review/ReviewLink';
import { FACTORS, reasonText } from '../canvas/strings';
import { loyaltyPercent } from '../stats/loyalty';
import { updateTouchpoint } from '../store/actions';
import { CommitText } from './CommitText';
import { useFocusRequest } from './focus';
import { RatingField } from './RatingField';

/** Transfers: a draft while typing, committed on blur, Enter or a step click (one undo step each). */
function TransfersField({ tp }: { tp: Touchpoint }) {
  const [draft, setDraft] = useState<number | null>(tp.transfers);
  const [shown, setShown] = useState(tp.transfers);
  if (shown !== tp.transfers) {
    setShown(tp.transfers);
    setDraft(tp.transfers);
  }
  const commit = (v: number | null) => {
    const n = Math.max(0, Math.min(99, Math.round(v ?? 0)));
    setDraft(n);
    if (n !== tp.transfers) updateTouchpoint(tp.id, { transfers: n });
  };
  return (
    <InputNumber
      id="tp-transfers"
      min={0}
      max={99}
      precision={0}
      value={draft}
      onChange={setDraft}
      onStep={(v) => commit(v)}
      onBlur={() => commit(draft)}
      onPressEnter={() => commit(draft)}
      className="ja-transfers-input"
    />
  );
}

/** Everything about one touchpoint, edited in place. */
export function TouchpointInspector({ tp }: { tp: Touchpoint }) {
  const { t } = useTranslation();
  const titleRef = useRef<InputRef>(null);
  useFocusRequest(titleRef);
  const rules = usePainRules();
  const reasons = useMemo(() => painReasons(tp, rules), [tp, rules]);
  const set = (patch: Partial<Touchpoint>) => updateTouchpoint(tp.id, patch);
  const percent = loyaltyPercent(loyaltyKept(tp.transfers));

  return (
    <Form layout="vertical" component="div" className="ja-inspector-form" requiredMark={false}>
      <Form.Item label={t('editor.inspector.title')} htmlFor="tp-title">
        <CommitText id="tp-title" inputRef={titleRef} value={tp.title} required maxLength={200} onCommit={(title) => set({ title: title.trim() })} blurOnEnter />
      </Form.Item>
      <Form.Item label={t('editor.inspector.channel')} htmlFor="tp-channel">
        <Select
          id="tp-channel"
          value={tp.channel}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          onChange={(channel) => set({ channel })}
        />
      </Form.Item>
      <fieldset className="ja-ratings">
        <legend>{t('editor.inspector.ratings')}</legend>
        {FACTORS.map((f) => (
          <Form.Item key={f} label={t(`detail.factors.${f}`)} htmlFor={`tp-${f}`} className="ja-rating-item">
            <RatingField id={`tp-${f}`} label={t(`detail.factors.${f}`)} value={tp[f]} onChange={(v) => set({ [f]: v })} />
          </Form.Item>
        ))}
      </fieldset>
      <Form.Item label={t('editor.inspector.transfers')} htmlFor="tp-transfers" extra={t('editor.inspector.transfersHelp', { percent })}>
        <TransfersField tp={tp} />
      </Form.Item>
      {reasons.length > 0 ? (
        <div className="ja-pain-box" role="note">
          <Typography.Text strong>{t('editor.pain.title')}</Typography.Text>
          <ul className="ja-pain-list">
            {reasons.map((r) => (
              <li key={r.kind}>{reasonText(t, r, rules)}</li>
            ))}
          </ul>
          <Typography.Text type="secondary" className="ja-pain-rule">
            {t('editor.pain.rule', { max: rules.maxFactorRating, min: rules.minTransfers })}
          </Typography.Text>
        </div>
      ) : null}
      <ReviewLink touchpointId={tp.id} flagged={reasons.length > 0} />
      <Form.Item label={t('editor.inspector.description')} htmlFor="tp-description">
        <CommitText id="tp-description" multiline value={tp.description} maxLength={10_000} onCommit={(description) => set({ description })} />
      </Form.Item>
      <Form.Item label={t('editor.inspector.quote')} htmlFor="tp-quote">
        <CommitText id="tp-quote" multiline value={tp.quote} maxLength={10_000} placeholder={t('editor.inspector.quotePlaceholder')} onCommit={(quote) => set({ quote })} />
      </Form.Item>
      <Form.Item label={t('editor.inspector.owner')} htmlFor="tp-owner">
        <CommitText id="tp-owner" value={tp.owner} maxLength={200} onCommit={(owner) => set({ owner: owner.trim() })} />
      </Form.Item>
    </Form>
  );
}
