import { Layout } from 'antd';
import { ReadOnlyBanner } from '../features/workspace';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';
import { useRoute } from './router';
import { RouteView } from './RouteView';

/** The app frame: header, section menu, and the current page. */
export function AppShell() {
  // The map editor needs the width: the section menu folds to icons while a journey is open.
  const editing = useRoute().name === 'journey';
  return (
    <Layout className="ja-root">
      <AppHeader />
      <Layout>
        <Layout.Sider
          key={editing ? 'folded' : 'open'}
          width={200}
          theme="light"
          className="ja-sider"
          breakpoint="lg"
          collapsedWidth={64}
          {...(editing ? { collapsed: true } : {})}
        >
          <NavMenu />
        </Layout.Sider>
        <Layout.Content className="ja-content">
          <main className="ja-main">
            <ReadOnlyBanner />
            <RouteView />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
