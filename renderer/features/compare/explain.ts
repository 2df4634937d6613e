/** The plain-words sentence shown next to each compared number ("Up 0.4 points (3.6 → 4.0); likely a real change, p = 0.01."). */
import { explainItem } from '../../../shared/domain/compare/explain';
import type { ComparisonItem } from '../../../shared/ops/compare';

export function explainText(item: ComparisonItem, lang: string, privacyMin: number): string {
  return explainItem(item, lang === 'zh-CN' ? 'zh-CN' : 'en', privacyMin);
}
