import { InfoCircleOutlined, WarningFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { journeyStats } from '../../../../shared/domain/map';
import { usePainRules } from '../../../lib/painRules';
import { oneDecimal } from './format';
import { useDoc } from '../store/docStore';
import { loyaltyPercent, LOYALTY_WARN } from './loyalty';

function Stat({ label, children, warn }: { label: ReactNode; children: ReactNode; warn?: boolean }) {
  return (
    <div className={`ja-strip-item${warn ? ' is-warn' : ''}`}>
      <span className="ja-strip-label">{label}</span>
      <span className="ja-strip-value">{children}</span>
    </div>
  );
}

/** Journey-level figures above the canvas, recomputed from the document as it changes. */
export function StatsStrip() {
  const { t, i18n } = useTranslation();
  const touchpoints = useDoc((s) => s.touchpoints);
  const flows = useDoc((s) => s.flows);
  const rules = usePainRules();
  const st = useMemo(() => journeyStats({ touchpoints, flows }, rules), [touchpoints, flows, rules]);
  const percent = loyaltyPercent(st.loyaltyKept);
  const num = (v: number | null) => oneDecimal(v, i18n.language);
  const help = t('editor.stats.loyaltyHelp');
  return (
    <section className="ja-strip" aria-label={t('editor.stats.label')}>
      <Stat label={t('detail.stats.touchpoints')}>{st.touchpoints}</Stat>
      <Stat label={t('detail.factors.need')}>{num(st.means.need)}</Stat>
      <Stat label={t('detail.factors.convenience')}>{num(st.means.convenience)}</Stat>
      <Stat label={t('detail.factors.emotion')}>{num(st.means.emotion)}</Stat>
      <Stat label={t('detail.stats.transfers')}>{st.transfers}</Stat>
      <Stat label={t('editor.stats.handoffs')}>{st.handoffs}</Stat>
      <Stat label={t('editor.stats.painPoints')} warn={st.painPoints > 0}>
        {st.painPoints > 0 ? <WarningFilled aria-hidden className="ja-strip-icon" /> : null}
        {st.painPoints}
      </Stat>
      <Tooltip title={help}>
        <div className={`ja-strip-item ja-strip-loyalty${st.loyaltyKept < LOYALTY_WARN ? ' is-warn' : ''}`} tabIndex={0} aria-describedby="ja-loyalty-help">
          <span className="ja-strip-value">{t('editor.stats.loyaltyValue', { percent })}</span>
          <InfoCircleOutlined aria-hidden className="ja-help" />
          <span id="ja-loyalty-help" className="ja-visually-hidden">
            {help}
          </span>
        </div>
      </Tooltip>
    </section>
  );
}
