import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  /** Shown above the title, e.g. a back link. */
  breadcrumb?: ReactNode;
  /** id of the title element, for landmarks labelled by it. */
  titleId?: string;
}

/** The title row every page starts with. */
export function PageHeader({ title, subtitle, extra, breadcrumb, titleId }: Props) {
  return (
    <header className="ja-page-header">
      {breadcrumb ? <div className="ja-page-breadcrumb">{breadcrumb}</div> : null}
      <Flex align="flex-start" justify="space-between" gap={16} wrap>
        <div className="ja-page-heading">
          <Typography.Title level={1} className="ja-page-title" id={titleId}>
            {title}
          </Typography.Title>
          {subtitle ? <Typography.Paragraph type="secondary" className="ja-page-subtitle">{subtitle}</Typography.Paragraph> : null}
        </div>
        {extra ? <div className="ja-page-extra">{extra}</div> : null}
      </Flex>
    </header>
  );
}
