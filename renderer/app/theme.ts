import type { ThemeConfig } from 'antd';

/** A calm, compact enterprise look on antd's default algorithm. */
export const theme: ThemeConfig = {
  zeroRuntime: true,
  token: {
    colorPrimary: '#1f5fbf',
    colorInfo: '#1f5fbf',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff', bodyBg: '#f4f6f9' },
    Menu: { itemBorderRadius: 4, itemMarginInline: 8 },
    Table: { headerBg: '#f7f8fa' },
  },
};
