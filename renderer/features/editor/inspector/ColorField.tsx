import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Okabe–Ito colours (distinguishable with common colour-vision deficiencies) plus grey. */
export const PALETTE = [
  { key: 'blue', value: '#0072b2' },
  { key: 'sky', value: '#56b4e9' },
  { key: 'green', value: '#009e73' },
  { key: 'orange', value: '#e69f00' },
  { key: 'vermillion', value: '#d55e00' },
  { key: 'purple', value: '#cc79a7' },
  { key: 'grey', value: '#8a94a6' },
] as const;

/** Colour swatches as a radio group: "none" plus the palette. */
export function ColorField({ label, value, onChange }: { label: string; value: string | null; onChange(v: string | null): void }) {
  const { t } = useTranslation();
  const options: { key: string; value: string | null; name: string }[] = [
    { key: 'none', value: null, name: t('editor.colors.none') },
    ...PALETTE.map((p) => ({ key: p.key, value: p.value as string, name: t(`editor.colors.${p.key}`) })),
  ];
  // A colour from elsewhere (a template, an import) stays visible and chosen.
  if (value && !options.some((o) => o.value === value.toLowerCase())) options.push({ key: 'current', value: value.toLowerCase(), name: t('editor.colors.current') });
  return (
    <div role="radiogroup" aria-label={label} className="ja-swatches">
      {options.map((o) => {
        const checked = (value ?? null)?.toLowerCase() === o.value || (value === null && o.value === null);
        return (
          <button
            key={o.key}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={o.name}
            title={o.name}
            className={`ja-swatch${o.value ? '' : ' is-none'}${checked ? ' is-checked' : ''}`}
            style={o.value ? { background: o.value } : undefined}
            onClick={() => onChange(o.value)}
          >
            {checked ? <CheckOutlined aria-hidden /> : null}
          </button>
        );
      })}
    </div>
  );
}
