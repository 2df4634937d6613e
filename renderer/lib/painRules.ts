/**
 * The workspace's pain-point thresholds, set by the Pain points page and read by the map: the
 * cards' ⚠ marker, the minimap and the figures above the map flag by the same rules as the Pain
 * points page. The built-in defaults stand until the workspace's own rules arrive.
 */
import { create } from 'zustand';
import { DEFAULT_PAIN_RULES, type PainRules } from '../../shared/domain/map/painpoints';
import { api } from '../api/client';

const usePainRulesStore = create<{ rules: PainRules }>()(() => ({ rules: DEFAULT_PAIN_RULES }));

export const usePainRules = (): PainRules => usePainRulesStore((s) => s.rules);

/** Called when the rules change here (the rules dialog), so an open map follows at once. */
export const setPainRules = (rules: PainRules): void => usePainRulesStore.setState({ rules });

export async function loadPainRules(): Promise<void> {
  try {
    setPainRules(await api['settings.painRules']({}));
  } catch {
    // The defaults stay: the map still shows its pain points.
  }
}
