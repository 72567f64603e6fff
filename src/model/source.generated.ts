/* Generated from schemas/source.schema.json by scripts/generate-from-schema.ts. Do not edit; run `npm run gen`. */

/**
 * Metadata of one source document in the source library. The full text sits beside it as sources/<id>.txt, verbatim.
 */
export interface SourceFile {
/**
 * Path or URL of this schema, for editors.
 */
$schema?: string
/**
 * Source id, also the text file's name (sources/<id>.txt).
 */
id: string
/**
 * The document's own title.
 */
title: string
/**
 * Author as credited, or "unsigned".
 */
author: string
/**
 * Where it was published: site, newspaper, publisher or journal.
 */
outlet: string
/**
 * When it was published. `display` is printed; `undated` marks a text with no date, with an estimate where one is defensible.
 */
date: {
/**
 * Date as printed in citations.
 */
display: string
/**
 * Machine-readable date or year, if known.
 */
iso?: string
/**
 * True when the document itself carries no date.
 */
undated?: boolean
/**
 * Why the estimated date is defensible (teacher-facing).
 */
estimate?: string
}
/**
 * What kind of text it is (printed in the marking guide); "other" when none fits.
 */
kind: ("academic paper" | "blog essay" | "book or book chapter" | "cartoon" | "diary or memoir" | "encyclopedia entry" | "fact sheet" | "government document" | "interview or oral history" | "law or resolution" | "letter" | "magazine article" | "map" | "news explainer" | "newspaper article" | "perspective essay" | "photograph" | "speech or statement" | "student newspaper" | "telegram or cable" | "textbook" | "treaty or agreement" | "other")
/**
 * Full citation, printed under every excerpt.
 */
citation: string
/**
 * Whose point of view the text speaks from, for students' sourcing.
 */
perspective: string
/**
 * How the text file marks paragraphs (for printing and for paragraph locators): every non-empty line is one ("line"); blocks separated by blank lines, their lines joined ("blank-line"); or hard-wrapped lines, e.g. text copied from a PDF, where blank lines mean nothing ("wrapped"): lines are joined, a word split at a line-end hyphen is rejoined, and a paragraph ends where a line stops well short of the others at the end of a sentence. The file itself stays verbatim.
 */
paragraphs?: ("line" | "blank-line" | "wrapped")
/**
 * Whether the source's own sub-headings are found and printed as sub-headings inside excerpts ("detect": a paragraph of at most 12 words and 80 characters that opens with a capital and does not end like a sentence), or every paragraph prints as text ("none").
 */
headings?: ("detect" | "none")
/**
 * Teacher-facing reliability notes, printed in answer keys and the unit overview.
 */
reliability: {
/**
 * One or two sentences on how far to trust the source.
 */
summary: string
/**
 * Statements in the source that are wrong, each with the correction.
 */
knownErrors: {
/**
 * What the source says (quote or close paraphrase).
 */
claim: string
/**
 * What is actually the case, and how we know.
 */
correction: string
}[]
/**
 * Claims the source makes without evidence, or that no other source supports.
 */
unsupportedClaims?: string[]
/**
 * What the source is good evidence for.
 */
goodEvidenceFor: string[]
}
}
