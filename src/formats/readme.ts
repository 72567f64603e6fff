/** dist/README.txt: which file is for whom. Pure: the list of files in, text out (same files, same text). */

export interface ListedFile {
  path: string;
  kind: string;
  lesson?: string;
}

const STUDENT = new Set(['handout', 'worksheet', 'student-pack']);

const WHAT: Record<string, string> = {
  handout: 'Student handout: background reading, vocabulary and the documents',
  worksheet: 'Worksheet: the questions, with space to answer',
  'student-pack': 'Student pack: handout and worksheet in one file',
  overview: 'Lesson overview: objectives, timing, plan',
  'answer-key': 'Answer key: the worksheet with every answer filled in',
  'marking-guide': 'Marking guide: why answers are right, rubrics, what the sources get wrong',
  'teacher-pack': 'Teacher pack: every document of the lesson in one file',
  quiz: 'Quiz to import into a learning management system (QTI 2.1: Canvas, Moodle, Blackboard); holds the answers',
  'unit-overview': 'Unit overview: the lessons and sources of the unit',
  'unit-pack': 'Unit pack: the overview and every teacher pack',
};

const EXTENSIONS = ['.pdf', '.docx', '.html', '.qti.zip'];
const extension = (path: string) => EXTENSIONS.find((e) => path.endsWith(e)) ?? path.slice(path.lastIndexOf('.'));

/** One line per document: its file in every format ("handout.pdf .docx .html") and what it is. */
function block(title: string, files: ListedFile[]): string[] {
  if (!files.length) return [];
  const groups = new Map<string, ListedFile[]>();
  for (const f of files) {
    const stem = f.path.slice(0, f.path.length - extension(f.path).length);
    groups.set(stem, [...(groups.get(stem) ?? []), f]);
  }
  const rows = [...groups].map(([stem, group]) => {
    const exts = group.map((f) => extension(f.path)).sort((a, b) => EXTENSIONS.indexOf(a) - EXTENSIONS.indexOf(b));
    const version = /-([A-D])$/.exec(stem)?.[1];
    const kind = group[0]?.kind ?? '';
    return { name: `${stem}${exts.join(' ')}`, what: `${WHAT[kind] ?? kind}${version ? `, version ${version}` : ''}` };
  });
  const width = Math.min(48, Math.max(...rows.map((r) => r.name.length)));
  return [title, ...rows.map((r) => `  ${r.name.padEnd(width)}  ${r.what}`), ''];
}

/** The text of README.txt for the files in the output folder. */
export function outputReadme(files: ListedFile[], generator: string): string {
  const sorted = [...files].filter((f) => f.kind !== 'readme').sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const students = sorted.filter((f) => STUDENT.has(f.kind));
  const teachers = sorted.filter((f) => !STUDENT.has(f.kind));
  const versioned = sorted.some((f) => /-[A-D]\.\w+$/.test(f.path));
  return [
    'WHAT TO PRINT, AND FOR WHOM',
    `Made by ${generator}. manifest.json lists every file with its size and sha256.`,
    '',
    'File types: .pdf to print; .docx an editable copy (Word, LibreOffice, Google Docs); .html the web edition (on screen,',
    'with a screen reader; no internet needed); .qti.zip a quiz to import into a learning management system.',
    '',
    ...block('STUDENT COPIES: print one per student, or share the web pages and editable copies', students),
    ...(versioned ? ['Versions A, B, ...: give neighbours different versions; mark each with the answer key of the same letter.', ''] : []),
    ...block('TEACHER ONLY: never give these to students (they hold the answers)', teachers),
  ].join('\n');
}
