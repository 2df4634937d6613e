/** Translated option lists for the journey's enumerations. */
import type { TFunction } from 'i18next';
import type { CustomerTier, Scene } from '../../../shared/domain/journey';
import { CUSTOMER_TIERS, SCENES } from '../../../shared/domain/journey-enums';

export const sceneOptions = (t: TFunction) => SCENES.map((value) => ({ value, label: t(`scenes.${value}`) }));
export const tierOptions = (t: TFunction) => CUSTOMER_TIERS.map((value) => ({ value, label: t(`tiers.${value}`) }));

/** Tag colours for the customer pyramid, top tier first. */
export const TIER_COLORS: Record<CustomerTier, string> = {
  diamond: 'geekblue',
  gold: 'gold',
  brass: 'orange',
  lead: 'default',
};

export const SCENE_COLORS: Record<Scene, string> = {
  'onsite-sales': 'blue',
  service: 'cyan',
  financing: 'purple',
  phone: 'geekblue',
  parts: 'volcano',
  other: 'default',
};
