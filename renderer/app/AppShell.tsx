import { Layout } from 'antd';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';
import { RouteView } from './RouteView';

/** The app frame: header, section menu, and the current page. */
export function AppShell() {
  return (
    <Layout className="ja-root">
      <AppHeader />
      <Layout>
        <Layout.Sider width={200} theme="light" className="ja-sider" breakpoint="lg" collapsedWidth={64}>
          <NavMenu />
        </Layout.Sider>
        <Layout.Content className="ja-content">
          <main className="ja-main">
            <RouteView />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
