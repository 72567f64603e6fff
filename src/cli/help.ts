/** The `--help` text. Every list in it (papers, variants, document kinds, formats, outputs) comes from its one source. */
import { OUTPUT_FORMATS, type OutputFormat } from '../formats/choose.js';
import { DOCUMENT_KINDS, LESSON_DOCUMENTS, PAPERS, VARIANTS, VERSION_LETTERS } from '../model/index.js';

/** Width of the help text, and the column option descriptions start at. */
const WIDTH = 118;
const COLUMN = 29;

/** What each output format gives, in the order the formats are listed. */
const FORMAT_HELP: Record<OutputFormat, string> = {
  pdf: 'pdf (default)',
  docx: 'docx (editable handout, worksheet, answer key)',
  html: 'html (accessible web pages of the student documents)',
  qti: 'qti (the worksheet as an LMS quiz)',
};

/** Words wrapped to the help's width after `prefix`, continuation lines indented by `indent` spaces. */
function wrap(text: string, prefix: string, indent: number): string {
  const lines: string[] = [];
  let line = prefix;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(indent);
      empty = true;
    }
    line += `${empty ? '' : ' '}${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** One option's line(s): the flag, then its description in the description column (on the next line if the flag is long). */
function option(flag: string, description: string): string {
  const head = `  ${flag}`;
  if (head.length >= COLUMN - 1) return `${head}\n${wrap(description, ' '.repeat(COLUMN), COLUMN)}`;
  return wrap(description, head.padEnd(COLUMN), COLUMN);
}

/** The help text of a version of lessonpack. */
export function helpText(version: string): string {
  const options = [
    option('--out DIR', 'output folder (default: dist, or "out" in lessonpack.config.json)'),
    option(`--paper ${PAPERS.join('|')}`, `paper size (default: ${PAPERS[0]}, or "paper" in the config)`),
    option(`--variant ${VARIANTS.join('|')}`, `accessibility variant; non-${VARIANTS[0]} variants go to DIR/<variant>/`),
    option('--force', 'ignore the cache and print everything again'),
    option('--only KINDS', `build only these documents, comma-separated: ${DOCUMENT_KINDS.join(', ')} (packs when all their documents are built)`),
    option('--format FORMATS', `${OUTPUT_FORMATS.map((f) => FORMAT_HELP[f]).join(', ')}; comma-separated`),
    option(
      '--versions N',
      `print N versions (2-${VERSION_LETTERS.length}) of the worksheet and answer key with shuffled options: worksheet-A.pdf, answer-key-A.pdf, worksheet-B.pdf, ...`,
    ),
    option('--shard K/N', 'build only slice K of N (CI matrix); packs are skipped: run "lessonpack pack" after'),
    option('--json', 'print a machine-readable summary (build, pack) or the problems (validate) on stdout'),
    option('--browser PATH', 'Chrome/Chromium to use (or set LESSONPACK_BROWSER)'),
    option('--browser-endpoint WS', 'print on a remote browser (ws://...) instead of launching one (or set LESSONPACK_BROWSER_ENDPOINT)'),
    option('--root DIR', 'project folder (default: the current folder)'),
    option('--port N', 'port for preview (default: 4173; 0 picks a free one)'),
    option('--example NAME', 'init: copy a bundled example unit (korean-war)'),
    option('--force', 'init: add missing files to a folder that is not empty (never overwrites a file)'),
    option('-h, --help', 'show this help'),
    option('-v, --version', 'show the version'),
  ];
  const outputs = `Outputs: DIR/<lesson-id>/${LESSON_DOCUMENTS.map((k) => `${k}.pdf`).join(', ')}, student-pack.pdf, teacher-pack.pdf (with --format: handout.docx, worksheet.html, quiz.qti.zip, ...); DIR/unit-overview.pdf and DIR/unit-pack.pdf; DIR/README.txt (which file is for whom); DIR/manifest.json.`;
  return `lessonpack ${version}: print document-based lessons as PDF handouts, worksheets, answer keys and packs.

Usage:
  lessonpack build [lesson files or ids...]   validate, then print PDFs (default: every lesson)
  lessonpack validate [lesson files or ids...] check lessons, sources and config; print every problem
  lessonpack pack                              assemble packs from PDFs already built (after sharded builds)
  lessonpack new <lesson-id>                   write lessons/<lesson-id>.json with an example of every question kind
  lessonpack preview [--port N]                serve every document as it prints on http://127.0.0.1:N/, reloading on save
  lessonpack init <folder> [--example NAME]    create a curriculum project of your own (NAME: korean-war copies the
                                               bundled unit); refuses a non-empty folder unless --force

Options:
${options.join('\n')}

${wrap(outputs, '', 0)}`;
}
