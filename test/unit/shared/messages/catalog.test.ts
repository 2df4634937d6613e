import { describe, expect, it } from 'vitest';
import { CATALOGS, messageText } from '../../../../shared/messages/catalog';
import { fillTemplate } from '../../../../shared/messages/format';

describe('message catalogues', () => {
  it('word every English code in Chinese too, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [code, en] of Object.entries(CATALOGS.en)) {
      const zh = CATALOGS['zh-CN'][code];
      expect(zh, `zh-CN wording for ${code}`).toBeTruthy();
      expect(placeholders(zh!), `placeholders of ${code}`).toEqual(placeholders(en));
    }
    expect(Object.keys(CATALOGS['zh-CN']).sort()).toEqual(Object.keys(CATALOGS.en).sort());
  });

  it('fill placeholders and leave unknown codes readable', () => {
    expect(fillTemplate('{{file}}, row {{row}}', { file: 'a.csv', row: 3 })).toBe('a.csv, row 3');
    expect(fillTemplate('{{file}} {{missing}}', { file: 'a.csv' })).toBe('a.csv {{missing}}');
    expect(messageText('zh-CN', 'no.such.code')).toBe('no.such.code');
  });
});
