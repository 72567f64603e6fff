/* Generated from schemas/config.schema.json by scripts/generate-from-schema.ts. Do not edit; run `npm run gen`. */

/**
 * Optional lessonpack.config.json at the project root: school branding, defaults and template overrides.
 */
export interface ConfigFile {
/**
 * Path or URL of this schema, for editors.
 */
$schema?: string
/**
 * School name printed on covers and in running headers.
 */
school?: string
/**
 * Path of a PNG, JPEG or SVG logo inside the project, printed on covers.
 */
logo?: string
/**
 * Default paper size.
 */
paper?: ("letter" | "a4")
/**
 * Folder of lesson files.
 */
lessons?: string
/**
 * Folder of the source library.
 */
sources?: string
/**
 * Folder of template and partial overrides; a file there with the same name as a built-in template wins.
 */
templates?: string
/**
 * Output folder.
 */
out?: string
/**
 * Extra font families from files inside the project, for scripts the bundled fonts do not cover. They are tried after the document's own font and before the bundled Korean and symbol fonts.
 * 
 * @maxItems 20
 */
fonts?: {
/**
 * The family name to print with (any name; it must not be one of the bundled families).
 */
family: string
/**
 * Path of a WOFF2, WOFF, TrueType or OpenType file inside the project.
 */
file: string
/**
 * The font's licence and where it comes from, so whoever reuses the project knows they may.
 */
license: string
/**
 * The weight this file draws.
 */
weight?: number
/**
 * The style this file draws.
 */
style?: ("normal" | "italic")
}[]
}
