/** The journey map's pure domain: geometry, hand-offs, pain points, figures, emotion curve, clipboard, saving and the file format. */
export * from './changes';
export * from './clipboard';
export * from './emotion-curve';
export * from './format';
export * from './handoffs';
export * from './layout';
export * from './painpoints';
export * from './show-layout';
export * from './stats';
