import { FileOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { fileName } from '../../lib/format';

interface Props {
  exclude: string | null;
  disabled: boolean;
  onPick: (path: string) => void;
}

/** Recently opened workspace files, each one click away. */
export function RecentList({ exclude, disabled, onPick }: Props) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<string[] | null>(null);

  useEffect(() => {
    let live = true;
    api['workspace.recent']({}).then(
      (paths) => live && setRecent(paths),
      () => live && setRecent([]),
    );
    return () => {
      live = false;
    };
  }, []);

  const paths = (recent ?? []).filter((p) => p !== exclude);
  return (
    <section aria-labelledby="recent-workspaces-title">
      <Typography.Title level={5} id="recent-workspaces-title" className="ja-section-title">
        {t('workspace.recent')}
      </Typography.Title>
      {recent !== null && paths.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workspace.recentEmpty')} />
      ) : (
        <Flex vertical gap={2} className="ja-recent-list" role="list">
          {paths.map((path) => (
            <div role="listitem" key={path}>
              <Button
                type="text"
                block
                className="ja-recent-item"
                icon={<FileOutlined aria-hidden />}
                disabled={disabled}
                title={path}
                onClick={() => onPick(path)}
              >
                <span className="ja-recent-name">{fileName(path)}</span>
                <span className="ja-recent-path">{path}</span>
              </Button>
            </div>
          ))}
        </Flex>
      )}
    </section>
  );
}
