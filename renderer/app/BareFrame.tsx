import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/** A plain frame (brand and language only) for full-page states such as errors. */
export function BareFrame({ children }: { children: ReactNode }) {
  return (
    <Layout className="ja-root">
      <Layout.Header className="ja-header">
        <Brand />
        <div className="ja-header-spacer" />
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content className="ja-fullpage">
        <main className="ja-bare-main">{children}</main>
      </Layout.Content>
    </Layout>
  );
}
