/** A synthetic project for the benchmark: N lessons using every question kind, quoting the real sources verbatim. */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded random generator (mulberry32), so the same N gives the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'ABCDEFGH';

/**
 * The paragraphs of a source, as the library splits them, and anchors that occur exactly once: the first and
 * last words of a paragraph, lengthened until unique.
 */
function excerptable(text, rule, normalizeSource) {
  const norm = normalizeSource(text, rule);
  const paragraphs = norm.flat.split('\n');
  const unique = (s) => norm.search.indexOf(s) >= 0 && norm.search.indexOf(s) === norm.search.lastIndexOf(s);
  const anchor = (words, fromEnd) => {
    for (let n = 5; n <= Math.min(words.length, 40); n++) {
      const s = (fromEnd ? words.slice(-n) : words.slice(0, n)).join(' ');
      if (s.length > 400) return undefined;
      if (unique(s)) return s;
    }
    return undefined;
  };
  return paragraphs.map((p) => {
    const words = p.split(' ');
    return { text: p, words: words.length, start: anchor(words, false), end: anchor(words, true) };
  });
}

/** Sentences from the sources, used as filler text for prompts and answers. */
function sentences(texts) {
  return texts
    .flatMap((t) => t.split(/(?<=[.!?])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 40 && s.length < 220 && !/[*_`#[\]<>|\\]/.test(s));
}

function lesson(i, rnd, sources, filler) {
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const say = (n = 1) => Array.from({ length: n }, () => pick(filler)).join(' ');
  /** `n` different sentences (options and matches must differ from each other). */
  const distinct = (n, max) => {
    const out = new Set();
    while (out.size < n) out.add(pick(filler).slice(0, max));
    return [...out];
  };
  /** A two-word term taken from the sources (for vocabulary and glosses). */
  const term = () =>
    pick(filler)
      .replace(/[^A-Za-z ]/g, '')
      .split(' ')
      .filter((w) => w.length > 3)
      .slice(0, 2)
      .join(' ') || 'term';
  const id = `lesson-${String(i).padStart(4, '0')}`;
  const docCount = 2 + Math.floor(rnd() * 3);
  const documents = [];
  for (let d = 0; d < docCount; d++) {
    const source = pick(sources);
    // One to three consecutive paragraphs whose first and last have unique anchors.
    let start;
    let end;
    for (let tries = 0; tries < 50 && !(start && end); tries++) {
      const a = Math.floor(rnd() * source.paragraphs.length);
      const b = Math.min(source.paragraphs.length - 1, a + Math.floor(rnd() * 3));
      start = source.paragraphs[a]?.start;
      end = source.paragraphs[b]?.end;
      if (source.paragraphs.slice(a, b + 1).reduce((n, p) => n + p.words, 0) > 260) start = undefined;
    }
    if (!start || !end) throw new Error(`corpus: no unique anchors found in ${source.id}`);
    documents.push({
      id: `doc-${LETTERS[d].toLowerCase()}`,
      label: `Document ${LETTERS[d]}`,
      title: `${source.title} (excerpt ${d + 1})`,
      source: source.id,
      locator: { start, end },
      headnote: `**Source:** ${source.title}. ${say(2)}\n\n**Why it matters:** ${say(1)}`,
      glosses: [{ term: term(), definition: say(1).slice(0, 150) }],
    });
  }
  const docIds = documents.map((d) => d.id);
  const shortAnswers = documents.map((d, k) => ({
    kind: 'short-answer',
    id: `q-source-${k + 1}`,
    prompt: `Who wrote ${d.label}, when, and why? ${say(1)}`,
    points: 2,
    skill: 'sourcing',
    documents: [d.id],
    lines: 3 + Math.floor(rnd() * 3),
    answer: say(2),
    scoring: [
      { points: 2, description: 'Names the author, the date and the purpose.' },
      { points: 1, description: 'Names one of them.' },
      { points: 0, description: 'Neither.' },
    ],
  }));
  const events = distinct(4, 160).map((text, k) => ({ id: `e${k + 1}`, text, date: `${1945 + k * 2}` }));
  const matches = distinct(4, 120);
  return {
    $schema: '../schemas/lesson.schema.json',
    id,
    title: `Synthetic Lesson ${i}: ${pick(filler).split(' ').slice(0, 6).join(' ')}`,
    unit: `Synthetic unit ${1 + Math.floor(i / 10)}`,
    order: 1 + (i % 10),
    gradeLevel: 'Grades 9-12',
    author: 'lessonpack benchmark',
    centralQuestion: `${say(1).slice(0, 200)} Was it inevitable?`,
    objectives: [`Source ${docCount} documents: who wrote them, when, and why.`, 'Corroborate claims across documents.'],
    timing: [
      { activity: 'Read the background and the documents', minutes: 20 },
      { activity: 'Answer the questions and write the claim', minutes: 30 },
    ],
    background: {
      title: 'Background',
      body: `${say(3)}\n\n${say(3)}\n\n**Key idea:** ${say(1)}`,
      timeline: events.map((e) => ({ date: e.date, event: e.text })),
    },
    vocabulary: [1, 2, 3].map(() => ({ term: term(), definition: say(1).slice(0, 200) })),
    documents,
    sections: [
      {
        id: 'part-1',
        title: 'Part 1: Sourcing the documents',
        instructions: 'Read each document, then answer.',
        questions: [
          {
            kind: 'multiple-choice',
            id: 'q-mc',
            prompt: `Which statement fits ${documents[0].label}?`,
            points: 1,
            skill: 'close-reading',
            documents: [docIds[0]],
            select: 'one',
            options: distinct(4, 160).map((text, k) => ({ id: 'abcd'[k], text })),
            answer: ['b'],
            explanation: say(1),
          },
          ...shortAnswers,
          {
            kind: 'ordering',
            id: 'q-order',
            prompt: 'Put the events in order.',
            points: 1,
            skill: 'chronology',
            // Listed scrambled: the answer gives the order.
            items: [2, 0, 3, 1].map((k) => events[k]),
            answer: events.map((e) => e.id),
          },
          {
            kind: 'matching',
            id: 'q-match',
            prompt: 'Match each term to its meaning.',
            points: 2,
            skill: 'vocabulary',
            pairs: matches.slice(0, 3).map((match, k) => ({ term: `Term ${k + 1} of lesson ${i}`, match })),
            distractors: matches.slice(3),
          },
        ],
      },
      {
        id: 'part-2',
        title: 'Part 2: Corroboration and argument',
        questions: [
          {
            kind: 'table',
            id: 'q-table',
            prompt: 'Fill in the organizer.',
            points: 2,
            skill: 'corroboration',
            rowHeader: 'Document',
            columns: ['Main claim', 'How reliable? Why?'],
            lines: 2,
            rows: documents.map((d) => ({ label: d.label, answers: [say(1).slice(0, 150), say(1).slice(0, 150)] })),
          },
          {
            kind: 'extended-response',
            id: 'q-claim',
            prompt: 'Answer the central question using at least two documents.',
            points: 4,
            skill: 'argumentation',
            documents: docIds,
            lines: 10,
            answer: say(4),
            rubric: ['Claim', 'Evidence'].map((criterion) => ({
              criterion,
              levels: [
                { points: 2, description: `Strong ${criterion.toLowerCase()}.` },
                { points: 1, description: `Some ${criterion.toLowerCase()}.` },
                { points: 0, description: `No ${criterion.toLowerCase()}.` },
              ],
            })),
          },
        ],
      },
    ],
    teacherNotes: [{ title: 'Notes', about: docIds[0], note: say(2) }],
  };
}

/**
 * Writes a project with `count` lessons to `root` (lessons/, sources/ copied from the repository, and a unit
 * of the first `unitSize` lessons). Returns the lesson ids.
 */
export function generateCorpus({ root, repo, count, unitSize = 4, normalizeSource }) {
  const sourcesDir = join(repo, 'sources');
  cpSync(sourcesDir, join(root, 'sources'), { recursive: true });
  mkdirSync(join(root, 'lessons'), { recursive: true });
  const sources = readdirSync(sourcesDir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => {
      const meta = JSON.parse(readFileSync(join(sourcesDir, n), 'utf8'));
      const text = readFileSync(join(sourcesDir, `${meta.id}.txt`), 'utf8');
      return { id: meta.id, title: meta.title, text, paragraphs: excerptable(text, meta.paragraphs ?? 'line', normalizeSource) };
    });
  const filler = sentences(sources.map((s) => s.text));
  const ids = [];
  for (let i = 1; i <= count; i++) {
    const data = lesson(i, random(i), sources, filler);
    writeFileSync(join(root, 'lessons', `${data.id}.json`), `${JSON.stringify(data, null, 2)}\n`);
    ids.push(data.id);
  }
  // The last lesson stays outside the unit (the benchmark edits it), unless there is only one.
  const inUnit = ids.slice(0, Math.min(unitSize, Math.max(1, count - 1)));
  const unit = {
    $schema: '../schemas/unit.schema.json',
    id: 'synthetic-unit',
    title: 'Synthetic Unit',
    summary: `The first ${inUnit.length} lessons of the benchmark corpus.`,
    lessons: inUnit,
  };
  if (unitSize > 0) writeFileSync(join(root, 'lessons', 'unit.json'), `${JSON.stringify(unit, null, 2)}\n`);
  return ids;
}

/** Changes one visible prompt of a lesson (the "one-lesson edit"); returns the new text to look for. */
export function editLesson(root, id, stamp) {
  const file = join(root, 'lessons', `${id}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const text = `Edited prompt ${stamp}: which document is most reliable?`;
  data.sections[0].questions[0].prompt = text;
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return text;
}
