import { CloseOutlined, LeftOutlined, RightOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { stageStats } from '../../../../shared/domain/map';
import { usePainRules } from '../../../lib/painRules';
import { oneDecimal } from '../stats/format';
import { loyaltyPercent, LOYALTY_WARN } from '../stats/loyalty';
import { useDoc } from '../store/docStore';
import { openStartDialog } from '../workshop/store';
import { stepStage, stopPresentation, usePresentation } from './presentationStore';

/** The presenter's controls: previous/next stage, where we are, the stage's figures, exit. */
export function PresentationBar() {
  const { t, i18n } = useTranslation();
  const index = usePresentation((s) => s.stage);
  const stages = useDoc((s) => s.stages);
  const touchpoints = useDoc((s) => s.touchpoints);
  const flows = useDoc((s) => s.flows);
  const stage = stages[index];
  const rules = usePainRules();
  const st = useMemo(() => (stage ? stageStats({ touchpoints, flows }, stage.id, rules) : null), [stage, touchpoints, flows, rules]);
  const num = (v: number | null) => oneDecimal(v, i18n.language);

  return (
    <div className="ja-present-bar">
      <Tooltip title="←">
        <Button size="large" shape="circle" icon={<LeftOutlined aria-hidden />} aria-label={t('editor.present.prev')} disabled={index <= 0} onClick={() => stepStage(-1)} />
      </Tooltip>
      <div className="ja-present-info" aria-live="polite">
        <div className="ja-present-stage">
          <span className="ja-present-count">{t('editor.present.position', { index: index + 1, count: stages.length })}</span>
          <span className="ja-present-name">{stage?.name ?? ''}</span>
        </div>
        {st ? (
          <div className="ja-present-figs">
            <span>
              {t('detail.factors.need')} <b>{num(st.means.need)}</b>
            </span>
            <span>
              {t('detail.factors.convenience')} <b>{num(st.means.convenience)}</b>
            </span>
            <span>
              {t('detail.factors.emotion')} <b>{num(st.means.emotion)}</b>
            </span>
            <span>
              {t('detail.stats.transfers')} <b>{st.transfers}</b>
            </span>
            <span className={st.loyaltyKept < LOYALTY_WARN ? 'is-warn' : undefined}>{t('editor.stats.loyaltyValue', { percent: loyaltyPercent(st.loyaltyKept) })}</span>
          </div>
        ) : null}
      </div>
      <Tooltip title="→">
        <Button
          size="large"
          shape="circle"
          icon={<RightOutlined aria-hidden />}
          aria-label={t('editor.present.next')}
          disabled={index >= stages.length - 1}
          onClick={() => stepStage(1)}
        />
      </Tooltip>
      <Button size="large" icon={<TeamOutlined aria-hidden />} onClick={openStartDialog} className="ja-present-live">
        {t('workshop.start')}
      </Button>
      <Button size="large" icon={<CloseOutlined aria-hidden />} onClick={stopPresentation} className="ja-present-exit">
        {t('editor.present.exit')}
      </Button>
    </div>
  );
}
