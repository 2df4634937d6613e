import type { TFunction } from 'i18next';
import { CAUSE_GROUPS, type CauseGroup } from '../../../shared/domain/painpoints/taxonomy';

/** The cause taxonomy as grouped select options: value, system and staff causes, then "other". */
export function causeOptions(t: TFunction) {
  const groups = (Object.keys(CAUSE_GROUPS) as CauseGroup[]).map((g) => ({
    label: t(`painPoints.causeGroups.${g}`),
    title: t(`painPoints.causeGroups.${g}`),
    options: CAUSE_GROUPS[g].map((c) => ({ value: c, label: t(`painPoints.causes.${c}`) })),
  }));
  return [...groups, { label: t('painPoints.causeGroups.other'), title: t('painPoints.causeGroups.other'), options: [{ value: 'other' as const, label: t('painPoints.causes.other') }] }];
}
