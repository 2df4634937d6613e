/** The map as a `*.journey.json` file (shared/domain/map/format.ts), departments by name. */
import type { Journey } from '../../../../shared/domain/journey';
import { toMapFile } from '../../../../shared/domain/map';
import { api } from '../../../api/client';
import { useDoc } from '../store/docStore';

export async function mapFileBlob(): Promise<{ blob: Blob; name: string }> {
  const s = useDoc.getState();
  if (!s.journey) throw new Error('No journey is open');
  const departments = await api['departments.list']({}).catch(() => s.departments);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const journey: Journey = { ...s.journey, stages: s.stages, lanes: s.lanes, touchpoints: s.touchpoints, flows: s.flows };
  const file = toMapFile(journey, (id) => names.get(id) ?? null, new Date().toISOString());
  return { blob: new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), name: s.journey.name };
}
