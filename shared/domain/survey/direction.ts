/**
 * Which way is better for a question. Most ratings are higher-better; counts of transfers,
 * hand-offs, contacts and repeat visits, waiting time and effort are lower-better (two
 * transfers last year and one now is an improvement); a choice or an open answer is neutral.
 *
 * `defaultDirection` is what a new question gets — from a template, the import wizard or the
 * CLI — and what the schema migration gave existing questions. The user can change it.
 */
import { z } from 'zod';
import { simplified } from './traditional';

export const QUESTION_DIRECTIONS = ['higher-better', 'lower-better', 'neutral'] as const;
export const QuestionDirection = z.enum(QUESTION_DIRECTIONS);
export type QuestionDirection = z.infer<typeof QuestionDirection>;

/**
 * Words that mark a count or a duration where less is better. Kept in step with the schema
 * migration that set the direction of existing questions (a test checks both agree).
 */
export const LOWER_BETTER_WORDS: readonly RegExp[] = [
  /转接/,
  /转给/,
  /几次/,
  /多少次/,
  /次数/,
  /等待/,
  /等了/,
  /多久/,
  /多长时间/,
  /几趟/,
  /费力/,
  /\btransfer(s|red|ring)?\b/i,
  /\bhand-?offs?\b/i,
  /\bhanded (over|on)\b/i,
  /\bhow many\b/i,
  /\bhow long\b/i,
  /\bnumber of\b/i,
  /\btimes\b/i,
  /\bwait(s|ed|ing)?\b/i,
  /\beffort\b/i,
  /\brepeat(ed)? (visits?|contacts?|calls?)\b/i,
];

/**
 * On a rating scale only a question that asks for an amount is lower-better ("how much effort
 * did you have to put in", "转接了几次"); "how do you rate the waiting time" is a rating
 * where 5 is best.
 */
export const RATING_AMOUNT_WORDS: readonly RegExp[] = [/几次/, /多少次/, /多久/, /多长时间/, /费力/, /\bhow (much|many|long|often)\b/i, /\beffort\b/i];

/**
 * Wordings that turn such a word around: a statement to agree with ("took little effort",
 * "不用反复讲") or a place rather than an amount ("the waiting area").
 */
export const POSITIVE_WORDINGS: readonly RegExp[] = [
  /不用/,
  /无需/,
  /不需要/,
  /没有让/,
  /没让/,
  /等待区/,
  /\blittle\b/i,
  /\bno need\b/i,
  /\bwithout\b/i,
  /\beas(y|ily)\b/i,
  /\bdid ?n[o’']t have to\b/i,
  /\bat all times\b/i,
  /\bwaiting (area|room)\b/i,
];

/** The direction a new question of this type and text gets. */
export function defaultDirection(text: string, type: string): QuestionDirection {
  if (type === 'rank') return 'lower-better';
  if (type !== 'likert' && type !== 'number' && type !== 'nps') return 'neutral';
  if (type === 'nps') return 'higher-better';
  const words = type === 'likert' ? RATING_AMOUNT_WORDS : LOWER_BETTER_WORDS;
  const plain = simplified(text);
  const lower = words.some((w) => w.test(plain)) && !POSITIVE_WORDINGS.some((w) => w.test(plain));
  return lower ? 'lower-better' : 'higher-better';
}

/** +1 when a rise is an improvement, −1 when a fall is, 0 when neither is. */
export function directionSign(d: QuestionDirection): 1 | -1 | 0 {
  return d === 'higher-better' ? 1 : d === 'lower-better' ? -1 : 0;
}
