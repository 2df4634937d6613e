/** What a screen says when its change was refused because the record changed elsewhere. */
export const conflictEn = {
  title: 'Changed in another window',
  reload: 'Reload',
  /** Names of the records, as the subject of a sentence. */
  records: {
    survey: 'The survey “{{title}}”',
    question: 'The question “{{title}}”',
    round: 'The round “{{title}}”',
    review: 'The reach and cost of this pain point',
    cause: 'This cause',
    story: 'This customer story',
    action: 'The action “{{title}}”',
    department: 'The department “{{title}}”',
    rules: 'The pain-point rules',
    other: 'This item',
  },
  /** {{what}} is one of the records above. */
  changed: '{{what}} was changed in another window or by someone else while you were editing it. Your change was not saved.',
  changedAt: '{{what}} was changed in another window or by someone else at {{time}}, while you were editing it. Your change was not saved.',
  answers: 'The question “{{title}}” has {{count}} answers this window did not know about, so it was not removed. Nothing was changed.',
  howTo: 'Reload to see the current version, then make your change again.',
  removeAnswered: {
    title: 'Remove a question with answers?',
    body_one: 'The question “{{title}}” has {{count}} answer. Remove it and its answer?',
    body_other: 'The question “{{title}}” has {{count}} answers. Remove it and its answers?',
    help: 'The answers leave the round summaries and comparisons. You can undo this after saving.',
    ok: 'Remove with answers',
  },
  removed: {
    title: 'Questions removed',
    body_one: '{{count}} question was removed with its answers.',
    body_other: '{{count}} questions were removed with their answers.',
    undo: 'Undo',
    restored_one: '{{count}} question and its answers are back.',
    restored_other: '{{count}} questions and their answers are back.',
    listTitle: 'Removed questions ({{count}})',
    item_one: '{{count}} answer · removed {{time}}',
    item_other: '{{count}} answers · removed {{time}}',
    restore: 'Restore',
    restoreNamed: 'Restore “{{title}}” with its answers',
  },
};
