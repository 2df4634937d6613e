import { QuestionCircleOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Select, Statistic, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain/journey';
import type { PainPoint } from '../../../shared/ops/painpoints';
import { formatMoney } from './format';
import { doneSince, figures, quarterStart } from './list';
import { setMyDepartment, useMyDepartment } from './myDepartment';
import { NO_FILTERS, usePainPoints } from './store';

/** The "My department" preset and the figures that matter to its head. */
export function MyDepartment({ points, departments }: { points: readonly PainPoint[]; departments: readonly Department[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const mine = useMyDepartment();
  const setFilters = usePainPoints((s) => s.setFilters);
  const scoped = useMemo(() => (mine ? points.filter((p) => p.departmentId === mine) : points), [points, mine]);
  const f = useMemo(() => figures(scoped), [scoped]);
  const done = useMemo(() => doneSince(scoped, quarterStart(new Date())), [scoped]);
  const name = departments.find((d) => d.id === mine)?.name ?? null;
  const since = quarterStart(new Date()).toLocaleDateString(locale);

  const show = (id: string) => setFilters({ ...NO_FILTERS, departmentIds: [id] });
  const pick = (id: string | undefined) => {
    setMyDepartment(id ?? null);
    if (id) show(id);
  };

  return (
    <Card variant="borderless" className="ja-card ja-pp-mine">
      <section aria-labelledby="pp-mine-title">
        <Flex gap={12} wrap align="center" className="ja-pp-mine-head">
          <Typography.Title level={2} className="ja-card-title" id="pp-mine-title">
            <TeamOutlined aria-hidden /> {t('painPoints.mine.label')}
          </Typography.Title>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('painPoints.mine.label')}
            placeholder={t('painPoints.mine.placeholder')}
            value={departments.length && mine ? mine : undefined}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            onChange={pick}
            className="ja-pp-mine-select"
          />
          <Button disabled={!mine} onClick={() => mine && show(mine)}>
            {t('painPoints.mine.show')}
          </Button>
          <Typography.Text type="secondary" className="ja-pp-mine-help">
            {t('painPoints.mine.help')}
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary" className="ja-pp-scope">
          {t('painPoints.mine.figures', { scope: name ?? t('painPoints.mine.all') })}
        </Typography.Text>
        <Row gutter={[16, 8]} className="ja-pp-figures">
          <Col xs={12} md={6}>
            <Statistic title={t('painPoints.mine.open')} value={f.open} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('painPoints.mine.overdue')} value={f.overdue} className={f.overdue > 0 ? 'is-alert' : undefined} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={
                <span>
                  {t('painPoints.mine.doneQuarter')}{' '}
                  <Tooltip title={t('painPoints.mine.doneQuarterHelp', { since })}>
                    <QuestionCircleOutlined className="ja-help" aria-label={t('painPoints.mine.doneQuarterHelp', { since })} />
                  </Tooltip>
                </span>
              }
              value={done ?? '–'}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('painPoints.mine.money')} value={f.money === null ? t('painPoints.mine.moneyNone') : formatMoney(f.money, locale)} />
          </Col>
        </Row>
      </section>
    </Card>
  );
}
