/** Composition of the elected bodies and of the candidate lists (issue 6). */
export { composeBody, ageBandLabels, ageBandIndex } from './composeBody';
export type { ComposeOptions } from './composeBody';
export { largestRemainderHundredths, largestRemainderPercents } from './percentages';
export { electedBodies, candidateLists, targetFindings, meetsShare } from './bodies';
export type { BodyComposition, CompositionInput } from './bodies';
export type { Dimension, CompositionRow, DimensionName } from './types';
