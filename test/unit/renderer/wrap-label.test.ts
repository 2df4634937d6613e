import { describe, expect, it } from 'vitest';
import { textWidth, wrapLabel } from '../../../renderer/features/editor/canvas/wrapLabel';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Hotline voice menu', 400, 20, 3)).toEqual(['Hotline voice menu']);
  });

  it('breaks Latin text between words and CJK text between characters, every line within the width', () => {
    const latin = wrapLabel('Engineer dispatched, ETA agreed', 178, 20, 3);
    expect(latin.join(' ')).toBe('Engineer dispatched, ETA agreed');
    expect(latin.length).toBeGreaterThan(1);
    const cjk = wrapLabel('派工并确认到场时间', 178, 20, 3);
    expect(cjk).toEqual(['派工并确认', '到场时间']);
    for (const line of [...latin, ...cjk]) expect(textWidth(line, 20)).toBeLessThanOrEqual(178);
  });

  it('splits a word longer than a line, and marks text beyond the last line with …', () => {
    expect(wrapLabel('Supercalifragilistic', 100, 20, 5).join('')).toBe('Supercalifragilistic');
    const cut = wrapLabel('one two three four five six seven eight nine ten', 80, 20, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });

  it('balances the lines: no line is left with a single character', () => {
    for (const [text, width] of [['派工并确认到场时间', 178], ['报修电话多次转接', 150], ['Engineer dispatched, ETA agreed', 300]] as const) {
      const lines = wrapLabel(text, width, 20, 3);
      expect(lines.length, text).toBe(2);
      const lengths = lines.map((l) => [...l].length);
      expect(Math.min(...lengths), text).toBeGreaterThan(1);
      expect(Math.abs(textWidth(lines[0]!, 20) - textWidth(lines[1]!, 20)), text).toBeLessThanOrEqual(width / 2);
    }
  });
});
