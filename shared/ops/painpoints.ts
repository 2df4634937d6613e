/**
 * Pain-point review operations: the ranked list, causes, customer stories,
 * improvement actions, the cost of a lost customer, the rules' thresholds, and the export.
 */
import { z } from 'zod';
import { Id } from '../domain/journey';
import { PainRulesSchema } from '../domain/map/painpoints';
import { ACTION_STATUSES, REVIEW_STATUSES } from '../domain/painpoints/review';
import { LostCustomerInput } from '../domain/painpoints/severity';
import { Cause } from '../domain/painpoints/taxonomy';
import { BaseVersion, Empty, op, type OpMap } from './op';

const Text = z.string().max(10_000);

export const ActionStatus = z.enum(ACTION_STATUSES);
export const ReviewStatus = z.enum(REVIEW_STATUSES);
/** A calendar date, YYYY-MM-DD. */
const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PainReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['need', 'convenience', 'emotion']), rating: z.number() }),
  z.object({ kind: z.literal('transfers'), transfers: z.number() }),
  z.object({ kind: z.literal('surveyMean'), mean: z.number() }),
  z.object({ kind: z.literal('surveyTop2'), share: z.number() }),
]);

/** A touchpoint's latest linked survey results (the most recent round that asked about it). */
export const SurveyEvidence = z.object({
  mean: z.number().nullable(),
  top2: z.number().nullable(),
  n: z.number().int(),
  scale: z.object({ min: z.number(), max: z.number() }),
  survey: z.string(),
  round: z.string(),
});

export const PainPoint = z.object({
  touchpointId: Id,
  journeyId: Id,
  journeyName: z.string(),
  title: z.string(),
  stage: z.string(),
  lane: z.string(),
  /** The department of the touchpoint's lane, when the lane is a department. */
  departmentId: Id.nullable(),
  departmentName: z.string().nullable(),
  owner: z.string(),
  quote: z.string(),
  need: z.number().nullable(),
  convenience: z.number().nullable(),
  emotion: z.number().nullable(),
  transfers: z.number().int(),
  reasons: z.array(PainReasonSchema),
  survey: SurveyEvidence.nullable(),
  customersPerYear: z.number().nullable(),
  moneyAtStake: z.number().nullable(),
  /** 0–100 index: the sum of `severityParts` (docs/pain-points.md). */
  severity: z.number(),
  severityParts: z.object({ worst: z.number(), ratings: z.number(), transfers: z.number(), survey: z.number(), reach: z.number(), money: z.number() }),
  causes: z.array(Cause),
  stories: z.number().int(),
  actions: z.object({
    total: z.number().int(),
    open: z.number().int(),
    done: z.number().int(),
    overdue: z.number().int(),
    /** When each done action was last changed (marked done), ISO time. */
    doneAt: z.array(z.string()),
  }),
  status: ReviewStatus,
});
export type PainPoint = z.infer<typeof PainPoint>;

export const PainCause = z.object({ id: Id, cause: Cause, note: z.string(), createdAt: z.string(), version: z.number().int() });
export const CustomerStory = z.object({ id: Id, kind: z.enum(['story', 'quote']), text: z.string(), source: z.string(), createdAt: z.string(), version: z.number().int() });
export const ImprovementAction = z.object({
  id: Id,
  touchpointId: Id,
  title: z.string(),
  owner: z.string(),
  due: DateOnly.nullable(),
  status: ActionStatus,
  expectedEffect: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ImprovementAction = z.infer<typeof ImprovementAction>;

export const PainPointDetail = z.object({
  point: PainPoint,
  /** False when the touchpoint no longer breaks a rule but still has a review record. */
  flagged: z.boolean(),
  causes: z.array(PainCause),
  stories: z.array(CustomerStory),
  actions: z.array(ImprovementAction),
  lostCustomer: LostCustomerInput.nullable(),
  /** Version of the review record (reach and cost); 0 while there is none. */
  reviewVersion: z.number().int(),
});
export type PainPointDetail = z.infer<typeof PainPointDetail>;

const ActionFields = z
  .object({
    title: z.string().trim().min(1).max(500),
    owner: z.string().max(200),
    due: DateOnly.nullable(),
    status: ActionStatus,
    expectedEffect: Text,
  })
  .strict();
const ActionInput = ActionFields.extend({
  owner: ActionFields.shape.owner.default(''),
  due: ActionFields.shape.due.default(null),
  status: ActionFields.shape.status.default('planned'),
  expectedEffect: ActionFields.shape.expectedEffect.default(''),
});

/** The workspace's rules and the version of their stored record (0 while the defaults stand). */
export const VersionedRules = PainRulesSchema.extend({ version: z.number().int() });
export type VersionedRules = z.infer<typeof VersionedRules>;

export const painPointOps = {
  /** Every flagged touchpoint (and every touchpoint with review work), ranked by severity. */
  'painPoints.list': op(Empty, z.object({ rules: VersionedRules, points: z.array(PainPoint) })),
  'painPoints.get': op(z.object({ touchpointId: Id }).strict(), PainPointDetail),
  'painPoints.setReach': op(
    z
      .object({ touchpointId: Id, customersPerYear: z.number().min(0).max(1e9).nullable(), lostCustomer: LostCustomerInput.nullable(), baseVersion: BaseVersion })
      .strict(),
    PainPointDetail,
  ),
  'painPoints.addCause': op(z.object({ touchpointId: Id, cause: Cause, note: Text.default('') }).strict(), PainPointDetail),
  'painPoints.removeCause': op(z.object({ id: Id, baseVersion: BaseVersion }).strict(), PainPointDetail),
  'painPoints.addStory': op(
    z.object({ touchpointId: Id, kind: z.enum(['story', 'quote']), text: z.string().trim().min(1).max(10_000), source: z.string().max(500).default('') }).strict(),
    PainPointDetail,
  ),
  'painPoints.removeStory': op(z.object({ id: Id, baseVersion: BaseVersion }).strict(), PainPointDetail),
  'actions.create': op(ActionInput.extend({ touchpointId: Id }).strict(), PainPointDetail),
  'actions.update': op(z.object({ id: Id, patch: ActionFields.partial(), baseVersion: BaseVersion }).strict(), PainPointDetail),
  'actions.delete': op(z.object({ id: Id, baseVersion: BaseVersion }).strict(), PainPointDetail),
  /** Open actions per touchpoint of a journey, for the map's badges. */
  'actions.openByTouchpoint': op(z.object({ journeyId: Id }).strict(), z.record(Id, z.number().int())),
  /** The rules and the version of the stored rules (0 while the defaults stand). */
  'settings.painRules': op(Empty, VersionedRules),
  'settings.setPainRules': op(PainRulesSchema.extend({ baseVersion: BaseVersion }).strict(), VersionedRules),
  'painPoints.export': op(
    z.object({ format: z.enum(['xlsx', 'csv']), lang: z.enum(['zh-CN', 'en']).default('en'), touchpointIds: z.array(Id).max(100_000).nullable().default(null) }).strict(),
    z.object({ fileName: z.string(), mime: z.string(), base64: z.string() }),
  ),
} satisfies OpMap;
