/* Generated from schemas/lesson.schema.json by scripts/generate-from-schema.ts. Do not edit; run `npm run gen`. */

/**
 * Where the excerpt is in its source: start and end anchors (inclusive), or a range of paragraphs.
 */
export type Locator = (Anchors | Paragraphs)
/**
 * A worksheet question. `kind` chooses its shape.
 */
export type Question = (MultipleChoice | ShortAnswer | Table | Ordering | Matching | ExtendedResponse | MapQuestion)
/**
 * Choose one option, or all that apply.
 */
export type MultipleChoice = (QuestionBase & MultipleChoice1)
/**
 * The historical thinking skill the question trains.
 */
export type Skill = ("sourcing" | "contextualization" | "corroboration" | "close-reading" | "vocabulary" | "chronology" | "argumentation")
/**
 * A written answer in a sized writing space.
 */
export type ShortAnswer = (QuestionBase & ShortAnswer1)
/**
 * A sourcing or graphic-organizer table: one row per item, students fill the blank cells.
 */
export type Table = (QuestionBase & Table1)
/**
 * Put events in order (e.g. a timeline). Items print in the order written; `answer` is the correct order.
 */
export type Ordering = (QuestionBase & Ordering1)
/**
 * Match each term to its definition. Definitions print in a fixed scrambled order derived from the question id.
 */
export type Matching = (QuestionBase & Matching1)
/**
 * An argued answer (e.g. the final claim) scored with a rubric.
 */
export type ExtendedResponse = (QuestionBase & ExtendedResponse1)
/**
 * Students label or mark a printed map; the answer key draws the answer on the same map, at the same place on the page.
 */
export type MapQuestion = (QuestionBase & MapQuestion1)
/**
 * One thing drawn on a map. `kind` chooses its shape: `line`, `place`, `label`, `arrow` or `area`.
 */
export type Layer = (LineLayer | PlaceLayer | LabelLayer | ArrowLayer | AreaLayer)
/**
 * A point as [latitude, longitude] in decimal degrees, latitude first as atlases write it: 37.57° N, 126.98° E is [37.57, 126.98]. South and west are negative.
 * 
 * @minItems 2
 * @maxItems 2
 */
export type Position = unknown[]
/**
 * Points of a line, in order, each [latitude, longitude].
 * 
 * @minItems 2
 * @maxItems 400
 */
export type Path = Position[]
/**
 * A point as [latitude, longitude] in decimal degrees, latitude first as atlases write it: 37.57° N, 126.98° E is [37.57, 126.98]. South and west are negative.
 * 
 * @minItems 2
 * @maxItems 2
 */
export type Position1 = unknown[]
/**
 * A point as [latitude, longitude] in decimal degrees, latitude first as atlases write it: 37.57° N, 126.98° E is [37.57, 126.98]. South and west are negative.
 * 
 * @minItems 2
 * @maxItems 2
 */
export type Position2 = unknown[]
/**
 * A point as [latitude, longitude] in decimal degrees, latitude first as atlases write it: 37.57° N, 126.98° E is [37.57, 126.98]. South and west are negative.
 * 
 * @minItems 2
 * @maxItems 2
 */
export type Position3 = unknown[]
/**
 * A point as [latitude, longitude] in decimal degrees, latitude first as atlases write it: 37.57° N, 126.98° E is [37.57, 126.98]. South and west are negative.
 * 
 * @minItems 2
 * @maxItems 2
 */
export type Position4 = unknown[]
/**
 * Points of a line, in order, each [latitude, longitude].
 * 
 * @minItems 2
 * @maxItems 400
 */
export type Path1 = Position[]
/**
 * A point as [latitude, longitude] in decimal degrees, latitude first as atlases write it: 37.57° N, 126.98° E is [37.57, 126.98]. South and west are negative.
 * 
 * @minItems 2
 * @maxItems 2
 */
export type Position5 = unknown[]

/**
 * One document-based lesson. A single lesson file yields a student handout, a student worksheet and a teacher answer key.
 */
export interface LessonFile {
/**
 * Path or URL of this schema, so editors validate and autocomplete the file while you type.
 */
$schema?: string
/**
 * Stable lesson id: lowercase letters, digits and single hyphens. Used in output paths (dist/<id>/handout.pdf).
 */
id: string
/**
 * Lesson title printed in headers and on covers.
 */
title: string
/**
 * Title of the unit the lesson belongs to.
 */
unit?: string
/**
 * Position of the lesson in its unit (1 = first).
 */
order?: number
/**
 * Language the lesson's documents print in, as a BCP 47 tag ("en", "es", "ko", "en-GB"). It sets every printed label (Name, Page 1 of 2, Answer Key), the HTML lang, the PDF's language, quotation marks and hyphenation. A lesson without it uses its unit's language when unit.json lists it, else English. Its primary language needs a message catalogue in lessonpack's locales/ folder (en, es, ko); see docs/authoring.md "Languages".
 */
language?: string
/**
 * Intended grades, e.g. "Grades 9-12". Read as a grade band ("Grade 8", "9th-10th grade" and "K-2" also work) for the reading-level warning: `validate` warns when a document without an adapted version, or the background, reads more than two grades above the band's top. Other text is allowed and means no band.
 */
gradeLevel?: string
/**
 * Who wrote the lesson (goes into PDF metadata).
 */
author?: string
/**
 * The central historical question, arguable either way, that the final claim answers.
 */
centralQuestion: string
/**
 * What students will be able to do by the end of the lesson (teacher edition and overview).
 */
objectives?: string[]
/**
 * Standards the lesson serves, printed in the lesson overview and the unit overview: C3 Framework codes (D2.His.N.9-12) and Common Core literacy codes (RH.9-10.N, RH.11-12.N, WHST.9-10.N, WHST.11-12.N; WHST parts may add a letter, e.g. WHST.9-10.1b).
 */
standards?: Standard[]
/**
 * Minutes in one class period at the school this lesson is planned for. The overview groups the timing by period; validation fails when a period's activities add up to more.
 */
periodMinutes?: number
/**
 * The lesson plan as activities with minutes, grouped by class period (`period`), shown to the teacher.
 */
timing?: {
/**
 * What the class does.
 */
activity: string
/**
 * How long it takes, in minutes.
 */
minutes: number
/**
 * Which class period of the lesson the activity belongs to (1 = first). Rows of one period are listed together, periods in order. Defaults to 1.
 */
period?: number
}[]
/**
 * A short reading written by the lesson's authors so students can place the documents, with an optional timeline.
 */
background: {
/**
 * Heading of the background reading.
 */
title?: string
/**
 * The reading, in Markdown.
 */
body: string
/**
 * Key dates, printed as a table beside the reading.
 */
timeline?: {
/**
 * Date as printed.
 */
date: string
/**
 * What happened (Markdown, inline: **bold**, *italics*).
 */
event: string
}[]
}
/**
 * Terms students need, printed on the handout.
 */
vocabulary?: Term[]
/**
 * The excerpts students read. Each quotes a passage of a source in the source library by locator, never by pasting text.
 * 
 * @minItems 1
 */
documents: Document[]
/**
 * Worksheet sections, each a group of questions. The answer key prints the same sections with answers.
 * 
 * @minItems 1
 */
sections: Section[]
/**
 * A short written exit ticket that closes the lesson: printed as a slip at the end of the worksheet; the answer key prints the model answer in its space.
 */
exitTicket?: {
/**
 * The question students answer on the slip.
 */
prompt: string
/**
 * Writing lines on the slip.
 */
lines: number
/**
 * A model answer or what to look for (answer key only).
 */
answer: string
}
/**
 * Notes for the teacher only: source errors, pitfalls, extensions. Never printed in student documents.
 */
teacherNotes?: {
/**
 * Short heading for the note.
 */
title?: string
/**
 * Document id the note is about, if any.
 */
about?: string
/**
 * The note, in Markdown.
 */
note: string
}[]
/**
 * Maps drawn at build time from Natural Earth coastlines and borders plus the layers given here. A figure prints in the handout where `after` says, and on the worksheet when a `map` question uses it.
 */
figures?: Figure[]
}
/**
 * One standard the lesson serves.
 */
export interface Standard {
/**
 * The standard's code: D2.His.<1-17>.9-12 (C3 Framework), RH.9-10.<1-10> or RH.11-12.<1-10> (Common Core reading in history), WHST.9-10.<1-10> or WHST.11-12.<1-10>, optionally with a part letter such as WHST.9-10.1b (Common Core writing).
 */
code: string
/**
 * Where and how the lesson serves it, in our own words (one line).
 */
focus?: string
}
/**
 * A vocabulary term and its definition.
 */
export interface Term {
/**
 * The word or phrase.
 */
term: string
/**
 * A student-friendly definition (Markdown, inline: **bold**, *italics*).
 */
definition: string
}
/**
 * An excerpt from the source library with its headnote.
 */
export interface Document {
/**
 * Id of the document within the lesson, referenced by questions.
 */
id: string
/**
 * Label printed for students.
 */
label: string
/**
 * Optional short title for the excerpt.
 */
title?: string
/**
 * Id of a source in the source library (sources/<id>.json).
 */
source: string
locator: Locator
/**
 * Passages inside the excerpt to cut; each is replaced by an ellipsis in brackets.
 */
omit?: {
/**
 * Exact text the cut begins with.
 */
start: string
/**
 * Exact text the cut ends with.
 */
end: string
}[]
/**
 * Who wrote it, when, what kind of text, why it matters (Markdown, written by the lesson's authors).
 */
headnote: string
/**
 * An adapted student version (shorter sentences, glossed words). Students read this; the teacher's edition shows the original and what changed.
 */
adapted?: {
/**
 * The adapted text, in Markdown.
 */
text: string
/**
 * What was changed from the original, for the teacher.
 */
changes: string
}
/**
 * Hard words in the excerpt, explained in the margin.
 */
glosses?: Term[]
}
export interface Anchors {
/**
 * Exact text the excerpt begins with.
 */
start: string
/**
 * Exact text the excerpt ends with (after start).
 */
end: string
}
export interface Paragraphs {
/**
 * First and last paragraph number (1-based, inclusive) as counted by the source's paragraph rule (its `paragraphs` setting); a sub-heading counts as one paragraph.
 * 
 * @minItems 2
 * @maxItems 2
 */
paragraphs: unknown[]
}
/**
 * A group of worksheet questions.
 */
export interface Section {
/**
 * Section id, unique in the lesson.
 */
id: string
/**
 * Section heading.
 */
title: string
/**
 * Instructions printed under the heading.
 */
instructions?: string
/**
 * The questions of the section.
 * 
 * @minItems 1
 */
questions: Question[]
}
/**
 * Fields every question has.
 */
export interface QuestionBase {
/**
 * Question id, unique in the lesson.
 */
id: string
/**
 * The question as students read it (Markdown).
 */
prompt: string
/**
 * Points the question is worth.
 */
points: number
skill: Skill
/**
 * `core`: every student does it; `extension`: for students who finish early or for homework, marked on the worksheet so a teacher can cut it. Defaults to core.
 */
tier?: ("core" | "extension")
/**
 * Ids of the documents the question is about.
 */
documents?: string[]
/**
 * A note for the teacher printed with the answer in the key.
 */
teacherNote?: string
}
export interface MultipleChoice1 {
/**
 * Multiple choice.
 */
kind: "multiple-choice"
/**
 * `one`: exactly one option is correct; `all-that-apply`: one or more are, and students are told to mark all that apply.
 */
select: ("one" | "all-that-apply")
/**
 * The options, printed as A, B, C... in this order (A/B versions shuffle them, except `fixed` ones).
 * 
 * @minItems 2
 * @maxItems 8
 */
options: {
/**
 * Option id referenced by `answer`.
 */
id: string
/**
 * Option text (Markdown, inline).
 */
text: string
/**
 * Keeps this option at its place when A/B versions shuffle the options (e.g. "All of the above" stays last).
 */
fixed?: boolean
}[]
/**
 * Whether A/B versions (`--versions`) may reorder the options; false keeps the order written (e.g. options that refer to each other, like "Both A and B").
 */
shuffle?: boolean
/**
 * Ids of the correct options.
 * 
 * @minItems 1
 */
answer: string[]
/**
 * Why the answer is right (answer key only).
 */
explanation: string
}
export interface ShortAnswer1 {
/**
 * Short answer.
 */
kind: "short-answer"
/**
 * Writing lines students get; the key prints the model answer in the same space.
 */
lines: number
/**
 * The answer or a model answer (answer key only).
 */
answer: string
/**
 * What earns each score, e.g. 2/1/0 (answer key only).
 */
scoring?: Level[]
}
/**
 * One score and what earns it.
 */
export interface Level {
/**
 * The score.
 */
points: number
/**
 * What work at this score looks like.
 */
description: string
}
export interface Table1 {
/**
 * Table or graphic organizer.
 */
kind: "table"
/**
 * Headers of the columns students fill (the row label column comes first and is set by `rowHeader`).
 * 
 * @minItems 1
 * @maxItems 6
 */
columns: string[]
/**
 * Header of the first column, which holds each row's label.
 */
rowHeader?: string
/**
 * Writing lines per row.
 */
lines?: number
/**
 * The rows: a label students see and the model answers per column (answer key only).
 * 
 * @minItems 1
 */
rows: {
/**
 * Row label.
 */
label: string
/**
 * Model answer for each column, in column order.
 */
answers: string[]
}[]
}
export interface Ordering1 {
/**
 * Ordering.
 */
kind: "ordering"
/**
 * The items, in the scrambled order students see.
 * 
 * @minItems 2
 * @maxItems 12
 */
items: {
/**
 * Item id referenced by `answer`.
 */
id: string
/**
 * The event as students read it.
 */
text: string
/**
 * The date, shown only in the answer key.
 */
date?: string
}[]
/**
 * Item ids in the correct order (a permutation of all items).
 */
answer: string[]
/**
 * Notes on the order (answer key only).
 */
explanation?: string
}
export interface Matching1 {
/**
 * Matching.
 */
kind: "matching"
/**
 * Correct pairs.
 * 
 * @minItems 2
 * @maxItems 12
 */
pairs: {
/**
 * Left column.
 */
term: string
/**
 * Its correct match in the right column.
 */
match: string
}[]
/**
 * Extra right-column entries that match nothing.
 */
distractors?: string[]
}
export interface ExtendedResponse1 {
/**
 * Extended response.
 */
kind: "extended-response"
/**
 * Writing lines students get.
 */
lines: number
/**
 * A model answer (answer key only).
 */
answer: string
/**
 * Rubric criteria; their maximum points must add up to the question's points.
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
levels: Level[]
}[]
scaffolds?: Scaffolds
}
/**
 * Supports printed with an argued answer: a planning box, sentence frames and a word bank.
 */
export interface Scaffolds {
/**
 * Labels of the rows of a planning box students fill before writing (claim, evidence, counter-argument...).
 * 
 * @maxItems 8
 */
planning?: string[]
/**
 * Sentence frames students may use to start sentences; blanks are written as ____.
 * 
 * @maxItems 10
 */
frames?: string[]
/**
 * Words and phrases students may use.
 * 
 * @maxItems 24
 */
wordBank?: string[]
}
export interface MapQuestion1 {
/**
 * Map.
 */
kind: "map"
/**
 * Id of the figure (in `figures`) students mark.
 */
figure: string
/**
 * Layers the answer key draws on the map: the answer, in the same layer kinds as a figure.
 * 
 * @minItems 1
 * @maxItems 40
 */
answer: Layer[]
/**
 * What a right answer shows and how to mark it (marking guide).
 */
explanation: string
/**
 * What earns each score, e.g. 2/1/0 (marking guide).
 */
scoring?: Level[]
}
/**
 * A line along a parallel (`parallel`) or through points (`path`): a border, a front line on a date, an armistice line.
 */
export interface LineLayer {
/**
 * A line.
 */
kind: "line"
/**
 * Draw the line along this latitude, across the whole map.
 */
parallel?: number
path?: Path
/**
 * How the line is drawn (grays only): `solid`, `heavy`, `dashed`, `dotted`, `dash-dot`, or `band` (a gray strip `widthKm` wide, e.g. a demilitarized zone).
 */
style: ("solid" | "heavy" | "dashed" | "dotted" | "dash-dot" | "band")
/**
 * Width of a `band` in kilometres.
 */
widthKm?: number
/**
 * Text written on the map beside the layer (placed where it overlaps nothing).
 */
label?: string
labelAt?: Position1
/**
 * Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).
 */
legend?: string
}
/**
 * A place: a symbol at a position with its name beside it.
 */
export interface PlaceLayer {
/**
 * A place.
 */
kind: "place"
/**
 * The name printed beside the symbol.
 */
name: string
at: Position2
/**
 * `dot` (a town), `capital` (a ringed dot), `square` (an event, e.g. a landing) or `none`.
 */
symbol?: ("dot" | "capital" | "square" | "none")
/**
 * Force the name to one side of the symbol (compass direction); by default it goes where it overlaps nothing.
 */
labelSide?: ("n" | "ne" | "e" | "se" | "s" | "sw" | "w" | "nw")
/**
 * Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).
 */
legend?: string
}
/**
 * Text on the map at a position, e.g. a country, a sea or a river.
 */
export interface LabelLayer {
/**
 * A text label.
 */
kind: "label"
/**
 * The text; a line break (\n in JSON) starts a second line.
 */
text: string
at: Position3
/**
 * `region` (a country: spaced capitals), `water` (a sea or river: italic) or `note` (plain).
 */
style?: ("region" | "water" | "note")
}
/**
 * A movement: an arrow along `path`, from its first point to its last.
 */
export interface ArrowLayer {
/**
 * An arrow.
 */
kind: "arrow"
path: Path
/**
 * `solid` or `dashed`: two sides, or an advance and a retreat, told apart in the legend.
 */
style?: ("solid" | "dashed")
/**
 * Text written on the map beside the layer (placed where it overlaps nothing).
 */
label?: string
labelAt?: Position4
/**
 * Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).
 */
legend?: string
}
/**
 * A shaded area inside `outline` (closed automatically). Shading stops at the coast unless `overSea` is true.
 */
export interface AreaLayer {
/**
 * A shaded area.
 */
kind: "area"
outline: Path1
/**
 * Shading (grays only): `hatch` (diagonal lines), `crosshatch`, `dots` or `gray`.
 */
fill: ("hatch" | "crosshatch" | "dots" | "gray")
/**
 * Shade the sea inside the outline too.
 */
overSea?: boolean
/**
 * Text written on the map beside the layer (placed where it overlaps nothing).
 */
label?: string
labelAt?: Position5
/**
 * Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).
 */
legend?: string
}
/**
 * A map of a region: Natural Earth coastlines and borders (npm world-atlas), with layers stated as data. Printed in grays, as vectors, with text in the document's fonts.
 */
export interface Figure {
/**
 * Figure id, unique in the lesson; a map question names it in `figure`.
 */
id: string
/**
 * Title printed above the map.
 */
title: string
/**
 * Where the handout prints the map: "background" (after the background reading and timeline), "vocabulary", or a document id (after that document). Leave it out for a map only a `map` question shows.
 */
after?: string
/**
 * Where a variant's handout prints the map instead of `after`: by variant (`large-print`, `dyslexia`), the same values as `after`. Larger text moves the page breaks, and a map that needs a page of its own can leave the page before it near empty; printing it where a page ends anyway keeps every page full.
 */
afterIn?: {
/**
 * Where the large-print handout prints the map.
 */
"large-print"?: string
/**
 * Where the dyslexia-friendly handout prints the map.
 */
dyslexia?: string
}
/**
 * Alternative text: what the map shows, in a sentence or two, for readers who cannot see it (screen readers read it from the tagged PDF). Required.
 */
alt: string
/**
 * Caption printed under the map (what to notice).
 */
caption?: string
/**
 * What the lesson's lines and places rest on, printed under the caption after the base-map credit.
 */
credit?: string
/**
 * What the coordinates of the lines and places rest on (sources, how a line was traced, how precise it is), for authors and reviewers. Not printed.
 */
dataNote?: string
/**
 * How large the map prints: `small` (at most 3.1 in wide and 4 in high), `medium` (4.6 by 5.6 in) or `large` (6.2 by 6.5 in); the other side follows the shape of `bounds`, and the legend goes below.
 */
size?: ("small" | "medium" | "large")
/**
 * The area the map shows, in degrees.
 */
bounds: {
/**
 * Western edge (longitude; west is negative).
 */
west: number
/**
 * Southern edge (latitude; south is negative).
 */
south: number
/**
 * Eastern edge (longitude).
 */
east: number
/**
 * Northern edge (latitude).
 */
north: number
}
/**
 * Where the legend box (with the scale bar) goes: `below` the map (the default: it hides nothing), in a corner of the map, or `none`.
 */
legend?: ("below" | "top-left" | "top-right" | "bottom-left" | "bottom-right" | "none")
/**
 * What is drawn on the base map, bottom to top.
 * 
 * @maxItems 100
 */
layers: Layer[]
}
