import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../../../shared/domain/painpoints/review';

// An icon with every colour, so the status never depends on colour alone.
const LOOK: Record<ReviewStatus, { color: string; icon: ReactNode }> = {
  new: { color: 'error', icon: <ExclamationCircleOutlined aria-hidden /> },
  planned: { color: 'default', icon: <ClockCircleOutlined aria-hidden /> },
  'in-progress': { color: 'processing', icon: <SyncOutlined aria-hidden /> },
  done: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
};

export function StatusTag({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  return (
    <Tag color={look.color} icon={look.icon} className="ja-pp-status" data-status={status}>
      {t(`painPoints.status.${status}`)}
    </Tag>
  );
}

/** The status as a light label for table cells (hundreds of them): the same icon and colour, no Tag component. */
export function StatusLabel({ status, text }: { status: ReviewStatus; text: string }) {
  return (
    <span className={`ja-pp-status-label is-${status}`} data-status={status}>
      {LOOK[status].icon} {text}
    </span>
  );
}
