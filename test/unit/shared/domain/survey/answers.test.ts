/**
 * Answer normalisation: skips, multi-select splitting, durations, loose dates and
 * recognising built-in scale label sets.
 */
import { describe, expect, it } from 'vitest';
import {
  isSkipped, matchScale, parseDateLoose, parseDuration, SCALES, scaleKey, SKIP_MARKERS, splitMulti, toScaleValue,
} from '../../../../../shared/domain/survey/answers';

describe('isSkipped', () => {
  it('treats 问卷星 markers and blanks as skipped, -2/-3 only in 问卷星 files', () => {
    for (const m of ['', '  ', '(跳过)', '（跳过）', '(空)']) expect(isSkipped(m, 'plain'), m).toBe(true);
    expect(isSkipped('-2', 'wenjuanxing')).toBe(true);
    expect(isSkipped('-3', 'wenjuanxing')).toBe(true);
    expect(isSkipped('-2', 'qualtrics')).toBe(false);
    expect(isSkipped('0', 'wenjuanxing')).toBe(false);
    expect(SKIP_MARKERS).toEqual(expect.arrayContaining(['(跳过)', '(空)', '-2', '-3', '']));
  });
});

describe('splitMulti', () => {
  it('splits on each tool’s separator', () => {
    expect(splitMulti('运动┋影视┋购物', 'wenjuanxing')).toEqual(['运动', '影视', '购物']);
    expect(splitMulti('Sales, Service', 'google-forms')).toEqual(['Sales', 'Service']);
    expect(splitMulti('A,B', 'qualtrics')).toEqual(['A', 'B']);
    expect(splitMulti('A; B；C', 'limesurvey')).toEqual(['A', 'B', 'C']);
    expect(splitMulti('运动┋阅读', 'plain')).toEqual(['运动', '阅读']);
    expect(splitMulti('', 'google-forms')).toEqual([]);
  });

  it('keeps commas inside known options and free "Other" text whole', () => {
    const options = ['Yes, sometimes', 'No', 'Parts, accessories'];
    expect(splitMulti('Yes, sometimes, No', 'google-forms', options)).toEqual(['Yes, sometimes', 'No']);
    expect(splitMulti('No, Parts, accessories', 'google-forms', options)).toEqual(['No', 'Parts, accessories']);
    expect(splitMulti('I drove, then walked, No', 'google-forms', options)).toEqual(['I drove, then walked', 'No']);
    expect(splitMulti('Something else', 'google-forms', options)).toEqual(['Something else']);
  });
});

describe('parseDuration', () => {
  it('reads seconds in every form tools write them', () => {
    const cases: [string, number | null][] = [
      ['136', 136], ['136秒', 136], ['2分15秒', 135], ['1小时2分3秒', 3723], ['00:02:16', 136], ['2:16', 136], ['2m 15s', 135],
      ['136.5', 136.5], ['１３６秒', 136], ['', null], ['abc', null], ['2:75', null], ['秒', null],
    ];
    for (const [raw, want] of cases) expect(parseDuration(raw), raw).toBe(want);
  });
});

describe('parseDateLoose', () => {
  it('reads ISO, Chinese, US and Excel-serial dates into one form', () => {
    const cases: [string, string | null][] = [
      ['2026-03-01 09:15:00', '2026-03-01T09:15:00'],
      ['2026-03-01T09:15:00Z', '2026-03-01T09:15:00'],
      ['2026-03-01', '2026-03-01T00:00:00'],
      ['2026/3/1 9:15', '2026-03-01T09:15:00'],
      ['2026年3月1日 下午3:05', '2026-03-01T15:05:00'],
      ['3/1/2026 9:15:00 AM', '2026-03-01T09:15:00'],
      ['3/1/2026 12:05:00 AM', '2026-03-01T00:05:00'],
      ['3/1/2026 9:15:00 PM', '2026-03-01T21:15:00'],
      ['25/12/2026 10:00', '2026-12-25T10:00:00'],
      ['45352.38', '2024-03-01T09:07:12'],
      ['45352', '2024-03-01T00:00:00'],
      // Google Forms' CSV download names the zone; wall-clock time is kept.
      ['2021/11/02 9:19:15 AM GMT+8', '2021-11-02T09:19:15'],
      ['2026/03/01 5:47:15 PM GMT-05:00', '2026-03-01T17:47:15'],
      ['2026-03-01 10:00:00 UTC', '2026-03-01T10:00:00'],
      // European Excel: day first with dots.
      ['01.03.2026 10:15', '2026-03-01T10:15:00'],
      ['1.3.2026', '2026-03-01T00:00:00'],
    ];
    for (const [raw, want] of cases) expect(parseDateLoose(raw), raw).toBe(want);
  });

  it('refuses impossible dates and bare numbers that are not plausible serials', () => {
    for (const raw of ['2026-02-30', '2026-13-01', '2026-03-01 25:00', '13:00 PM', '136', '99999', 'yesterday', '3/1/2026 13:00 PM']) {
      expect(parseDateLoose(raw), raw).toBeNull();
    }
  });
});

describe('matchScale', () => {
  it('reads Traditional Chinese scale and "don\'t know" labels as their simplified forms', () => {
    const m = matchScale(['非常滿意', '滿意', '一般', '不滿意', '非常不滿意', '不適用']);
    expect(m?.scaleId).toBe('satisfaction-5');
    expect(m?.missing).toEqual(['不適用']);
    expect(toScaleValue('非常滿意', m!.values)).toBe(5);
    expect(toScaleValue('5 - 非常滿意', m!.values)).toBe(5);
    expect(matchScale(['從不', '很少', '有時', '經常', '總是'])?.scaleId).toBe('frequency-5');
    expect(matchScale(['比較容易', '很難', '一般'])?.scaleId).toBe('ease-5');
  });

  it('recognises each built-in label set in zh and en', () => {
    expect(matchScale(['非常满意', '满意', '一般', '不满意', '非常不满意'])?.scaleId).toBe('satisfaction-5');
    expect(matchScale(['Very satisfied', 'Dissatisfied'])?.scaleId).toBe('satisfaction-5');
    expect(matchScale(['Strongly agree', 'Agree', 'Neither agree nor disagree'])?.scaleId).toBe('agreement-5');
    expect(matchScale(['非常同意', '同意'])?.scaleId).toBe('agreement-5');
    expect(matchScale(['Somewhat agree', 'Agree', 'Strongly agree'])?.scaleId).toBe('agreement-7');
    expect(matchScale(['Poor', 'Good', 'Excellent'])?.scaleId).toBe('quality-5');
    expect(matchScale(['很差', '好', '很好'])?.scaleId).toBe('quality-5');
    expect(matchScale(['0 - Not at all likely', '7', '10 - Extremely likely'])?.scaleId).toBe('likelihood-11');
  });

  it('tolerates case, spacing and numbering around the labels', () => {
    const m = matchScale(['5 - Strongly agree', '4 - agree', '  NEITHER agree nor   disagree ', 'A. Disagree', '(1) Strongly disagree'])!;
    expect(m.scaleId).toBe('agreement-5');
    expect(toScaleValue('5 - Strongly agree', m.values)).toBe(5);
    expect(toScaleValue('  NEITHER agree nor   disagree ', m.values)).toBe(3);
    expect(toScaleValue('(1) Strongly disagree', m.values)).toBe(1);
    expect(toScaleValue('B. 满意', matchScale(['A. 非常满意', 'B. 满意'])!.values)).toBe(4);
    expect(toScaleValue('满意(4分)', matchScale(['满意(4分)'])!.values)).toBe(4);
  });

  it('covers the whole scale, so answers of other rounds resolve too', () => {
    const m = matchScale(['非常满意'])!;
    expect(toScaleValue('非常不满意', m.values)).toBe(1);
    expect(toScaleValue('3', m.values)).toBe(3);
    expect(Math.min(...Object.values(m.values))).toBe(1);
    expect(Math.max(...Object.values(m.values))).toBe(5);
    expect(toScaleValue('Maybe', m.values)).toBeNull();
    expect(toScaleValue('constructor', m.values)).toBeNull();
  });

  it('returns null for bare numbers, unknown labels and empty input', () => {
    expect(matchScale(['1', '2', '5'])).toBeNull();
    expect(matchScale(['Yes', 'No'])).toBeNull();
    expect(matchScale(['Satisfied', 'Maybe'])).toBeNull();
    expect(matchScale([])).toBeNull();
    expect(matchScale(['', '(跳过)'])).toBeNull();
  });

  it('never gives two labels of one set the same value', () => {
    for (const s of SCALES) {
      const seen = new Map<string, number>();
      for (const p of s.points) for (const label of [p.en, p.zh, ...(p.aliases ?? [])]) {
        const k = scaleKey(label);
        if (seen.has(k)) expect(seen.get(k), `${s.id}: ${label}`).toBe(p.value);
        seen.set(k, p.value);
      }
    }
  });
});
