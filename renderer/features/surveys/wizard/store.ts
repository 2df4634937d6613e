/**
 * The import wizard's state: the chosen file and read options, the preview, the column
 * mapping being edited, the check, and the running job (polled every 300 ms).
 */
import { create } from 'zustand';
import { questionKey } from '../../../../shared/domain/survey/convert';
import type { QuestionDirection } from '../../../../shared/domain/survey/direction';
import type { ColumnMapping, ImportMapping } from '../../../../shared/domain/survey/mapping';
import type { Question, QuestionType } from '../../../../shared/domain/survey/types';
import type { ImportCheck, ImportJob, ImportPreview } from '../../../../shared/ops/import';
import { api } from '../../../api/client';
import { type Action, type AnswerGroup, type AnswerRow, existingMapping, mappingForAction, newMapping, withAnswerValue } from './mapping';

export type Step = 0 | 1 | 2 | 3 | 4;
export type ReadOption = 'encoding' | 'delimiter' | 'sheet';
export type OnDuplicate = 'replace' | 'skip';

export interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

interface Target {
  surveyId: string;
  roundId: string;
  questions: Question[];
}

interface WizardState {
  target: Target | null;
  step: Step;
  file: ChosenFile | null;
  options: Partial<Record<ReadOption, string>>;
  busy: 'reading' | 'previewing' | 'labelling' | 'checking' | 'starting' | null;
  /** The last failure of the current step. */
  error: unknown;
  /** The text export of the same survey that names a 问卷星 option-number export's options. */
  labels: { fileName: string; translated: number } | null;
  /** Why the last text export given could not name the options. */
  labelsError: unknown;
  preview: ImportPreview | null;
  /** The preview's suggestion per column, to return to when the user picks its action again. */
  suggested: ColumnMapping[];
  columns: ColumnMapping[];
  check: ImportCheck | null;
  onDuplicate: OnDuplicate | null;
  /** Keep implausible numbers in means (the CLI's --keep-outliers); off: they are flagged and left out. */
  keepOutliers: boolean;
  job: ImportJob | null;
  cancelling: boolean;
  /** Which import the last job ran as, to say "skipped" or "replaced". */
  ranAs: OnDuplicate | null;

  open(target: Target): void;
  close(): void;
  choose(file: ChosenFile): Promise<void>;
  setOption(option: ReadOption, value: string | undefined): Promise<void>;
  /** Reads option numbers as the option texts of the survey's text export ("按选项文本"). */
  addLabels(file: ChosenFile): Promise<void>;
  /** Back to the numbered options the file alone gives. */
  removeLabels(): void;
  setAction(index: number, action: Action): void;
  setQuestion(index: number, questionId: string | null): void;
  setNewType(index: number, type: QuestionType): void;
  setNewText(index: number, text: string): void;
  /** Which way is better for the column's question (every column that fills it). */
  setDirection(index: number, direction: QuestionDirection): void;
  setAttribute(index: number, name: string): void;
  setAnswerValue(group: AnswerGroup, answer: AnswerRow, value: number | null): void;
  setOnDuplicate(choice: OnDuplicate): void;
  setKeepOutliers(keep: boolean): void;
  go(step: Step): void;
  runCheck(): Promise<void>;
  start(): Promise<void>;
  cancel(): Promise<void>;
}

const POLL_MS = 300;
let pollTimer: ReturnType<typeof setTimeout> | null = null;
const stopPolling = () => {
  if (pollTimer) clearTimeout(pollTimer);
  pollTimer = null;
};

const INITIAL = {
  target: null,
  step: 0 as Step,
  file: null,
  options: {},
  busy: null,
  error: null,
  labels: null,
  labelsError: null,
  preview: null,
  suggested: [],
  columns: [],
  check: null,
  onDuplicate: null,
  keepOutliers: false,
  job: null,
  cancelling: false,
  ranAs: null,
} satisfies Partial<WizardState>;

export const useImportWizard = create<WizardState>()((set, get) => {
  /** Reads the chosen file with the current options; a new preview starts a new mapping. */
  const runPreview = async () => {
    const { file, options, target } = get();
    if (!file || !target) return;
    set({ busy: 'previewing', error: null });
    try {
      const clean = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined && v !== ''));
      const preview = await api['import.preview']({ source: { kind: 'bytes', name: file.name, base64: file.base64 }, options: clean, surveyId: target.surveyId });
      if (get().file !== file) return;
      const suggested = preview.columns.map((c) => c.mapping);
      set({ preview, suggested, columns: suggested, labels: null, labelsError: null, check: null, onDuplicate: null, busy: null });
    } catch (error) {
      if (get().file === file) set({ busy: null, error, preview: null, columns: [], suggested: [] });
    }
  };

  const patchColumn = (index: number, change: (m: ColumnMapping) => ColumnMapping) => set({ columns: get().columns.map((m, i) => (i === index ? change(m) : m)), check: null });

  /** Applies a change to a new question on every column that fills it (SurveyMonkey's one-column-per-option questions). */
  const patchNewQuestion = (index: number, change: (m: ColumnMapping, i: number) => ColumnMapping) => {
    const cur = get().columns[index];
    if (!cur || cur.action !== 'question') return;
    const key = questionKey(cur);
    set({ columns: get().columns.map((m, i) => (i === index || (m.action === 'question' && m.questionId === null && questionKey(m) === key) ? change(m, i) : m)), check: null });
  };

  const poll = async (jobId: string) => {
    try {
      const job = await api['import.progress']({ jobId });
      if (get().job?.jobId !== jobId) return;
      set({ job, ...(job.state !== 'running' ? { cancelling: false } : {}) });
      if (job.state === 'running') pollTimer = setTimeout(() => void poll(jobId), POLL_MS);
    } catch (error) {
      if (get().job?.jobId === jobId) set({ error, cancelling: false, job: { ...get().job!, state: 'failed', error: null } });
    }
  };

  return {
    ...INITIAL,

    open(target) {
      stopPolling();
      set({ ...INITIAL, target });
    },

    close() {
      stopPolling();
      set({ ...INITIAL });
    },

    async choose(file) {
      set({ file, options: {}, preview: null, columns: [], suggested: [], labels: null, labelsError: null, check: null, onDuplicate: null });
      await runPreview();
    },

    async setOption(option, value) {
      set({ options: { ...get().options, [option]: value } });
      await runPreview();
    },

    async addLabels(labelsFile) {
      const { preview, target } = get();
      if (!preview || !target) return;
      set({ busy: 'labelling', labelsError: null });
      try {
        const res = await api['import.labels']({ stagingId: preview.stagingId, surveyId: target.surveyId, source: { kind: 'bytes', name: labelsFile.name, base64: labelsFile.base64 } });
        if (get().preview !== preview) return;
        set({ suggested: res.columns, columns: res.columns, labels: { fileName: res.fileName, translated: res.translated }, check: null, busy: null });
      } catch (labelsError) {
        if (get().preview === preview) set({ busy: null, labelsError });
      }
    },

    removeLabels() {
      const { preview } = get();
      if (!preview) return;
      const suggested = preview.columns.map((c) => c.mapping);
      set({ suggested, columns: suggested, labels: null, labelsError: null, check: null });
    },

    setAction(index, action) {
      const { preview, suggested } = get();
      if (!preview) return;
      patchColumn(index, () => mappingForAction(action, preview.columns[index]!, suggested[index]!, preview.tool));
    },

    setQuestion(index, questionId) {
      const { preview, target, suggested } = get();
      if (!preview || !target) return;
      const col = preview.columns[index]!;
      const q = questionId ? target.questions.find((x) => x.id === questionId) : undefined;
      const sug = suggested[index]!;
      const fresh = sug.action === 'question' && sug.questionId === null ? sug : newMapping(col, preview.tool, null);
      patchColumn(index, () => (q ? existingMapping(q, col) : fresh));
    },

    setNewType(index, type) {
      const { preview } = get();
      if (!preview) return;
      patchNewQuestion(index, (m, i) => (m.action === 'question' ? newMapping(preview.columns[i]!, preview.tool, type, m.text) : m));
    },

    setNewText(index, text) {
      patchNewQuestion(index, (m) => (m.action === 'question' ? { ...m, text: text.slice(0, 2000) } : m));
    },

    setDirection(index, direction) {
      const cur = get().columns[index];
      if (!cur || cur.action !== 'question') return;
      if (cur.questionId === null) patchNewQuestion(index, (m) => (m.action === 'question' ? { ...m, direction } : m));
      else set({ columns: get().columns.map((m) => (m.action === 'question' && m.questionId === cur.questionId ? { ...m, direction } : m)), check: null });
    },

    setAttribute(index, name) {
      patchColumn(index, () => ({ action: 'attribute', name: name.slice(0, 100) }));
    },

    setAnswerValue(group, answer, value) {
      set({ columns: withAnswerValue(get().columns, group, answer, value), check: null });
    },

    setOnDuplicate(choice) {
      set({ onDuplicate: choice });
    },

    setKeepOutliers(keep) {
      set({ keepOutliers: keep });
      // The check's warnings say whether outliers are left out, so it runs again.
      void get().runCheck();
    },

    go(step) {
      set({ step, error: null });
    },

    async runCheck() {
      const { target, preview, columns, keepOutliers } = get();
      if (!target || !preview) return;
      set({ step: 3, busy: 'checking', error: null, check: null, onDuplicate: null });
      const mapping: ImportMapping = { headerRows: preview.headerRows, keepOutliers, columns };
      try {
        const check = await api['import.check']({ stagingId: preview.stagingId, surveyId: target.surveyId, roundId: target.roundId, mapping });
        if (get().preview === preview) set({ check, busy: null });
      } catch (error) {
        if (get().preview === preview) set({ busy: null, error });
      }
    },

    async start() {
      const { target, preview, columns, check, onDuplicate, keepOutliers } = get();
      if (!target || !preview || !check) return;
      const ranAs = check.duplicate ? onDuplicate : null;
      set({ step: 4, busy: 'starting', error: null, job: null, ranAs });
      try {
        const job = await api['import.start']({
          stagingId: preview.stagingId,
          surveyId: target.surveyId,
          roundId: target.roundId,
          mapping: { headerRows: preview.headerRows, keepOutliers, columns },
          onDuplicate: ranAs ?? 'refuse',
        });
        set({ job, busy: null });
        if (job.state === 'running') pollTimer = setTimeout(() => void poll(job.jobId), POLL_MS);
      } catch (error) {
        set({ busy: null, error });
      }
    },

    async cancel() {
      const job = get().job;
      if (!job || job.state !== 'running') return;
      set({ cancelling: true });
      try {
        const next = await api['import.cancel']({ jobId: job.jobId });
        if (get().job?.jobId === job.jobId && next.state !== 'running') set({ job: next, cancelling: false });
      } catch (error) {
        set({ error, cancelling: false });
      }
    },
  };
});
