import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

/** What a page or tab says before there is anything to list: a title, an explanation, an action. */
export function EmptyState({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <Empty
      className="ja-empty"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Title level={4}>{title}</Typography.Title>
          <Typography.Paragraph type="secondary" className="ja-empty-body">
            {body}
          </Typography.Paragraph>
        </>
      }
    >
      {children}
    </Empty>
  );
}
