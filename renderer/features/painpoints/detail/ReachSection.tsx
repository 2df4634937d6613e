import { Alert, Button, Flex, Form, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lostCustomerCost, moneyAtStake, type LostCustomerInput } from '../../../../shared/domain/painpoints/severity';
import type { PainPointDetail } from '../../../../shared/ops/painpoints';
import { api } from '../../../api/client';
import { showSuccess } from '../../../ui/feedback';
import { formatNumber } from '../format';
import type { DetailHandle } from './useDetail';

type Field = 'yearlySpend' | 'years' | 'peopleTold' | 'sharePercent' | 'customersLost';
type Draft = Record<Field, number | null>;
const FIELDS: { key: Field; max: number; step?: number }[] = [
  { key: 'yearlySpend', max: 1e12, step: 100 },
  { key: 'years', max: 100 },
  { key: 'peopleTold', max: 10_000 },
  { key: 'sharePercent', max: 100, step: 5 },
  { key: 'customersLost', max: 1e9 },
];
const LABEL: Record<Field, 'yearlySpend' | 'years' | 'peopleTold' | 'shareWhoLeave' | 'customersLost'> = {
  yearlySpend: 'yearlySpend',
  years: 'years',
  peopleTold: 'peopleTold',
  sharePercent: 'shareWhoLeave',
  customersLost: 'customersLost',
};

function draftOf(c: LostCustomerInput | null): Draft {
  return c
    ? { yearlySpend: c.yearlySpend, years: c.years, peopleTold: c.peopleTold, sharePercent: Math.round(c.shareWhoLeave * 10_000) / 100, customersLost: c.customersLost }
    : { yearlySpend: null, years: null, peopleTold: null, sharePercent: null, customersLost: null };
}

function inputOf(d: Draft): LostCustomerInput | null {
  if (FIELDS.some((f) => d[f.key] === null)) return null;
  return { yearlySpend: d.yearlySpend!, years: d.years!, peopleTold: d.peopleTold!, shareWhoLeave: d.sharePercent! / 100, customersLost: d.customersLost! };
}

/** Customers a year and the cost-of-a-lost-customer calculator, with its formula worked out live. */
export function ReachSection({ detail, run }: { detail: PainPointDetail; run: DetailHandle['run'] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [customers, setCustomers] = useState<number | null>(detail.point.customersPerYear);
  const [draft, setDraft] = useState<Draft>(() => draftOf(detail.lostCustomer));
  const [busy, setBusy] = useState(false);
  const input = inputOf(draft);
  const empty = FIELDS.every((f) => draft[f.key] === null);
  const n = (v: number, digits = 0) => formatNumber(v, locale, digits);

  const save = async () => {
    setBusy(true);
    const ok = await run(() => api['painPoints.setReach']({ touchpointId: detail.point.touchpointId, customersPerYear: customers, lostCustomer: input, baseVersion: detail.reviewVersion }));
    setBusy(false);
    if (ok) showSuccess(t('painPoints.reach.saved'));
  };

  return (
    <section aria-labelledby="pp-reach" className="ja-pp-section">
      <Typography.Title level={3} id="pp-reach" className="ja-pp-section-title">
        {t('painPoints.reach.title')}
      </Typography.Title>
      <Form layout="vertical" component="div" requiredMark={false}>
        <Form.Item label={t('painPoints.reach.customers')} htmlFor="pp-customers" extra={t('painPoints.reach.customersHelp')}>
          <InputNumber id="pp-customers" min={0} max={1e9} value={customers} onChange={(v) => setCustomers(v)} className="ja-pp-number" />
        </Form.Item>
        <fieldset className="ja-pp-calculator">
          <legend>{t('painPoints.reach.calculator')}</legend>
          <Typography.Paragraph type="secondary" className="ja-pp-calc-help">
            {t('painPoints.reach.calculatorHelp')}
          </Typography.Paragraph>
          <div className="ja-pp-calc-grid">
            {FIELDS.map((f) => (
              <Form.Item key={f.key} label={t(`painPoints.reach.${LABEL[f.key]}`)} htmlFor={`pp-${f.key}`}>
                <InputNumber
                  id={`pp-${f.key}`}
                  min={0}
                  max={f.max}
                  step={f.step ?? 1}
                  value={draft[f.key]}
                  onChange={(v) => setDraft((d) => ({ ...d, [f.key]: v }))}
                  className="ja-pp-number"
                />
              </Form.Item>
            ))}
          </div>
          <p className="ja-pp-formula">{t('painPoints.reach.formula')}</p>
          {input ? (
            <div className="ja-pp-result" role="status" aria-live="polite">
              <div>
                <span>{t('painPoints.reach.perCustomer')}</span>
                <span className="ja-pp-sum">
                  {n(input.yearlySpend)} × {n(input.years, 2)} × (1 + {n(input.peopleTold, 2)} × {n(input.shareWhoLeave * 100, 2)}%) = <b>{n(lostCustomerCost(input))}</b>
                </span>
              </div>
              <div>
                <span>{t('painPoints.reach.atStake')}</span>
                <span className="ja-pp-sum">
                  {n(lostCustomerCost(input))} × {n(input.customersLost, 2)} = <b data-testid="pp-money">{n(moneyAtStake(input)!)}</b>
                </span>
              </div>
            </div>
          ) : empty ? null : (
            <Alert type="info" showIcon title={t('painPoints.reach.incomplete')} />
          )}
        </fieldset>
        <Flex justify="flex-end" className="ja-pp-reach-actions">
          <Space>
            <Button disabled={empty} onClick={() => setDraft(draftOf(null))}>
              {t('painPoints.reach.clear')}
            </Button>
            <Button type="primary" loading={busy} disabled={!input && !empty} onClick={() => void save()}>
              {t('painPoints.reach.save')}
            </Button>
          </Space>
        </Flex>
      </Form>
    </section>
  );
}
