/**
 * Injects the Content-Security-Policy meta tag into the built index.html only:
 * the dev server needs an inline script for hot reload, the shipped app never does.
 */
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../shared/csp';

export function cspPlugin(): Plugin {
  return {
    name: 'journey-audit-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`,
      );
    },
  };
}
