import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../shared/ops/compare';

/** How questions were paired when the two rounds belong to different surveys, and which found no partner. */
export function Matching({ comparison: c }: { comparison: Comparison }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      className="ja-cmp-alert"
      title={t('compare.matching.title')}
      description={
        <>
          {t('compare.matching.body')}
          {c.unmatched.length > 0 ? (
            <>
              {' '}
              {t('compare.matching.unmatched', { count: c.unmatched.length })}
              <ul className="ja-cmp-unmatched">
                {c.unmatched.slice(0, 30).map((u, i) => (
                  <li key={i}>
                    <span className="ja-wrap">{u.label}</span> ({t(`compare.matching.side.${u.side}`)})
                  </li>
                ))}
                {c.unmatched.length > 30 ? <li>…</li> : null}
              </ul>
            </>
          ) : null}
        </>
      }
    />
  );
}
