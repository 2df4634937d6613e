import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { download, safeFileName } from '../../../ui/download';
import { init } from './echarts';

interface Props {
  title: string;
  help?: string;
  option: EChartsOption;
  height: number;
  /** File name without extension. */
  fileName: string;
}

type Chart = ReturnType<typeof init>;

function dataUrlBlob(url: string): Blob {
  const [head = '', body = ''] = url.split(',', 2);
  const mime = /data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: mime });
}

/** One chart with its title and PNG / SVG downloads (SVG drawn by a separate, off-screen SVG renderer). */
export function EChart({ title, help, option, height, fileName }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = init(el, null, { renderer: 'canvas' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
    chart.current?.resize();
  }, [option, height]);

  const savePng = () => {
    const c = chart.current;
    if (!c) return;
    download(dataUrlBlob(c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })), `${safeFileName(fileName)}.png`);
  };
  const saveSvg = () => {
    const width = box.current?.clientWidth || 680;
    const svg = init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      svg.setOption({ ...option, backgroundColor: '#ffffff', animation: false });
      download(new Blob([svg.renderToSVGString()], { type: 'image/svg+xml' }), `${safeFileName(fileName)}.svg`);
    } finally {
      svg.dispose();
    }
  };

  return (
    <figure className="ja-cmp-chart">
      <figcaption className="ja-cmp-chart-head">
        <div>
          <Typography.Title level={3} className="ja-cmp-chart-title">
            {title}
          </Typography.Title>
          {help ? <Typography.Text type="secondary">{help}</Typography.Text> : null}
        </div>
        <Space size={4}>
          <Button size="small" icon={<DownloadOutlined aria-hidden />} aria-label={t('compare.charts.downloadPng', { title })} onClick={savePng}>
            {t('compare.charts.png')}
          </Button>
          <Button size="small" icon={<DownloadOutlined aria-hidden />} aria-label={t('compare.charts.downloadSvg', { title })} onClick={saveSvg}>
            {t('compare.charts.svg')}
          </Button>
        </Space>
      </figcaption>
      <div ref={box} className="ja-cmp-chart-canvas" style={{ height }} role="img" aria-label={title} />
    </figure>
  );
}
