/* Generated from schemas/unit.schema.json by scripts/generate-from-schema.ts. Do not edit; run `npm run gen`. */

/**
 * A unit: an ordered set of lessons with a one-page overview for the teacher.
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
 * Teaching notes for the whole unit (Markdown).
 */
notes?: string[]
}
