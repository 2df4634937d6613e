/**
 * The survey open on the Survey page: its meta, rounds and questions, and the question
 * list being edited (kept here, so leaving the page and coming back keeps unsaved edits).
 */
import { create } from 'zustand';
import type { Question, Round, Survey, SurveySummary } from '../../../../shared/domain/survey/types';
import { api } from '../../../api/client';
import { attempt } from '../errors';
import { offerUndo } from '../questions/undoRemoval';
import { type DraftQuestion, blankQuestion, sameAsSaved, toDraft, toInput } from '../questions/draft';
import { useSurveys } from '../store';

interface SurveyDetailState {
  id: string | null;
  survey: Survey | null;
  loaded: boolean;
  error: unknown;
  drafts: DraftQuestion[];
  /** Saved questions with answers whose removal the user confirmed (sent as `removeAnswered`). */
  removeAnswered: string[];
  dirty: boolean;
  saving: boolean;
  load(id: string): Promise<void>;
  /** Reloads the open survey (after an import or entry: new questions, response counts). */
  reload(): Promise<void>;
  /** Drops unsaved edits and reads the survey as stored (after a change elsewhere refused a save). */
  reloadFresh(): Promise<void>;
  /** The survey as a restore or another change left it: questions, version and list. */
  adopt(survey: Survey): void;
  applySummary(summary: SurveySummary): void;
  putRound(round: Round): void;
  dropRound(id: string): void;
  edit(key: string, change: (d: DraftQuestion) => DraftQuestion): void;
  move(key: string, by: -1 | 1): void;
  add(afterKey: string | null, group: string): string;
  /** `answered`: the user confirmed removing a saved question together with its answers. */
  remove(key: string, answered?: boolean): void;
  discard(): void;
  save(): Promise<Question[] | null>;
}

const draftsOf = (s: Survey) => s.questions.map(toDraft);

export const useSurveyDetail = create<SurveyDetailState>()((set, get) => {
  const setDrafts = (drafts: DraftQuestion[]) => {
    const survey = get().survey;
    const kept = new Set(drafts.map((d) => d.id));
    set({ drafts, dirty: survey ? !sameAsSaved(drafts, survey.questions) : false, removeAnswered: get().removeAnswered.filter((id) => !kept.has(id)) });
  };
  const syncList = (survey: Survey) => {
    const { questions: _q, ...summary } = survey;
    useSurveys.getState().put(summary);
  };

  return {
    id: null,
    survey: null,
    loaded: false,
    error: null,
    drafts: [],
    removeAnswered: [],
    dirty: false,
    saving: false,

    async load(id) {
      const same = get().id === id;
      if (!same) set({ id, survey: null, loaded: false, error: null, drafts: [], removeAnswered: [], dirty: false });
      try {
        const survey = await api['surveys.get']({ id });
        if (get().id !== id) return;
        // Unsaved edits of this survey survive a reload: questions created meanwhile (by an import) join
        // the list and questions deleted meanwhile leave it, so saving never drops what others added.
        const prev = get().survey;
        if (same && get().dirty && prev) {
          const before = new Set(prev.questions.map((q) => q.id));
          const now = new Set(survey.questions.map((q) => q.id));
          const kept = get().drafts.filter((d) => d.id === null || now.has(d.id));
          const added = survey.questions.filter((q) => !before.has(q.id)).map(toDraft);
          set({ survey, loaded: true, error: null });
          setDrafts([...kept, ...added]);
        } else set({ survey, loaded: true, error: null, drafts: draftsOf(survey), removeAnswered: [], dirty: false });
      } catch (error) {
        if (get().id === id) set({ loaded: true, error, survey: same ? get().survey : null });
      }
    },

    async reload() {
      const id = get().id;
      if (id) await get().load(id);
      const survey = get().survey;
      if (survey) syncList(survey);
    },

    async reloadFresh() {
      set({ dirty: false, removeAnswered: [] });
      await get().reload();
    },

    adopt(survey) {
      if (get().id !== survey.id) return;
      if (get().dirty) {
        // Keeps the unsaved edits, as after an import: the restored questions join them.
        const known = new Set(get().drafts.map((d) => d.id));
        set({ survey });
        setDrafts([...get().drafts, ...survey.questions.filter((q) => !known.has(q.id)).map(toDraft)]);
      } else set({ survey, drafts: draftsOf(survey), removeAnswered: [], dirty: false });
      syncList(survey);
    },

    applySummary(summary) {
      const survey = get().survey;
      if (survey && survey.id === summary.id) set({ survey: { ...survey, ...summary } });
      useSurveys.getState().put(summary);
    },

    putRound(round) {
      const survey = get().survey;
      if (!survey || survey.id !== round.surveyId) return;
      const exists = survey.rounds.some((r) => r.id === round.id);
      const rounds = exists ? survey.rounds.map((r) => (r.id === round.id ? round : r)) : [...survey.rounds, round];
      const next = { ...survey, rounds };
      set({ survey: next });
      syncList(next);
    },

    dropRound(id) {
      const survey = get().survey;
      if (!survey) return;
      const next = { ...survey, rounds: survey.rounds.filter((r) => r.id !== id) };
      set({ survey: next });
      syncList(next);
    },

    edit(key, change) {
      setDrafts(get().drafts.map((d) => (d.key === key ? change(d) : d)));
    },

    move(key, by) {
      const drafts = [...get().drafts];
      const i = drafts.findIndex((d) => d.key === key);
      const j = i + by;
      if (i < 0 || j < 0 || j >= drafts.length) return;
      [drafts[i], drafts[j]] = [drafts[j]!, drafts[i]!];
      setDrafts(drafts);
    },

    add(afterKey, group) {
      const drafts = [...get().drafts];
      const q = blankQuestion(group);
      const i = afterKey === null ? -1 : drafts.findIndex((d) => d.key === afterKey);
      drafts.splice(i < 0 ? drafts.length : i + 1, 0, q);
      setDrafts(drafts);
      return q.key;
    },

    remove(key, answered = false) {
      const gone = get().drafts.find((d) => d.key === key);
      setDrafts(get().drafts.filter((d) => d.key !== key));
      if (answered && gone?.id) set({ removeAnswered: [...get().removeAnswered, gone.id] });
    },

    discard() {
      const survey = get().survey;
      if (survey) set({ drafts: draftsOf(survey), removeAnswered: [], dirty: false });
    },

    async save() {
      const survey = get().survey;
      if (!survey) return null;
      set({ saving: true });
      const removeAnswered = get().removeAnswered;
      const saved = await attempt(
        () => api['surveys.saveQuestions']({ surveyId: survey.id, baseVersion: survey.version, questions: get().drafts.map(toInput), removeAnswered }),
        () => get().reloadFresh(),
      );
      set({ saving: false });
      if (!saved) return null;
      set({ survey: saved, drafts: draftsOf(saved), removeAnswered: [], dirty: false });
      syncList(saved);
      if (removeAnswered.length > 0) offerUndo(saved.id, removeAnswered);
      return saved.questions;
    },
  };
});
