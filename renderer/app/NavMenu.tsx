import { DiffOutlined, FileTextOutlined, NodeIndexOutlined, WarningOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { lastCompareHref } from '../features/compare';
import { navigate, sectionOf, useRoute, type Section } from './router';

/** The left-hand section menu. */
export function NavMenu() {
  const { t } = useTranslation();
  const section = sectionOf(useRoute());

  const items: MenuProps['items'] = [
    { key: 'journeys', icon: <NodeIndexOutlined aria-hidden />, label: t('nav.journeys') },
    { key: 'pain-points', icon: <WarningOutlined aria-hidden />, label: t('nav.painPoints') },
    { key: 'surveys', icon: <FileTextOutlined aria-hidden />, label: t('nav.surveys') },
    { key: 'compare', icon: <DiffOutlined aria-hidden />, label: t('nav.compare') },
  ];

  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        selectedKeys={[section]}
        items={items}
        // Compare comes back to the rounds picked last in this window.
        onClick={({ key }) => navigate(key === 'compare' ? lastCompareHref() : `#/${key as Section}`)}
        className="ja-nav"
      />
    </nav>
  );
}
