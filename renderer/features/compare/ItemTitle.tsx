/** A compared item's name in a table cell: a question's text with its code as a small prefix, clamped to three lines with the whole text on hover. */
import { Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import type { ComparisonItem } from '../../../shared/ops/compare';
import { itemTitle, itemTitleText } from './labels';

export function ItemTitle({ t, item }: { t: TFunction; item: Pick<ComparisonItem, 'kind' | 'label' | 'text' | 'code'> }) {
  const { code, text } = itemTitle(t, item);
  return (
    <Tooltip title={itemTitleText(t, item)} placement="topLeft">
      <span className="ja-cmp-item-label ja-clamp-3">
        {code ? <small className="ja-item-code">{code}</small> : null}
        {text}
      </span>
    </Tooltip>
  );
}
