/**
 * Every error a user can see has wording in both languages: each of ERROR_CODES, each issue
 * code of the validation mapper, every specific message the backend names, and the zod issues
 * of a real contract schema worded in Chinese without an English sentence.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/contract';
import { ERROR_CODES } from '../../../../shared/errors';
import { CATALOGS, type MessageLang } from '../../../../shared/messages/catalog';
import { errorMessage } from '../../../../shared/messages/errorText';
import { ISSUE_CODES, toErrorIssue, VALUE_KINDS } from '../../../../shared/messages/issues';
import { parseMapFile } from '../../../../shared/domain/map';

const LANGS: MessageLang[] = ['en', 'zh-CN'];
const ROOT = resolve(import.meta.dirname, '../../../..');

function expectWorded(code: string): void {
  for (const lang of LANGS) expect(CATALOGS[lang][code], `${lang} wording of ${code}`).toBeTruthy();
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * Message codes named in source: `messageCode: '…'`, `appError(code, '…')`, the file readers'
 * `{ code: 'import.…' }` and the older `params: { code }` / `problem(…, '…')` forms.
 */
const MESSAGE_CODE_LITERALS =
  /messageCode: '([\w.]+)'|params: \{ code: '([\w.]+)'|problem\([^,]+, '([\w.]+)'|appError\(\s*'\w+',\s*'([\w.]+)'|\{ code: '(import\.[\w.]+)'|\? '(import\.[\w.]+)' : '(import\.[\w.]+)'/g;

/** The argument text of every `new X(` call in `text`, up to its closing parenthesis. */
function constructorCalls(text: string, opening: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
    let depth = 0;
    let end = at + opening.length - 1;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    out.push(text.slice(at + opening.length, end));
  }
  return out;
}

/** Latin words of three letters or more: an English sentence left on a Chinese screen. */
const ENGLISH = /[A-Za-z]{3,}/;

describe('error wording', () => {
  it('covers every error code, every issue code and every kind of value, in both languages', () => {
    for (const code of ERROR_CODES) expectWorded(`error.${code}`);
    for (const code of ISSUE_CODES) expectWorded(code);
    for (const kind of VALUE_KINDS) expectWorded(`issue.type.${kind}`);
  });

  it('covers every specific message the backend and the shared checks name', () => {
    const named = new Set<string>();
    for (const file of [...sources(join(ROOT, 'electron')), ...sources(join(ROOT, 'shared'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(MESSAGE_CODE_LITERALS)) named.add(m.slice(1).find((x) => x !== undefined)!);
    }
    expect(named.size).toBeGreaterThan(100);
    for (const code of named) expectWorded(code);
  });

  it('has every error the backend and the CLI throw name its message, so none reaches a screen in English only', () => {
    const unworded: string[] = [];
    for (const file of sources(join(ROOT, 'electron'))) {
      const text = readFileSync(file, 'utf8');
      for (const call of constructorCalls(text, 'new AppError(')) {
        // Validation issues are worded one by one by their own codes.
        if (!/messageCode|issues/.test(call)) unworded.push(`${file.slice(ROOT.length + 1)}: ${call.slice(0, 100)}`);
      }
      for (const call of constructorCalls(text, 'new ImportError(')) {
        if (!/\bcode: |messageCode/.test(call)) unworded.push(`${file.slice(ROOT.length + 1)}: ${call.slice(0, 100)}`);
      }
    }
    expect(unworded).toEqual([]);
  });

  it('words a refused operation input and a bad map file in Chinese, without English', () => {
    const parsed = contract['journeys.create'].input.safeParse({ name: '', scene: 'moon', extra: 1 }, { reportInput: true });
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map(toErrorIssue);
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['issue.empty', 'issue.invalid_value']));
    const zh = errorMessage('zh-CN', { code: 'validation', message: 'Invalid input', issues });
    expect(zh).toContain('不能为空');
    expect(zh.replace(/\b(name|scene|extra)\b/g, '').replace(/"[\w-]+"/g, '')).not.toMatch(ENGLISH);

    const missing = z.object({ count: z.number().int().max(5) }).safeParse({}, { reportInput: true });
    expect(toErrorIssue(missing.error!.issues[0]!).code).toBe('issue.required');
    const big = z.object({ count: z.number().int().max(5) }).safeParse({ count: 9 }, { reportInput: true });
    expect(errorMessage('zh-CN', { code: 'validation', message: '', issues: big.error!.issues.map(toErrorIssue) })).toBe('部分内容无效：count: 不能大于 5');

    for (const text of ['{ "format": ', '{"format":"x"}', JSON.stringify({ format: 'journey-audit/map', version: 1, exportedAt: '', journey: {} })]) {
      const r = parseMapFile(text);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const worded = errorMessage('zh-CN', { code: 'validation', message: '', issues: r.problems });
      expect(worded.replace(/[\w.]+:/g, '').replace(/"[^"]*"|JSON/g, ''), text).not.toMatch(ENGLISH);
    }
  });

  it('words a specific message by its code, the general one by the error code', () => {
    const taken = { code: 'conflict' as const, messageCode: 'journey.name_taken', message: 'x', params: { name: '售后维修服务' } };
    expect(errorMessage('zh-CN', taken)).toBe('已有名为“售后维修服务”的旅程。请换一个名称。');
    expect(errorMessage('en', { code: 'not_found', message: 'Journey 1 does not exist' })).toBe('It no longer exists — it may have been deleted.');
    expect(errorMessage('zh-CN', { code: 'workspace_missing', message: '', params: { path: '/a.jaudit' } })).toBe('文件“/a.jaudit”不存在。');
  });
});
