/**
 * The journey map file format (`*.journey.json`): one journey with its stages, lanes,
 * touchpoints and flows. Versioned; a reader refuses versions newer than it knows.
 *
 * Version 1:
 * ```json
 * { "format": "journey-audit/map", "version": 1, "exportedAt": "2026-11-23T10:00:00.000Z",
 *   "journey": { "name": "…", "scene": "service", "persona": "…", "customerTier": null, "description": "…",
 *     "stages": [{ "id": "s1", "name": "Breakdown", "color": null }],
 *     "lanes": [{ "id": "l1", "name": "Service desk", "kind": "department", "department": "Service desk", "color": "#cc6677" }],
 *     "touchpoints": [{ "id": "t1", "stageId": "s1", "laneId": "l1", "title": "…", "channel": "phone",
 *       "description": "", "quote": "", "owner": "", "need": 2, "convenience": 1, "emotion": null, "transfers": 3, "position": 0 }],
 *     "flows": [{ "id": "f1", "sourceId": "t1", "targetId": "t2", "label": "" }] } }
 * ```
 * Ids only need to be unique inside the file; importing gives every record a new id.
 */
import { z } from 'zod';
import { Color, Flow, Id, type Journey, JourneyMeta, LaneKind, Stage, Touchpoint } from '../journey';
import type { ErrorIssue } from '../../errors';
import { toErrorIssue } from '../../messages/issues';

export const MAP_FORMAT = 'journey-audit/map';
export const MAP_FORMAT_VERSION = 1;

export const MapLane = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  kind: LaneKind,
  /** Department name, matched (or created) by name on import. */
  department: z.string().trim().min(1).max(200).nullable(),
  color: Color.nullable(),
});
export type MapLane = z.infer<typeof MapLane>;

const unique = (ids: string[]) => ids.length === new Set(ids).size;

export const MapJourney = JourneyMeta.extend({
  stages: z.array(Stage).min(1).max(200),
  lanes: z.array(MapLane).min(1).max(200),
  touchpoints: z.array(Touchpoint).max(20_000),
  flows: z.array(Flow).max(40_000),
}).superRefine((j, ctx) => {
  const stageIds = new Set(j.stages.map((s) => s.id));
  const laneIds = new Set(j.lanes.map((l) => l.id));
  const tpIds = new Set(j.touchpoints.map((t) => t.id));
  if (!unique(j.stages.map((s) => s.id))) ctx.addIssue({ code: 'custom', path: ['stages'], message: 'Stage ids must be unique', params: { code: 'map.duplicate_ids', what: 'stages' } });
  if (!unique(j.lanes.map((l) => l.id))) ctx.addIssue({ code: 'custom', path: ['lanes'], message: 'Lane ids must be unique', params: { code: 'map.duplicate_ids', what: 'lanes' } });
  if (!unique(j.touchpoints.map((t) => t.id))) ctx.addIssue({ code: 'custom', path: ['touchpoints'], message: 'Touchpoint ids must be unique', params: { code: 'map.duplicate_ids', what: 'touchpoints' } });
  j.touchpoints.forEach((t, i) => {
    if (!stageIds.has(t.stageId)) ctx.addIssue({ code: 'custom', path: ['touchpoints', i, 'stageId'], message: `No stage with id ${t.stageId}`, params: { code: 'map.no_stage', id: t.stageId } });
    if (!laneIds.has(t.laneId)) ctx.addIssue({ code: 'custom', path: ['touchpoints', i, 'laneId'], message: `No lane with id ${t.laneId}`, params: { code: 'map.no_lane', id: t.laneId } });
  });
  j.flows.forEach((f, i) => {
    if (!tpIds.has(f.sourceId)) ctx.addIssue({ code: 'custom', path: ['flows', i, 'sourceId'], message: `No touchpoint with id ${f.sourceId}`, params: { code: 'map.no_touchpoint', id: f.sourceId } });
    if (!tpIds.has(f.targetId)) ctx.addIssue({ code: 'custom', path: ['flows', i, 'targetId'], message: `No touchpoint with id ${f.targetId}`, params: { code: 'map.no_touchpoint', id: f.targetId } });
    if (f.sourceId === f.targetId) ctx.addIssue({ code: 'custom', path: ['flows', i], message: 'A flow cannot connect a touchpoint to itself', params: { code: 'map.self_flow' } });
  });
});
export type MapJourney = z.infer<typeof MapJourney>;

export const MapFile = z.object({
  format: z.literal(MAP_FORMAT),
  version: z.literal(MAP_FORMAT_VERSION),
  exportedAt: z.string().max(64),
  journey: MapJourney,
});
export type MapFile = z.infer<typeof MapFile>;

/** A problem of a map file: where, and what as a message code + params (worded by the catalogues). */
export type MapFileProblem = ErrorIssue;
export type ParsedMapFile = { ok: true; map: MapFile } | { ok: false; problems: MapFileProblem[] };

/** Serialises a journey; `departmentName` resolves a lane's department id to its name. */
export function toMapFile(journey: Journey, departmentName: (id: string) => string | null, exportedAt: string): MapFile {
  return {
    format: MAP_FORMAT,
    version: MAP_FORMAT_VERSION,
    exportedAt,
    journey: {
      name: journey.name,
      scene: journey.scene,
      persona: journey.persona,
      customerTier: journey.customerTier,
      description: journey.description,
      stages: journey.stages.map((s) => ({ ...s })),
      lanes: journey.lanes.map((l) => ({
        id: l.id,
        name: l.name,
        kind: l.kind,
        department: l.departmentId ? departmentName(l.departmentId) : null,
        color: l.color,
      })),
      touchpoints: journey.touchpoints.map((t) => ({ ...t })),
      flows: journey.flows.map((f) => ({ ...f })),
    },
  };
}

/** Where the JSON broke (line and column, from the parser's position), without the engine's English. */
function jsonProblem(text: string, detail: string): ErrorIssue {
  const message = `Not valid JSON: ${detail}`;
  const lc = /line (\d+) column (\d+)/.exec(detail);
  const pos = /position (\d+)/.exec(detail);
  if (lc) return { path: '', code: 'map.not_json_at', params: { line: Number(lc[1]), column: Number(lc[2]) }, message };
  if (pos) {
    const before = text.slice(0, Number(pos[1])).split('\n');
    return { path: '', code: 'map.not_json_at', params: { line: before.length, column: before.at(-1)!.length + 1 }, message };
  }
  return { path: '', code: 'map.not_json', message };
}

/** Reads a map file's text: every problem with its JSON path, or the validated map. */
export function parseMapFile(text: string): ParsedMapFile {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, problems: [jsonProblem(text, (e as Error).message)] };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== MAP_FORMAT) {
    const message = `Not a Journey Audit map file (expected "format": "${MAP_FORMAT}")`;
    return { ok: false, problems: [{ path: 'format', code: 'map.not_map_file', params: { format: MAP_FORMAT }, message }] };
  }
  if (typeof head.version === 'number' && head.version > MAP_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          code: 'map.newer',
          params: { found: head.version, supported: MAP_FORMAT_VERSION },
          message: `Made by a newer Journey Audit (map format ${head.version}; this version reads up to ${MAP_FORMAT_VERSION})`,
        },
      ],
    };
  }
  const parsed = MapFile.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, map: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 50).map(toErrorIssue) };
}
