/* Generated from schemas/unit.schema.json by scripts/generate-from-schema.ts. Do not edit; run `npm run gen`. */

/**
 * A unit: an ordered set of lessons with an overview for the teacher (lessons, standards, the summative task, reference tables and teaching notes).
 */
export interface UnitFile {
/**
 * Path or URL of this schema, for editors.
 */
$schema?: string
/**
 * Unit id.
 */
id: string
/**
 * Unit title.
 */
title: string
/**
 * Language of the unit overview and unit pack, and of every lesson the unit lists that declares none, as a BCP 47 tag ("en", "es", "ko"). Default "en".
 */
language?: string
/**
 * Intended grades.
 */
gradeLevel?: string
/**
 * What the unit does and why, for the teacher (Markdown).
 */
summary: string
/**
 * The unit's overarching question.
 */
compellingQuestion?: string
/**
 * Lesson ids in teaching order.
 * 
 * @minItems 1
 */
lessons: string[]
/**
 * Teaching notes for the whole unit (Markdown): key facts, sensitive content, how to use the sources. Printed in the unit overview.
 */
notes?: string[]
summative?: Summative
/**
 * Tables for the teacher printed in the unit overview, e.g. what each casualty figure in the sources counts and who gives it.
 */
referenceTables?: ReferenceTable[]
scoring?: Scoring
}
/**
 * The unit's summative argument task on the compelling question, with its rubric. The unit overview prints it for the teacher and as a student copy on its own page.
 */
export interface Summative {
/**
 * Heading of the task.
 */
title: string
/**
 * The task as students read it (Markdown).
 */
prompt: string
/**
 * Class time the task takes, in minutes (printed for the teacher).
 */
minutes?: number
/**
 * Points the task is worth: the sum of the rubric criteria's maxima.
 */
points: number
/**
 * Rubric criteria, each with its levels (highest first).
 * 
 * @minItems 1
 */
rubric: {
/**
 * What is scored.
 */
criterion: string
/**
 * What each score looks like, highest first.
 * 
 * @minItems 2
 */
levels: SummativeLevel[]
}[]
/**
 * Labels of the rows of a planning box printed on the student copy.
 * 
 * @maxItems 8
 */
planning?: string[]
/**
 * For the teacher: what strong answers do, and which documents serve which argument (Markdown).
 */
teacherNote?: string
}
/**
 * One score and what earns it.
 */
export interface SummativeLevel {
/**
 * The score.
 */
points: number
/**
 * What work at this score looks like.
 */
description: string
}
/**
 * A table of reference facts for the teacher.
 */
export interface ReferenceTable {
/**
 * Heading of the table.
 */
title: string
/**
 * A sentence or two above the table (Markdown).
 */
intro?: string
/**
 * Column headers.
 * 
 * @minItems 1
 * @maxItems 6
 */
columns: string[]
/**
 * The rows: one cell per column, in column order (inline Markdown).
 * 
 * @minItems 1
 */
rows: string[][]
/**
 * A note under the table, e.g. on the sources of the figures (Markdown).
 */
note?: string
}
/**
 * One scoring rule per question kind for every lesson of the unit. Each lesson's marking guide states the rules, and validation checks each question's points against its rule.
 */
export interface Scoring {
/**
 * `per-item`: one point for each item in its correct position (points = number of items). `minus-one-per-error`: full points, minus one for each item that must be moved to put the list in order, never below 0 (points at most the number of items - 1). `all-or-nothing`: full points only for the exact order.
 */
ordering?: ("per-item" | "minus-one-per-error" | "all-or-nothing")
/**
 * `per-pair`: one point for each correct match (points = number of pairs). `minus-one-per-error`: full points, minus one for each wrong or missing match, never below 0 (points at most the number of pairs). `all-or-nothing`: full points only when every match is right.
 */
matching?: ("per-pair" | "minus-one-per-error" | "all-or-nothing")
/**
 * Multiple choice with `select: all-that-apply`. `per-option`: one point for each option marked or left blank correctly (points = number of options). `minus-one-per-error`: full points, minus one for each correct option left blank or wrong option marked, never below 0 (points at most the number of options). `all-or-nothing`: full points only for exactly the correct set.
 */
selectAll?: ("per-option" | "minus-one-per-error" | "all-or-nothing")
}
