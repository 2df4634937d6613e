/**
 * Live workshop operations: the facilitator starts a session, paces it
 * (open, lock), reveals and applies the room's results. Phones never reach these: they talk
 * to the participant server's own small route table.
 */
import { z } from 'zod';
import { Id } from '../domain/journey';
import { Measure, SessionConfig, TouchpointChoice, TouchpointResult } from '../domain/workshop/types';
import { Empty, op, type OpMap } from './op';

const Host = z.string().trim().min(1).max(64);
const Port = z.number().int().min(0).max(65535);

export const NetAddress = z.object({ name: z.string(), address: z.string(), family: z.enum(['IPv4', 'IPv6']), internal: z.boolean(), likely: z.boolean() });
export type NetAddress = z.infer<typeof NetAddress>;

/** A session as the facilitator sees it, with its live counters. */
export const SessionView = z.object({
  id: Id,
  journeyId: Id,
  state: z.enum(['running', 'closed']),
  /** Whether the participant server is listening in this process right now. */
  listening: z.boolean(),
  participantUrl: z.string().nullable(),
  /** The address without the session's secret, where the room code is typed in. */
  entryUrl: z.string().nullable(),
  code: z.string(),
  /** QR code of the participant link, as SVG markup. */
  qrSvg: z.string().nullable(),
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  config: SessionConfig,
  open: z.array(Id),
  locked: z.array(Id),
  revealed: z.boolean(),
  roundId: z.string().nullable(),
  createdAt: z.string(),
  /** Grows with every join, vote and pacing change; `workshop.status` waits for it to move. */
  seq: z.number().int(),
  joined: z.number().int(),
  /** Per touchpoint, the participants who answered at least one measure. */
  answered: z.record(z.string(), z.number().int()),
  /** Answers stored: one per participant, touchpoint and measure (a changed vote counts once). */
  votes: z.number().int(),
});
export type SessionView = z.infer<typeof SessionView>;

export const OpenTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('stage'), stageId: Id }),
  z.object({ kind: z.literal('items'), ids: z.array(Id).max(2000) }),
]);
export type OpenTarget = z.infer<typeof OpenTarget>;

export const WorkshopResults = z.object({ sessionId: Id, privacyMin: z.number().int(), participants: z.number().int(), items: z.array(TouchpointResult) });
export type WorkshopResults = z.infer<typeof WorkshopResults>;

const Session = z.object({ sessionId: Id });

export const workshopOps = {
  'workshop.interfaces': op(Empty, z.array(NetAddress)),
  'workshop.start': op(
    z
      .object({
        journeyId: Id,
        touchpoints: TouchpointChoice,
        measures: z.array(Measure).min(1).max(5),
        askDepartment: z.boolean().default(false),
        host: Host.optional(),
        port: Port.optional(),
        maxParticipants: z.number().int().min(1).max(5000).default(300),
      })
      .strict(),
    SessionView,
  ),
  /** The journey's running session (to offer resume or close when it is reopened), or null. */
  'workshop.current': op(z.object({ journeyId: Id }).strict(), SessionView.nullable()),
  'workshop.resume': op(Session.extend({ host: Host.optional(), port: Port.optional() }).strict(), SessionView),
  'workshop.open': op(Session.extend({ target: OpenTarget }).strict(), SessionView),
  'workshop.lock': op(Session.extend({ touchpointId: Id, locked: z.boolean().default(true) }).strict(), SessionView),
  'workshop.reveal': op(Session.extend({ revealed: z.boolean().default(true) }).strict(), SessionView),
  /** The session's counters; with `since`, waits (up to `waitMs`) until something changed after it. */
  'workshop.status': op(Session.extend({ since: z.number().int().optional(), waitMs: z.number().int().min(0).max(30_000).default(15_000) }).strict(), SessionView),
  'workshop.results': op(Session.extend({ privacyMin: z.number().int().min(1).max(1000).default(5) }).strict(), WorkshopResults),
  /** Writes the room's medians to the map (one version) and saves the votes as a survey round. */
  'workshop.apply': op(
    Session.extend({
      touchpointIds: z.array(Id).max(2000).nullable().default(null),
      baseVersion: z.number().int().optional(),
      /** False when the editor has already set the ratings itself (as one undo step): only the round is saved. */
      writeMap: z.boolean().default(true),
    }).strict(),
    z.object({ journeyId: Id, version: z.number().int(), applied: z.number().int(), surveyId: Id, roundId: Id }),
  ),
  'workshop.close': op(Session.strict(), SessionView),
} satisfies OpMap;
