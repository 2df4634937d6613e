import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { flushActive } from '../store/autosave';
import { painPointsHref } from '../../painpoints';
import { useOpenActionCount } from './openActions';

/** From the inspector to the touchpoint's pain-point review; its edits are saved first. */
export function ReviewLink({ touchpointId, flagged }: { touchpointId: string; flagged: boolean }) {
  const { t } = useTranslation();
  const open = useOpenActionCount(touchpointId);
  if (!flagged && open === 0) return null;
  const href = painPointsHref(touchpointId);
  return (
    <a
      href={href}
      className="ja-review-link"
      onClick={(e) => {
        e.preventDefault();
        void flushActive().finally(() => navigate(href));
      }}
    >
      <WarningOutlined aria-hidden /> {t('painPoints.map.review')}
    </a>
  );
}
