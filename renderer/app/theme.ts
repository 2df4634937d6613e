import type { ThemeConfig } from 'antd';
import { fontStackFor, LATIN_QUOTES_FACE } from '../../shared/fonts';

const UI_FONT =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif";

/** A calm, compact enterprise look on antd's default algorithm. */
export const theme: ThemeConfig = {
  zeroRuntime: true,
  token: {
    colorPrimary: '#1f5fbf',
    colorInfo: '#1f5fbf',
    // Hovered links and buttons darken rather than lighten, keeping 4.5:1 on white.
    colorPrimaryHover: '#184f9e',
    colorLinkHover: '#184f9e',
    borderRadius: 4,
    // Secondary and muted text dark enough for WCAG AA (4.5:1) on white and on the page grey:
    // antd's translucent greys fall to about 3.3:1, and projectors wash out even more.
    colorTextSecondary: '#56595e',
    colorTextTertiary: '#5f6368',
    colorTextDescription: '#5f6368',
    colorTextPlaceholder: '#6b6f75',
    colorTextDisabled: '#75797f',
    fontFamily: UI_FONT,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff', bodyBg: '#f4f6f9' },
    Menu: { itemBorderRadius: 4, itemMarginInline: 8 },
    Table: { headerBg: '#f7f8fa' },
  },
};

/** The theme for the interface's language: English takes its quotation marks from a Latin font. */
export function themeFor(lang: string): ThemeConfig {
  return { ...theme, token: { ...theme.token, fontFamily: fontStackFor(UI_FONT, lang) } };
}

/** Adds the face that lends English its quotation marks (see shared/fonts); once per page. */
export function installFontFaces(doc: Document = document): void {
  if (doc.getElementById('ja-font-faces')) return;
  const style = doc.createElement('style');
  style.id = 'ja-font-faces';
  style.textContent = LATIN_QUOTES_FACE;
  doc.head.append(style);
}
