/**
 * The import wizard types a column as the importer reads it: a column the user retypes to
 * multiple choice splits on the joiner its answers use (金数据 and hand-made sheets join with
 * "，", "、" or "|", not the ";" a plain file defaults to), and keeps that joiner for the import.
 */
import { describe, expect, it } from 'vitest';
import { newMapping } from '../../../renderer/features/surveys/wizard/mapping';
import type { PreviewColumn } from '../../../shared/ops/import';

const column = (distinct: string[]): PreviewColumn => ({
  index: 1,
  letter: 'B',
  header: '您关注哪些服务？',
  code: null,
  question: '您关注哪些服务？',
  subQuestion: null,
  role: 'answer',
  distinct,
  filled: distinct.length,
  mapping: { action: 'ignore' },
});

describe('retyping a column to multiple choice in the wizard', () => {
  it('splits on the joiner the answers use and keeps it', () => {
    // Too few answers for the importer to call it multiple choice by itself: the user says so.
    const col = column(['保养，维修', '洗车']);
    expect(newMapping(col, 'plain', null).type).not.toBe('multiple');
    const m = newMapping(col, 'plain', 'multiple');
    expect(m.type).toBe('multiple');
    expect(m.labels.map((l) => l['zh-CN']).sort()).toEqual(['保养', '洗车', '维修']);
    expect(m.joiner).toBe('，');
  });

  it('leaves a tool with its own joiner as it is', () => {
    const m = newMapping(column(['保养┋维修', '洗车']), 'wenjuanxing', 'multiple');
    expect(m.labels.map((l) => l['zh-CN']).sort()).toEqual(['保养', '洗车', '维修']);
    expect(m.joiner).toBeUndefined();
  });
});
