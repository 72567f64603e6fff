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
}
