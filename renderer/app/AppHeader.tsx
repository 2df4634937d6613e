import { Divider, Layout, Space } from 'antd';
import { WorkspaceFile, WorkspaceMenu } from '../features/workspace';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader() {
  return (
    <Layout.Header className="ja-header">
      <Brand />
      <Divider orientation="vertical" className="ja-header-divider" />
      <WorkspaceFile />
      <div className="ja-header-spacer" />
      <Space size={12}>
        <WorkspaceMenu />
        <LanguageSwitch />
      </Space>
    </Layout.Header>
  );
}
