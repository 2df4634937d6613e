/**
 * The external-link allow-list: only https links to the listed origins leave the app; every
 * other scheme, host, look-alike or malformed URL is dropped.
 */
import { describe, expect, it } from 'vitest';
import { EXTERNAL_ORIGINS, isAllowedExternal } from '../../../electron/shell/external-links';

describe('isAllowedExternal', () => {
  it('allows https links to a listed origin', () => {
    expect(EXTERNAL_ORIGINS).toEqual(['https://github.com']);
    expect(isAllowedExternal('https://github.com/journey-audit/journey-audit/issues')).toBe(true);
    expect(isAllowedExternal('https://GITHUB.com:443/x?y#z')).toBe(true);
  });

  it.each([
    'http://github.com/',
    'https://github.com.evil.example/',
    'https://evil.example/https://github.com/',
    'https://github.com@evil.example/',
    'https://gist.github.com/',
    'https://github.com:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://journey-audit/index.html',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@github.com',
    '//github.com/',
    'github.com',
    '',
    'https://[',
  ])('drops %s', (url) => {
    expect(isAllowedExternal(url)).toBe(false);
  });
});
