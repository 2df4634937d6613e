/** Option lists for the Surveys section's selects, translated. */
import type { TFunction } from 'i18next';
import { QUESTION_DIRECTIONS, type QuestionDirection } from '../../../shared/domain/survey/direction';
import { FACTORS, GROUPINGS, QUESTION_TYPES, SURVEY_KINDS, type QuestionType, type SurveyKind } from '../../../shared/domain/survey/types';

export const kindOptions = (t: TFunction) => SURVEY_KINDS.map((k: SurveyKind) => ({ value: k, label: t(`surveys.kinds.${k}`) }));

export const typeOptions = (t: TFunction) => QUESTION_TYPES.map((k: QuestionType) => ({ value: k, label: t(`surveys.types.${k}`) }));

export const directionOptions = (t: TFunction) => QUESTION_DIRECTIONS.map((d: QuestionDirection) => ({ value: d, label: t(`surveys.directions.${d}`) }));

/** Types whose answers can be better or worse: they carry a direction. */
export const DIRECTED: readonly QuestionType[] = ['likert', 'nps', 'number', 'rank'];

export const factorOptions = (t: TFunction) => FACTORS.map((f) => ({ value: f, label: t(`surveys.factors.${f}`) }));

export const groupingOptions = (t: TFunction) => GROUPINGS.map((g) => ({ value: g, label: t(`surveys.groupings.${g}`) }));

/** Types whose answers are numbers on a fixed scale or a list of options. */
export const SCALED: readonly QuestionType[] = ['likert', 'nps'];
export const CHOICE: readonly QuestionType[] = ['single', 'multiple'];
