/* Generated from schemas/*.schema.json by scripts/generate-from-schema.ts. Do not edit; run `npm run gen`. */
import type { ConfigFile } from './config.generated.js';
import type { Layer, Question } from './lesson.generated.js';

/** Paper sizes: schemas/config.schema.json #/properties/paper. */
export const PAPERS = ['letter', 'a4'] as const satisfies readonly NonNullable<ConfigFile['paper']>[];

/** Question kinds: schemas/lesson.schema.json #/$defs/question. */
export const QUESTION_KINDS = ['multiple-choice', 'short-answer', 'table', 'ordering', 'matching', 'extended-response', 'map'] as const satisfies readonly Question['kind'][];

/** Map layer kinds: schemas/lesson.schema.json #/$defs/layer. */
export const MAP_LAYER_KINDS = ['line', 'place', 'label', 'arrow', 'area'] as const satisfies readonly Layer['kind'][];
