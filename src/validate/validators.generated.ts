/* Generated from schemas/*.schema.json by scripts/generate-from-schema.ts. Do not edit; run `npm run gen`. */
// @ts-nocheck: Ajv's standalone code, typed where src/validate/schema.ts imports it.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const lesson = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lessonpack.dev/schemas/lesson.schema.json","title":"lessonpack lesson","description":"One document-based lesson. A single lesson file yields a student handout, a student worksheet and a teacher answer key.","type":"object","additionalProperties":false,"required":["id","title","centralQuestion","background","documents","sections"],"properties":{"$schema":{"description":"Path or URL of this schema, so editors validate and autocomplete the file while you type.","type":"string","examples":["../schemas/lesson.schema.json"]},"id":{"description":"Stable lesson id: lowercase letters, digits and single hyphens. Used in output paths (dist/<id>/handout.pdf).","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"examples":["korean-war-cause"]},"title":{"description":"Lesson title printed in headers and on covers.","type":"string","pattern":"\\S","minLength":1,"maxLength":120,"examples":["Who Started the Korean War?"]},"unit":{"description":"Title of the unit the lesson belongs to.","type":"string","maxLength":120,"examples":["The Korean War"]},"order":{"description":"Position of the lesson in its unit (1 = first).","type":"integer","minimum":1,"examples":[1]},"language":{"description":"Language the lesson's documents print in, as a BCP 47 tag (\"en\", \"es\", \"ko\", \"en-GB\"). It sets every printed label (Name, Page 1 of 2, Answer Key), the HTML lang, the PDF's language, quotation marks and hyphenation. A lesson without it uses its unit's language when unit.json lists it, else English. Its primary language needs a message catalogue in lessonpack's locales/ folder (en, es, ko); see docs/authoring.md \"Languages\".","type":"string","minLength":1,"maxLength":35,"examples":["en","es","ko"]},"gradeLevel":{"description":"Intended grades, e.g. \"Grades 9-12\". Read as a grade band (\"Grade 8\", \"9th-10th grade\" and \"K-2\" also work) for the reading-level warning: `validate` warns when a document without an adapted version, or the background, reads more than two grades above the band's top. Other text is allowed and means no band.","type":"string","maxLength":40,"examples":["Grades 9-12"]},"author":{"description":"Who wrote the lesson (goes into PDF metadata).","type":"string","maxLength":120,"examples":["lessonpack curriculum team"]},"centralQuestion":{"description":"The central historical question, arguable either way, that the final claim answers.","type":"string","minLength":1,"maxLength":300,"examples":["Who started the Korean War, and why in June 1950?"]},"objectives":{"description":"What students will be able to do by the end of the lesson (teacher edition and overview).","type":"array","items":{"type":"string","minLength":1,"maxLength":300},"examples":[["Source a document by its author, date and purpose."]]},"standards":{"description":"Standards the lesson serves, printed in the lesson overview and the unit overview: C3 Framework codes (D2.His.N.9-12) and Common Core literacy codes (RH.9-10.N, RH.11-12.N, WHST.9-10.N, WHST.11-12.N; WHST parts may add a letter, e.g. WHST.9-10.1b).","type":"array","items":{"$ref":"#/$defs/standard"},"examples":[[{"code":"D2.His.16.9-12","focus":"Part 4: the final claim argues who started the war from the documents."}]]},"periodMinutes":{"description":"Minutes in one class period at the school this lesson is planned for. The overview groups the timing by period; validation fails when a period's activities add up to more.","type":"integer","minimum":20,"maximum":240,"examples":[50]},"timing":{"description":"The lesson plan as activities with minutes, grouped by class period (`period`), shown to the teacher.","type":"array","items":{"type":"object","additionalProperties":false,"required":["activity","minutes"],"properties":{"activity":{"description":"What the class does.","type":"string","minLength":1,"maxLength":200,"examples":["Read the background and timeline"]},"minutes":{"description":"How long it takes, in minutes.","type":"integer","minimum":1,"maximum":300,"examples":[10]},"period":{"description":"Which class period of the lesson the activity belongs to (1 = first). Rows of one period are listed together, periods in order. Defaults to 1.","type":"integer","minimum":1,"maximum":10,"examples":[1]}}},"examples":[[{"period":1,"activity":"Read the background and timeline","minutes":12},{"period":1,"activity":"Source Documents A and B in pairs","minutes":20},{"period":2,"activity":"Write the final claim","minutes":30}]]},"background":{"description":"A short reading written by the lesson's authors so students can place the documents, with an optional timeline.","type":"object","additionalProperties":false,"required":["body"],"properties":{"title":{"description":"Heading of the background reading.","type":"string","pattern":"\\S","maxLength":120,"examples":["Background: a divided peninsula"]},"body":{"$ref":"#/$defs/markdown","description":"The reading, in Markdown.","examples":["Japan ruled Korea from 1910 until its defeat in 1945. In August 1945 the United States proposed a temporary line at the **38th parallel**, and the Soviet Union accepted it."]},"timeline":{"description":"Key dates, printed as a table beside the reading.","type":"array","items":{"type":"object","additionalProperties":false,"required":["date","event"],"properties":{"date":{"description":"Date as printed.","type":"string","minLength":1,"maxLength":40,"examples":["25 June 1950"]},"event":{"description":"What happened (Markdown, inline: **bold**, *italics*).","type":"string","minLength":1,"maxLength":300,"examples":["North Korean forces cross the 38th parallel."]}}},"examples":[[{"date":"15 August 1948","event":"The Republic of Korea is founded in Seoul."},{"date":"25 June 1950","event":"North Korean forces cross the 38th parallel."}]]}},"examples":[{"title":"Background: a divided peninsula","body":"Japan ruled Korea from 1910 until 1945. In August 1945 the **38th parallel** became a temporary line between Soviet and American zones.","timeline":[{"date":"25 June 1950","event":"North Korean forces cross the 38th parallel."}]}]},"vocabulary":{"description":"Terms students need, printed on the handout.","type":"array","items":{"$ref":"#/$defs/term"},"examples":[[{"term":"armistice","definition":"An agreement to stop fighting; it is not a peace treaty."}]]},"documents":{"description":"The excerpts students read. Each quotes a passage of a source in the source library by locator, never by pasting text.","type":"array","minItems":1,"items":{"$ref":"#/$defs/document"},"examples":[[{"id":"doc-a","label":"Document A","title":"A news explainer for schools (2012 or later)","source":"two-koreas-explainer","locator":{"start":"On June 25, 1950, the Korean War began","end":"first military action of the Cold War (1945-1991)."},"headnote":"**Source:** an explainer from an educational news site for schools, published in 2012 or later. No author is named and it cites no sources.\n\n**Why it matters:** it is the short version of the story many students learn."}]]},"sections":{"description":"Worksheet sections, each a group of questions. The answer key prints the same sections with answers.","type":"array","minItems":1,"items":{"$ref":"#/$defs/section"},"examples":[[{"id":"part-1","title":"Part 1: Sourcing the documents","questions":[{"kind":"short-answer","id":"q4","prompt":"**Document A.** What was already happening along the 38th parallel before June 1950?","points":2,"skill":"close-reading","documents":["doc-a"],"lines":4,"answer":"Both Korean governments wanted to rule the whole peninsula, and fighting along the border had already begun.","scoring":[{"points":2,"description":"Names the rival governments and the border fighting."},{"points":1,"description":"Names one of them."},{"points":0,"description":"Neither."}]}]}]]},"exitTicket":{"description":"A short written exit ticket that closes the lesson: printed as a slip at the end of the worksheet; the answer key prints the model answer in its space.","type":"object","additionalProperties":false,"required":["prompt","lines","answer"],"properties":{"prompt":{"$ref":"#/$defs/markdown","description":"The question students answer on the slip.","examples":["In one or two sentences: who do you think started the Korean War, and which document convinced you most?"]},"lines":{"description":"Writing lines on the slip.","type":"integer","minimum":1,"maximum":8,"examples":[3]},"answer":{"$ref":"#/$defs/markdown","description":"A model answer or what to look for (answer key only).","examples":["Kim Il Sung, with Stalin's approval: Document D shows Stalin agreeing in April 1950."]}},"examples":[{"prompt":"Who started the Korean War? Name one document that supports your answer.","lines":3,"answer":"Kim Il Sung, with Stalin's approval (Document D)."}]},"teacherNotes":{"description":"Notes for the teacher only: source errors, pitfalls, extensions. Never printed in student documents.","type":"array","items":{"type":"object","additionalProperties":false,"required":["note"],"properties":{"title":{"description":"Short heading for the note.","type":"string","pattern":"\\S","maxLength":120,"examples":["Source error: Document A's dates"]},"about":{"description":"Document id the note is about, if any.","type":"string","examples":["doc-a"]},"note":{"$ref":"#/$defs/markdown","description":"The note, in Markdown.","examples":["Document A says the U.S. alone divided Korea. **Correction:** the U.S. proposed the 38th parallel and the Soviet Union accepted it."]}}},"examples":[[{"title":"Source error: Document A on the division","about":"doc-a","note":"Document A says the U.S. alone divided Korea. **Correction:** the U.S. proposed the 38th parallel and the Soviet Union accepted it."}]]},"figures":{"description":"Maps drawn at build time from Natural Earth coastlines and borders plus the layers given here. A figure prints in the handout where `after` says, and on the worksheet when a `map` question uses it.","type":"array","items":{"$ref":"#/$defs/figure"},"examples":[[{"id":"map-division","title":"Korea divided at the 38th parallel, 1945","after":"background","alt":"A map of Korea with a line across it at the 38th parallel; Seoul lies just south of the line.","bounds":{"west":124,"south":33,"east":131,"north":43},"layers":[{"kind":"line","parallel":38,"style":"dashed","label":"38th parallel"},{"kind":"place","name":"Seoul","at":[37.57,126.98],"symbol":"capital"}]}]]}},"$defs":{"markdown":{"description":"Markdown text (paragraphs, emphasis, lists). Raw HTML is removed.","type":"string","minLength":1,"maxLength":20000,"examples":["The peninsula was divided at the **38th parallel** in August 1945."]},"term":{"type":"object","description":"A vocabulary term and its definition.","additionalProperties":false,"required":["term","definition"],"properties":{"term":{"description":"The word or phrase.","type":"string","minLength":1,"maxLength":80,"examples":["armistice"]},"definition":{"description":"A student-friendly definition (Markdown, inline: **bold**, *italics*).","type":"string","minLength":1,"maxLength":400,"examples":["An agreement to stop fighting; it is not a peace treaty."]}}},"anchor":{"description":"Exact text from the source (whitespace may differ). Must occur exactly once in the source.","type":"string","minLength":3,"maxLength":400,"examples":["On June 25, 1950, the Korean War began"]},"locator":{"description":"Where the excerpt is in its source: start and end anchors (inclusive), or a range of paragraphs.","examples":[{"start":"On June 25, 1950, the Korean War began","end":"first military action of the Cold War (1945-1991)."},{"paragraphs":[3,4]}],"oneOf":[{"type":"object","title":"anchors","additionalProperties":false,"required":["start","end"],"properties":{"start":{"$ref":"#/$defs/anchor","description":"Exact text the excerpt begins with.","examples":["On June 25, 1950, the Korean War began"]},"end":{"$ref":"#/$defs/anchor","description":"Exact text the excerpt ends with (after start).","examples":["first military action of the Cold War (1945-1991)."]}}},{"type":"object","title":"paragraphs","additionalProperties":false,"required":["paragraphs"],"properties":{"paragraphs":{"description":"First and last paragraph number (1-based, inclusive) as counted by the source's paragraph rule (its `paragraphs` setting); a sub-heading counts as one paragraph.","type":"array","prefixItems":[{"type":"integer","minimum":1},{"type":"integer","minimum":1}],"minItems":2,"maxItems":2,"examples":[[3,4]]}}}]},"document":{"type":"object","description":"An excerpt from the source library with its headnote.","additionalProperties":false,"required":["id","label","source","locator","headnote"],"properties":{"id":{"description":"Id of the document within the lesson, referenced by questions.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40,"examples":["doc-a"]},"label":{"description":"Label printed for students.","type":"string","pattern":"\\S","minLength":1,"maxLength":40,"examples":["Document A"]},"title":{"description":"Optional short title for the excerpt.","type":"string","pattern":"\\S","maxLength":160,"examples":["A news explainer for schools (2012)"]},"source":{"description":"Id of a source in the source library (sources/<id>.json).","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["two-koreas-explainer"]},"locator":{"$ref":"#/$defs/locator"},"omit":{"description":"Passages inside the excerpt to cut; each is replaced by an ellipsis in brackets.","type":"array","items":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"$ref":"#/$defs/anchor","description":"Exact text the cut begins with.","examples":["This invasion was the first military action"]},"end":{"$ref":"#/$defs/anchor","description":"Exact text the cut ends with.","examples":["The Two Koreas"]}}},"examples":[[{"start":"This invasion was the first military action","end":"The Two Koreas"}]]},"headnote":{"$ref":"#/$defs/markdown","description":"Who wrote it, when, what kind of text, why it matters (Markdown, written by the lesson's authors).","examples":["**Source:** an explainer from an educational news site for schools, published in 2012 or later. No author is named and it cites no sources.\n\n**Why it matters:** it is the short version of the story many students learn."]},"adapted":{"description":"An adapted student version (shorter sentences, glossed words). Students read this; the teacher's edition shows the original and what changed.","type":"object","additionalProperties":false,"required":["text","changes"],"properties":{"text":{"$ref":"#/$defs/markdown","description":"The adapted text, in Markdown.","examples":["In March 1949 Stalin turned down Kim's plan to attack South Korea. An attack would give the United States an excuse to step in."]},"changes":{"description":"What was changed from the original, for the teacher.","type":"string","minLength":1,"maxLength":600,"examples":["Shortened sentences; replaced 'vehemently' with 'strongly'."]}},"examples":[{"text":"In March 1949 Stalin turned down Kim's plan to attack South Korea. An attack would give the United States an excuse to step in.","changes":"Shorter sentences; the paper's footnotes are left out."}]},"glosses":{"description":"Hard words in the excerpt, explained in the margin.","type":"array","items":{"$ref":"#/$defs/term"},"examples":[[{"term":"pro-Western","definition":"on the side of the United States and its allies"}]]}}},"section":{"type":"object","description":"A group of worksheet questions.","additionalProperties":false,"required":["id","title","questions"],"properties":{"id":{"description":"Section id, unique in the lesson.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["part-1"]},"title":{"description":"Section heading.","type":"string","pattern":"\\S","minLength":1,"maxLength":120,"examples":["Part 1: Sourcing the documents"]},"instructions":{"$ref":"#/$defs/markdown","description":"Instructions printed under the heading.","examples":["Use the background reading, the timeline and the vocabulary list."]},"questions":{"type":"array","minItems":1,"description":"The questions of the section.","items":{"$ref":"#/$defs/question"},"examples":[[{"kind":"short-answer","id":"q4","prompt":"**Document A.** What was already happening along the 38th parallel before June 1950?","points":2,"skill":"close-reading","documents":["doc-a"],"lines":4,"answer":"Both Korean governments wanted to rule the whole peninsula, and fighting along the border had already begun.","scoring":[{"points":2,"description":"Names the rival governments and the border fighting."},{"points":1,"description":"Names one of them."},{"points":0,"description":"Neither."}]}]]}}},"skill":{"description":"The historical thinking skill the question trains.","enum":["sourcing","contextualization","corroboration","close-reading","vocabulary","chronology","argumentation"],"examples":["sourcing"]},"questionBase":{"type":"object","properties":{"id":{"description":"Question id, unique in the lesson.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40,"examples":["q1"]},"prompt":{"$ref":"#/$defs/markdown","description":"The question as students read it (Markdown).","examples":["**Document A.** What was already happening along the 38th parallel before June 1950?"]},"points":{"description":"Points the question is worth.","type":"integer","minimum":0,"maximum":100,"examples":[2]},"skill":{"$ref":"#/$defs/skill"},"tier":{"description":"`core`: every student does it; `extension`: for students who finish early or for homework, marked on the worksheet so a teacher can cut it. Defaults to core.","enum":["core","extension"],"examples":["extension"]},"documents":{"description":"Ids of the documents the question is about.","type":"array","items":{"type":"string"},"examples":[["doc-a"]]},"teacherNote":{"$ref":"#/$defs/markdown","description":"A note for the teacher printed with the answer in the key.","examples":["Accept any answer that mentions the border fighting of 1949."]}},"description":"Fields every question has.","title":"question base","required":["id","prompt","points","skill"]},"question":{"description":"A worksheet question. `kind` chooses its shape.","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/$defs/multipleChoice"},{"$ref":"#/$defs/shortAnswer"},{"$ref":"#/$defs/table"},{"$ref":"#/$defs/ordering"},{"$ref":"#/$defs/matching"},{"$ref":"#/$defs/extendedResponse"},{"$ref":"#/$defs/mapQuestion"}]},"multipleChoice":{"title":"multiple choice","description":"Choose one option, or all that apply.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","select","options","answer","explanation"],"properties":{"kind":{"const":"multiple-choice","description":"Multiple choice.","examples":["multiple-choice"]},"select":{"description":"`one`: exactly one option is correct; `all-that-apply`: one or more are, and students are told to mark all that apply.","enum":["one","all-that-apply"],"examples":["one"]},"options":{"description":"The options, printed as A, B, C... in this order (A/B versions shuffle them, except `fixed` ones).","type":"array","minItems":2,"maxItems":8,"items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"description":"Option id referenced by `answer`.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["a"]},"text":{"description":"Option text (Markdown, inline).","type":"string","minLength":1,"maxLength":400,"examples":["The United States proposed it and the Soviet Union accepted."]},"fixed":{"description":"Keeps this option at its place when A/B versions shuffle the options (e.g. \"All of the above\" stays last).","type":"boolean","default":false,"examples":[true]}}},"examples":[[{"id":"a","text":"The United States drew the line on its own."},{"id":"b","text":"The United States proposed the line, and the Soviet Union accepted it."}]]},"shuffle":{"description":"Whether A/B versions (`--versions`) may reorder the options; false keeps the order written (e.g. options that refer to each other, like \"Both A and B\").","type":"boolean","default":true,"examples":[false]},"answer":{"description":"Ids of the correct options.","type":"array","minItems":1,"items":{"type":"string"},"examples":[["b"]]},"explanation":{"$ref":"#/$defs/markdown","description":"Why the answer is right (answer key only).","examples":["The United States proposed the 38th parallel and the Soviet Union accepted it; neither meant it as a permanent border."]}}},"shortAnswer":{"title":"short answer","description":"A written answer in a sized writing space.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","lines","answer"],"properties":{"kind":{"const":"short-answer","description":"Short answer.","examples":["short-answer"]},"lines":{"description":"Writing lines students get; the key prints the model answer in the same space.","type":"integer","minimum":1,"maximum":30,"examples":[4]},"answer":{"$ref":"#/$defs/markdown","description":"The answer or a model answer (answer key only).","examples":["Both Korean governments wanted to rule the whole peninsula, and fighting along the border had already begun."]},"scoring":{"description":"What earns each score, e.g. 2/1/0 (answer key only).","type":"array","items":{"$ref":"#/$defs/level"},"examples":[[{"points":2,"description":"Names the rival governments and the border fighting."},{"points":1,"description":"Names one of them."},{"points":0,"description":"Neither."}]]}}},"table":{"title":"table","description":"A sourcing or graphic-organizer table: one row per item, students fill the blank cells.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","columns","rows"],"properties":{"kind":{"const":"table","description":"Table or graphic organizer.","examples":["table"]},"columns":{"description":"Headers of the columns students fill (the row label column comes first and is set by `rowHeader`).","type":"array","minItems":1,"maxItems":6,"items":{"type":"string","minLength":1,"maxLength":60},"examples":[["Author and date","Main claim","How reliable? Why?"]]},"rowHeader":{"description":"Header of the first column, which holds each row's label.","type":"string","maxLength":40,"examples":["Document"]},"lines":{"description":"Writing lines per row.","type":"integer","minimum":1,"maximum":12,"examples":[3]},"rows":{"description":"The rows: a label students see and the model answers per column (answer key only).","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["label","answers"],"properties":{"label":{"description":"Row label.","type":"string","pattern":"\\S","minLength":1,"maxLength":80,"examples":["Document A"]},"answers":{"description":"Model answer for each column, in column order.","type":"array","items":{"type":"string","minLength":1,"maxLength":600},"examples":[["Cassie Grissom, undated blog","Kim invaded to unify Korea under communism","Low: no references, factual errors"]]}}},"examples":[[{"label":"Document A","answers":["Unnamed writer; school news explainer, 2012 or later","North Korea invaded on 25 June 1950","Medium: right dates, but no sources"]}]]}}},"ordering":{"title":"ordering","description":"Put events in order (e.g. a timeline). Items print in the order written; `answer` is the correct order.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","items","answer"],"properties":{"kind":{"const":"ordering","description":"Ordering.","examples":["ordering"]},"items":{"description":"The items, in the scrambled order students see.","type":"array","minItems":2,"maxItems":12,"items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"description":"Item id referenced by `answer`.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["inchon"]},"text":{"description":"The event as students read it.","type":"string","minLength":1,"maxLength":300,"examples":["UN forces land at Inchon."]},"date":{"description":"The date, shown only in the answer key.","type":"string","maxLength":40,"examples":["15 September 1950"]}}},"examples":[[{"id":"invasion","text":"North Korea invades the South.","date":"25 June 1950"},{"id":"division","text":"Korea is divided at the 38th parallel.","date":"August 1945"}]]},"answer":{"description":"Item ids in the correct order (a permutation of all items).","type":"array","items":{"type":"string"},"examples":[["division","invasion","inchon"]]},"explanation":{"$ref":"#/$defs/markdown","description":"Notes on the order (answer key only).","examples":["The division (1945) came five years before the invasion (1950)."]}}},"matching":{"title":"matching","description":"Match each term to its definition. Definitions print in a fixed scrambled order derived from the question id.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","pairs"],"properties":{"kind":{"const":"matching","description":"Matching.","examples":["matching"]},"pairs":{"description":"Correct pairs.","type":"array","minItems":2,"maxItems":12,"items":{"type":"object","additionalProperties":false,"required":["term","match"],"properties":{"term":{"description":"Left column.","type":"string","minLength":1,"maxLength":120,"examples":["38th parallel"]},"match":{"description":"Its correct match in the right column.","type":"string","minLength":1,"maxLength":300,"examples":["The line of latitude that divided Korea in 1945"]}}},"examples":[[{"term":"armistice","match":"An agreement to stop fighting"},{"term":"38th parallel","match":"The line that divided Korea in 1945"}]]},"distractors":{"description":"Extra right-column entries that match nothing.","type":"array","items":{"type":"string","minLength":1,"maxLength":300},"examples":[["A peace treaty"]]}}},"extendedResponse":{"title":"extended response","description":"An argued answer (e.g. the final claim) scored with a rubric.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","lines","answer","rubric"],"properties":{"kind":{"const":"extended-response","description":"Extended response.","examples":["extended-response"]},"lines":{"description":"Writing lines students get.","type":"integer","minimum":1,"maximum":60,"examples":[20]},"answer":{"$ref":"#/$defs/markdown","description":"A model answer (answer key only).","examples":["Kim Il Sung started the war on 25 June 1950. He had pressed Stalin for an attack since 1949, and Stalin agreed in spring 1950 on condition that Mao agreed too."]},"rubric":{"description":"Rubric criteria; their maximum points must add up to the question's points.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["criterion","levels"],"properties":{"criterion":{"description":"What is scored.","type":"string","minLength":1,"maxLength":120,"examples":["Thesis"]},"levels":{"description":"What each score looks like, highest first.","type":"array","minItems":2,"items":{"$ref":"#/$defs/level"},"examples":[[{"points":1,"description":"Makes a defensible claim that answers the question."},{"points":0,"description":"No claim, or one the evidence cannot support."}]]}}},"examples":[[{"criterion":"Thesis","levels":[{"points":1,"description":"Makes a defensible claim that answers the question."},{"points":0,"description":"No claim, or one the evidence cannot support."}]}]]},"scaffolds":{"$ref":"#/$defs/scaffolds"}}},"level":{"type":"object","description":"One score and what earns it.","additionalProperties":false,"required":["points","description"],"properties":{"points":{"description":"The score.","type":"integer","minimum":0,"maximum":100,"examples":[2]},"description":{"description":"What work at this score looks like.","type":"string","minLength":1,"maxLength":600,"examples":["Names the author and explains how the author's position shapes the claim."]}}},"standard":{"type":"object","description":"One standard the lesson serves.","additionalProperties":false,"required":["code"],"properties":{"code":{"description":"The standard's code: D2.His.<1-17>.9-12 (C3 Framework), RH.9-10.<1-10> or RH.11-12.<1-10> (Common Core reading in history), WHST.9-10.<1-10> or WHST.11-12.<1-10>, optionally with a part letter such as WHST.9-10.1b (Common Core writing).","type":"string","pattern":"^(D2\\.His\\.([1-9]|1[0-7])\\.9-12|RH\\.(9-10|11-12)\\.([1-9]|10)|WHST\\.(9-10|11-12)\\.([1-9]|10)[a-f]?)$","examples":["D2.His.16.9-12","RH.9-10.6","WHST.11-12.1b"]},"focus":{"description":"Where and how the lesson serves it, in our own words (one line).","type":"string","minLength":1,"maxLength":200,"examples":["Documents B and C: compare two authors' points of view on the same event."]}},"examples":[{"code":"RH.9-10.6","focus":"Documents B and C: compare two authors' points of view on the same event."}]},"scaffolds":{"type":"object","description":"Supports printed with an argued answer: a planning box, sentence frames and a word bank.","additionalProperties":false,"properties":{"planning":{"description":"Labels of the rows of a planning box students fill before writing (claim, evidence, counter-argument...).","type":"array","maxItems":8,"items":{"type":"string","minLength":1,"maxLength":160},"examples":[["My claim","Evidence 1 (document and what it shows)","A view I disagree with, and why"]]},"frames":{"description":"Sentence frames students may use to start sentences; blanks are written as ____.","type":"array","maxItems":10,"items":{"type":"string","minLength":1,"maxLength":200},"examples":[["Although ____ argues that ____, the evidence of ____ shows ____."]]},"wordBank":{"description":"Words and phrases students may use.","type":"array","maxItems":24,"items":{"type":"string","minLength":1,"maxLength":60},"examples":[["armistice","escalate","perspective"]]}},"examples":[{"planning":["My claim","Evidence 1"],"frames":["Document ____ shows that ____."],"wordBank":["escalate"]}]},"position":{"description":"A point as [latitude, longitude] in decimal degrees, latitude first as atlases write it: 37.57° N, 126.98° E is [37.57, 126.98]. South and west are negative.","type":"array","prefixItems":[{"description":"Latitude in degrees, from -90 (south pole) to 90 (north pole). It comes first: [latitude, longitude].","type":"number","minimum":-90,"maximum":90},{"description":"Longitude in degrees, from -180 (west) to 180 (east).","type":"number","minimum":-180,"maximum":180}],"minItems":2,"maxItems":2,"examples":[[37.57,126.98]]},"path":{"description":"Points of a line, in order, each [latitude, longitude].","type":"array","minItems":2,"maxItems":400,"items":{"$ref":"#/$defs/position"},"examples":[[[38.3,126.8],[37.65,126.98]]]},"figure":{"type":"object","title":"figure","description":"A map of a region: Natural Earth coastlines and borders (npm world-atlas), with layers stated as data. Printed in grays, as vectors, with text in the document's fonts.","additionalProperties":false,"required":["id","title","alt","bounds","layers"],"properties":{"id":{"description":"Figure id, unique in the lesson; a map question names it in `figure`.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40,"examples":["map-division"]},"title":{"description":"Title printed above the map.","type":"string","minLength":1,"maxLength":120,"examples":["Korea divided at the 38th parallel, 1945"]},"after":{"description":"Where the handout prints the map: \"background\" (after the background reading and timeline), \"vocabulary\", or a document id (after that document). Leave it out for a map only a `map` question shows.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["background"]},"afterIn":{"description":"Where a variant's handout prints the map instead of `after`: by variant (`large-print`, `dyslexia`), the same values as `after`. Larger text moves the page breaks, and a map that needs a page of its own can leave the page before it near empty; printing it where a page ends anyway keeps every page full.","type":"object","additionalProperties":false,"properties":{"large-print":{"description":"Where the large-print handout prints the map.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["background"]},"dyslexia":{"description":"Where the dyslexia-friendly handout prints the map.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["doc-b"]}},"examples":[{"large-print":"background"}]},"alt":{"description":"Alternative text: what the map shows, in a sentence or two, for readers who cannot see it (screen readers read it from the tagged PDF). Required.","type":"string","minLength":1,"maxLength":600,"examples":["A map of Korea with a line across it at the 38th parallel; Seoul lies just south of the line, Pyongyang north of it."]},"caption":{"description":"Caption printed under the map (what to notice).","type":"string","minLength":1,"maxLength":400,"examples":["The line was meant to be temporary: it cut across rivers, roads and provinces."]},"credit":{"description":"What the lesson's lines and places rest on, printed under the caption after the base-map credit.","type":"string","minLength":1,"maxLength":300,"examples":["Places and lines: lessonpack curriculum team, from published maps of the war."]},"dataNote":{"description":"What the coordinates of the lines and places rest on (sources, how a line was traced, how precise it is), for authors and reviewers. Not printed.","type":"string","maxLength":4000,"examples":["Seoul 37.57 N 126.98 E; the 38th parallel is exact. Front lines traced by hand from published campaign maps, to about 10 km."]},"size":{"description":"How large the map prints: `small` (at most 3.1 in wide and 4 in high), `medium` (4.6 by 5.6 in) or `large` (6.2 by 6.5 in); the other side follows the shape of `bounds`, and the legend goes below.","enum":["small","medium","large"],"examples":["medium"]},"bounds":{"description":"The area the map shows, in degrees.","type":"object","additionalProperties":false,"required":["west","south","east","north"],"properties":{"west":{"description":"Western edge (longitude; west is negative).","type":"number","minimum":-180,"maximum":180,"examples":[124]},"south":{"description":"Southern edge (latitude; south is negative).","type":"number","minimum":-90,"maximum":90,"examples":[33]},"east":{"description":"Eastern edge (longitude).","type":"number","minimum":-180,"maximum":180,"examples":[131]},"north":{"description":"Northern edge (latitude).","type":"number","minimum":-90,"maximum":90,"examples":[43]}},"examples":[{"west":124,"south":33,"east":131,"north":43}]},"legend":{"description":"Where the legend box (with the scale bar) goes: `below` the map (the default: it hides nothing), in a corner of the map, or `none`.","enum":["below","top-left","top-right","bottom-left","bottom-right","none"],"examples":["below"]},"layers":{"description":"What is drawn on the base map, bottom to top.","type":"array","maxItems":100,"items":{"$ref":"#/$defs/layer"},"examples":[[{"kind":"line","parallel":38,"style":"dashed","label":"38th parallel"}]]}}},"layer":{"description":"One thing drawn on a map. `kind` chooses its shape: `line`, `place`, `label`, `arrow` or `area`.","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/$defs/lineLayer"},{"$ref":"#/$defs/placeLayer"},{"$ref":"#/$defs/labelLayer"},{"$ref":"#/$defs/arrowLayer"},{"$ref":"#/$defs/areaLayer"}]},"lineLayer":{"title":"line layer","description":"A line along a parallel (`parallel`) or through points (`path`): a border, a front line on a date, an armistice line.","type":"object","additionalProperties":false,"required":["kind","style"],"properties":{"kind":{"const":"line","description":"A line.","examples":["line"]},"parallel":{"description":"Draw the line along this latitude, across the whole map.","type":"number","minimum":-90,"maximum":90,"examples":[38]},"path":{"$ref":"#/$defs/path"},"style":{"description":"How the line is drawn (grays only): `solid`, `heavy`, `dashed`, `dotted`, `dash-dot`, or `band` (a gray strip `widthKm` wide, e.g. a demilitarized zone).","enum":["solid","heavy","dashed","dotted","dash-dot","band"],"examples":["dashed"]},"widthKm":{"description":"Width of a `band` in kilometres.","type":"number","minimum":0.1,"maximum":500,"examples":[4]},"label":{"description":"Text written on the map beside the layer (placed where it overlaps nothing).","type":"string","minLength":1,"maxLength":60,"examples":["38th parallel"]},"labelAt":{"$ref":"#/$defs/position","description":"Where the label goes, as [latitude, longitude] (default: the end of a line, the middle of an arrow, the middle of an area).","examples":[[38.5,128.25]]},"legend":{"description":"Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).","type":"string","minLength":1,"maxLength":80,"examples":["North Korean attack, 25 June 1950"]}}},"placeLayer":{"title":"place layer","description":"A place: a symbol at a position with its name beside it.","type":"object","additionalProperties":false,"required":["kind","name","at"],"properties":{"kind":{"const":"place","description":"A place.","examples":["place"]},"name":{"description":"The name printed beside the symbol.","type":"string","minLength":1,"maxLength":60,"examples":["Seoul"]},"at":{"$ref":"#/$defs/position","description":"Where the place is, as [latitude, longitude].","examples":[[37.57,126.98]]},"symbol":{"description":"`dot` (a town), `capital` (a ringed dot), `square` (an event, e.g. a landing) or `none`.","enum":["dot","capital","square","none"],"examples":["capital"]},"labelSide":{"description":"Force the name to one side of the symbol (compass direction); by default it goes where it overlaps nothing.","enum":["n","ne","e","se","s","sw","w","nw"],"examples":["e"]},"legend":{"description":"Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).","type":"string","minLength":1,"maxLength":80,"examples":["North Korean attack, 25 June 1950"]}}},"labelLayer":{"title":"label layer","description":"Text on the map at a position, e.g. a country, a sea or a river.","type":"object","additionalProperties":false,"required":["kind","text","at"],"properties":{"kind":{"const":"label","description":"A text label.","examples":["label"]},"text":{"description":"The text; a line break (\\n in JSON) starts a second line.","type":"string","minLength":1,"maxLength":60,"examples":["Sea of Japan\n(East Sea)"]},"at":{"$ref":"#/$defs/position","description":"Where the middle of the text goes, as [latitude, longitude].","examples":[[39.95,130]]},"style":{"description":"`region` (a country: spaced capitals), `water` (a sea or river: italic) or `note` (plain).","enum":["region","water","note"],"examples":["water"]}}},"arrowLayer":{"title":"arrow layer","description":"A movement: an arrow along `path`, from its first point to its last.","type":"object","additionalProperties":false,"required":["kind","path"],"properties":{"kind":{"const":"arrow","description":"An arrow.","examples":["arrow"]},"path":{"$ref":"#/$defs/path"},"style":{"description":"`solid` or `dashed`: two sides, or an advance and a retreat, told apart in the legend.","enum":["solid","dashed"],"examples":["solid"]},"label":{"description":"Text written on the map beside the layer (placed where it overlaps nothing).","type":"string","minLength":1,"maxLength":60,"examples":["38th parallel"]},"labelAt":{"$ref":"#/$defs/position","description":"Where the label goes, as [latitude, longitude] (default: the end of a line, the middle of an arrow, the middle of an area).","examples":[[38.5,128.25]]},"legend":{"description":"Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).","type":"string","minLength":1,"maxLength":80,"examples":["North Korean attack, 25 June 1950"]}}},"areaLayer":{"title":"area layer","description":"A shaded area inside `outline` (closed automatically). Shading stops at the coast unless `overSea` is true.","type":"object","additionalProperties":false,"required":["kind","outline","fill"],"properties":{"kind":{"const":"area","description":"A shaded area.","examples":["area"]},"outline":{"$ref":"#/$defs/path","description":"The boundary, as [latitude, longitude] points; it may run out to sea, since shading stops at the coast.","minItems":3,"examples":[[[35.1,128.47],[35.99,128.39],[36.41,129.5],[34.95,129.7]]]},"fill":{"description":"Shading (grays only): `hatch` (diagonal lines), `crosshatch`, `dots` or `gray`.","enum":["hatch","crosshatch","dots","gray"],"examples":["hatch"]},"overSea":{"description":"Shade the sea inside the outline too.","type":"boolean","examples":[false]},"label":{"description":"Text written on the map beside the layer (placed where it overlaps nothing).","type":"string","minLength":1,"maxLength":60,"examples":["38th parallel"]},"labelAt":{"$ref":"#/$defs/position","description":"Where the label goes, as [latitude, longitude] (default: the end of a line, the middle of an arrow, the middle of an area).","examples":[[38.5,128.25]]},"legend":{"description":"Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).","type":"string","minLength":1,"maxLength":80,"examples":["North Korean attack, 25 June 1950"]}}},"mapQuestion":{"title":"map question","description":"Students label or mark a printed map; the answer key draws the answer on the same map, at the same place on the page.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","figure","answer","explanation"],"properties":{"kind":{"const":"map","description":"Map.","examples":["map"]},"figure":{"description":"Id of the figure (in `figures`) students mark.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["map-blank"]},"answer":{"description":"Layers the answer key draws on the map: the answer, in the same layer kinds as a figure.","type":"array","minItems":1,"maxItems":40,"items":{"$ref":"#/$defs/layer"},"examples":[[{"kind":"line","path":[[37.76,126.69],[38.61,128.36]],"style":"heavy","label":"Armistice line, 1953"}]]},"explanation":{"$ref":"#/$defs/markdown","description":"What a right answer shows and how to mark it (marking guide).","examples":["The line runs from the Han estuary, south of the 38th parallel, to the east coast north of it."]},"scoring":{"description":"What earns each score, e.g. 2/1/0 (marking guide).","type":"array","items":{"$ref":"#/$defs/level"},"examples":[[{"points":2,"description":"Both ends on the right side of the parallel."},{"points":0,"description":"Neither."}]]}}}}};
const schema32 = {"type":"object","description":"One standard the lesson serves.","additionalProperties":false,"required":["code"],"properties":{"code":{"description":"The standard's code: D2.His.<1-17>.9-12 (C3 Framework), RH.9-10.<1-10> or RH.11-12.<1-10> (Common Core reading in history), WHST.9-10.<1-10> or WHST.11-12.<1-10>, optionally with a part letter such as WHST.9-10.1b (Common Core writing).","type":"string","pattern":"^(D2\\.His\\.([1-9]|1[0-7])\\.9-12|RH\\.(9-10|11-12)\\.([1-9]|10)|WHST\\.(9-10|11-12)\\.([1-9]|10)[a-f]?)$","examples":["D2.His.16.9-12","RH.9-10.6","WHST.11-12.1b"]},"focus":{"description":"Where and how the lesson serves it, in our own words (one line).","type":"string","minLength":1,"maxLength":200,"examples":["Documents B and C: compare two authors' points of view on the same event."]}},"examples":[{"code":"RH.9-10.6","focus":"Documents B and C: compare two authors' points of view on the same event."}]};
const schema33 = {"description":"Markdown text (paragraphs, emphasis, lists). Raw HTML is removed.","type":"string","minLength":1,"maxLength":20000,"examples":["The peninsula was divided at the **38th parallel** in August 1945."]};
const schema34 = {"type":"object","description":"A vocabulary term and its definition.","additionalProperties":false,"required":["term","definition"],"properties":{"term":{"description":"The word or phrase.","type":"string","minLength":1,"maxLength":80,"examples":["armistice"]},"definition":{"description":"A student-friendly definition (Markdown, inline: **bold**, *italics*).","type":"string","minLength":1,"maxLength":400,"examples":["An agreement to stop fighting; it is not a peace treaty."]}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern5 = new RegExp("\\S", "u");
const pattern6 = new RegExp("^(D2\\.His\\.([1-9]|1[0-7])\\.9-12|RH\\.(9-10|11-12)\\.([1-9]|10)|WHST\\.(9-10|11-12)\\.([1-9]|10)[a-f]?)$", "u");
const schema35 = {"type":"object","description":"An excerpt from the source library with its headnote.","additionalProperties":false,"required":["id","label","source","locator","headnote"],"properties":{"id":{"description":"Id of the document within the lesson, referenced by questions.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40,"examples":["doc-a"]},"label":{"description":"Label printed for students.","type":"string","pattern":"\\S","minLength":1,"maxLength":40,"examples":["Document A"]},"title":{"description":"Optional short title for the excerpt.","type":"string","pattern":"\\S","maxLength":160,"examples":["A news explainer for schools (2012)"]},"source":{"description":"Id of a source in the source library (sources/<id>.json).","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["two-koreas-explainer"]},"locator":{"$ref":"#/$defs/locator"},"omit":{"description":"Passages inside the excerpt to cut; each is replaced by an ellipsis in brackets.","type":"array","items":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"$ref":"#/$defs/anchor","description":"Exact text the cut begins with.","examples":["This invasion was the first military action"]},"end":{"$ref":"#/$defs/anchor","description":"Exact text the cut ends with.","examples":["The Two Koreas"]}}},"examples":[[{"start":"This invasion was the first military action","end":"The Two Koreas"}]]},"headnote":{"$ref":"#/$defs/markdown","description":"Who wrote it, when, what kind of text, why it matters (Markdown, written by the lesson's authors).","examples":["**Source:** an explainer from an educational news site for schools, published in 2012 or later. No author is named and it cites no sources.\n\n**Why it matters:** it is the short version of the story many students learn."]},"adapted":{"description":"An adapted student version (shorter sentences, glossed words). Students read this; the teacher's edition shows the original and what changed.","type":"object","additionalProperties":false,"required":["text","changes"],"properties":{"text":{"$ref":"#/$defs/markdown","description":"The adapted text, in Markdown.","examples":["In March 1949 Stalin turned down Kim's plan to attack South Korea. An attack would give the United States an excuse to step in."]},"changes":{"description":"What was changed from the original, for the teacher.","type":"string","minLength":1,"maxLength":600,"examples":["Shortened sentences; replaced 'vehemently' with 'strongly'."]}},"examples":[{"text":"In March 1949 Stalin turned down Kim's plan to attack South Korea. An attack would give the United States an excuse to step in.","changes":"Shorter sentences; the paper's footnotes are left out."}]},"glosses":{"description":"Hard words in the excerpt, explained in the margin.","type":"array","items":{"$ref":"#/$defs/term"},"examples":[[{"term":"pro-Western","definition":"on the side of the United States and its allies"}]]}}};
const schema37 = {"description":"Exact text from the source (whitespace may differ). Must occur exactly once in the source.","type":"string","minLength":3,"maxLength":400,"examples":["On June 25, 1950, the Korean War began"]};
const schema36 = {"description":"Where the excerpt is in its source: start and end anchors (inclusive), or a range of paragraphs.","examples":[{"start":"On June 25, 1950, the Korean War began","end":"first military action of the Cold War (1945-1991)."},{"paragraphs":[3,4]}],"oneOf":[{"type":"object","title":"anchors","additionalProperties":false,"required":["start","end"],"properties":{"start":{"$ref":"#/$defs/anchor","description":"Exact text the excerpt begins with.","examples":["On June 25, 1950, the Korean War began"]},"end":{"$ref":"#/$defs/anchor","description":"Exact text the excerpt ends with (after start).","examples":["first military action of the Cold War (1945-1991)."]}}},{"type":"object","title":"paragraphs","additionalProperties":false,"required":["paragraphs"],"properties":{"paragraphs":{"description":"First and last paragraph number (1-based, inclusive) as counted by the source's paragraph rule (its `paragraphs` setting); a sub-heading counts as one paragraph.","type":"array","prefixItems":[{"type":"integer","minimum":1},{"type":"integer","minimum":1}],"minItems":2,"maxItems":2,"examples":[[3,4]]}}}]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.oneOf[0].required,parentSchema:schema36.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.end === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.oneOf[0].required,parentSchema:schema36.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "start") || (key0 === "end"))){
const err2 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.start !== undefined){
let data0 = data.start;
if(typeof data0 === "string"){
if(func2(data0) > 400){
const err3 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/anchor/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 3){
const err4 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/anchor/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/anchor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.end !== undefined){
let data1 = data.end;
if(typeof data1 === "string"){
if(func2(data1) > 400){
const err6 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/anchor/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 3){
const err7 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/anchor/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/anchor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.oneOf[0].type,parentSchema:schema36.oneOf[0],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.paragraphs === undefined){
const err10 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "paragraphs"},message:"must have required property '"+"paragraphs"+"'",schema:schema36.oneOf[1].required,parentSchema:schema36.oneOf[1],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "paragraphs")){
const err11 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36.oneOf[1],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.paragraphs !== undefined){
let data2 = data.paragraphs;
if(Array.isArray(data2)){
if(data2.length > 2){
const err12 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/oneOf/1/properties/paragraphs/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema36.oneOf[1].properties.paragraphs,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.length < 2){
const err13 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/oneOf/1/properties/paragraphs/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema36.oneOf[1].properties.paragraphs,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data2.length;
if(len0 > 0){
let data3 = data2[0];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err14 = {instancePath:instancePath+"/paragraphs/0",schemaPath:"#/oneOf/1/properties/paragraphs/prefixItems/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.oneOf[1].properties.paragraphs.prefixItems[0].type,parentSchema:schema36.oneOf[1].properties.paragraphs.prefixItems[0],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/paragraphs/0",schemaPath:"#/oneOf/1/properties/paragraphs/prefixItems/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.oneOf[1].properties.paragraphs.prefixItems[0],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(len0 > 1){
let data4 = data2[1];
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/paragraphs/1",schemaPath:"#/oneOf/1/properties/paragraphs/prefixItems/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.oneOf[1].properties.paragraphs.prefixItems[1].type,parentSchema:schema36.oneOf[1].properties.paragraphs.prefixItems[1],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/paragraphs/1",schemaPath:"#/oneOf/1/properties/paragraphs/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.oneOf[1].properties.paragraphs.prefixItems[1],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/oneOf/1/properties/paragraphs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.oneOf[1].properties.paragraphs.type,parentSchema:schema36.oneOf[1].properties.paragraphs,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.oneOf[1].type,parentSchema:schema36.oneOf[1],data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err20 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema36.oneOf,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.label === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.locator === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "locator"},message:"must have required property '"+"locator"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.headnote === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headnote"},message:"must have required property '"+"headnote"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema35.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 40){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema35.properties.id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema35.properties.id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.id.type,parentSchema:schema35.properties.id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if(typeof data1 === "string"){
if(func2(data1) > 40){
const err9 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema35.properties.label,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.label,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern5.test(data1)){
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema35.properties.label,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.label.type,parentSchema:schema35.properties.label,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func2(data2) > 160){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema35.properties.title,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern5.test(data2)){
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema35.properties.title,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.title.type,parentSchema:schema35.properties.title,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.source !== undefined){
let data3 = data.source;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err16 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema35.properties.source,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.source.type,parentSchema:schema35.properties.source,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.locator !== undefined){
if(!(validate22(data.locator, {instancePath:instancePath+"/locator",parentData:data,parentDataProperty:"locator",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.omit !== undefined){
let data5 = data.omit;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.start === undefined){
const err18 = {instancePath:instancePath+"/omit/" + i0,schemaPath:"#/properties/omit/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema35.properties.omit.items.required,parentSchema:schema35.properties.omit.items,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.end === undefined){
const err19 = {instancePath:instancePath+"/omit/" + i0,schemaPath:"#/properties/omit/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema35.properties.omit.items.required,parentSchema:schema35.properties.omit.items,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "start") || (key1 === "end"))){
const err20 = {instancePath:instancePath+"/omit/" + i0,schemaPath:"#/properties/omit/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.omit.items,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.start !== undefined){
let data7 = data6.start;
if(typeof data7 === "string"){
if(func2(data7) > 400){
const err21 = {instancePath:instancePath+"/omit/" + i0+"/start",schemaPath:"#/$defs/anchor/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data7) < 3){
const err22 = {instancePath:instancePath+"/omit/" + i0+"/start",schemaPath:"#/$defs/anchor/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/omit/" + i0+"/start",schemaPath:"#/$defs/anchor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.end !== undefined){
let data8 = data6.end;
if(typeof data8 === "string"){
if(func2(data8) > 400){
const err24 = {instancePath:instancePath+"/omit/" + i0+"/end",schemaPath:"#/$defs/anchor/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema37,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data8) < 3){
const err25 = {instancePath:instancePath+"/omit/" + i0+"/end",schemaPath:"#/$defs/anchor/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema37,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/omit/" + i0+"/end",schemaPath:"#/$defs/anchor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/omit/" + i0,schemaPath:"#/properties/omit/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.omit.items.type,parentSchema:schema35.properties.omit.items,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/omit",schemaPath:"#/properties/omit/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.omit.type,parentSchema:schema35.properties.omit,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.headnote !== undefined){
let data9 = data.headnote;
if(typeof data9 === "string"){
if(func2(data9) > 20000){
const err29 = {instancePath:instancePath+"/headnote",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data9) < 1){
const err30 = {instancePath:instancePath+"/headnote",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/headnote",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.adapted !== undefined){
let data10 = data.adapted;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.text === undefined){
const err32 = {instancePath:instancePath+"/adapted",schemaPath:"#/properties/adapted/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema35.properties.adapted.required,parentSchema:schema35.properties.adapted,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data10.changes === undefined){
const err33 = {instancePath:instancePath+"/adapted",schemaPath:"#/properties/adapted/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'",schema:schema35.properties.adapted.required,parentSchema:schema35.properties.adapted,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data10){
if(!((key2 === "text") || (key2 === "changes"))){
const err34 = {instancePath:instancePath+"/adapted",schemaPath:"#/properties/adapted/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.adapted,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.text !== undefined){
let data11 = data10.text;
if(typeof data11 === "string"){
if(func2(data11) > 20000){
const err35 = {instancePath:instancePath+"/adapted/text",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func2(data11) < 1){
const err36 = {instancePath:instancePath+"/adapted/text",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/adapted/text",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data10.changes !== undefined){
let data12 = data10.changes;
if(typeof data12 === "string"){
if(func2(data12) > 600){
const err38 = {instancePath:instancePath+"/adapted/changes",schemaPath:"#/properties/adapted/properties/changes/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema35.properties.adapted.properties.changes,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data12) < 1){
const err39 = {instancePath:instancePath+"/adapted/changes",schemaPath:"#/properties/adapted/properties/changes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.adapted.properties.changes,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/adapted/changes",schemaPath:"#/properties/adapted/properties/changes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.adapted.properties.changes.type,parentSchema:schema35.properties.adapted.properties.changes,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/adapted",schemaPath:"#/properties/adapted/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.adapted.type,parentSchema:schema35.properties.adapted,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.glosses !== undefined){
let data13 = data.glosses;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.term === undefined){
const err42 = {instancePath:instancePath+"/glosses/" + i1,schemaPath:"#/$defs/term/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema34.required,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data14.definition === undefined){
const err43 = {instancePath:instancePath+"/glosses/" + i1,schemaPath:"#/$defs/term/required",keyword:"required",params:{missingProperty: "definition"},message:"must have required property '"+"definition"+"'",schema:schema34.required,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data14){
if(!((key3 === "term") || (key3 === "definition"))){
const err44 = {instancePath:instancePath+"/glosses/" + i1,schemaPath:"#/$defs/term/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data14.term !== undefined){
let data15 = data14.term;
if(typeof data15 === "string"){
if(func2(data15) > 80){
const err45 = {instancePath:instancePath+"/glosses/" + i1+"/term",schemaPath:"#/$defs/term/properties/term/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema34.properties.term,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(func2(data15) < 1){
const err46 = {instancePath:instancePath+"/glosses/" + i1+"/term",schemaPath:"#/$defs/term/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.term,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/glosses/" + i1+"/term",schemaPath:"#/$defs/term/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.term.type,parentSchema:schema34.properties.term,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data14.definition !== undefined){
let data16 = data14.definition;
if(typeof data16 === "string"){
if(func2(data16) > 400){
const err48 = {instancePath:instancePath+"/glosses/" + i1+"/definition",schemaPath:"#/$defs/term/properties/definition/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema34.properties.definition,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func2(data16) < 1){
const err49 = {instancePath:instancePath+"/glosses/" + i1+"/definition",schemaPath:"#/$defs/term/properties/definition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.definition,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/glosses/" + i1+"/definition",schemaPath:"#/$defs/term/properties/definition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.definition.type,parentSchema:schema34.properties.definition,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/glosses/" + i1,schemaPath:"#/$defs/term/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/glosses",schemaPath:"#/properties/glosses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.glosses.type,parentSchema:schema35.properties.glosses,data:data13};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","description":"A group of worksheet questions.","additionalProperties":false,"required":["id","title","questions"],"properties":{"id":{"description":"Section id, unique in the lesson.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["part-1"]},"title":{"description":"Section heading.","type":"string","pattern":"\\S","minLength":1,"maxLength":120,"examples":["Part 1: Sourcing the documents"]},"instructions":{"$ref":"#/$defs/markdown","description":"Instructions printed under the heading.","examples":["Use the background reading, the timeline and the vocabulary list."]},"questions":{"type":"array","minItems":1,"description":"The questions of the section.","items":{"$ref":"#/$defs/question"},"examples":[[{"kind":"short-answer","id":"q4","prompt":"**Document A.** What was already happening along the 38th parallel before June 1950?","points":2,"skill":"close-reading","documents":["doc-a"],"lines":4,"answer":"Both Korean governments wanted to rule the whole peninsula, and fighting along the border had already begun.","scoring":[{"points":2,"description":"Names the rival governments and the border fighting."},{"points":1,"description":"Names one of them."},{"points":0,"description":"Neither."}]}]]}}};
const schema46 = {"description":"A worksheet question. `kind` chooses its shape.","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/$defs/multipleChoice"},{"$ref":"#/$defs/shortAnswer"},{"$ref":"#/$defs/table"},{"$ref":"#/$defs/ordering"},{"$ref":"#/$defs/matching"},{"$ref":"#/$defs/extendedResponse"},{"$ref":"#/$defs/mapQuestion"}]};
const schema47 = {"title":"multiple choice","description":"Choose one option, or all that apply.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","select","options","answer","explanation"],"properties":{"kind":{"const":"multiple-choice","description":"Multiple choice.","examples":["multiple-choice"]},"select":{"description":"`one`: exactly one option is correct; `all-that-apply`: one or more are, and students are told to mark all that apply.","enum":["one","all-that-apply"],"examples":["one"]},"options":{"description":"The options, printed as A, B, C... in this order (A/B versions shuffle them, except `fixed` ones).","type":"array","minItems":2,"maxItems":8,"items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"description":"Option id referenced by `answer`.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["a"]},"text":{"description":"Option text (Markdown, inline).","type":"string","minLength":1,"maxLength":400,"examples":["The United States proposed it and the Soviet Union accepted."]},"fixed":{"description":"Keeps this option at its place when A/B versions shuffle the options (e.g. \"All of the above\" stays last).","type":"boolean","default":false,"examples":[true]}}},"examples":[[{"id":"a","text":"The United States drew the line on its own."},{"id":"b","text":"The United States proposed the line, and the Soviet Union accepted it."}]]},"shuffle":{"description":"Whether A/B versions (`--versions`) may reorder the options; false keeps the order written (e.g. options that refer to each other, like \"Both A and B\").","type":"boolean","default":true,"examples":[false]},"answer":{"description":"Ids of the correct options.","type":"array","minItems":1,"items":{"type":"string"},"examples":[["b"]]},"explanation":{"$ref":"#/$defs/markdown","description":"Why the answer is right (answer key only).","examples":["The United States proposed the 38th parallel and the Soviet Union accepted it; neither meant it as a permanent border."]}}};
const schema48 = {"type":"object","properties":{"id":{"description":"Question id, unique in the lesson.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40,"examples":["q1"]},"prompt":{"$ref":"#/$defs/markdown","description":"The question as students read it (Markdown).","examples":["**Document A.** What was already happening along the 38th parallel before June 1950?"]},"points":{"description":"Points the question is worth.","type":"integer","minimum":0,"maximum":100,"examples":[2]},"skill":{"$ref":"#/$defs/skill"},"tier":{"description":"`core`: every student does it; `extension`: for students who finish early or for homework, marked on the worksheet so a teacher can cut it. Defaults to core.","enum":["core","extension"],"examples":["extension"]},"documents":{"description":"Ids of the documents the question is about.","type":"array","items":{"type":"string"},"examples":[["doc-a"]]},"teacherNote":{"$ref":"#/$defs/markdown","description":"A note for the teacher printed with the answer in the key.","examples":["Accept any answer that mentions the border fighting of 1949."]}},"description":"Fields every question has.","title":"question base","required":["id","prompt","points","skill"]};
const schema50 = {"description":"The historical thinking skill the question trains.","enum":["sourcing","contextualization","corroboration","close-reading","vocabulary","chronology","argumentation"],"examples":["sourcing"]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.prompt === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.points === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.skill === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "skill"},message:"must have required property '"+"skill"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 40){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema48.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema48.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.id.type,parentSchema:schema48.properties.id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.prompt !== undefined){
let data1 = data.prompt;
if(typeof data1 === "string"){
if(func2(data1) > 20000){
const err7 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/prompt",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.points !== undefined){
let data2 = data.points;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.points.type,parentSchema:schema48.properties.points,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema48.properties.points,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.points,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.skill !== undefined){
let data3 = data.skill;
if(!(((((((data3 === "sourcing") || (data3 === "contextualization")) || (data3 === "corroboration")) || (data3 === "close-reading")) || (data3 === "vocabulary")) || (data3 === "chronology")) || (data3 === "argumentation"))){
const err13 = {instancePath:instancePath+"/skill",schemaPath:"#/$defs/skill/enum",keyword:"enum",params:{allowedValues: schema50.enum},message:"must be equal to one of the allowed values",schema:schema50.enum,parentSchema:schema50,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tier !== undefined){
let data4 = data.tier;
if(!((data4 === "core") || (data4 === "extension"))){
const err14 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/enum",keyword:"enum",params:{allowedValues: schema48.properties.tier.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.tier.enum,parentSchema:schema48.properties.tier,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.documents !== undefined){
let data5 = data.documents;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/properties/documents/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.documents.items.type,parentSchema:schema48.properties.documents.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.documents.type,parentSchema:schema48.properties.documents,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.teacherNote !== undefined){
let data7 = data.teacherNote;
if(typeof data7 === "string"){
if(func2(data7) > 20000){
const err17 = {instancePath:instancePath+"/teacherNote",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data7) < 1){
const err18 = {instancePath:instancePath+"/teacherNote",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/teacherNote",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"id":true,"prompt":true,"points":true,"skill":true,"tier":true,"documents":true,"teacherNote":true},"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.prompt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.points === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.skill === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "skill"},message:"must have required property '"+"skill"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.select === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "select"},message:"must have required property '"+"select"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.options === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.answer === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "answer"},message:"must have required property '"+"answer"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.explanation === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "explanation"},message:"must have required property '"+"explanation"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if("multiple-choice" !== data0){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "multiple-choice"},message:"must be equal to constant",schema:"multiple-choice",parentSchema:schema47.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.select !== undefined){
let data1 = data.select;
if(!((data1 === "one") || (data1 === "all-that-apply"))){
const err10 = {instancePath:instancePath+"/select",schemaPath:"#/properties/select/enum",keyword:"enum",params:{allowedValues: schema47.properties.select.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.select.enum,parentSchema:schema47.properties.select,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.options !== undefined){
let data2 = data.options;
if(Array.isArray(data2)){
if(data2.length > 8){
const err11 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items",schema:8,parentSchema:schema47.properties.options,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.length < 2){
const err12 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema47.properties.options,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err13 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema47.properties.options.items.required,parentSchema:schema47.properties.options.items,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.text === undefined){
const err14 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema47.properties.options.items.required,parentSchema:schema47.properties.options.items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key0 in data3){
if(!(((key0 === "id") || (key0 === "text")) || (key0 === "fixed"))){
const err15 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.options.items,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err16 = {instancePath:instancePath+"/options/" + i0+"/id",schemaPath:"#/properties/options/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema47.properties.options.items.properties.id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/options/" + i0+"/id",schemaPath:"#/properties/options/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.options.items.properties.id.type,parentSchema:schema47.properties.options.items.properties.id,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.text !== undefined){
let data5 = data3.text;
if(typeof data5 === "string"){
if(func2(data5) > 400){
const err18 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/properties/options/items/properties/text/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema47.properties.options.items.properties.text,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data5) < 1){
const err19 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/properties/options/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.options.items.properties.text,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/options/" + i0+"/text",schemaPath:"#/properties/options/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.options.items.properties.text.type,parentSchema:schema47.properties.options.items.properties.text,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3.fixed !== undefined){
let data6 = data3.fixed;
if(typeof data6 !== "boolean"){
const err21 = {instancePath:instancePath+"/options/" + i0+"/fixed",schemaPath:"#/properties/options/items/properties/fixed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.properties.options.items.properties.fixed.type,parentSchema:schema47.properties.options.items.properties.fixed,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.options.items.type,parentSchema:schema47.properties.options.items,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.options.type,parentSchema:schema47.properties.options,data:data2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.shuffle !== undefined){
let data7 = data.shuffle;
if(typeof data7 !== "boolean"){
const err24 = {instancePath:instancePath+"/shuffle",schemaPath:"#/properties/shuffle/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.properties.shuffle.type,parentSchema:schema47.properties.shuffle,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.answer !== undefined){
let data8 = data.answer;
if(Array.isArray(data8)){
if(data8.length < 1){
const err25 = {instancePath:instancePath+"/answer",schemaPath:"#/properties/answer/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.answer,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 !== "string"){
const err26 = {instancePath:instancePath+"/answer/" + i1,schemaPath:"#/properties/answer/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.answer.items.type,parentSchema:schema47.properties.answer.items,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/answer",schemaPath:"#/properties/answer/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.answer.type,parentSchema:schema47.properties.answer,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.explanation !== undefined){
let data10 = data.explanation;
if(typeof data10 === "string"){
if(func2(data10) > 20000){
const err28 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data10) < 1){
const err29 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
for(const key1 in data){
if(((((((((((((key1 !== "kind") && (key1 !== "select")) && (key1 !== "options")) && (key1 !== "shuffle")) && (key1 !== "answer")) && (key1 !== "explanation")) && (key1 !== "id")) && (key1 !== "prompt")) && (key1 !== "points")) && (key1 !== "skill")) && (key1 !== "tier")) && (key1 !== "documents")) && (key1 !== "teacherNote")){
const err31 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"title":"short answer","description":"A written answer in a sized writing space.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","lines","answer"],"properties":{"kind":{"const":"short-answer","description":"Short answer.","examples":["short-answer"]},"lines":{"description":"Writing lines students get; the key prints the model answer in the same space.","type":"integer","minimum":1,"maximum":30,"examples":[4]},"answer":{"$ref":"#/$defs/markdown","description":"The answer or a model answer (answer key only).","examples":["Both Korean governments wanted to rule the whole peninsula, and fighting along the border had already begun."]},"scoring":{"description":"What earns each score, e.g. 2/1/0 (answer key only).","type":"array","items":{"$ref":"#/$defs/level"},"examples":[[{"points":2,"description":"Names the rival governments and the border fighting."},{"points":1,"description":"Names one of them."},{"points":0,"description":"Neither."}]]}}};
const schema55 = {"type":"object","description":"One score and what earns it.","additionalProperties":false,"required":["points","description"],"properties":{"points":{"description":"The score.","type":"integer","minimum":0,"maximum":100,"examples":[2]},"description":{"description":"What work at this score looks like.","type":"string","minLength":1,"maxLength":600,"examples":["Names the author and explains how the author's position shapes the claim."]}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.prompt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.points === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.skill === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "skill"},message:"must have required property '"+"skill"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.lines === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lines"},message:"must have required property '"+"lines"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.answer === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "answer"},message:"must have required property '"+"answer"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if("short-answer" !== data0){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "short-answer"},message:"must be equal to constant",schema:"short-answer",parentSchema:schema53.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.lines !== undefined){
let data1 = data.lines;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.lines.type,parentSchema:schema53.properties.lines,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 30 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 30},message:"must be <= 30",schema:30,parentSchema:schema53.properties.lines,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.lines,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.answer !== undefined){
let data2 = data.answer;
if(typeof data2 === "string"){
if(func2(data2) > 20000){
const err11 = {instancePath:instancePath+"/answer",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/answer",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/answer",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.scoring !== undefined){
let data3 = data.scoring;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.points === undefined){
const err14 = {instancePath:instancePath+"/scoring/" + i0,schemaPath:"#/$defs/level/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema55.required,parentSchema:schema55,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.description === undefined){
const err15 = {instancePath:instancePath+"/scoring/" + i0,schemaPath:"#/$defs/level/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema55.required,parentSchema:schema55,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key0 in data4){
if(!((key0 === "points") || (key0 === "description"))){
const err16 = {instancePath:instancePath+"/scoring/" + i0,schemaPath:"#/$defs/level/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.points !== undefined){
let data5 = data4.points;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/scoring/" + i0+"/points",schemaPath:"#/$defs/level/properties/points/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.points.type,parentSchema:schema55.properties.points,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/scoring/" + i0+"/points",schemaPath:"#/$defs/level/properties/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema55.properties.points,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/scoring/" + i0+"/points",schemaPath:"#/$defs/level/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55.properties.points,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data4.description !== undefined){
let data6 = data4.description;
if(typeof data6 === "string"){
if(func2(data6) > 600){
const err20 = {instancePath:instancePath+"/scoring/" + i0+"/description",schemaPath:"#/$defs/level/properties/description/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema55.properties.description,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/scoring/" + i0+"/description",schemaPath:"#/$defs/level/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.description,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/scoring/" + i0+"/description",schemaPath:"#/$defs/level/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.description.type,parentSchema:schema55.properties.description,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/scoring/" + i0,schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/scoring",schemaPath:"#/properties/scoring/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.scoring.type,parentSchema:schema53.properties.scoring,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key1 in data){
if(((((((((((key1 !== "kind") && (key1 !== "lines")) && (key1 !== "answer")) && (key1 !== "scoring")) && (key1 !== "id")) && (key1 !== "prompt")) && (key1 !== "points")) && (key1 !== "skill")) && (key1 !== "tier")) && (key1 !== "documents")) && (key1 !== "teacherNote")){
const err25 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema56 = {"title":"table","description":"A sourcing or graphic-organizer table: one row per item, students fill the blank cells.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","columns","rows"],"properties":{"kind":{"const":"table","description":"Table or graphic organizer.","examples":["table"]},"columns":{"description":"Headers of the columns students fill (the row label column comes first and is set by `rowHeader`).","type":"array","minItems":1,"maxItems":6,"items":{"type":"string","minLength":1,"maxLength":60},"examples":[["Author and date","Main claim","How reliable? Why?"]]},"rowHeader":{"description":"Header of the first column, which holds each row's label.","type":"string","maxLength":40,"examples":["Document"]},"lines":{"description":"Writing lines per row.","type":"integer","minimum":1,"maximum":12,"examples":[3]},"rows":{"description":"The rows: a label students see and the model answers per column (answer key only).","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["label","answers"],"properties":{"label":{"description":"Row label.","type":"string","pattern":"\\S","minLength":1,"maxLength":80,"examples":["Document A"]},"answers":{"description":"Model answer for each column, in column order.","type":"array","items":{"type":"string","minLength":1,"maxLength":600},"examples":[["Cassie Grissom, undated blog","Kim invaded to unify Korea under communism","Low: no references, factual errors"]]}}},"examples":[[{"label":"Document A","answers":["Unnamed writer; school news explainer, 2012 or later","North Korea invaded on 25 June 1950","Medium: right dates, but no sources"]}]]}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.prompt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.points === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.skill === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "skill"},message:"must have required property '"+"skill"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.columns === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.rows === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if("table" !== data0){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "table"},message:"must be equal to constant",schema:"table",parentSchema:schema56.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.columns !== undefined){
let data1 = data.columns;
if(Array.isArray(data1)){
if(data1.length > 6){
const err8 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/maxItems",keyword:"maxItems",params:{limit: 6},message:"must NOT have more than 6 items",schema:6,parentSchema:schema56.properties.columns,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.length < 1){
const err9 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.columns,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func2(data2) > 60){
const err10 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/properties/columns/items/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema56.properties.columns.items,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data2) < 1){
const err11 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/properties/columns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.columns.items,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.columns.items.type,parentSchema:schema56.properties.columns.items,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.columns.type,parentSchema:schema56.properties.columns,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.rowHeader !== undefined){
let data3 = data.rowHeader;
if(typeof data3 === "string"){
if(func2(data3) > 40){
const err14 = {instancePath:instancePath+"/rowHeader",schemaPath:"#/properties/rowHeader/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema56.properties.rowHeader,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/rowHeader",schemaPath:"#/properties/rowHeader/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.rowHeader.type,parentSchema:schema56.properties.rowHeader,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.lines !== undefined){
let data4 = data.lines;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema56.properties.lines.type,parentSchema:schema56.properties.lines,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 12 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12},message:"must be <= 12",schema:12,parentSchema:schema56.properties.lines,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema56.properties.lines,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.rows !== undefined){
let data5 = data.rows;
if(Array.isArray(data5)){
if(data5.length < 1){
const err19 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.rows,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.label === undefined){
const err20 = {instancePath:instancePath+"/rows/" + i1,schemaPath:"#/properties/rows/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema56.properties.rows.items.required,parentSchema:schema56.properties.rows.items,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.answers === undefined){
const err21 = {instancePath:instancePath+"/rows/" + i1,schemaPath:"#/properties/rows/items/required",keyword:"required",params:{missingProperty: "answers"},message:"must have required property '"+"answers"+"'",schema:schema56.properties.rows.items.required,parentSchema:schema56.properties.rows.items,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key0 in data6){
if(!((key0 === "label") || (key0 === "answers"))){
const err22 = {instancePath:instancePath+"/rows/" + i1,schemaPath:"#/properties/rows/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.rows.items,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.label !== undefined){
let data7 = data6.label;
if(typeof data7 === "string"){
if(func2(data7) > 80){
const err23 = {instancePath:instancePath+"/rows/" + i1+"/label",schemaPath:"#/properties/rows/items/properties/label/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema56.properties.rows.items.properties.label,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data7) < 1){
const err24 = {instancePath:instancePath+"/rows/" + i1+"/label",schemaPath:"#/properties/rows/items/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.rows.items.properties.label,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern5.test(data7)){
const err25 = {instancePath:instancePath+"/rows/" + i1+"/label",schemaPath:"#/properties/rows/items/properties/label/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema56.properties.rows.items.properties.label,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/rows/" + i1+"/label",schemaPath:"#/properties/rows/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.rows.items.properties.label.type,parentSchema:schema56.properties.rows.items.properties.label,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.answers !== undefined){
let data8 = data6.answers;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 === "string"){
if(func2(data9) > 600){
const err27 = {instancePath:instancePath+"/rows/" + i1+"/answers/" + i2,schemaPath:"#/properties/rows/items/properties/answers/items/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema56.properties.rows.items.properties.answers.items,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func2(data9) < 1){
const err28 = {instancePath:instancePath+"/rows/" + i1+"/answers/" + i2,schemaPath:"#/properties/rows/items/properties/answers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.rows.items.properties.answers.items,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/rows/" + i1+"/answers/" + i2,schemaPath:"#/properties/rows/items/properties/answers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.rows.items.properties.answers.items.type,parentSchema:schema56.properties.rows.items.properties.answers.items,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/rows/" + i1+"/answers",schemaPath:"#/properties/rows/items/properties/answers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.rows.items.properties.answers.type,parentSchema:schema56.properties.rows.items.properties.answers,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/rows/" + i1,schemaPath:"#/properties/rows/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.rows.items.type,parentSchema:schema56.properties.rows.items,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.rows.type,parentSchema:schema56.properties.rows,data:data5};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
for(const key1 in data){
if((((((((((((key1 !== "kind") && (key1 !== "columns")) && (key1 !== "rowHeader")) && (key1 !== "lines")) && (key1 !== "rows")) && (key1 !== "id")) && (key1 !== "prompt")) && (key1 !== "points")) && (key1 !== "skill")) && (key1 !== "tier")) && (key1 !== "documents")) && (key1 !== "teacherNote")){
const err33 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"title":"ordering","description":"Put events in order (e.g. a timeline). Items print in the order written; `answer` is the correct order.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","items","answer"],"properties":{"kind":{"const":"ordering","description":"Ordering.","examples":["ordering"]},"items":{"description":"The items, in the scrambled order students see.","type":"array","minItems":2,"maxItems":12,"items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"description":"Item id referenced by `answer`.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["inchon"]},"text":{"description":"The event as students read it.","type":"string","minLength":1,"maxLength":300,"examples":["UN forces land at Inchon."]},"date":{"description":"The date, shown only in the answer key.","type":"string","maxLength":40,"examples":["15 September 1950"]}}},"examples":[[{"id":"invasion","text":"North Korea invades the South.","date":"25 June 1950"},{"id":"division","text":"Korea is divided at the 38th parallel.","date":"August 1945"}]]},"answer":{"description":"Item ids in the correct order (a permutation of all items).","type":"array","items":{"type":"string"},"examples":[["division","invasion","inchon"]]},"explanation":{"$ref":"#/$defs/markdown","description":"Notes on the order (answer key only).","examples":["The division (1945) came five years before the invasion (1950)."]}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.prompt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.points === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.skill === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "skill"},message:"must have required property '"+"skill"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.items === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.answer === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "answer"},message:"must have required property '"+"answer"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if("ordering" !== data0){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ordering"},message:"must be equal to constant",schema:"ordering",parentSchema:schema57.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.items !== undefined){
let data1 = data.items;
if(Array.isArray(data1)){
if(data1.length > 12){
const err8 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 12},message:"must NOT have more than 12 items",schema:12,parentSchema:schema57.properties.items,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.length < 2){
const err9 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema57.properties.items,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err10 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema57.properties.items.items.required,parentSchema:schema57.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.text === undefined){
const err11 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema57.properties.items.items.required,parentSchema:schema57.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data2){
if(!(((key0 === "id") || (key0 === "text")) || (key0 === "date"))){
const err12 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err13 = {instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema57.properties.items.items.properties.id,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"#/properties/items/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.items.items.properties.id.type,parentSchema:schema57.properties.items.items.properties.id,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.text !== undefined){
let data4 = data2.text;
if(typeof data4 === "string"){
if(func2(data4) > 300){
const err15 = {instancePath:instancePath+"/items/" + i0+"/text",schemaPath:"#/properties/items/items/properties/text/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema57.properties.items.items.properties.text,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data4) < 1){
const err16 = {instancePath:instancePath+"/items/" + i0+"/text",schemaPath:"#/properties/items/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.items.items.properties.text,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/items/" + i0+"/text",schemaPath:"#/properties/items/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.items.items.properties.text.type,parentSchema:schema57.properties.items.items.properties.text,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.date !== undefined){
let data5 = data2.date;
if(typeof data5 === "string"){
if(func2(data5) > 40){
const err18 = {instancePath:instancePath+"/items/" + i0+"/date",schemaPath:"#/properties/items/items/properties/date/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema57.properties.items.items.properties.date,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/items/" + i0+"/date",schemaPath:"#/properties/items/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.items.items.properties.date.type,parentSchema:schema57.properties.items.items.properties.date,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.properties.items.items.type,parentSchema:schema57.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.items.type,parentSchema:schema57.properties.items,data:data1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.answer !== undefined){
let data6 = data.answer;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err22 = {instancePath:instancePath+"/answer/" + i1,schemaPath:"#/properties/answer/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.answer.items.type,parentSchema:schema57.properties.answer.items,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/answer",schemaPath:"#/properties/answer/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.answer.type,parentSchema:schema57.properties.answer,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.explanation !== undefined){
let data8 = data.explanation;
if(typeof data8 === "string"){
if(func2(data8) > 20000){
const err24 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data8) < 1){
const err25 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
for(const key1 in data){
if(((((((((((key1 !== "kind") && (key1 !== "items")) && (key1 !== "answer")) && (key1 !== "explanation")) && (key1 !== "id")) && (key1 !== "prompt")) && (key1 !== "points")) && (key1 !== "skill")) && (key1 !== "tier")) && (key1 !== "documents")) && (key1 !== "teacherNote")){
const err27 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema59 = {"title":"matching","description":"Match each term to its definition. Definitions print in a fixed scrambled order derived from the question id.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","pairs"],"properties":{"kind":{"const":"matching","description":"Matching.","examples":["matching"]},"pairs":{"description":"Correct pairs.","type":"array","minItems":2,"maxItems":12,"items":{"type":"object","additionalProperties":false,"required":["term","match"],"properties":{"term":{"description":"Left column.","type":"string","minLength":1,"maxLength":120,"examples":["38th parallel"]},"match":{"description":"Its correct match in the right column.","type":"string","minLength":1,"maxLength":300,"examples":["The line of latitude that divided Korea in 1945"]}}},"examples":[[{"term":"armistice","match":"An agreement to stop fighting"},{"term":"38th parallel","match":"The line that divided Korea in 1945"}]]},"distractors":{"description":"Extra right-column entries that match nothing.","type":"array","items":{"type":"string","minLength":1,"maxLength":300},"examples":[["A peace treaty"]]}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.prompt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.points === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.skill === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "skill"},message:"must have required property '"+"skill"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.pairs === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pairs"},message:"must have required property '"+"pairs"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if("matching" !== data0){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "matching"},message:"must be equal to constant",schema:"matching",parentSchema:schema59.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.pairs !== undefined){
let data1 = data.pairs;
if(Array.isArray(data1)){
if(data1.length > 12){
const err7 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/maxItems",keyword:"maxItems",params:{limit: 12},message:"must NOT have more than 12 items",schema:12,parentSchema:schema59.properties.pairs,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 2){
const err8 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema59.properties.pairs,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.term === undefined){
const err9 = {instancePath:instancePath+"/pairs/" + i0,schemaPath:"#/properties/pairs/items/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema59.properties.pairs.items.required,parentSchema:schema59.properties.pairs.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.match === undefined){
const err10 = {instancePath:instancePath+"/pairs/" + i0,schemaPath:"#/properties/pairs/items/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'",schema:schema59.properties.pairs.items.required,parentSchema:schema59.properties.pairs.items,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data2){
if(!((key0 === "term") || (key0 === "match"))){
const err11 = {instancePath:instancePath+"/pairs/" + i0,schemaPath:"#/properties/pairs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.pairs.items,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.term !== undefined){
let data3 = data2.term;
if(typeof data3 === "string"){
if(func2(data3) > 120){
const err12 = {instancePath:instancePath+"/pairs/" + i0+"/term",schemaPath:"#/properties/pairs/items/properties/term/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema59.properties.pairs.items.properties.term,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data3) < 1){
const err13 = {instancePath:instancePath+"/pairs/" + i0+"/term",schemaPath:"#/properties/pairs/items/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.pairs.items.properties.term,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/pairs/" + i0+"/term",schemaPath:"#/properties/pairs/items/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.pairs.items.properties.term.type,parentSchema:schema59.properties.pairs.items.properties.term,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.match !== undefined){
let data4 = data2.match;
if(typeof data4 === "string"){
if(func2(data4) > 300){
const err15 = {instancePath:instancePath+"/pairs/" + i0+"/match",schemaPath:"#/properties/pairs/items/properties/match/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema59.properties.pairs.items.properties.match,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data4) < 1){
const err16 = {instancePath:instancePath+"/pairs/" + i0+"/match",schemaPath:"#/properties/pairs/items/properties/match/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.pairs.items.properties.match,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/pairs/" + i0+"/match",schemaPath:"#/properties/pairs/items/properties/match/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.pairs.items.properties.match.type,parentSchema:schema59.properties.pairs.items.properties.match,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/pairs/" + i0,schemaPath:"#/properties/pairs/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.pairs.items.type,parentSchema:schema59.properties.pairs.items,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.pairs.type,parentSchema:schema59.properties.pairs,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.distractors !== undefined){
let data5 = data.distractors;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func2(data6) > 300){
const err20 = {instancePath:instancePath+"/distractors/" + i1,schemaPath:"#/properties/distractors/items/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema59.properties.distractors.items,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/distractors/" + i1,schemaPath:"#/properties/distractors/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.distractors.items,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/distractors/" + i1,schemaPath:"#/properties/distractors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.distractors.items.type,parentSchema:schema59.properties.distractors.items,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/distractors",schemaPath:"#/properties/distractors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.distractors.type,parentSchema:schema59.properties.distractors,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key1 in data){
if((((((((((key1 !== "kind") && (key1 !== "pairs")) && (key1 !== "distractors")) && (key1 !== "id")) && (key1 !== "prompt")) && (key1 !== "points")) && (key1 !== "skill")) && (key1 !== "tier")) && (key1 !== "documents")) && (key1 !== "teacherNote")){
const err24 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"title":"extended response","description":"An argued answer (e.g. the final claim) scored with a rubric.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","lines","answer","rubric"],"properties":{"kind":{"const":"extended-response","description":"Extended response.","examples":["extended-response"]},"lines":{"description":"Writing lines students get.","type":"integer","minimum":1,"maximum":60,"examples":[20]},"answer":{"$ref":"#/$defs/markdown","description":"A model answer (answer key only).","examples":["Kim Il Sung started the war on 25 June 1950. He had pressed Stalin for an attack since 1949, and Stalin agreed in spring 1950 on condition that Mao agreed too."]},"rubric":{"description":"Rubric criteria; their maximum points must add up to the question's points.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["criterion","levels"],"properties":{"criterion":{"description":"What is scored.","type":"string","minLength":1,"maxLength":120,"examples":["Thesis"]},"levels":{"description":"What each score looks like, highest first.","type":"array","minItems":2,"items":{"$ref":"#/$defs/level"},"examples":[[{"points":1,"description":"Makes a defensible claim that answers the question."},{"points":0,"description":"No claim, or one the evidence cannot support."}]]}}},"examples":[[{"criterion":"Thesis","levels":[{"points":1,"description":"Makes a defensible claim that answers the question."},{"points":0,"description":"No claim, or one the evidence cannot support."}]}]]},"scaffolds":{"$ref":"#/$defs/scaffolds"}}};
const schema63 = {"type":"object","description":"Supports printed with an argued answer: a planning box, sentence frames and a word bank.","additionalProperties":false,"properties":{"planning":{"description":"Labels of the rows of a planning box students fill before writing (claim, evidence, counter-argument...).","type":"array","maxItems":8,"items":{"type":"string","minLength":1,"maxLength":160},"examples":[["My claim","Evidence 1 (document and what it shows)","A view I disagree with, and why"]]},"frames":{"description":"Sentence frames students may use to start sentences; blanks are written as ____.","type":"array","maxItems":10,"items":{"type":"string","minLength":1,"maxLength":200},"examples":[["Although ____ argues that ____, the evidence of ____ shows ____."]]},"wordBank":{"description":"Words and phrases students may use.","type":"array","maxItems":24,"items":{"type":"string","minLength":1,"maxLength":60},"examples":[["armistice","escalate","perspective"]]}},"examples":[{"planning":["My claim","Evidence 1"],"frames":["Document ____ shows that ____."],"wordBank":["escalate"]}]};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.prompt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.points === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.skill === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "skill"},message:"must have required property '"+"skill"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.lines === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lines"},message:"must have required property '"+"lines"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.answer === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "answer"},message:"must have required property '"+"answer"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.rubric === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rubric"},message:"must have required property '"+"rubric"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if("extended-response" !== data0){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "extended-response"},message:"must be equal to constant",schema:"extended-response",parentSchema:schema60.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.lines !== undefined){
let data1 = data.lines;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err9 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema60.properties.lines.type,parentSchema:schema60.properties.lines,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 60 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60",schema:60,parentSchema:schema60.properties.lines,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err11 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema60.properties.lines,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.answer !== undefined){
let data2 = data.answer;
if(typeof data2 === "string"){
if(func2(data2) > 20000){
const err12 = {instancePath:instancePath+"/answer",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data2) < 1){
const err13 = {instancePath:instancePath+"/answer",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/answer",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.rubric !== undefined){
let data3 = data.rubric;
if(Array.isArray(data3)){
if(data3.length < 1){
const err15 = {instancePath:instancePath+"/rubric",schemaPath:"#/properties/rubric/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema60.properties.rubric,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.criterion === undefined){
const err16 = {instancePath:instancePath+"/rubric/" + i0,schemaPath:"#/properties/rubric/items/required",keyword:"required",params:{missingProperty: "criterion"},message:"must have required property '"+"criterion"+"'",schema:schema60.properties.rubric.items.required,parentSchema:schema60.properties.rubric.items,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.levels === undefined){
const err17 = {instancePath:instancePath+"/rubric/" + i0,schemaPath:"#/properties/rubric/items/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'",schema:schema60.properties.rubric.items.required,parentSchema:schema60.properties.rubric.items,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key0 in data4){
if(!((key0 === "criterion") || (key0 === "levels"))){
const err18 = {instancePath:instancePath+"/rubric/" + i0,schemaPath:"#/properties/rubric/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60.properties.rubric.items,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.criterion !== undefined){
let data5 = data4.criterion;
if(typeof data5 === "string"){
if(func2(data5) > 120){
const err19 = {instancePath:instancePath+"/rubric/" + i0+"/criterion",schemaPath:"#/properties/rubric/items/properties/criterion/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema60.properties.rubric.items.properties.criterion,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data5) < 1){
const err20 = {instancePath:instancePath+"/rubric/" + i0+"/criterion",schemaPath:"#/properties/rubric/items/properties/criterion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.rubric.items.properties.criterion,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/rubric/" + i0+"/criterion",schemaPath:"#/properties/rubric/items/properties/criterion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.rubric.items.properties.criterion.type,parentSchema:schema60.properties.rubric.items.properties.criterion,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.levels !== undefined){
let data6 = data4.levels;
if(Array.isArray(data6)){
if(data6.length < 2){
const err22 = {instancePath:instancePath+"/rubric/" + i0+"/levels",schemaPath:"#/properties/rubric/items/properties/levels/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema60.properties.rubric.items.properties.levels,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.points === undefined){
const err23 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1,schemaPath:"#/$defs/level/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema55.required,parentSchema:schema55,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7.description === undefined){
const err24 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1,schemaPath:"#/$defs/level/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema55.required,parentSchema:schema55,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "points") || (key1 === "description"))){
const err25 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1,schemaPath:"#/$defs/level/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.points !== undefined){
let data8 = data7.points;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err26 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/points",schemaPath:"#/$defs/level/properties/points/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.points.type,parentSchema:schema55.properties.points,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 100 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/points",schemaPath:"#/$defs/level/properties/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema55.properties.points,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/points",schemaPath:"#/$defs/level/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55.properties.points,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data7.description !== undefined){
let data9 = data7.description;
if(typeof data9 === "string"){
if(func2(data9) > 600){
const err29 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/description",schemaPath:"#/$defs/level/properties/description/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema55.properties.description,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data9) < 1){
const err30 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/description",schemaPath:"#/$defs/level/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.description,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/description",schemaPath:"#/$defs/level/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.description.type,parentSchema:schema55.properties.description,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1,schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/rubric/" + i0+"/levels",schemaPath:"#/properties/rubric/items/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.rubric.items.properties.levels.type,parentSchema:schema60.properties.rubric.items.properties.levels,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/rubric/" + i0,schemaPath:"#/properties/rubric/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.properties.rubric.items.type,parentSchema:schema60.properties.rubric.items,data:data4};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/rubric",schemaPath:"#/properties/rubric/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.rubric.type,parentSchema:schema60.properties.rubric,data:data3};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.scaffolds !== undefined){
let data10 = data.scaffolds;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!(((key2 === "planning") || (key2 === "frames")) || (key2 === "wordBank"))){
const err36 = {instancePath:instancePath+"/scaffolds",schemaPath:"#/$defs/scaffolds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data10.planning !== undefined){
let data11 = data10.planning;
if(Array.isArray(data11)){
if(data11.length > 8){
const err37 = {instancePath:instancePath+"/scaffolds/planning",schemaPath:"#/$defs/scaffolds/properties/planning/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items",schema:8,parentSchema:schema63.properties.planning,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func2(data12) > 160){
const err38 = {instancePath:instancePath+"/scaffolds/planning/" + i2,schemaPath:"#/$defs/scaffolds/properties/planning/items/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema63.properties.planning.items,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data12) < 1){
const err39 = {instancePath:instancePath+"/scaffolds/planning/" + i2,schemaPath:"#/$defs/scaffolds/properties/planning/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.planning.items,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/scaffolds/planning/" + i2,schemaPath:"#/$defs/scaffolds/properties/planning/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.planning.items.type,parentSchema:schema63.properties.planning.items,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/scaffolds/planning",schemaPath:"#/$defs/scaffolds/properties/planning/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.planning.type,parentSchema:schema63.properties.planning,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data10.frames !== undefined){
let data13 = data10.frames;
if(Array.isArray(data13)){
if(data13.length > 10){
const err42 = {instancePath:instancePath+"/scaffolds/frames",schemaPath:"#/$defs/scaffolds/properties/frames/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema63.properties.frames,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
let data14 = data13[i3];
if(typeof data14 === "string"){
if(func2(data14) > 200){
const err43 = {instancePath:instancePath+"/scaffolds/frames/" + i3,schemaPath:"#/$defs/scaffolds/properties/frames/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema63.properties.frames.items,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data14) < 1){
const err44 = {instancePath:instancePath+"/scaffolds/frames/" + i3,schemaPath:"#/$defs/scaffolds/properties/frames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.frames.items,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/scaffolds/frames/" + i3,schemaPath:"#/$defs/scaffolds/properties/frames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.frames.items.type,parentSchema:schema63.properties.frames.items,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/scaffolds/frames",schemaPath:"#/$defs/scaffolds/properties/frames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.frames.type,parentSchema:schema63.properties.frames,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data10.wordBank !== undefined){
let data15 = data10.wordBank;
if(Array.isArray(data15)){
if(data15.length > 24){
const err47 = {instancePath:instancePath+"/scaffolds/wordBank",schemaPath:"#/$defs/scaffolds/properties/wordBank/maxItems",keyword:"maxItems",params:{limit: 24},message:"must NOT have more than 24 items",schema:24,parentSchema:schema63.properties.wordBank,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len4 = data15.length;
for(let i4=0; i4<len4; i4++){
let data16 = data15[i4];
if(typeof data16 === "string"){
if(func2(data16) > 60){
const err48 = {instancePath:instancePath+"/scaffolds/wordBank/" + i4,schemaPath:"#/$defs/scaffolds/properties/wordBank/items/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema63.properties.wordBank.items,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func2(data16) < 1){
const err49 = {instancePath:instancePath+"/scaffolds/wordBank/" + i4,schemaPath:"#/$defs/scaffolds/properties/wordBank/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.wordBank.items,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/scaffolds/wordBank/" + i4,schemaPath:"#/$defs/scaffolds/properties/wordBank/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.wordBank.items.type,parentSchema:schema63.properties.wordBank.items,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/scaffolds/wordBank",schemaPath:"#/$defs/scaffolds/properties/wordBank/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.wordBank.type,parentSchema:schema63.properties.wordBank,data:data15};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/scaffolds",schemaPath:"#/$defs/scaffolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data:data10};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
for(const key3 in data){
if((((((((((((key3 !== "kind") && (key3 !== "lines")) && (key3 !== "answer")) && (key3 !== "rubric")) && (key3 !== "scaffolds")) && (key3 !== "id")) && (key3 !== "prompt")) && (key3 !== "points")) && (key3 !== "skill")) && (key3 !== "tier")) && (key3 !== "documents")) && (key3 !== "teacherNote")){
const err53 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key3},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"title":"map question","description":"Students label or mark a printed map; the answer key draws the answer on the same map, at the same place on the page.","type":"object","allOf":[{"$ref":"#/$defs/questionBase"}],"unevaluatedProperties":false,"required":["kind","id","prompt","points","skill","figure","answer","explanation"],"properties":{"kind":{"const":"map","description":"Map.","examples":["map"]},"figure":{"description":"Id of the figure (in `figures`) students mark.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["map-blank"]},"answer":{"description":"Layers the answer key draws on the map: the answer, in the same layer kinds as a figure.","type":"array","minItems":1,"maxItems":40,"items":{"$ref":"#/$defs/layer"},"examples":[[{"kind":"line","path":[[37.76,126.69],[38.61,128.36]],"style":"heavy","label":"Armistice line, 1953"}]]},"explanation":{"$ref":"#/$defs/markdown","description":"What a right answer shows and how to mark it (marking guide).","examples":["The line runs from the Han estuary, south of the 38th parallel, to the east coast north of it."]},"scoring":{"description":"What earns each score, e.g. 2/1/0 (marking guide).","type":"array","items":{"$ref":"#/$defs/level"},"examples":[[{"points":2,"description":"Both ends on the right side of the parallel."},{"points":0,"description":"Neither."}]]}}};
const schema65 = {"description":"One thing drawn on a map. `kind` chooses its shape: `line`, `place`, `label`, `arrow` or `area`.","type":"object","discriminator":{"propertyName":"kind"},"required":["kind"],"oneOf":[{"$ref":"#/$defs/lineLayer"},{"$ref":"#/$defs/placeLayer"},{"$ref":"#/$defs/labelLayer"},{"$ref":"#/$defs/arrowLayer"},{"$ref":"#/$defs/areaLayer"}]};
const schema66 = {"title":"line layer","description":"A line along a parallel (`parallel`) or through points (`path`): a border, a front line on a date, an armistice line.","type":"object","additionalProperties":false,"required":["kind","style"],"properties":{"kind":{"const":"line","description":"A line.","examples":["line"]},"parallel":{"description":"Draw the line along this latitude, across the whole map.","type":"number","minimum":-90,"maximum":90,"examples":[38]},"path":{"$ref":"#/$defs/path"},"style":{"description":"How the line is drawn (grays only): `solid`, `heavy`, `dashed`, `dotted`, `dash-dot`, or `band` (a gray strip `widthKm` wide, e.g. a demilitarized zone).","enum":["solid","heavy","dashed","dotted","dash-dot","band"],"examples":["dashed"]},"widthKm":{"description":"Width of a `band` in kilometres.","type":"number","minimum":0.1,"maximum":500,"examples":[4]},"label":{"description":"Text written on the map beside the layer (placed where it overlaps nothing).","type":"string","minLength":1,"maxLength":60,"examples":["38th parallel"]},"labelAt":{"$ref":"#/$defs/position","description":"Where the label goes, as [latitude, longitude] (default: the end of a line, the middle of an arrow, the middle of an area).","examples":[[38.5,128.25]]},"legend":{"description":"Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).","type":"string","minLength":1,"maxLength":80,"examples":["North Korean attack, 25 June 1950"]}}};
const schema68 = {"description":"A point as [latitude, longitude] in decimal degrees, latitude first as atlases write it: 37.57° N, 126.98° E is [37.57, 126.98]. South and west are negative.","type":"array","prefixItems":[{"description":"Latitude in degrees, from -90 (south pole) to 90 (north pole). It comes first: [latitude, longitude].","type":"number","minimum":-90,"maximum":90},{"description":"Longitude in degrees, from -180 (west) to 180 (east).","type":"number","minimum":-180,"maximum":180}],"minItems":2,"maxItems":2,"examples":[[37.57,126.98]]};
const schema67 = {"description":"Points of a line, in order, each [latitude, longitude].","type":"array","minItems":2,"maxItems":400,"items":{"$ref":"#/$defs/position"},"examples":[[[38.3,126.8],[37.65,126.98]]]};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 400){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 400},message:"must NOT have more than 400 items",schema:400,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 2){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(Array.isArray(data0)){
if(data0.length > 2){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/position/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema68,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 2){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/position/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema68,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len1 = data0.length;
if(len1 > 0){
let data1 = data0[0];
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 90 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/" + i0+"/0",schemaPath:"#/$defs/position/prefixItems/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema68.prefixItems[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < -90 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/" + i0+"/0",schemaPath:"#/$defs/position/prefixItems/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema68.prefixItems[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/" + i0+"/0",schemaPath:"#/$defs/position/prefixItems/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[0].type,parentSchema:schema68.prefixItems[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(len1 > 1){
let data2 = data0[1];
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 180 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/" + i0+"/1",schemaPath:"#/$defs/position/prefixItems/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema68.prefixItems[1],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < -180 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/" + i0+"/1",schemaPath:"#/$defs/position/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema68.prefixItems[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/" + i0+"/1",schemaPath:"#/$defs/position/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[1].type,parentSchema:schema68.prefixItems[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/position/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.type,parentSchema:schema68,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.style === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "style"},message:"must have required property '"+"style"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "parallel")) || (key0 === "path")) || (key0 === "style")) || (key0 === "widthKm")) || (key0 === "label")) || (key0 === "labelAt")) || (key0 === "legend"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("line" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "line"},message:"must be equal to constant",schema:"line",parentSchema:schema66.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.parallel !== undefined){
let data1 = data.parallel;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 90 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema66.properties.parallel,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < -90 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema66.properties.parallel,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema66.properties.parallel.type,parentSchema:schema66.properties.parallel,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.path !== undefined){
if(!(validate44(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.style !== undefined){
let data3 = data.style;
if(!((((((data3 === "solid") || (data3 === "heavy")) || (data3 === "dashed")) || (data3 === "dotted")) || (data3 === "dash-dot")) || (data3 === "band"))){
const err7 = {instancePath:instancePath+"/style",schemaPath:"#/properties/style/enum",keyword:"enum",params:{allowedValues: schema66.properties.style.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.style.enum,parentSchema:schema66.properties.style,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.widthKm !== undefined){
let data4 = data.widthKm;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 500 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/widthKm",schemaPath:"#/properties/widthKm/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema66.properties.widthKm,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 0.1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/widthKm",schemaPath:"#/properties/widthKm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0.1},message:"must be >= 0.1",schema:0.1,parentSchema:schema66.properties.widthKm,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/widthKm",schemaPath:"#/properties/widthKm/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema66.properties.widthKm.type,parentSchema:schema66.properties.widthKm,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.label !== undefined){
let data5 = data.label;
if(typeof data5 === "string"){
if(func2(data5) > 60){
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema66.properties.label,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data5) < 1){
const err12 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.label,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.label.type,parentSchema:schema66.properties.label,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.labelAt !== undefined){
let data6 = data.labelAt;
if(Array.isArray(data6)){
if(data6.length > 2){
const err14 = {instancePath:instancePath+"/labelAt",schemaPath:"#/$defs/position/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema68,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.length < 2){
const err15 = {instancePath:instancePath+"/labelAt",schemaPath:"#/$defs/position/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema68,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data6.length;
if(len0 > 0){
let data7 = data6[0];
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 90 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/labelAt/0",schemaPath:"#/$defs/position/prefixItems/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema68.prefixItems[0],data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7 < -90 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/labelAt/0",schemaPath:"#/$defs/position/prefixItems/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema68.prefixItems[0],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/labelAt/0",schemaPath:"#/$defs/position/prefixItems/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[0].type,parentSchema:schema68.prefixItems[0],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(len0 > 1){
let data8 = data6[1];
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 180 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/labelAt/1",schemaPath:"#/$defs/position/prefixItems/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema68.prefixItems[1],data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8 < -180 || isNaN(data8)){
const err20 = {instancePath:instancePath+"/labelAt/1",schemaPath:"#/$defs/position/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema68.prefixItems[1],data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/labelAt/1",schemaPath:"#/$defs/position/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[1].type,parentSchema:schema68.prefixItems[1],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/labelAt",schemaPath:"#/$defs/position/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.type,parentSchema:schema68,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.legend !== undefined){
let data9 = data.legend;
if(typeof data9 === "string"){
if(func2(data9) > 80){
const err23 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema66.properties.legend,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data9) < 1){
const err24 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.legend,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.legend.type,parentSchema:schema66.properties.legend,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = {"title":"place layer","description":"A place: a symbol at a position with its name beside it.","type":"object","additionalProperties":false,"required":["kind","name","at"],"properties":{"kind":{"const":"place","description":"A place.","examples":["place"]},"name":{"description":"The name printed beside the symbol.","type":"string","minLength":1,"maxLength":60,"examples":["Seoul"]},"at":{"$ref":"#/$defs/position","description":"Where the place is, as [latitude, longitude].","examples":[[37.57,126.98]]},"symbol":{"description":"`dot` (a town), `capital` (a ringed dot), `square` (an event, e.g. a landing) or `none`.","enum":["dot","capital","square","none"],"examples":["capital"]},"labelSide":{"description":"Force the name to one side of the symbol (compass direction); by default it goes where it overlaps nothing.","enum":["n","ne","e","se","s","sw","w","nw"],"examples":["e"]},"legend":{"description":"Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).","type":"string","minLength":1,"maxLength":80,"examples":["North Korean attack, 25 June 1950"]}}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "name")) || (key0 === "at")) || (key0 === "symbol")) || (key0 === "labelSide")) || (key0 === "legend"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("place" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "place"},message:"must be equal to constant",schema:"place",parentSchema:schema70.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 60){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema70.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.name.type,parentSchema:schema70.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.at !== undefined){
let data2 = data.at;
if(Array.isArray(data2)){
if(data2.length > 2){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/position/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema68,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.length < 2){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/position/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema68,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
if(len0 > 0){
let data3 = data2[0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 90 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/at/0",schemaPath:"#/$defs/position/prefixItems/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema68.prefixItems[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < -90 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/at/0",schemaPath:"#/$defs/position/prefixItems/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema68.prefixItems[0],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/at/0",schemaPath:"#/$defs/position/prefixItems/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[0].type,parentSchema:schema68.prefixItems[0],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(len0 > 1){
let data4 = data2[1];
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 180 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/at/1",schemaPath:"#/$defs/position/prefixItems/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema68.prefixItems[1],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < -180 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/at/1",schemaPath:"#/$defs/position/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema68.prefixItems[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/at/1",schemaPath:"#/$defs/position/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[1].type,parentSchema:schema68.prefixItems[1],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/position/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.type,parentSchema:schema68,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.symbol !== undefined){
let data5 = data.symbol;
if(!((((data5 === "dot") || (data5 === "capital")) || (data5 === "square")) || (data5 === "none"))){
const err17 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/enum",keyword:"enum",params:{allowedValues: schema70.properties.symbol.enum},message:"must be equal to one of the allowed values",schema:schema70.properties.symbol.enum,parentSchema:schema70.properties.symbol,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.labelSide !== undefined){
let data6 = data.labelSide;
if(!((((((((data6 === "n") || (data6 === "ne")) || (data6 === "e")) || (data6 === "se")) || (data6 === "s")) || (data6 === "sw")) || (data6 === "w")) || (data6 === "nw"))){
const err18 = {instancePath:instancePath+"/labelSide",schemaPath:"#/properties/labelSide/enum",keyword:"enum",params:{allowedValues: schema70.properties.labelSide.enum},message:"must be equal to one of the allowed values",schema:schema70.properties.labelSide.enum,parentSchema:schema70.properties.labelSide,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.legend !== undefined){
let data7 = data.legend;
if(typeof data7 === "string"){
if(func2(data7) > 80){
const err19 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema70.properties.legend,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data7) < 1){
const err20 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70.properties.legend,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.legend.type,parentSchema:schema70.properties.legend,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema72 = {"title":"label layer","description":"Text on the map at a position, e.g. a country, a sea or a river.","type":"object","additionalProperties":false,"required":["kind","text","at"],"properties":{"kind":{"const":"label","description":"A text label.","examples":["label"]},"text":{"description":"The text; a line break (\\n in JSON) starts a second line.","type":"string","minLength":1,"maxLength":60,"examples":["Sea of Japan\n(East Sea)"]},"at":{"$ref":"#/$defs/position","description":"Where the middle of the text goes, as [latitude, longitude].","examples":[[39.95,130]]},"style":{"description":"`region` (a country: spaced capitals), `water` (a sea or river: italic) or `note` (plain).","enum":["region","water","note"],"examples":["water"]}}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "kind") || (key0 === "text")) || (key0 === "at")) || (key0 === "style"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("label" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "label"},message:"must be equal to constant",schema:"label",parentSchema:schema72.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.text !== undefined){
let data1 = data.text;
if(typeof data1 === "string"){
if(func2(data1) > 60){
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema72.properties.text,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.text,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.text.type,parentSchema:schema72.properties.text,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.at !== undefined){
let data2 = data.at;
if(Array.isArray(data2)){
if(data2.length > 2){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/position/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema68,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.length < 2){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/position/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema68,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
if(len0 > 0){
let data3 = data2[0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 90 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/at/0",schemaPath:"#/$defs/position/prefixItems/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema68.prefixItems[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < -90 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/at/0",schemaPath:"#/$defs/position/prefixItems/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema68.prefixItems[0],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/at/0",schemaPath:"#/$defs/position/prefixItems/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[0].type,parentSchema:schema68.prefixItems[0],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(len0 > 1){
let data4 = data2[1];
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 180 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/at/1",schemaPath:"#/$defs/position/prefixItems/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema68.prefixItems[1],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < -180 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/at/1",schemaPath:"#/$defs/position/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema68.prefixItems[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/at/1",schemaPath:"#/$defs/position/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[1].type,parentSchema:schema68.prefixItems[1],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/position/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.type,parentSchema:schema68,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.style !== undefined){
let data5 = data.style;
if(!(((data5 === "region") || (data5 === "water")) || (data5 === "note"))){
const err17 = {instancePath:instancePath+"/style",schemaPath:"#/properties/style/enum",keyword:"enum",params:{allowedValues: schema72.properties.style.enum},message:"must be equal to one of the allowed values",schema:schema72.properties.style.enum,parentSchema:schema72.properties.style,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema74 = {"title":"arrow layer","description":"A movement: an arrow along `path`, from its first point to its last.","type":"object","additionalProperties":false,"required":["kind","path"],"properties":{"kind":{"const":"arrow","description":"An arrow.","examples":["arrow"]},"path":{"$ref":"#/$defs/path"},"style":{"description":"`solid` or `dashed`: two sides, or an advance and a retreat, told apart in the legend.","enum":["solid","dashed"],"examples":["solid"]},"label":{"description":"Text written on the map beside the layer (placed where it overlaps nothing).","type":"string","minLength":1,"maxLength":60,"examples":["38th parallel"]},"labelAt":{"$ref":"#/$defs/position","description":"Where the label goes, as [latitude, longitude] (default: the end of a line, the middle of an arrow, the middle of an area).","examples":[[38.5,128.25]]},"legend":{"description":"Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).","type":"string","minLength":1,"maxLength":80,"examples":["North Korean attack, 25 June 1950"]}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "path")) || (key0 === "style")) || (key0 === "label")) || (key0 === "labelAt")) || (key0 === "legend"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("arrow" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "arrow"},message:"must be equal to constant",schema:"arrow",parentSchema:schema74.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
if(!(validate44(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.style !== undefined){
let data2 = data.style;
if(!((data2 === "solid") || (data2 === "dashed"))){
const err4 = {instancePath:instancePath+"/style",schemaPath:"#/properties/style/enum",keyword:"enum",params:{allowedValues: schema74.properties.style.enum},message:"must be equal to one of the allowed values",schema:schema74.properties.style.enum,parentSchema:schema74.properties.style,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.label !== undefined){
let data3 = data.label;
if(typeof data3 === "string"){
if(func2(data3) > 60){
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema74.properties.label,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data3) < 1){
const err6 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.properties.label,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.label.type,parentSchema:schema74.properties.label,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.labelAt !== undefined){
let data4 = data.labelAt;
if(Array.isArray(data4)){
if(data4.length > 2){
const err8 = {instancePath:instancePath+"/labelAt",schemaPath:"#/$defs/position/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema68,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.length < 2){
const err9 = {instancePath:instancePath+"/labelAt",schemaPath:"#/$defs/position/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema68,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data4.length;
if(len0 > 0){
let data5 = data4[0];
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 90 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/labelAt/0",schemaPath:"#/$defs/position/prefixItems/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema68.prefixItems[0],data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5 < -90 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/labelAt/0",schemaPath:"#/$defs/position/prefixItems/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema68.prefixItems[0],data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/labelAt/0",schemaPath:"#/$defs/position/prefixItems/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[0].type,parentSchema:schema68.prefixItems[0],data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(len0 > 1){
let data6 = data4[1];
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 180 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/labelAt/1",schemaPath:"#/$defs/position/prefixItems/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema68.prefixItems[1],data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6 < -180 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/labelAt/1",schemaPath:"#/$defs/position/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema68.prefixItems[1],data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/labelAt/1",schemaPath:"#/$defs/position/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[1].type,parentSchema:schema68.prefixItems[1],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/labelAt",schemaPath:"#/$defs/position/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.type,parentSchema:schema68,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.legend !== undefined){
let data7 = data.legend;
if(typeof data7 === "string"){
if(func2(data7) > 80){
const err17 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema74.properties.legend,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data7) < 1){
const err18 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.properties.legend,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.legend.type,parentSchema:schema74.properties.legend,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema76 = {"title":"area layer","description":"A shaded area inside `outline` (closed automatically). Shading stops at the coast unless `overSea` is true.","type":"object","additionalProperties":false,"required":["kind","outline","fill"],"properties":{"kind":{"const":"area","description":"A shaded area.","examples":["area"]},"outline":{"$ref":"#/$defs/path","description":"The boundary, as [latitude, longitude] points; it may run out to sea, since shading stops at the coast.","minItems":3,"examples":[[[35.1,128.47],[35.99,128.39],[36.41,129.5],[34.95,129.7]]]},"fill":{"description":"Shading (grays only): `hatch` (diagonal lines), `crosshatch`, `dots` or `gray`.","enum":["hatch","crosshatch","dots","gray"],"examples":["hatch"]},"overSea":{"description":"Shade the sea inside the outline too.","type":"boolean","examples":[false]},"label":{"description":"Text written on the map beside the layer (placed where it overlaps nothing).","type":"string","minLength":1,"maxLength":60,"examples":["38th parallel"]},"labelAt":{"$ref":"#/$defs/position","description":"Where the label goes, as [latitude, longitude] (default: the end of a line, the middle of an arrow, the middle of an area).","examples":[[38.5,128.25]]},"legend":{"description":"Text for this layer in the map legend (the legend shows the layer's line, shading or symbol beside it).","type":"string","minLength":1,"maxLength":80,"examples":["North Korean attack, 25 June 1950"]}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.outline === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outline"},message:"must have required property '"+"outline"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fill === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fill"},message:"must have required property '"+"fill"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "kind") || (key0 === "outline")) || (key0 === "fill")) || (key0 === "overSea")) || (key0 === "label")) || (key0 === "labelAt")) || (key0 === "legend"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("area" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "area"},message:"must be equal to constant",schema:"area",parentSchema:schema76.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.outline !== undefined){
let data1 = data.outline;
if(!(validate44(data1, {instancePath:instancePath+"/outline",parentData:data,parentDataProperty:"outline",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
if(Array.isArray(data1)){
if(data1.length < 3){
const err5 = {instancePath:instancePath+"/outline",schemaPath:"#/properties/outline/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items",schema:3,parentSchema:schema76.properties.outline,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.fill !== undefined){
let data2 = data.fill;
if(!((((data2 === "hatch") || (data2 === "crosshatch")) || (data2 === "dots")) || (data2 === "gray"))){
const err6 = {instancePath:instancePath+"/fill",schemaPath:"#/properties/fill/enum",keyword:"enum",params:{allowedValues: schema76.properties.fill.enum},message:"must be equal to one of the allowed values",schema:schema76.properties.fill.enum,parentSchema:schema76.properties.fill,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.overSea !== undefined){
let data3 = data.overSea;
if(typeof data3 !== "boolean"){
const err7 = {instancePath:instancePath+"/overSea",schemaPath:"#/properties/overSea/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema76.properties.overSea.type,parentSchema:schema76.properties.overSea,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.label !== undefined){
let data4 = data.label;
if(typeof data4 === "string"){
if(func2(data4) > 60){
const err8 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema76.properties.label,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data4) < 1){
const err9 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.label,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.label.type,parentSchema:schema76.properties.label,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.labelAt !== undefined){
let data5 = data.labelAt;
if(Array.isArray(data5)){
if(data5.length > 2){
const err11 = {instancePath:instancePath+"/labelAt",schemaPath:"#/$defs/position/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema68,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.length < 2){
const err12 = {instancePath:instancePath+"/labelAt",schemaPath:"#/$defs/position/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema68,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data5.length;
if(len0 > 0){
let data6 = data5[0];
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 90 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/labelAt/0",schemaPath:"#/$defs/position/prefixItems/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema68.prefixItems[0],data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6 < -90 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/labelAt/0",schemaPath:"#/$defs/position/prefixItems/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema68.prefixItems[0],data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/labelAt/0",schemaPath:"#/$defs/position/prefixItems/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[0].type,parentSchema:schema68.prefixItems[0],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(len0 > 1){
let data7 = data5[1];
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 180 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/labelAt/1",schemaPath:"#/$defs/position/prefixItems/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema68.prefixItems[1],data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7 < -180 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/labelAt/1",schemaPath:"#/$defs/position/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema68.prefixItems[1],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/labelAt/1",schemaPath:"#/$defs/position/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.prefixItems[1].type,parentSchema:schema68.prefixItems[1],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/labelAt",schemaPath:"#/$defs/position/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.type,parentSchema:schema68,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.legend !== undefined){
let data8 = data.legend;
if(typeof data8 === "string"){
if(func2(data8) > 80){
const err20 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema76.properties.legend,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data8) < 1){
const err21 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.legend,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.legend.type,parentSchema:schema76.properties.legend,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "line"){
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "place"){
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "label"){
if(!(validate47(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "arrow"){
if(!(validate48(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "area"){
if(!(validate50(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err1 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema65.discriminator,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema65.discriminator,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate42.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate42.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.prompt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.points === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.skill === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "skill"},message:"must have required property '"+"skill"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.figure === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "figure"},message:"must have required property '"+"figure"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.answer === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "answer"},message:"must have required property '"+"answer"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.explanation === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "explanation"},message:"must have required property '"+"explanation"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if("map" !== data0){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "map"},message:"must be equal to constant",schema:"map",parentSchema:schema64.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.figure !== undefined){
let data1 = data.figure;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err9 = {instancePath:instancePath+"/figure",schemaPath:"#/properties/figure/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema64.properties.figure,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/figure",schemaPath:"#/properties/figure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.figure.type,parentSchema:schema64.properties.figure,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.answer !== undefined){
let data2 = data.answer;
if(Array.isArray(data2)){
if(data2.length > 40){
const err11 = {instancePath:instancePath+"/answer",schemaPath:"#/properties/answer/maxItems",keyword:"maxItems",params:{limit: 40},message:"must NOT have more than 40 items",schema:40,parentSchema:schema64.properties.answer,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.length < 1){
const err12 = {instancePath:instancePath+"/answer",schemaPath:"#/properties/answer/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema64.properties.answer,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data2[i0], {instancePath:instancePath+"/answer/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/answer",schemaPath:"#/properties/answer/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.answer.type,parentSchema:schema64.properties.answer,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.explanation !== undefined){
let data4 = data.explanation;
if(typeof data4 === "string"){
if(func2(data4) > 20000){
const err14 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data4) < 1){
const err15 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.scoring !== undefined){
let data5 = data.scoring;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.points === undefined){
const err17 = {instancePath:instancePath+"/scoring/" + i1,schemaPath:"#/$defs/level/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema55.required,parentSchema:schema55,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.description === undefined){
const err18 = {instancePath:instancePath+"/scoring/" + i1,schemaPath:"#/$defs/level/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema55.required,parentSchema:schema55,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key0 in data6){
if(!((key0 === "points") || (key0 === "description"))){
const err19 = {instancePath:instancePath+"/scoring/" + i1,schemaPath:"#/$defs/level/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.points !== undefined){
let data7 = data6.points;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err20 = {instancePath:instancePath+"/scoring/" + i1+"/points",schemaPath:"#/$defs/level/properties/points/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.points.type,parentSchema:schema55.properties.points,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 100 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/scoring/" + i1+"/points",schemaPath:"#/$defs/level/properties/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema55.properties.points,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/scoring/" + i1+"/points",schemaPath:"#/$defs/level/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55.properties.points,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data6.description !== undefined){
let data8 = data6.description;
if(typeof data8 === "string"){
if(func2(data8) > 600){
const err23 = {instancePath:instancePath+"/scoring/" + i1+"/description",schemaPath:"#/$defs/level/properties/description/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema55.properties.description,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data8) < 1){
const err24 = {instancePath:instancePath+"/scoring/" + i1+"/description",schemaPath:"#/$defs/level/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.description,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/scoring/" + i1+"/description",schemaPath:"#/$defs/level/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.description.type,parentSchema:schema55.properties.description,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/scoring/" + i1,schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/scoring",schemaPath:"#/properties/scoring/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.scoring.type,parentSchema:schema64.properties.scoring,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
for(const key1 in data){
if((((((((((((key1 !== "kind") && (key1 !== "figure")) && (key1 !== "answer")) && (key1 !== "explanation")) && (key1 !== "scoring")) && (key1 !== "id")) && (key1 !== "prompt")) && (key1 !== "points")) && (key1 !== "skill")) && (key1 !== "tier")) && (key1 !== "documents")) && (key1 !== "teacherNote")){
const err28 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "multiple-choice"){
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "short-answer"){
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "table"){
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "ordering"){
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "matching"){
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "extended-response"){
if(!(validate38(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "map"){
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err1 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema46.discriminator,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema46.discriminator,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate26.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate26.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.questions === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "questions"},message:"must have required property '"+"questions"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "instructions")) || (key0 === "questions"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema44.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.id.type,parentSchema:schema44.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema44.properties.title,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.title,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern5.test(data1)){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema44.properties.title,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.title.type,parentSchema:schema44.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.instructions !== undefined){
let data2 = data.instructions;
if(typeof data2 === "string"){
if(func2(data2) > 20000){
const err10 = {instancePath:instancePath+"/instructions",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data2) < 1){
const err11 = {instancePath:instancePath+"/instructions",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/instructions",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.questions !== undefined){
let data3 = data.questions;
if(Array.isArray(data3)){
if(data3.length < 1){
const err13 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema44.properties.questions,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data3[i0], {instancePath:instancePath+"/questions/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.questions.type,parentSchema:schema44.properties.questions,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema83 = {"type":"object","title":"figure","description":"A map of a region: Natural Earth coastlines and borders (npm world-atlas), with layers stated as data. Printed in grays, as vectors, with text in the document's fonts.","additionalProperties":false,"required":["id","title","alt","bounds","layers"],"properties":{"id":{"description":"Figure id, unique in the lesson; a map question names it in `figure`.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":40,"examples":["map-division"]},"title":{"description":"Title printed above the map.","type":"string","minLength":1,"maxLength":120,"examples":["Korea divided at the 38th parallel, 1945"]},"after":{"description":"Where the handout prints the map: \"background\" (after the background reading and timeline), \"vocabulary\", or a document id (after that document). Leave it out for a map only a `map` question shows.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["background"]},"afterIn":{"description":"Where a variant's handout prints the map instead of `after`: by variant (`large-print`, `dyslexia`), the same values as `after`. Larger text moves the page breaks, and a map that needs a page of its own can leave the page before it near empty; printing it where a page ends anyway keeps every page full.","type":"object","additionalProperties":false,"properties":{"large-print":{"description":"Where the large-print handout prints the map.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["background"]},"dyslexia":{"description":"Where the dyslexia-friendly handout prints the map.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["doc-b"]}},"examples":[{"large-print":"background"}]},"alt":{"description":"Alternative text: what the map shows, in a sentence or two, for readers who cannot see it (screen readers read it from the tagged PDF). Required.","type":"string","minLength":1,"maxLength":600,"examples":["A map of Korea with a line across it at the 38th parallel; Seoul lies just south of the line, Pyongyang north of it."]},"caption":{"description":"Caption printed under the map (what to notice).","type":"string","minLength":1,"maxLength":400,"examples":["The line was meant to be temporary: it cut across rivers, roads and provinces."]},"credit":{"description":"What the lesson's lines and places rest on, printed under the caption after the base-map credit.","type":"string","minLength":1,"maxLength":300,"examples":["Places and lines: lessonpack curriculum team, from published maps of the war."]},"dataNote":{"description":"What the coordinates of the lines and places rest on (sources, how a line was traced, how precise it is), for authors and reviewers. Not printed.","type":"string","maxLength":4000,"examples":["Seoul 37.57 N 126.98 E; the 38th parallel is exact. Front lines traced by hand from published campaign maps, to about 10 km."]},"size":{"description":"How large the map prints: `small` (at most 3.1 in wide and 4 in high), `medium` (4.6 by 5.6 in) or `large` (6.2 by 6.5 in); the other side follows the shape of `bounds`, and the legend goes below.","enum":["small","medium","large"],"examples":["medium"]},"bounds":{"description":"The area the map shows, in degrees.","type":"object","additionalProperties":false,"required":["west","south","east","north"],"properties":{"west":{"description":"Western edge (longitude; west is negative).","type":"number","minimum":-180,"maximum":180,"examples":[124]},"south":{"description":"Southern edge (latitude; south is negative).","type":"number","minimum":-90,"maximum":90,"examples":[33]},"east":{"description":"Eastern edge (longitude).","type":"number","minimum":-180,"maximum":180,"examples":[131]},"north":{"description":"Northern edge (latitude).","type":"number","minimum":-90,"maximum":90,"examples":[43]}},"examples":[{"west":124,"south":33,"east":131,"north":43}]},"legend":{"description":"Where the legend box (with the scale bar) goes: `below` the map (the default: it hides nothing), in a corner of the map, or `none`.","enum":["below","top-left","top-right","bottom-left","bottom-right","none"],"examples":["below"]},"layers":{"description":"What is drawn on the base map, bottom to top.","type":"array","maxItems":100,"items":{"$ref":"#/$defs/layer"},"examples":[[{"kind":"line","parallel":38,"style":"dashed","label":"38th parallel"}]]}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.alt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alt"},message:"must have required property '"+"alt"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.bounds === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bounds"},message:"must have required property '"+"bounds"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.layers === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layers"},message:"must have required property '"+"layers"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema83.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 40){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema83.properties.id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema83.properties.id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.id.type,parentSchema:schema83.properties.id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema83.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.title.type,parentSchema:schema83.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.after !== undefined){
let data2 = data.after;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err12 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema83.properties.after,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.after.type,parentSchema:schema83.properties.after,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.afterIn !== undefined){
let data3 = data.afterIn;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((key1 === "large-print") || (key1 === "dyslexia"))){
const err14 = {instancePath:instancePath+"/afterIn",schemaPath:"#/properties/afterIn/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.afterIn,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3["large-print"] !== undefined){
let data4 = data3["large-print"];
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err15 = {instancePath:instancePath+"/afterIn/large-print",schemaPath:"#/properties/afterIn/properties/large-print/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema83.properties.afterIn.properties["large-print"],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/afterIn/large-print",schemaPath:"#/properties/afterIn/properties/large-print/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.afterIn.properties["large-print"].type,parentSchema:schema83.properties.afterIn.properties["large-print"],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.dyslexia !== undefined){
let data5 = data3.dyslexia;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err17 = {instancePath:instancePath+"/afterIn/dyslexia",schemaPath:"#/properties/afterIn/properties/dyslexia/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema83.properties.afterIn.properties.dyslexia,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/afterIn/dyslexia",schemaPath:"#/properties/afterIn/properties/dyslexia/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.afterIn.properties.dyslexia.type,parentSchema:schema83.properties.afterIn.properties.dyslexia,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/afterIn",schemaPath:"#/properties/afterIn/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.afterIn.type,parentSchema:schema83.properties.afterIn,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.alt !== undefined){
let data6 = data.alt;
if(typeof data6 === "string"){
if(func2(data6) > 600){
const err20 = {instancePath:instancePath+"/alt",schemaPath:"#/properties/alt/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema83.properties.alt,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/alt",schemaPath:"#/properties/alt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.alt,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/alt",schemaPath:"#/properties/alt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.alt.type,parentSchema:schema83.properties.alt,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.caption !== undefined){
let data7 = data.caption;
if(typeof data7 === "string"){
if(func2(data7) > 400){
const err23 = {instancePath:instancePath+"/caption",schemaPath:"#/properties/caption/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema83.properties.caption,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data7) < 1){
const err24 = {instancePath:instancePath+"/caption",schemaPath:"#/properties/caption/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.caption,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/caption",schemaPath:"#/properties/caption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.caption.type,parentSchema:schema83.properties.caption,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.credit !== undefined){
let data8 = data.credit;
if(typeof data8 === "string"){
if(func2(data8) > 300){
const err26 = {instancePath:instancePath+"/credit",schemaPath:"#/properties/credit/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema83.properties.credit,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data8) < 1){
const err27 = {instancePath:instancePath+"/credit",schemaPath:"#/properties/credit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.credit,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/credit",schemaPath:"#/properties/credit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.credit.type,parentSchema:schema83.properties.credit,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.dataNote !== undefined){
let data9 = data.dataNote;
if(typeof data9 === "string"){
if(func2(data9) > 4000){
const err29 = {instancePath:instancePath+"/dataNote",schemaPath:"#/properties/dataNote/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema83.properties.dataNote,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/dataNote",schemaPath:"#/properties/dataNote/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.dataNote.type,parentSchema:schema83.properties.dataNote,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.size !== undefined){
let data10 = data.size;
if(!(((data10 === "small") || (data10 === "medium")) || (data10 === "large"))){
const err31 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/enum",keyword:"enum",params:{allowedValues: schema83.properties.size.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.size.enum,parentSchema:schema83.properties.size,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.bounds !== undefined){
let data11 = data.bounds;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.west === undefined){
const err32 = {instancePath:instancePath+"/bounds",schemaPath:"#/properties/bounds/required",keyword:"required",params:{missingProperty: "west"},message:"must have required property '"+"west"+"'",schema:schema83.properties.bounds.required,parentSchema:schema83.properties.bounds,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data11.south === undefined){
const err33 = {instancePath:instancePath+"/bounds",schemaPath:"#/properties/bounds/required",keyword:"required",params:{missingProperty: "south"},message:"must have required property '"+"south"+"'",schema:schema83.properties.bounds.required,parentSchema:schema83.properties.bounds,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11.east === undefined){
const err34 = {instancePath:instancePath+"/bounds",schemaPath:"#/properties/bounds/required",keyword:"required",params:{missingProperty: "east"},message:"must have required property '"+"east"+"'",schema:schema83.properties.bounds.required,parentSchema:schema83.properties.bounds,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data11.north === undefined){
const err35 = {instancePath:instancePath+"/bounds",schemaPath:"#/properties/bounds/required",keyword:"required",params:{missingProperty: "north"},message:"must have required property '"+"north"+"'",schema:schema83.properties.bounds.required,parentSchema:schema83.properties.bounds,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key2 in data11){
if(!((((key2 === "west") || (key2 === "south")) || (key2 === "east")) || (key2 === "north"))){
const err36 = {instancePath:instancePath+"/bounds",schemaPath:"#/properties/bounds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.bounds,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.west !== undefined){
let data12 = data11.west;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 180 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/bounds/west",schemaPath:"#/properties/bounds/properties/west/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema83.properties.bounds.properties.west,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data12 < -180 || isNaN(data12)){
const err38 = {instancePath:instancePath+"/bounds/west",schemaPath:"#/properties/bounds/properties/west/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema83.properties.bounds.properties.west,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/bounds/west",schemaPath:"#/properties/bounds/properties/west/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema83.properties.bounds.properties.west.type,parentSchema:schema83.properties.bounds.properties.west,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.south !== undefined){
let data13 = data11.south;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 90 || isNaN(data13)){
const err40 = {instancePath:instancePath+"/bounds/south",schemaPath:"#/properties/bounds/properties/south/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema83.properties.bounds.properties.south,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data13 < -90 || isNaN(data13)){
const err41 = {instancePath:instancePath+"/bounds/south",schemaPath:"#/properties/bounds/properties/south/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema83.properties.bounds.properties.south,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/bounds/south",schemaPath:"#/properties/bounds/properties/south/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema83.properties.bounds.properties.south.type,parentSchema:schema83.properties.bounds.properties.south,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data11.east !== undefined){
let data14 = data11.east;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 180 || isNaN(data14)){
const err43 = {instancePath:instancePath+"/bounds/east",schemaPath:"#/properties/bounds/properties/east/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema83.properties.bounds.properties.east,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data14 < -180 || isNaN(data14)){
const err44 = {instancePath:instancePath+"/bounds/east",schemaPath:"#/properties/bounds/properties/east/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema83.properties.bounds.properties.east,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/bounds/east",schemaPath:"#/properties/bounds/properties/east/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema83.properties.bounds.properties.east.type,parentSchema:schema83.properties.bounds.properties.east,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11.north !== undefined){
let data15 = data11.north;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 90 || isNaN(data15)){
const err46 = {instancePath:instancePath+"/bounds/north",schemaPath:"#/properties/bounds/properties/north/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema83.properties.bounds.properties.north,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data15 < -90 || isNaN(data15)){
const err47 = {instancePath:instancePath+"/bounds/north",schemaPath:"#/properties/bounds/properties/north/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema83.properties.bounds.properties.north,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/bounds/north",schemaPath:"#/properties/bounds/properties/north/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema83.properties.bounds.properties.north.type,parentSchema:schema83.properties.bounds.properties.north,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/bounds",schemaPath:"#/properties/bounds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.bounds.type,parentSchema:schema83.properties.bounds,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.legend !== undefined){
let data16 = data.legend;
if(!((((((data16 === "below") || (data16 === "top-left")) || (data16 === "top-right")) || (data16 === "bottom-left")) || (data16 === "bottom-right")) || (data16 === "none"))){
const err50 = {instancePath:instancePath+"/legend",schemaPath:"#/properties/legend/enum",keyword:"enum",params:{allowedValues: schema83.properties.legend.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.legend.enum,parentSchema:schema83.properties.legend,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.layers !== undefined){
let data17 = data.layers;
if(Array.isArray(data17)){
if(data17.length > 100){
const err51 = {instancePath:instancePath+"/layers",schemaPath:"#/properties/layers/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema83.properties.layers,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data17[i0], {instancePath:instancePath+"/layers/" + i0,parentData:data17,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err52 = {instancePath:instancePath+"/layers",schemaPath:"#/properties/layers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.layers.type,parentSchema:schema83.properties.layers,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://lessonpack.dev/schemas/lesson.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.centralQuestion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "centralQuestion"},message:"must have required property '"+"centralQuestion"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.background === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "background"},message:"must have required property '"+"background"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.documents === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documents"},message:"must have required property '"+"documents"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.sections === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31.properties.id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern4.test(data1)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema31.properties.id,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.id.type,parentSchema:schema31.properties.id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func2(data2) > 120){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema31.properties.title,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.title,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data2)){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema31.properties.title,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.title.type,parentSchema:schema31.properties.title,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.unit !== undefined){
let data3 = data.unit;
if(typeof data3 === "string"){
if(func2(data3) > 120){
const err15 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema31.properties.unit,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.unit.type,parentSchema:schema31.properties.unit,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.order !== undefined){
let data4 = data.order;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err17 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.order.type,parentSchema:schema31.properties.order,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.order,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.language !== undefined){
let data5 = data.language;
if(typeof data5 === "string"){
if(func2(data5) > 35){
const err19 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters",schema:35,parentSchema:schema31.properties.language,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data5) < 1){
const err20 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.language,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.language.type,parentSchema:schema31.properties.language,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.gradeLevel !== undefined){
let data6 = data.gradeLevel;
if(typeof data6 === "string"){
if(func2(data6) > 40){
const err22 = {instancePath:instancePath+"/gradeLevel",schemaPath:"#/properties/gradeLevel/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema31.properties.gradeLevel,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/gradeLevel",schemaPath:"#/properties/gradeLevel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.gradeLevel.type,parentSchema:schema31.properties.gradeLevel,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.author !== undefined){
let data7 = data.author;
if(typeof data7 === "string"){
if(func2(data7) > 120){
const err24 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema31.properties.author,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.author.type,parentSchema:schema31.properties.author,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.centralQuestion !== undefined){
let data8 = data.centralQuestion;
if(typeof data8 === "string"){
if(func2(data8) > 300){
const err26 = {instancePath:instancePath+"/centralQuestion",schemaPath:"#/properties/centralQuestion/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.centralQuestion,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data8) < 1){
const err27 = {instancePath:instancePath+"/centralQuestion",schemaPath:"#/properties/centralQuestion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.centralQuestion,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/centralQuestion",schemaPath:"#/properties/centralQuestion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.centralQuestion.type,parentSchema:schema31.properties.centralQuestion,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.objectives !== undefined){
let data9 = data.objectives;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func2(data10) > 300){
const err29 = {instancePath:instancePath+"/objectives/" + i0,schemaPath:"#/properties/objectives/items/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.objectives.items,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data10) < 1){
const err30 = {instancePath:instancePath+"/objectives/" + i0,schemaPath:"#/properties/objectives/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.objectives.items,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/objectives/" + i0,schemaPath:"#/properties/objectives/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.objectives.items.type,parentSchema:schema31.properties.objectives.items,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/objectives",schemaPath:"#/properties/objectives/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.objectives.type,parentSchema:schema31.properties.objectives,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.standards !== undefined){
let data11 = data.standards;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.code === undefined){
const err33 = {instancePath:instancePath+"/standards/" + i1,schemaPath:"#/$defs/standard/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema32.required,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key1 in data12){
if(!((key1 === "code") || (key1 === "focus"))){
const err34 = {instancePath:instancePath+"/standards/" + i1,schemaPath:"#/$defs/standard/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data12.code !== undefined){
let data13 = data12.code;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err35 = {instancePath:instancePath+"/standards/" + i1+"/code",schemaPath:"#/$defs/standard/properties/code/pattern",keyword:"pattern",params:{pattern: "^(D2\\.His\\.([1-9]|1[0-7])\\.9-12|RH\\.(9-10|11-12)\\.([1-9]|10)|WHST\\.(9-10|11-12)\\.([1-9]|10)[a-f]?)$"},message:"must match pattern \""+"^(D2\\.His\\.([1-9]|1[0-7])\\.9-12|RH\\.(9-10|11-12)\\.([1-9]|10)|WHST\\.(9-10|11-12)\\.([1-9]|10)[a-f]?)$"+"\"",schema:"^(D2\\.His\\.([1-9]|1[0-7])\\.9-12|RH\\.(9-10|11-12)\\.([1-9]|10)|WHST\\.(9-10|11-12)\\.([1-9]|10)[a-f]?)$",parentSchema:schema32.properties.code,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/standards/" + i1+"/code",schemaPath:"#/$defs/standard/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.code.type,parentSchema:schema32.properties.code,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data12.focus !== undefined){
let data14 = data12.focus;
if(typeof data14 === "string"){
if(func2(data14) > 200){
const err37 = {instancePath:instancePath+"/standards/" + i1+"/focus",schemaPath:"#/$defs/standard/properties/focus/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32.properties.focus,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data14) < 1){
const err38 = {instancePath:instancePath+"/standards/" + i1+"/focus",schemaPath:"#/$defs/standard/properties/focus/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.focus,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/standards/" + i1+"/focus",schemaPath:"#/$defs/standard/properties/focus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.focus.type,parentSchema:schema32.properties.focus,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/standards/" + i1,schemaPath:"#/$defs/standard/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.standards.type,parentSchema:schema31.properties.standards,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.periodMinutes !== undefined){
let data15 = data.periodMinutes;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err42 = {instancePath:instancePath+"/periodMinutes",schemaPath:"#/properties/periodMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.periodMinutes.type,parentSchema:schema31.properties.periodMinutes,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 240 || isNaN(data15)){
const err43 = {instancePath:instancePath+"/periodMinutes",schemaPath:"#/properties/periodMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 240},message:"must be <= 240",schema:240,parentSchema:schema31.properties.periodMinutes,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data15 < 20 || isNaN(data15)){
const err44 = {instancePath:instancePath+"/periodMinutes",schemaPath:"#/properties/periodMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 20},message:"must be >= 20",schema:20,parentSchema:schema31.properties.periodMinutes,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data.timing !== undefined){
let data16 = data.timing;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
let data17 = data16[i2];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.activity === undefined){
const err45 = {instancePath:instancePath+"/timing/" + i2,schemaPath:"#/properties/timing/items/required",keyword:"required",params:{missingProperty: "activity"},message:"must have required property '"+"activity"+"'",schema:schema31.properties.timing.items.required,parentSchema:schema31.properties.timing.items,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17.minutes === undefined){
const err46 = {instancePath:instancePath+"/timing/" + i2,schemaPath:"#/properties/timing/items/required",keyword:"required",params:{missingProperty: "minutes"},message:"must have required property '"+"minutes"+"'",schema:schema31.properties.timing.items.required,parentSchema:schema31.properties.timing.items,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key2 in data17){
if(!(((key2 === "activity") || (key2 === "minutes")) || (key2 === "period"))){
const err47 = {instancePath:instancePath+"/timing/" + i2,schemaPath:"#/properties/timing/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.timing.items,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.activity !== undefined){
let data18 = data17.activity;
if(typeof data18 === "string"){
if(func2(data18) > 200){
const err48 = {instancePath:instancePath+"/timing/" + i2+"/activity",schemaPath:"#/properties/timing/items/properties/activity/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.timing.items.properties.activity,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func2(data18) < 1){
const err49 = {instancePath:instancePath+"/timing/" + i2+"/activity",schemaPath:"#/properties/timing/items/properties/activity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.timing.items.properties.activity,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/timing/" + i2+"/activity",schemaPath:"#/properties/timing/items/properties/activity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.timing.items.properties.activity.type,parentSchema:schema31.properties.timing.items.properties.activity,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data17.minutes !== undefined){
let data19 = data17.minutes;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err51 = {instancePath:instancePath+"/timing/" + i2+"/minutes",schemaPath:"#/properties/timing/items/properties/minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.timing.items.properties.minutes.type,parentSchema:schema31.properties.timing.items.properties.minutes,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 300 || isNaN(data19)){
const err52 = {instancePath:instancePath+"/timing/" + i2+"/minutes",schemaPath:"#/properties/timing/items/properties/minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300},message:"must be <= 300",schema:300,parentSchema:schema31.properties.timing.items.properties.minutes,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err53 = {instancePath:instancePath+"/timing/" + i2+"/minutes",schemaPath:"#/properties/timing/items/properties/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.timing.items.properties.minutes,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data17.period !== undefined){
let data20 = data17.period;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err54 = {instancePath:instancePath+"/timing/" + i2+"/period",schemaPath:"#/properties/timing/items/properties/period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.timing.items.properties.period.type,parentSchema:schema31.properties.timing.items.properties.period,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 10 || isNaN(data20)){
const err55 = {instancePath:instancePath+"/timing/" + i2+"/period",schemaPath:"#/properties/timing/items/properties/period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema31.properties.timing.items.properties.period,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err56 = {instancePath:instancePath+"/timing/" + i2+"/period",schemaPath:"#/properties/timing/items/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.timing.items.properties.period,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/timing/" + i2,schemaPath:"#/properties/timing/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.timing.items.type,parentSchema:schema31.properties.timing.items,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/timing",schemaPath:"#/properties/timing/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.timing.type,parentSchema:schema31.properties.timing,data:data16};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.background !== undefined){
let data21 = data.background;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.body === undefined){
const err59 = {instancePath:instancePath+"/background",schemaPath:"#/properties/background/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.properties.background.required,parentSchema:schema31.properties.background,data:data21};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key3 in data21){
if(!(((key3 === "title") || (key3 === "body")) || (key3 === "timeline"))){
const err60 = {instancePath:instancePath+"/background",schemaPath:"#/properties/background/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.background,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data21.title !== undefined){
let data22 = data21.title;
if(typeof data22 === "string"){
if(func2(data22) > 120){
const err61 = {instancePath:instancePath+"/background/title",schemaPath:"#/properties/background/properties/title/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema31.properties.background.properties.title,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern5.test(data22)){
const err62 = {instancePath:instancePath+"/background/title",schemaPath:"#/properties/background/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema31.properties.background.properties.title,data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/background/title",schemaPath:"#/properties/background/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.background.properties.title.type,parentSchema:schema31.properties.background.properties.title,data:data22};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data21.body !== undefined){
let data23 = data21.body;
if(typeof data23 === "string"){
if(func2(data23) > 20000){
const err64 = {instancePath:instancePath+"/background/body",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(func2(data23) < 1){
const err65 = {instancePath:instancePath+"/background/body",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/background/body",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data21.timeline !== undefined){
let data24 = data21.timeline;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
let data25 = data24[i3];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.date === undefined){
const err67 = {instancePath:instancePath+"/background/timeline/" + i3,schemaPath:"#/properties/background/properties/timeline/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema31.properties.background.properties.timeline.items.required,parentSchema:schema31.properties.background.properties.timeline.items,data:data25};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data25.event === undefined){
const err68 = {instancePath:instancePath+"/background/timeline/" + i3,schemaPath:"#/properties/background/properties/timeline/items/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema31.properties.background.properties.timeline.items.required,parentSchema:schema31.properties.background.properties.timeline.items,data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
for(const key4 in data25){
if(!((key4 === "date") || (key4 === "event"))){
const err69 = {instancePath:instancePath+"/background/timeline/" + i3,schemaPath:"#/properties/background/properties/timeline/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.background.properties.timeline.items,data:data25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data25.date !== undefined){
let data26 = data25.date;
if(typeof data26 === "string"){
if(func2(data26) > 40){
const err70 = {instancePath:instancePath+"/background/timeline/" + i3+"/date",schemaPath:"#/properties/background/properties/timeline/items/properties/date/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema31.properties.background.properties.timeline.items.properties.date,data:data26};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(func2(data26) < 1){
const err71 = {instancePath:instancePath+"/background/timeline/" + i3+"/date",schemaPath:"#/properties/background/properties/timeline/items/properties/date/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.background.properties.timeline.items.properties.date,data:data26};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/background/timeline/" + i3+"/date",schemaPath:"#/properties/background/properties/timeline/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.background.properties.timeline.items.properties.date.type,parentSchema:schema31.properties.background.properties.timeline.items.properties.date,data:data26};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data25.event !== undefined){
let data27 = data25.event;
if(typeof data27 === "string"){
if(func2(data27) > 300){
const err73 = {instancePath:instancePath+"/background/timeline/" + i3+"/event",schemaPath:"#/properties/background/properties/timeline/items/properties/event/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.background.properties.timeline.items.properties.event,data:data27};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(func2(data27) < 1){
const err74 = {instancePath:instancePath+"/background/timeline/" + i3+"/event",schemaPath:"#/properties/background/properties/timeline/items/properties/event/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.background.properties.timeline.items.properties.event,data:data27};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/background/timeline/" + i3+"/event",schemaPath:"#/properties/background/properties/timeline/items/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.background.properties.timeline.items.properties.event.type,parentSchema:schema31.properties.background.properties.timeline.items.properties.event,data:data27};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/background/timeline/" + i3,schemaPath:"#/properties/background/properties/timeline/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.background.properties.timeline.items.type,parentSchema:schema31.properties.background.properties.timeline.items,data:data25};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/background/timeline",schemaPath:"#/properties/background/properties/timeline/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.background.properties.timeline.type,parentSchema:schema31.properties.background.properties.timeline,data:data24};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/background",schemaPath:"#/properties/background/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.background.type,parentSchema:schema31.properties.background,data:data21};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.vocabulary !== undefined){
let data28 = data.vocabulary;
if(Array.isArray(data28)){
const len4 = data28.length;
for(let i4=0; i4<len4; i4++){
let data29 = data28[i4];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.term === undefined){
const err79 = {instancePath:instancePath+"/vocabulary/" + i4,schemaPath:"#/$defs/term/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema34.required,parentSchema:schema34,data:data29};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data29.definition === undefined){
const err80 = {instancePath:instancePath+"/vocabulary/" + i4,schemaPath:"#/$defs/term/required",keyword:"required",params:{missingProperty: "definition"},message:"must have required property '"+"definition"+"'",schema:schema34.required,parentSchema:schema34,data:data29};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key5 in data29){
if(!((key5 === "term") || (key5 === "definition"))){
const err81 = {instancePath:instancePath+"/vocabulary/" + i4,schemaPath:"#/$defs/term/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data:data29};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data29.term !== undefined){
let data30 = data29.term;
if(typeof data30 === "string"){
if(func2(data30) > 80){
const err82 = {instancePath:instancePath+"/vocabulary/" + i4+"/term",schemaPath:"#/$defs/term/properties/term/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema34.properties.term,data:data30};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(func2(data30) < 1){
const err83 = {instancePath:instancePath+"/vocabulary/" + i4+"/term",schemaPath:"#/$defs/term/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.term,data:data30};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/vocabulary/" + i4+"/term",schemaPath:"#/$defs/term/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.term.type,parentSchema:schema34.properties.term,data:data30};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data29.definition !== undefined){
let data31 = data29.definition;
if(typeof data31 === "string"){
if(func2(data31) > 400){
const err85 = {instancePath:instancePath+"/vocabulary/" + i4+"/definition",schemaPath:"#/$defs/term/properties/definition/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema34.properties.definition,data:data31};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(func2(data31) < 1){
const err86 = {instancePath:instancePath+"/vocabulary/" + i4+"/definition",schemaPath:"#/$defs/term/properties/definition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.definition,data:data31};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/vocabulary/" + i4+"/definition",schemaPath:"#/$defs/term/properties/definition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.definition.type,parentSchema:schema34.properties.definition,data:data31};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/vocabulary/" + i4,schemaPath:"#/$defs/term/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data29};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/vocabulary",schemaPath:"#/properties/vocabulary/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.vocabulary.type,parentSchema:schema31.properties.vocabulary,data:data28};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.documents !== undefined){
let data32 = data.documents;
if(Array.isArray(data32)){
if(data32.length < 1){
const err90 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.documents,data:data32};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
const len5 = data32.length;
for(let i5=0; i5<len5; i5++){
if(!(validate21(data32[i5], {instancePath:instancePath+"/documents/" + i5,parentData:data32,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err91 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.documents.type,parentSchema:schema31.properties.documents,data:data32};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.sections !== undefined){
let data34 = data.sections;
if(Array.isArray(data34)){
if(data34.length < 1){
const err92 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.sections,data:data34};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
const len6 = data34.length;
for(let i6=0; i6<len6; i6++){
if(!(validate25(data34[i6], {instancePath:instancePath+"/sections/" + i6,parentData:data34,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err93 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.sections.type,parentSchema:schema31.properties.sections,data:data34};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.exitTicket !== undefined){
let data36 = data.exitTicket;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.prompt === undefined){
const err94 = {instancePath:instancePath+"/exitTicket",schemaPath:"#/properties/exitTicket/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema31.properties.exitTicket.required,parentSchema:schema31.properties.exitTicket,data:data36};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data36.lines === undefined){
const err95 = {instancePath:instancePath+"/exitTicket",schemaPath:"#/properties/exitTicket/required",keyword:"required",params:{missingProperty: "lines"},message:"must have required property '"+"lines"+"'",schema:schema31.properties.exitTicket.required,parentSchema:schema31.properties.exitTicket,data:data36};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data36.answer === undefined){
const err96 = {instancePath:instancePath+"/exitTicket",schemaPath:"#/properties/exitTicket/required",keyword:"required",params:{missingProperty: "answer"},message:"must have required property '"+"answer"+"'",schema:schema31.properties.exitTicket.required,parentSchema:schema31.properties.exitTicket,data:data36};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
for(const key6 in data36){
if(!(((key6 === "prompt") || (key6 === "lines")) || (key6 === "answer"))){
const err97 = {instancePath:instancePath+"/exitTicket",schemaPath:"#/properties/exitTicket/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.exitTicket,data:data36};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data36.prompt !== undefined){
let data37 = data36.prompt;
if(typeof data37 === "string"){
if(func2(data37) > 20000){
const err98 = {instancePath:instancePath+"/exitTicket/prompt",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data37};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(func2(data37) < 1){
const err99 = {instancePath:instancePath+"/exitTicket/prompt",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data37};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/exitTicket/prompt",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data37};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data36.lines !== undefined){
let data38 = data36.lines;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err101 = {instancePath:instancePath+"/exitTicket/lines",schemaPath:"#/properties/exitTicket/properties/lines/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.exitTicket.properties.lines.type,parentSchema:schema31.properties.exitTicket.properties.lines,data:data38};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 8 || isNaN(data38)){
const err102 = {instancePath:instancePath+"/exitTicket/lines",schemaPath:"#/properties/exitTicket/properties/lines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8},message:"must be <= 8",schema:8,parentSchema:schema31.properties.exitTicket.properties.lines,data:data38};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data38 < 1 || isNaN(data38)){
const err103 = {instancePath:instancePath+"/exitTicket/lines",schemaPath:"#/properties/exitTicket/properties/lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.exitTicket.properties.lines,data:data38};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
if(data36.answer !== undefined){
let data39 = data36.answer;
if(typeof data39 === "string"){
if(func2(data39) > 20000){
const err104 = {instancePath:instancePath+"/exitTicket/answer",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data39};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(func2(data39) < 1){
const err105 = {instancePath:instancePath+"/exitTicket/answer",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data39};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/exitTicket/answer",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data39};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/exitTicket",schemaPath:"#/properties/exitTicket/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.exitTicket.type,parentSchema:schema31.properties.exitTicket,data:data36};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.teacherNotes !== undefined){
let data40 = data.teacherNotes;
if(Array.isArray(data40)){
const len7 = data40.length;
for(let i7=0; i7<len7; i7++){
let data41 = data40[i7];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.note === undefined){
const err108 = {instancePath:instancePath+"/teacherNotes/" + i7,schemaPath:"#/properties/teacherNotes/items/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema31.properties.teacherNotes.items.required,parentSchema:schema31.properties.teacherNotes.items,data:data41};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
for(const key7 in data41){
if(!(((key7 === "title") || (key7 === "about")) || (key7 === "note"))){
const err109 = {instancePath:instancePath+"/teacherNotes/" + i7,schemaPath:"#/properties/teacherNotes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.teacherNotes.items,data:data41};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data41.title !== undefined){
let data42 = data41.title;
if(typeof data42 === "string"){
if(func2(data42) > 120){
const err110 = {instancePath:instancePath+"/teacherNotes/" + i7+"/title",schemaPath:"#/properties/teacherNotes/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema31.properties.teacherNotes.items.properties.title,data:data42};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(!pattern5.test(data42)){
const err111 = {instancePath:instancePath+"/teacherNotes/" + i7+"/title",schemaPath:"#/properties/teacherNotes/items/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema31.properties.teacherNotes.items.properties.title,data:data42};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/teacherNotes/" + i7+"/title",schemaPath:"#/properties/teacherNotes/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.teacherNotes.items.properties.title.type,parentSchema:schema31.properties.teacherNotes.items.properties.title,data:data42};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data41.about !== undefined){
let data43 = data41.about;
if(typeof data43 !== "string"){
const err113 = {instancePath:instancePath+"/teacherNotes/" + i7+"/about",schemaPath:"#/properties/teacherNotes/items/properties/about/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.teacherNotes.items.properties.about.type,parentSchema:schema31.properties.teacherNotes.items.properties.about,data:data43};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data41.note !== undefined){
let data44 = data41.note;
if(typeof data44 === "string"){
if(func2(data44) > 20000){
const err114 = {instancePath:instancePath+"/teacherNotes/" + i7+"/note",schemaPath:"#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema33,data:data44};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(func2(data44) < 1){
const err115 = {instancePath:instancePath+"/teacherNotes/" + i7+"/note",schemaPath:"#/$defs/markdown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data44};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/teacherNotes/" + i7+"/note",schemaPath:"#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data44};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/teacherNotes/" + i7,schemaPath:"#/properties/teacherNotes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.teacherNotes.items.type,parentSchema:schema31.properties.teacherNotes.items,data:data41};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/teacherNotes",schemaPath:"#/properties/teacherNotes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.teacherNotes.type,parentSchema:schema31.properties.teacherNotes,data:data40};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.figures !== undefined){
let data45 = data.figures;
if(Array.isArray(data45)){
const len8 = data45.length;
for(let i8=0; i8<len8; i8++){
if(!(validate67(data45[i8], {instancePath:instancePath+"/figures/" + i8,parentData:data45,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err119 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.figures.type,parentSchema:schema31.properties.figures,data:data45};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const source = validate70;
const schema84 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lessonpack.dev/schemas/source.schema.json","title":"lessonpack source","description":"Metadata of one source document in the source library. The full text sits beside it as sources/<id>.txt, verbatim.","type":"object","additionalProperties":false,"required":["id","title","author","outlet","date","kind","citation","perspective","reliability"],"properties":{"$schema":{"description":"Path or URL of this schema, for editors.","type":"string","examples":["../schemas/source.schema.json"]},"id":{"description":"Source id, also the text file's name (sources/<id>.txt).","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"examples":["two-koreas-explainer"]},"title":{"description":"The document's own title.","type":"string","pattern":"\\S","minLength":1,"maxLength":300,"examples":["The Korean War and why there are two Koreas"]},"author":{"description":"Author as credited, or \"unsigned\".","type":"string","minLength":1,"maxLength":200,"examples":["Feiyu Lai","unsigned"]},"outlet":{"description":"Where it was published: site, newspaper, publisher or journal.","type":"string","minLength":1,"maxLength":200,"examples":["The Anchor (Hope College student newspaper)"]},"date":{"description":"When it was published. `display` is printed; `undated` marks a text with no date, with an estimate where one is defensible.","examples":[{"display":"November 2024","iso":"2024-11"},{"display":"undated (2012 or later)","undated":true,"estimate":"Its lead photo is dated 27 March 2012."}],"type":"object","additionalProperties":false,"required":["display"],"properties":{"display":{"description":"Date as printed in citations.","type":"string","minLength":1,"maxLength":80,"examples":["November 2024","undated (probably after 2017)"]},"iso":{"description":"Machine-readable date or year, if known.","type":"string","pattern":"^\\d{4}(-\\d{2}(-\\d{2})?)?$","examples":["2024-11"]},"undated":{"description":"True when the document itself carries no date.","type":"boolean","examples":[true]},"estimate":{"description":"Why the estimated date is defensible (teacher-facing).","type":"string","maxLength":600,"examples":["Mentions events of 2017, so written after them."]}}},"kind":{"description":"What kind of text it is (printed in the marking guide); \"other\" when none fits.","enum":["academic paper","blog essay","book or book chapter","cartoon","diary or memoir","encyclopedia entry","fact sheet","government document","interview or oral history","law or resolution","letter","magazine article","map","news explainer","newspaper article","perspective essay","photograph","speech or statement","student newspaper","telegram or cable","textbook","treaty or agreement","other"],"examples":["news explainer","speech or statement"]},"citation":{"description":"Full citation, printed under every excerpt.","type":"string","minLength":1,"maxLength":600,"examples":["Lai, Feiyu. \"The Origins and the Escalation of the Korean War in 1950.\" London School of Economics and Political Science."]},"perspective":{"description":"Whose point of view the text speaks from, for students' sourcing.","type":"string","minLength":1,"maxLength":800,"examples":["A general-audience American overview at a student reading level, told mainly from Washington's point of view. It gives no sources."]},"paragraphs":{"description":"How the text file marks paragraphs (for printing and for paragraph locators): every non-empty line is one (\"line\"); blocks separated by blank lines, their lines joined (\"blank-line\"); or hard-wrapped lines, e.g. text copied from a PDF, where blank lines mean nothing (\"wrapped\"): lines are joined, a word split at a line-end hyphen is rejoined, and a paragraph ends where a line stops well short of the others at the end of a sentence. The file itself stays verbatim.","enum":["line","blank-line","wrapped"],"default":"line","examples":["line","wrapped"]},"headings":{"description":"Whether the source's own sub-headings are found and printed as sub-headings inside excerpts (\"detect\": a paragraph of at most 12 words and 80 characters that opens with a capital and does not end like a sentence), or every paragraph prints as text (\"none\").","enum":["detect","none"],"default":"detect","examples":["detect"]},"reliability":{"description":"Teacher-facing reliability notes, printed in answer keys and the unit overview.","examples":[{"summary":"Reliable for a basic timeline, but it simplifies and gives no sources.","knownErrors":[{"claim":"\"In August 1945, the U.S. divided the Korean peninsula in half along the 38th parallel.\"","correction":"The U.S. proposed the 38th parallel and the Soviet Union accepted it."}],"goodEvidenceFor":["A basic timeline of the war, 1945-1953."]}],"type":"object","additionalProperties":false,"required":["summary","knownErrors","goodEvidenceFor"],"properties":{"summary":{"description":"One or two sentences on how far to trust the source.","type":"string","minLength":1,"maxLength":800,"examples":["Reliable for a basic timeline, but it simplifies and gives no sources."]},"knownErrors":{"description":"Statements in the source that are wrong, each with the correction.","examples":[[{"claim":"\"In August 1945, the U.S. divided the Korean peninsula in half along the 38th parallel.\"","correction":"The U.S. proposed the 38th parallel and the Soviet Union accepted it."}]],"type":"array","items":{"type":"object","additionalProperties":false,"required":["claim","correction"],"properties":{"claim":{"description":"What the source says (quote or close paraphrase).","type":"string","minLength":1,"maxLength":400,"examples":["\"In August 1945, the U.S. divided the Korean peninsula in half along the 38th parallel.\""]},"correction":{"description":"What is actually the case, and how we know.","type":"string","minLength":1,"maxLength":800,"examples":["The U.S. proposed the 38th parallel as a temporary line for accepting Japan's surrender, and the Soviet Union accepted it."]}}}},"unsupportedClaims":{"description":"Claims the source makes without evidence, or that no other source supports.","type":"array","items":{"type":"string","minLength":1,"maxLength":600},"examples":[["\"Nearly 5 million people died\": one of the higher published estimates, given without a source."]]},"goodEvidenceFor":{"description":"What the source is good evidence for.","type":"array","items":{"type":"string","minLength":1,"maxLength":400},"examples":[["A basic timeline of the war, 1945-1953.","How U.S. leaders saw the war."]]}}}}};
const pattern26 = new RegExp("^\\d{4}(-\\d{2}(-\\d{2})?)?$", "u");

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://lessonpack.dev/schemas/source.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.author === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.outlet === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outlet"},message:"must have required property '"+"outlet"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.date === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.kind === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.citation === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "citation"},message:"must have required property '"+"citation"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.perspective === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "perspective"},message:"must have required property '"+"perspective"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.reliability === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reliability"},message:"must have required property '"+"reliability"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema84.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err10 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.$schema.type,parentSchema:schema84.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema84.properties.id,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data1)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema84.properties.id,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.id.type,parentSchema:schema84.properties.id,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func2(data2) > 300){
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema84.properties.title,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data2) < 1){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.title,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern5.test(data2)){
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema84.properties.title,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.title.type,parentSchema:schema84.properties.title,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.author !== undefined){
let data3 = data.author;
if(typeof data3 === "string"){
if(func2(data3) > 200){
const err18 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema84.properties.author,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data3) < 1){
const err19 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.author,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.author.type,parentSchema:schema84.properties.author,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.outlet !== undefined){
let data4 = data.outlet;
if(typeof data4 === "string"){
if(func2(data4) > 200){
const err21 = {instancePath:instancePath+"/outlet",schemaPath:"#/properties/outlet/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema84.properties.outlet,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data4) < 1){
const err22 = {instancePath:instancePath+"/outlet",schemaPath:"#/properties/outlet/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.outlet,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/outlet",schemaPath:"#/properties/outlet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.outlet.type,parentSchema:schema84.properties.outlet,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.date !== undefined){
let data5 = data.date;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.display === undefined){
const err24 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/required",keyword:"required",params:{missingProperty: "display"},message:"must have required property '"+"display"+"'",schema:schema84.properties.date.required,parentSchema:schema84.properties.date,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data5){
if(!((((key1 === "display") || (key1 === "iso")) || (key1 === "undated")) || (key1 === "estimate"))){
const err25 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema84.properties.date,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.display !== undefined){
let data6 = data5.display;
if(typeof data6 === "string"){
if(func2(data6) > 80){
const err26 = {instancePath:instancePath+"/date/display",schemaPath:"#/properties/date/properties/display/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema84.properties.date.properties.display,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data6) < 1){
const err27 = {instancePath:instancePath+"/date/display",schemaPath:"#/properties/date/properties/display/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.date.properties.display,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/date/display",schemaPath:"#/properties/date/properties/display/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.date.properties.display.type,parentSchema:schema84.properties.date.properties.display,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.iso !== undefined){
let data7 = data5.iso;
if(typeof data7 === "string"){
if(!pattern26.test(data7)){
const err29 = {instancePath:instancePath+"/date/iso",schemaPath:"#/properties/date/properties/iso/pattern",keyword:"pattern",params:{pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$"},message:"must match pattern \""+"^\\d{4}(-\\d{2}(-\\d{2})?)?$"+"\"",schema:"^\\d{4}(-\\d{2}(-\\d{2})?)?$",parentSchema:schema84.properties.date.properties.iso,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/date/iso",schemaPath:"#/properties/date/properties/iso/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.date.properties.iso.type,parentSchema:schema84.properties.date.properties.iso,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.undated !== undefined){
let data8 = data5.undated;
if(typeof data8 !== "boolean"){
const err31 = {instancePath:instancePath+"/date/undated",schemaPath:"#/properties/date/properties/undated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema84.properties.date.properties.undated.type,parentSchema:schema84.properties.date.properties.undated,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.estimate !== undefined){
let data9 = data5.estimate;
if(typeof data9 === "string"){
if(func2(data9) > 600){
const err32 = {instancePath:instancePath+"/date/estimate",schemaPath:"#/properties/date/properties/estimate/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema84.properties.date.properties.estimate,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/date/estimate",schemaPath:"#/properties/date/properties/estimate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.date.properties.estimate.type,parentSchema:schema84.properties.date.properties.estimate,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.properties.date.type,parentSchema:schema84.properties.date,data:data5};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.kind !== undefined){
let data10 = data.kind;
if(!(((((((((((((((((((((((data10 === "academic paper") || (data10 === "blog essay")) || (data10 === "book or book chapter")) || (data10 === "cartoon")) || (data10 === "diary or memoir")) || (data10 === "encyclopedia entry")) || (data10 === "fact sheet")) || (data10 === "government document")) || (data10 === "interview or oral history")) || (data10 === "law or resolution")) || (data10 === "letter")) || (data10 === "magazine article")) || (data10 === "map")) || (data10 === "news explainer")) || (data10 === "newspaper article")) || (data10 === "perspective essay")) || (data10 === "photograph")) || (data10 === "speech or statement")) || (data10 === "student newspaper")) || (data10 === "telegram or cable")) || (data10 === "textbook")) || (data10 === "treaty or agreement")) || (data10 === "other"))){
const err35 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema84.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema84.properties.kind.enum,parentSchema:schema84.properties.kind,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.citation !== undefined){
let data11 = data.citation;
if(typeof data11 === "string"){
if(func2(data11) > 600){
const err36 = {instancePath:instancePath+"/citation",schemaPath:"#/properties/citation/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema84.properties.citation,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func2(data11) < 1){
const err37 = {instancePath:instancePath+"/citation",schemaPath:"#/properties/citation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.citation,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/citation",schemaPath:"#/properties/citation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.citation.type,parentSchema:schema84.properties.citation,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.perspective !== undefined){
let data12 = data.perspective;
if(typeof data12 === "string"){
if(func2(data12) > 800){
const err39 = {instancePath:instancePath+"/perspective",schemaPath:"#/properties/perspective/maxLength",keyword:"maxLength",params:{limit: 800},message:"must NOT have more than 800 characters",schema:800,parentSchema:schema84.properties.perspective,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(data12) < 1){
const err40 = {instancePath:instancePath+"/perspective",schemaPath:"#/properties/perspective/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.perspective,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/perspective",schemaPath:"#/properties/perspective/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.perspective.type,parentSchema:schema84.properties.perspective,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.paragraphs !== undefined){
let data13 = data.paragraphs;
if(!(((data13 === "line") || (data13 === "blank-line")) || (data13 === "wrapped"))){
const err42 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/properties/paragraphs/enum",keyword:"enum",params:{allowedValues: schema84.properties.paragraphs.enum},message:"must be equal to one of the allowed values",schema:schema84.properties.paragraphs.enum,parentSchema:schema84.properties.paragraphs,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.headings !== undefined){
let data14 = data.headings;
if(!((data14 === "detect") || (data14 === "none"))){
const err43 = {instancePath:instancePath+"/headings",schemaPath:"#/properties/headings/enum",keyword:"enum",params:{allowedValues: schema84.properties.headings.enum},message:"must be equal to one of the allowed values",schema:schema84.properties.headings.enum,parentSchema:schema84.properties.headings,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.reliability !== undefined){
let data15 = data.reliability;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.summary === undefined){
const err44 = {instancePath:instancePath+"/reliability",schemaPath:"#/properties/reliability/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema84.properties.reliability.required,parentSchema:schema84.properties.reliability,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data15.knownErrors === undefined){
const err45 = {instancePath:instancePath+"/reliability",schemaPath:"#/properties/reliability/required",keyword:"required",params:{missingProperty: "knownErrors"},message:"must have required property '"+"knownErrors"+"'",schema:schema84.properties.reliability.required,parentSchema:schema84.properties.reliability,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data15.goodEvidenceFor === undefined){
const err46 = {instancePath:instancePath+"/reliability",schemaPath:"#/properties/reliability/required",keyword:"required",params:{missingProperty: "goodEvidenceFor"},message:"must have required property '"+"goodEvidenceFor"+"'",schema:schema84.properties.reliability.required,parentSchema:schema84.properties.reliability,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key2 in data15){
if(!((((key2 === "summary") || (key2 === "knownErrors")) || (key2 === "unsupportedClaims")) || (key2 === "goodEvidenceFor"))){
const err47 = {instancePath:instancePath+"/reliability",schemaPath:"#/properties/reliability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema84.properties.reliability,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data15.summary !== undefined){
let data16 = data15.summary;
if(typeof data16 === "string"){
if(func2(data16) > 800){
const err48 = {instancePath:instancePath+"/reliability/summary",schemaPath:"#/properties/reliability/properties/summary/maxLength",keyword:"maxLength",params:{limit: 800},message:"must NOT have more than 800 characters",schema:800,parentSchema:schema84.properties.reliability.properties.summary,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func2(data16) < 1){
const err49 = {instancePath:instancePath+"/reliability/summary",schemaPath:"#/properties/reliability/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.reliability.properties.summary,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/reliability/summary",schemaPath:"#/properties/reliability/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.reliability.properties.summary.type,parentSchema:schema84.properties.reliability.properties.summary,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data15.knownErrors !== undefined){
let data17 = data15.knownErrors;
if(Array.isArray(data17)){
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.claim === undefined){
const err51 = {instancePath:instancePath+"/reliability/knownErrors/" + i0,schemaPath:"#/properties/reliability/properties/knownErrors/items/required",keyword:"required",params:{missingProperty: "claim"},message:"must have required property '"+"claim"+"'",schema:schema84.properties.reliability.properties.knownErrors.items.required,parentSchema:schema84.properties.reliability.properties.knownErrors.items,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data18.correction === undefined){
const err52 = {instancePath:instancePath+"/reliability/knownErrors/" + i0,schemaPath:"#/properties/reliability/properties/knownErrors/items/required",keyword:"required",params:{missingProperty: "correction"},message:"must have required property '"+"correction"+"'",schema:schema84.properties.reliability.properties.knownErrors.items.required,parentSchema:schema84.properties.reliability.properties.knownErrors.items,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key3 in data18){
if(!((key3 === "claim") || (key3 === "correction"))){
const err53 = {instancePath:instancePath+"/reliability/knownErrors/" + i0,schemaPath:"#/properties/reliability/properties/knownErrors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema84.properties.reliability.properties.knownErrors.items,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data18.claim !== undefined){
let data19 = data18.claim;
if(typeof data19 === "string"){
if(func2(data19) > 400){
const err54 = {instancePath:instancePath+"/reliability/knownErrors/" + i0+"/claim",schemaPath:"#/properties/reliability/properties/knownErrors/items/properties/claim/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema84.properties.reliability.properties.knownErrors.items.properties.claim,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func2(data19) < 1){
const err55 = {instancePath:instancePath+"/reliability/knownErrors/" + i0+"/claim",schemaPath:"#/properties/reliability/properties/knownErrors/items/properties/claim/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.reliability.properties.knownErrors.items.properties.claim,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/reliability/knownErrors/" + i0+"/claim",schemaPath:"#/properties/reliability/properties/knownErrors/items/properties/claim/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.reliability.properties.knownErrors.items.properties.claim.type,parentSchema:schema84.properties.reliability.properties.knownErrors.items.properties.claim,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data18.correction !== undefined){
let data20 = data18.correction;
if(typeof data20 === "string"){
if(func2(data20) > 800){
const err57 = {instancePath:instancePath+"/reliability/knownErrors/" + i0+"/correction",schemaPath:"#/properties/reliability/properties/knownErrors/items/properties/correction/maxLength",keyword:"maxLength",params:{limit: 800},message:"must NOT have more than 800 characters",schema:800,parentSchema:schema84.properties.reliability.properties.knownErrors.items.properties.correction,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func2(data20) < 1){
const err58 = {instancePath:instancePath+"/reliability/knownErrors/" + i0+"/correction",schemaPath:"#/properties/reliability/properties/knownErrors/items/properties/correction/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.reliability.properties.knownErrors.items.properties.correction,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/reliability/knownErrors/" + i0+"/correction",schemaPath:"#/properties/reliability/properties/knownErrors/items/properties/correction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.reliability.properties.knownErrors.items.properties.correction.type,parentSchema:schema84.properties.reliability.properties.knownErrors.items.properties.correction,data:data20};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/reliability/knownErrors/" + i0,schemaPath:"#/properties/reliability/properties/knownErrors/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.properties.reliability.properties.knownErrors.items.type,parentSchema:schema84.properties.reliability.properties.knownErrors.items,data:data18};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/reliability/knownErrors",schemaPath:"#/properties/reliability/properties/knownErrors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.reliability.properties.knownErrors.type,parentSchema:schema84.properties.reliability.properties.knownErrors,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data15.unsupportedClaims !== undefined){
let data21 = data15.unsupportedClaims;
if(Array.isArray(data21)){
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
let data22 = data21[i1];
if(typeof data22 === "string"){
if(func2(data22) > 600){
const err62 = {instancePath:instancePath+"/reliability/unsupportedClaims/" + i1,schemaPath:"#/properties/reliability/properties/unsupportedClaims/items/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema84.properties.reliability.properties.unsupportedClaims.items,data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func2(data22) < 1){
const err63 = {instancePath:instancePath+"/reliability/unsupportedClaims/" + i1,schemaPath:"#/properties/reliability/properties/unsupportedClaims/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.reliability.properties.unsupportedClaims.items,data:data22};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/reliability/unsupportedClaims/" + i1,schemaPath:"#/properties/reliability/properties/unsupportedClaims/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.reliability.properties.unsupportedClaims.items.type,parentSchema:schema84.properties.reliability.properties.unsupportedClaims.items,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/reliability/unsupportedClaims",schemaPath:"#/properties/reliability/properties/unsupportedClaims/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.reliability.properties.unsupportedClaims.type,parentSchema:schema84.properties.reliability.properties.unsupportedClaims,data:data21};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data15.goodEvidenceFor !== undefined){
let data23 = data15.goodEvidenceFor;
if(Array.isArray(data23)){
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
if(typeof data24 === "string"){
if(func2(data24) > 400){
const err66 = {instancePath:instancePath+"/reliability/goodEvidenceFor/" + i2,schemaPath:"#/properties/reliability/properties/goodEvidenceFor/items/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema84.properties.reliability.properties.goodEvidenceFor.items,data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(func2(data24) < 1){
const err67 = {instancePath:instancePath+"/reliability/goodEvidenceFor/" + i2,schemaPath:"#/properties/reliability/properties/goodEvidenceFor/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.reliability.properties.goodEvidenceFor.items,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/reliability/goodEvidenceFor/" + i2,schemaPath:"#/properties/reliability/properties/goodEvidenceFor/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.reliability.properties.goodEvidenceFor.items.type,parentSchema:schema84.properties.reliability.properties.goodEvidenceFor.items,data:data24};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/reliability/goodEvidenceFor",schemaPath:"#/properties/reliability/properties/goodEvidenceFor/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.reliability.properties.goodEvidenceFor.type,parentSchema:schema84.properties.reliability.properties.goodEvidenceFor,data:data23};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/reliability",schemaPath:"#/properties/reliability/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.properties.reliability.type,parentSchema:schema84.properties.reliability,data:data15};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.type,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const unit = validate71;
const schema85 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lessonpack.dev/schemas/unit.schema.json","title":"lessonpack unit","description":"A unit: an ordered set of lessons with an overview for the teacher (lessons, standards, the summative task, reference tables and teaching notes).","type":"object","additionalProperties":false,"required":["id","title","summary","lessons"],"properties":{"$schema":{"description":"Path or URL of this schema, for editors.","type":"string","examples":["../schemas/unit.schema.json"]},"id":{"description":"Unit id.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["korean-war"]},"title":{"description":"Unit title.","type":"string","pattern":"\\S","minLength":1,"maxLength":120,"examples":["The Korean War, 1945 to Today"]},"language":{"description":"Language of the unit overview and unit pack, and of every lesson the unit lists that declares none, as a BCP 47 tag (\"en\", \"es\", \"ko\"). Default \"en\".","type":"string","minLength":1,"maxLength":35,"examples":["en","es","ko"]},"gradeLevel":{"description":"Intended grades.","type":"string","maxLength":40,"examples":["Grades 9-12"]},"summary":{"description":"What the unit does and why, for the teacher (Markdown).","type":"string","minLength":1,"maxLength":3000,"examples":["This three-lesson inquiry asks how the division of Korea in 1945 led to war in June 1950, why the war grew, and why it stopped in 1953 with an armistice but no peace treaty."]},"compellingQuestion":{"description":"The unit's overarching question.","type":"string","maxLength":300,"examples":["Why has the Korean War never ended?"]},"lessons":{"description":"Lesson ids in teaching order.","type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"examples":[["korean-war-cause"]]},"notes":{"description":"Teaching notes for the whole unit (Markdown): key facts, sensitive content, how to use the sources. Printed in the unit overview.","type":"array","items":{"type":"string","minLength":1,"maxLength":2000},"examples":[["**Use the uneven sources on purpose.** Every source contains at least one error; ask students to find where sources disagree, then check which is right and why."]]},"summative":{"$ref":"#/$defs/summative"},"referenceTables":{"description":"Tables for the teacher printed in the unit overview, e.g. what each casualty figure in the sources counts and who gives it.","type":"array","items":{"$ref":"#/$defs/referenceTable"},"examples":[[{"title":"Casualty figures","columns":["Figure","What it counts","Who gives it"],"rows":[["nearly 5 million","all deaths, military and civilian","the news explainer"]]}]]},"scoring":{"$ref":"#/$defs/scoring"}},"$defs":{"summative":{"type":"object","description":"The unit's summative argument task on the compelling question, with its rubric. The unit overview prints it for the teacher and as a student copy on its own page.","additionalProperties":false,"required":["title","prompt","points","rubric"],"properties":{"title":{"description":"Heading of the task.","type":"string","minLength":1,"maxLength":120,"examples":["Summative task: an argument on the compelling question"]},"prompt":{"description":"The task as students read it (Markdown).","type":"string","minLength":1,"maxLength":4000,"examples":["Answer the compelling question in an essay of four to six paragraphs, using documents from at least two lessons."]},"minutes":{"description":"Class time the task takes, in minutes (printed for the teacher).","type":"integer","minimum":1,"maximum":600,"examples":[90]},"points":{"description":"Points the task is worth: the sum of the rubric criteria's maxima.","type":"integer","minimum":1,"maximum":100,"examples":[10]},"rubric":{"description":"Rubric criteria, each with its levels (highest first).","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["criterion","levels"],"properties":{"criterion":{"description":"What is scored.","type":"string","minLength":1,"maxLength":120,"examples":["Thesis"]},"levels":{"description":"What each score looks like, highest first.","type":"array","minItems":2,"items":{"$ref":"#/$defs/summativeLevel"},"examples":[[{"points":1,"description":"A defensible claim that answers both parts of the question."},{"points":0,"description":"No claim."}]]}}},"examples":[[{"criterion":"Thesis","levels":[{"points":1,"description":"A defensible claim that answers both parts of the question."},{"points":0,"description":"No claim."}]}]]},"planning":{"description":"Labels of the rows of a planning box printed on the student copy.","type":"array","maxItems":8,"items":{"type":"string","minLength":1,"maxLength":160},"examples":[["My claim","Evidence from Lesson 1"]]},"teacherNote":{"description":"For the teacher: what strong answers do, and which documents serve which argument (Markdown).","type":"string","minLength":1,"maxLength":4000,"examples":["Strong answers separate the war's causes from the reasons it never ended."]}},"examples":[{"title":"Summative task: the compelling question","prompt":"Answer the compelling question in an essay of four to six paragraphs, using documents from at least two lessons.","points":1,"rubric":[{"criterion":"Thesis","levels":[{"points":1,"description":"A defensible claim that answers both parts of the question."},{"points":0,"description":"No claim."}]}]}]},"summativeLevel":{"type":"object","description":"One score and what earns it.","additionalProperties":false,"required":["points","description"],"properties":{"points":{"description":"The score.","type":"integer","minimum":0,"maximum":100,"examples":[2]},"description":{"description":"What work at this score looks like.","type":"string","minLength":1,"maxLength":600,"examples":["Uses evidence from at least four documents from two lessons."]}}},"referenceTable":{"type":"object","description":"A table of reference facts for the teacher.","additionalProperties":false,"required":["title","columns","rows"],"properties":{"title":{"description":"Heading of the table.","type":"string","minLength":1,"maxLength":120,"examples":["Casualty figures: what each counts and who gives it"]},"intro":{"description":"A sentence or two above the table (Markdown).","type":"string","minLength":1,"maxLength":2000,"examples":["The sources give very different death tolls because they count different things."]},"columns":{"description":"Column headers.","type":"array","minItems":1,"maxItems":6,"items":{"type":"string","minLength":1,"maxLength":60},"examples":[["Figure","What it counts","Who gives it"]]},"rows":{"description":"The rows: one cell per column, in column order (inline Markdown).","type":"array","minItems":1,"items":{"type":"array","items":{"type":"string","minLength":1,"maxLength":600}},"examples":[[["nearly 5 million","all deaths, military and civilian, both Koreas and foreign forces","Document A (news explainer)"]]]},"note":{"description":"A note under the table, e.g. on the sources of the figures (Markdown).","type":"string","minLength":1,"maxLength":2000,"examples":["Figures are rounded; estimates of North Korean and Chinese losses are the least certain."]}}},"scoring":{"type":"object","description":"One scoring rule per question kind for every lesson of the unit. Each lesson's marking guide states the rules, and validation checks each question's points against its rule.","additionalProperties":false,"properties":{"ordering":{"description":"`per-item`: one point for each item in its correct position (points = number of items). `minus-one-per-error`: full points, minus one for each item that must be moved to put the list in order, never below 0 (points at most the number of items - 1). `all-or-nothing`: full points only for the exact order.","enum":["per-item","minus-one-per-error","all-or-nothing"],"examples":["minus-one-per-error"]},"matching":{"description":"`per-pair`: one point for each correct match (points = number of pairs). `minus-one-per-error`: full points, minus one for each wrong or missing match, never below 0 (points at most the number of pairs). `all-or-nothing`: full points only when every match is right.","enum":["per-pair","minus-one-per-error","all-or-nothing"],"examples":["minus-one-per-error"]},"selectAll":{"description":"Multiple choice with `select: all-that-apply`. `per-option`: one point for each option marked or left blank correctly (points = number of options). `minus-one-per-error`: full points, minus one for each correct option left blank or wrong option marked, never below 0 (points at most the number of options). `all-or-nothing`: full points only for exactly the correct set.","enum":["per-option","minus-one-per-error","all-or-nothing"],"examples":["minus-one-per-error"]}},"examples":[{"ordering":"minus-one-per-error","matching":"minus-one-per-error","selectAll":"minus-one-per-error"}]}}};
const schema88 = {"type":"object","description":"A table of reference facts for the teacher.","additionalProperties":false,"required":["title","columns","rows"],"properties":{"title":{"description":"Heading of the table.","type":"string","minLength":1,"maxLength":120,"examples":["Casualty figures: what each counts and who gives it"]},"intro":{"description":"A sentence or two above the table (Markdown).","type":"string","minLength":1,"maxLength":2000,"examples":["The sources give very different death tolls because they count different things."]},"columns":{"description":"Column headers.","type":"array","minItems":1,"maxItems":6,"items":{"type":"string","minLength":1,"maxLength":60},"examples":[["Figure","What it counts","Who gives it"]]},"rows":{"description":"The rows: one cell per column, in column order (inline Markdown).","type":"array","minItems":1,"items":{"type":"array","items":{"type":"string","minLength":1,"maxLength":600}},"examples":[[["nearly 5 million","all deaths, military and civilian, both Koreas and foreign forces","Document A (news explainer)"]]]},"note":{"description":"A note under the table, e.g. on the sources of the figures (Markdown).","type":"string","minLength":1,"maxLength":2000,"examples":["Figures are rounded; estimates of North Korean and Chinese losses are the least certain."]}}};
const schema89 = {"type":"object","description":"One scoring rule per question kind for every lesson of the unit. Each lesson's marking guide states the rules, and validation checks each question's points against its rule.","additionalProperties":false,"properties":{"ordering":{"description":"`per-item`: one point for each item in its correct position (points = number of items). `minus-one-per-error`: full points, minus one for each item that must be moved to put the list in order, never below 0 (points at most the number of items - 1). `all-or-nothing`: full points only for the exact order.","enum":["per-item","minus-one-per-error","all-or-nothing"],"examples":["minus-one-per-error"]},"matching":{"description":"`per-pair`: one point for each correct match (points = number of pairs). `minus-one-per-error`: full points, minus one for each wrong or missing match, never below 0 (points at most the number of pairs). `all-or-nothing`: full points only when every match is right.","enum":["per-pair","minus-one-per-error","all-or-nothing"],"examples":["minus-one-per-error"]},"selectAll":{"description":"Multiple choice with `select: all-that-apply`. `per-option`: one point for each option marked or left blank correctly (points = number of options). `minus-one-per-error`: full points, minus one for each correct option left blank or wrong option marked, never below 0 (points at most the number of options). `all-or-nothing`: full points only for exactly the correct set.","enum":["per-option","minus-one-per-error","all-or-nothing"],"examples":["minus-one-per-error"]}},"examples":[{"ordering":"minus-one-per-error","matching":"minus-one-per-error","selectAll":"minus-one-per-error"}]};
const schema86 = {"type":"object","description":"The unit's summative argument task on the compelling question, with its rubric. The unit overview prints it for the teacher and as a student copy on its own page.","additionalProperties":false,"required":["title","prompt","points","rubric"],"properties":{"title":{"description":"Heading of the task.","type":"string","minLength":1,"maxLength":120,"examples":["Summative task: an argument on the compelling question"]},"prompt":{"description":"The task as students read it (Markdown).","type":"string","minLength":1,"maxLength":4000,"examples":["Answer the compelling question in an essay of four to six paragraphs, using documents from at least two lessons."]},"minutes":{"description":"Class time the task takes, in minutes (printed for the teacher).","type":"integer","minimum":1,"maximum":600,"examples":[90]},"points":{"description":"Points the task is worth: the sum of the rubric criteria's maxima.","type":"integer","minimum":1,"maximum":100,"examples":[10]},"rubric":{"description":"Rubric criteria, each with its levels (highest first).","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["criterion","levels"],"properties":{"criterion":{"description":"What is scored.","type":"string","minLength":1,"maxLength":120,"examples":["Thesis"]},"levels":{"description":"What each score looks like, highest first.","type":"array","minItems":2,"items":{"$ref":"#/$defs/summativeLevel"},"examples":[[{"points":1,"description":"A defensible claim that answers both parts of the question."},{"points":0,"description":"No claim."}]]}}},"examples":[[{"criterion":"Thesis","levels":[{"points":1,"description":"A defensible claim that answers both parts of the question."},{"points":0,"description":"No claim."}]}]]},"planning":{"description":"Labels of the rows of a planning box printed on the student copy.","type":"array","maxItems":8,"items":{"type":"string","minLength":1,"maxLength":160},"examples":[["My claim","Evidence from Lesson 1"]]},"teacherNote":{"description":"For the teacher: what strong answers do, and which documents serve which argument (Markdown).","type":"string","minLength":1,"maxLength":4000,"examples":["Strong answers separate the war's causes from the reasons it never ended."]}},"examples":[{"title":"Summative task: the compelling question","prompt":"Answer the compelling question in an essay of four to six paragraphs, using documents from at least two lessons.","points":1,"rubric":[{"criterion":"Thesis","levels":[{"points":1,"description":"A defensible claim that answers both parts of the question."},{"points":0,"description":"No claim."}]}]}]};
const schema87 = {"type":"object","description":"One score and what earns it.","additionalProperties":false,"required":["points","description"],"properties":{"points":{"description":"The score.","type":"integer","minimum":0,"maximum":100,"examples":[2]},"description":{"description":"What work at this score looks like.","type":"string","minLength":1,"maxLength":600,"examples":["Uses evidence from at least four documents from two lessons."]}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema86.required,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.prompt === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema86.required,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.points === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema86.required,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.rubric === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rubric"},message:"must have required property '"+"rubric"+"'",schema:schema86.required,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "title") || (key0 === "prompt")) || (key0 === "minutes")) || (key0 === "points")) || (key0 === "rubric")) || (key0 === "planning")) || (key0 === "teacherNote"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) > 120){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema86.properties.title,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema86.properties.title,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.title.type,parentSchema:schema86.properties.title,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.prompt !== undefined){
let data1 = data.prompt;
if(typeof data1 === "string"){
if(func2(data1) > 4000){
const err8 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema86.properties.prompt,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data1) < 1){
const err9 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema86.properties.prompt,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.prompt.type,parentSchema:schema86.properties.prompt,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.minutes !== undefined){
let data2 = data.minutes;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema86.properties.minutes.type,parentSchema:schema86.properties.minutes,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 600 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600",schema:600,parentSchema:schema86.properties.minutes,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema86.properties.minutes,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.points !== undefined){
let data3 = data.points;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err14 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema86.properties.points.type,parentSchema:schema86.properties.points,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema86.properties.points,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema86.properties.points,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.rubric !== undefined){
let data4 = data.rubric;
if(Array.isArray(data4)){
if(data4.length < 1){
const err17 = {instancePath:instancePath+"/rubric",schemaPath:"#/properties/rubric/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema86.properties.rubric,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.criterion === undefined){
const err18 = {instancePath:instancePath+"/rubric/" + i0,schemaPath:"#/properties/rubric/items/required",keyword:"required",params:{missingProperty: "criterion"},message:"must have required property '"+"criterion"+"'",schema:schema86.properties.rubric.items.required,parentSchema:schema86.properties.rubric.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.levels === undefined){
const err19 = {instancePath:instancePath+"/rubric/" + i0,schemaPath:"#/properties/rubric/items/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'",schema:schema86.properties.rubric.items.required,parentSchema:schema86.properties.rubric.items,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "criterion") || (key1 === "levels"))){
const err20 = {instancePath:instancePath+"/rubric/" + i0,schemaPath:"#/properties/rubric/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema86.properties.rubric.items,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.criterion !== undefined){
let data6 = data5.criterion;
if(typeof data6 === "string"){
if(func2(data6) > 120){
const err21 = {instancePath:instancePath+"/rubric/" + i0+"/criterion",schemaPath:"#/properties/rubric/items/properties/criterion/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema86.properties.rubric.items.properties.criterion,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data6) < 1){
const err22 = {instancePath:instancePath+"/rubric/" + i0+"/criterion",schemaPath:"#/properties/rubric/items/properties/criterion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema86.properties.rubric.items.properties.criterion,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/rubric/" + i0+"/criterion",schemaPath:"#/properties/rubric/items/properties/criterion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.rubric.items.properties.criterion.type,parentSchema:schema86.properties.rubric.items.properties.criterion,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.levels !== undefined){
let data7 = data5.levels;
if(Array.isArray(data7)){
if(data7.length < 2){
const err24 = {instancePath:instancePath+"/rubric/" + i0+"/levels",schemaPath:"#/properties/rubric/items/properties/levels/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema86.properties.rubric.items.properties.levels,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.points === undefined){
const err25 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1,schemaPath:"#/$defs/summativeLevel/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema87.required,parentSchema:schema87,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8.description === undefined){
const err26 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1,schemaPath:"#/$defs/summativeLevel/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema87.required,parentSchema:schema87,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "points") || (key2 === "description"))){
const err27 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1,schemaPath:"#/$defs/summativeLevel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.points !== undefined){
let data9 = data8.points;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err28 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/points",schemaPath:"#/$defs/summativeLevel/properties/points/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.points.type,parentSchema:schema87.properties.points,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/points",schemaPath:"#/$defs/summativeLevel/properties/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema87.properties.points,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/points",schemaPath:"#/$defs/summativeLevel/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema87.properties.points,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data8.description !== undefined){
let data10 = data8.description;
if(typeof data10 === "string"){
if(func2(data10) > 600){
const err31 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/description",schemaPath:"#/$defs/summativeLevel/properties/description/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema87.properties.description,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data10) < 1){
const err32 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/description",schemaPath:"#/$defs/summativeLevel/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.description,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1+"/description",schemaPath:"#/$defs/summativeLevel/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.description.type,parentSchema:schema87.properties.description,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/rubric/" + i0+"/levels/" + i1,schemaPath:"#/$defs/summativeLevel/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/rubric/" + i0+"/levels",schemaPath:"#/properties/rubric/items/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.rubric.items.properties.levels.type,parentSchema:schema86.properties.rubric.items.properties.levels,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/rubric/" + i0,schemaPath:"#/properties/rubric/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.rubric.items.type,parentSchema:schema86.properties.rubric.items,data:data5};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/rubric",schemaPath:"#/properties/rubric/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.rubric.type,parentSchema:schema86.properties.rubric,data:data4};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.planning !== undefined){
let data11 = data.planning;
if(Array.isArray(data11)){
if(data11.length > 8){
const err38 = {instancePath:instancePath+"/planning",schemaPath:"#/properties/planning/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items",schema:8,parentSchema:schema86.properties.planning,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func2(data12) > 160){
const err39 = {instancePath:instancePath+"/planning/" + i2,schemaPath:"#/properties/planning/items/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema86.properties.planning.items,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(data12) < 1){
const err40 = {instancePath:instancePath+"/planning/" + i2,schemaPath:"#/properties/planning/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema86.properties.planning.items,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/planning/" + i2,schemaPath:"#/properties/planning/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.planning.items.type,parentSchema:schema86.properties.planning.items,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/planning",schemaPath:"#/properties/planning/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.planning.type,parentSchema:schema86.properties.planning,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.teacherNote !== undefined){
let data13 = data.teacherNote;
if(typeof data13 === "string"){
if(func2(data13) > 4000){
const err43 = {instancePath:instancePath+"/teacherNote",schemaPath:"#/properties/teacherNote/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema86.properties.teacherNote,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data13) < 1){
const err44 = {instancePath:instancePath+"/teacherNote",schemaPath:"#/properties/teacherNote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema86.properties.teacherNote,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/teacherNote",schemaPath:"#/properties/teacherNote/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.teacherNote.type,parentSchema:schema86.properties.teacherNote,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.type,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://lessonpack.dev/schemas/unit.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.summary === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.lessons === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lessons"},message:"must have required property '"+"lessons"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema85.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.$schema.type,parentSchema:schema85.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema85.properties.id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.id.type,parentSchema:schema85.properties.id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func2(data2) > 120){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema85.properties.title,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.title,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern5.test(data2)){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema85.properties.title,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.title.type,parentSchema:schema85.properties.title,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.language !== undefined){
let data3 = data.language;
if(typeof data3 === "string"){
if(func2(data3) > 35){
const err12 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters",schema:35,parentSchema:schema85.properties.language,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data3) < 1){
const err13 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.language,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.language.type,parentSchema:schema85.properties.language,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.gradeLevel !== undefined){
let data4 = data.gradeLevel;
if(typeof data4 === "string"){
if(func2(data4) > 40){
const err15 = {instancePath:instancePath+"/gradeLevel",schemaPath:"#/properties/gradeLevel/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema85.properties.gradeLevel,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/gradeLevel",schemaPath:"#/properties/gradeLevel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.gradeLevel.type,parentSchema:schema85.properties.gradeLevel,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.summary !== undefined){
let data5 = data.summary;
if(typeof data5 === "string"){
if(func2(data5) > 3000){
const err17 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 3000},message:"must NOT have more than 3000 characters",schema:3000,parentSchema:schema85.properties.summary,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data5) < 1){
const err18 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.summary,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.summary.type,parentSchema:schema85.properties.summary,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.compellingQuestion !== undefined){
let data6 = data.compellingQuestion;
if(typeof data6 === "string"){
if(func2(data6) > 300){
const err20 = {instancePath:instancePath+"/compellingQuestion",schemaPath:"#/properties/compellingQuestion/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema85.properties.compellingQuestion,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/compellingQuestion",schemaPath:"#/properties/compellingQuestion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.compellingQuestion.type,parentSchema:schema85.properties.compellingQuestion,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.lessons !== undefined){
let data7 = data.lessons;
if(Array.isArray(data7)){
if(data7.length < 1){
const err22 = {instancePath:instancePath+"/lessons",schemaPath:"#/properties/lessons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema85.properties.lessons,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err23 = {instancePath:instancePath+"/lessons/" + i0,schemaPath:"#/properties/lessons/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema85.properties.lessons.items,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/lessons/" + i0,schemaPath:"#/properties/lessons/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.lessons.items.type,parentSchema:schema85.properties.lessons.items,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/lessons",schemaPath:"#/properties/lessons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.lessons.type,parentSchema:schema85.properties.lessons,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.notes !== undefined){
let data9 = data.notes;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(func2(data10) > 2000){
const err26 = {instancePath:instancePath+"/notes/" + i1,schemaPath:"#/properties/notes/items/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema85.properties.notes.items,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data10) < 1){
const err27 = {instancePath:instancePath+"/notes/" + i1,schemaPath:"#/properties/notes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.notes.items,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/notes/" + i1,schemaPath:"#/properties/notes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.notes.items.type,parentSchema:schema85.properties.notes.items,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.notes.type,parentSchema:schema85.properties.notes,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.summative !== undefined){
if(!(validate72(data.summative, {instancePath:instancePath+"/summative",parentData:data,parentDataProperty:"summative",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
if(data.referenceTables !== undefined){
let data12 = data.referenceTables;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.title === undefined){
const err30 = {instancePath:instancePath+"/referenceTables/" + i2,schemaPath:"#/$defs/referenceTable/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema88.required,parentSchema:schema88,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data13.columns === undefined){
const err31 = {instancePath:instancePath+"/referenceTables/" + i2,schemaPath:"#/$defs/referenceTable/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema88.required,parentSchema:schema88,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data13.rows === undefined){
const err32 = {instancePath:instancePath+"/referenceTables/" + i2,schemaPath:"#/$defs/referenceTable/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'",schema:schema88.required,parentSchema:schema88,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key1 in data13){
if(!(((((key1 === "title") || (key1 === "intro")) || (key1 === "columns")) || (key1 === "rows")) || (key1 === "note"))){
const err33 = {instancePath:instancePath+"/referenceTables/" + i2,schemaPath:"#/$defs/referenceTable/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data13.title !== undefined){
let data14 = data13.title;
if(typeof data14 === "string"){
if(func2(data14) > 120){
const err34 = {instancePath:instancePath+"/referenceTables/" + i2+"/title",schemaPath:"#/$defs/referenceTable/properties/title/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema88.properties.title,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func2(data14) < 1){
const err35 = {instancePath:instancePath+"/referenceTables/" + i2+"/title",schemaPath:"#/$defs/referenceTable/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.title,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/referenceTables/" + i2+"/title",schemaPath:"#/$defs/referenceTable/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.title.type,parentSchema:schema88.properties.title,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data13.intro !== undefined){
let data15 = data13.intro;
if(typeof data15 === "string"){
if(func2(data15) > 2000){
const err37 = {instancePath:instancePath+"/referenceTables/" + i2+"/intro",schemaPath:"#/$defs/referenceTable/properties/intro/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema88.properties.intro,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data15) < 1){
const err38 = {instancePath:instancePath+"/referenceTables/" + i2+"/intro",schemaPath:"#/$defs/referenceTable/properties/intro/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.intro,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/referenceTables/" + i2+"/intro",schemaPath:"#/$defs/referenceTable/properties/intro/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.intro.type,parentSchema:schema88.properties.intro,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data13.columns !== undefined){
let data16 = data13.columns;
if(Array.isArray(data16)){
if(data16.length > 6){
const err40 = {instancePath:instancePath+"/referenceTables/" + i2+"/columns",schemaPath:"#/$defs/referenceTable/properties/columns/maxItems",keyword:"maxItems",params:{limit: 6},message:"must NOT have more than 6 items",schema:6,parentSchema:schema88.properties.columns,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16.length < 1){
const err41 = {instancePath:instancePath+"/referenceTables/" + i2+"/columns",schemaPath:"#/$defs/referenceTable/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema88.properties.columns,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
if(typeof data17 === "string"){
if(func2(data17) > 60){
const err42 = {instancePath:instancePath+"/referenceTables/" + i2+"/columns/" + i3,schemaPath:"#/$defs/referenceTable/properties/columns/items/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema88.properties.columns.items,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func2(data17) < 1){
const err43 = {instancePath:instancePath+"/referenceTables/" + i2+"/columns/" + i3,schemaPath:"#/$defs/referenceTable/properties/columns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.columns.items,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/referenceTables/" + i2+"/columns/" + i3,schemaPath:"#/$defs/referenceTable/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.columns.items.type,parentSchema:schema88.properties.columns.items,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/referenceTables/" + i2+"/columns",schemaPath:"#/$defs/referenceTable/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.columns.type,parentSchema:schema88.properties.columns,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data13.rows !== undefined){
let data18 = data13.rows;
if(Array.isArray(data18)){
if(data18.length < 1){
const err46 = {instancePath:instancePath+"/referenceTables/" + i2+"/rows",schemaPath:"#/$defs/referenceTable/properties/rows/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema88.properties.rows,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len4 = data18.length;
for(let i4=0; i4<len4; i4++){
let data19 = data18[i4];
if(Array.isArray(data19)){
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
let data20 = data19[i5];
if(typeof data20 === "string"){
if(func2(data20) > 600){
const err47 = {instancePath:instancePath+"/referenceTables/" + i2+"/rows/" + i4+"/" + i5,schemaPath:"#/$defs/referenceTable/properties/rows/items/items/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema88.properties.rows.items.items,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(data20) < 1){
const err48 = {instancePath:instancePath+"/referenceTables/" + i2+"/rows/" + i4+"/" + i5,schemaPath:"#/$defs/referenceTable/properties/rows/items/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.rows.items.items,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/referenceTables/" + i2+"/rows/" + i4+"/" + i5,schemaPath:"#/$defs/referenceTable/properties/rows/items/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.rows.items.items.type,parentSchema:schema88.properties.rows.items.items,data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/referenceTables/" + i2+"/rows/" + i4,schemaPath:"#/$defs/referenceTable/properties/rows/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.rows.items.type,parentSchema:schema88.properties.rows.items,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/referenceTables/" + i2+"/rows",schemaPath:"#/$defs/referenceTable/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.rows.type,parentSchema:schema88.properties.rows,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data13.note !== undefined){
let data21 = data13.note;
if(typeof data21 === "string"){
if(func2(data21) > 2000){
const err52 = {instancePath:instancePath+"/referenceTables/" + i2+"/note",schemaPath:"#/$defs/referenceTable/properties/note/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema88.properties.note,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(func2(data21) < 1){
const err53 = {instancePath:instancePath+"/referenceTables/" + i2+"/note",schemaPath:"#/$defs/referenceTable/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.note,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/referenceTables/" + i2+"/note",schemaPath:"#/$defs/referenceTable/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.note.type,parentSchema:schema88.properties.note,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/referenceTables/" + i2,schemaPath:"#/$defs/referenceTable/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data:data13};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/referenceTables",schemaPath:"#/properties/referenceTables/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.referenceTables.type,parentSchema:schema85.properties.referenceTables,data:data12};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.scoring !== undefined){
let data22 = data.scoring;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key2 in data22){
if(!(((key2 === "ordering") || (key2 === "matching")) || (key2 === "selectAll"))){
const err57 = {instancePath:instancePath+"/scoring",schemaPath:"#/$defs/scoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema89,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data22.ordering !== undefined){
let data23 = data22.ordering;
if(!(((data23 === "per-item") || (data23 === "minus-one-per-error")) || (data23 === "all-or-nothing"))){
const err58 = {instancePath:instancePath+"/scoring/ordering",schemaPath:"#/$defs/scoring/properties/ordering/enum",keyword:"enum",params:{allowedValues: schema89.properties.ordering.enum},message:"must be equal to one of the allowed values",schema:schema89.properties.ordering.enum,parentSchema:schema89.properties.ordering,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data22.matching !== undefined){
let data24 = data22.matching;
if(!(((data24 === "per-pair") || (data24 === "minus-one-per-error")) || (data24 === "all-or-nothing"))){
const err59 = {instancePath:instancePath+"/scoring/matching",schemaPath:"#/$defs/scoring/properties/matching/enum",keyword:"enum",params:{allowedValues: schema89.properties.matching.enum},message:"must be equal to one of the allowed values",schema:schema89.properties.matching.enum,parentSchema:schema89.properties.matching,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data22.selectAll !== undefined){
let data25 = data22.selectAll;
if(!(((data25 === "per-option") || (data25 === "minus-one-per-error")) || (data25 === "all-or-nothing"))){
const err60 = {instancePath:instancePath+"/scoring/selectAll",schemaPath:"#/$defs/scoring/properties/selectAll/enum",keyword:"enum",params:{allowedValues: schema89.properties.selectAll.enum},message:"must be equal to one of the allowed values",schema:schema89.properties.selectAll.enum,parentSchema:schema89.properties.selectAll,data:data25};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/scoring",schemaPath:"#/$defs/scoring/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.type,parentSchema:schema89,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.type,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const config = validate74;
const schema90 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lessonpack.dev/schemas/config.schema.json","title":"lessonpack config","description":"Optional lessonpack.config.json at the project root: school branding, defaults and template overrides.","type":"object","additionalProperties":false,"properties":{"$schema":{"description":"Path or URL of this schema, for editors.","type":"string","examples":["./schemas/config.schema.json"]},"school":{"description":"School name printed on covers and in running headers.","type":"string","maxLength":120,"examples":["Lincoln High School"]},"logo":{"description":"Path of a PNG, JPEG or SVG logo inside the project, printed on covers.","type":"string","maxLength":300,"examples":["branding/logo.png"]},"paper":{"description":"Default paper size.","enum":["letter","a4"],"default":"letter","examples":["a4"]},"lessons":{"description":"Folder of lesson files.","type":"string","default":"lessons","examples":["lessons"]},"sources":{"description":"Folder of the source library.","type":"string","default":"sources","examples":["sources"]},"templates":{"description":"Folder of template and partial overrides; a file there with the same name as a built-in template wins.","type":"string","examples":["branding/templates"]},"out":{"description":"Output folder.","type":"string","default":"dist","examples":["dist"]},"fonts":{"description":"Extra font families from files inside the project, for scripts the bundled fonts do not cover. They are tried after the document's own font and before the bundled Korean and symbol fonts.","type":"array","maxItems":20,"items":{"type":"object","additionalProperties":false,"required":["family","file","license"],"properties":{"family":{"description":"The family name to print with (any name; it must not be one of the bundled families).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 _-]{0,59}$","examples":["Noto Sans Georgian"]},"file":{"description":"Path of a WOFF2, WOFF, TrueType or OpenType file inside the project.","type":"string","pattern":"\\.(woff2?|ttf|otf)$","maxLength":300,"examples":["fonts/NotoSansGeorgian-Regular.ttf"]},"license":{"description":"The font's licence and where it comes from, so whoever reuses the project knows they may.","type":"string","minLength":3,"maxLength":300,"examples":["SIL Open Font License 1.1, from the Noto project (notofonts.github.io)"]},"weight":{"description":"The weight this file draws.","type":"integer","minimum":100,"maximum":900,"default":400,"examples":[400]},"style":{"description":"The style this file draws.","enum":["normal","italic"],"default":"normal","examples":["normal"]}}},"examples":[[{"family":"Noto Sans Georgian","file":"fonts/NotoSansGeorgian-Regular.ttf","license":"SIL Open Font License 1.1, from the Noto project"}]]}}};
const pattern30 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 _-]{0,59}$", "u");
const pattern31 = new RegExp("\\.(woff2?|ttf|otf)$", "u");

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://lessonpack.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema90.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.$schema.type,parentSchema:schema90.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.school !== undefined){
let data1 = data.school;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err2 = {instancePath:instancePath+"/school",schemaPath:"#/properties/school/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema90.properties.school,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/school",schemaPath:"#/properties/school/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.school.type,parentSchema:schema90.properties.school,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.logo !== undefined){
let data2 = data.logo;
if(typeof data2 === "string"){
if(func2(data2) > 300){
const err4 = {instancePath:instancePath+"/logo",schemaPath:"#/properties/logo/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema90.properties.logo,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/logo",schemaPath:"#/properties/logo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.logo.type,parentSchema:schema90.properties.logo,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.paper !== undefined){
let data3 = data.paper;
if(!((data3 === "letter") || (data3 === "a4"))){
const err6 = {instancePath:instancePath+"/paper",schemaPath:"#/properties/paper/enum",keyword:"enum",params:{allowedValues: schema90.properties.paper.enum},message:"must be equal to one of the allowed values",schema:schema90.properties.paper.enum,parentSchema:schema90.properties.paper,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.lessons !== undefined){
let data4 = data.lessons;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/lessons",schemaPath:"#/properties/lessons/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.lessons.type,parentSchema:schema90.properties.lessons,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.sources !== undefined){
let data5 = data.sources;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.sources.type,parentSchema:schema90.properties.sources,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.templates !== undefined){
let data6 = data.templates;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.templates.type,parentSchema:schema90.properties.templates,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.out !== undefined){
let data7 = data.out;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/out",schemaPath:"#/properties/out/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.out.type,parentSchema:schema90.properties.out,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.fonts !== undefined){
let data8 = data.fonts;
if(Array.isArray(data8)){
if(data8.length > 20){
const err11 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema90.properties.fonts,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.family === undefined){
const err12 = {instancePath:instancePath+"/fonts/" + i0,schemaPath:"#/properties/fonts/items/required",keyword:"required",params:{missingProperty: "family"},message:"must have required property '"+"family"+"'",schema:schema90.properties.fonts.items.required,parentSchema:schema90.properties.fonts.items,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data9.file === undefined){
const err13 = {instancePath:instancePath+"/fonts/" + i0,schemaPath:"#/properties/fonts/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema90.properties.fonts.items.required,parentSchema:schema90.properties.fonts.items,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data9.license === undefined){
const err14 = {instancePath:instancePath+"/fonts/" + i0,schemaPath:"#/properties/fonts/items/required",keyword:"required",params:{missingProperty: "license"},message:"must have required property '"+"license"+"'",schema:schema90.properties.fonts.items.required,parentSchema:schema90.properties.fonts.items,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data9){
if(!(((((key1 === "family") || (key1 === "file")) || (key1 === "license")) || (key1 === "weight")) || (key1 === "style"))){
const err15 = {instancePath:instancePath+"/fonts/" + i0,schemaPath:"#/properties/fonts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.fonts.items,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data9.family !== undefined){
let data10 = data9.family;
if(typeof data10 === "string"){
if(!pattern30.test(data10)){
const err16 = {instancePath:instancePath+"/fonts/" + i0+"/family",schemaPath:"#/properties/fonts/items/properties/family/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9 _-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9 _-]{0,59}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9 _-]{0,59}$",parentSchema:schema90.properties.fonts.items.properties.family,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/fonts/" + i0+"/family",schemaPath:"#/properties/fonts/items/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.fonts.items.properties.family.type,parentSchema:schema90.properties.fonts.items.properties.family,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.file !== undefined){
let data11 = data9.file;
if(typeof data11 === "string"){
if(func2(data11) > 300){
const err18 = {instancePath:instancePath+"/fonts/" + i0+"/file",schemaPath:"#/properties/fonts/items/properties/file/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema90.properties.fonts.items.properties.file,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern31.test(data11)){
const err19 = {instancePath:instancePath+"/fonts/" + i0+"/file",schemaPath:"#/properties/fonts/items/properties/file/pattern",keyword:"pattern",params:{pattern: "\\.(woff2?|ttf|otf)$"},message:"must match pattern \""+"\\.(woff2?|ttf|otf)$"+"\"",schema:"\\.(woff2?|ttf|otf)$",parentSchema:schema90.properties.fonts.items.properties.file,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/fonts/" + i0+"/file",schemaPath:"#/properties/fonts/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.fonts.items.properties.file.type,parentSchema:schema90.properties.fonts.items.properties.file,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.license !== undefined){
let data12 = data9.license;
if(typeof data12 === "string"){
if(func2(data12) > 300){
const err21 = {instancePath:instancePath+"/fonts/" + i0+"/license",schemaPath:"#/properties/fonts/items/properties/license/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema90.properties.fonts.items.properties.license,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data12) < 3){
const err22 = {instancePath:instancePath+"/fonts/" + i0+"/license",schemaPath:"#/properties/fonts/items/properties/license/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema90.properties.fonts.items.properties.license,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/fonts/" + i0+"/license",schemaPath:"#/properties/fonts/items/properties/license/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.fonts.items.properties.license.type,parentSchema:schema90.properties.fonts.items.properties.license,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.weight !== undefined){
let data13 = data9.weight;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err24 = {instancePath:instancePath+"/fonts/" + i0+"/weight",schemaPath:"#/properties/fonts/items/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema90.properties.fonts.items.properties.weight.type,parentSchema:schema90.properties.fonts.items.properties.weight,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 900 || isNaN(data13)){
const err25 = {instancePath:instancePath+"/fonts/" + i0+"/weight",schemaPath:"#/properties/fonts/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 900},message:"must be <= 900",schema:900,parentSchema:schema90.properties.fonts.items.properties.weight,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data13 < 100 || isNaN(data13)){
const err26 = {instancePath:instancePath+"/fonts/" + i0+"/weight",schemaPath:"#/properties/fonts/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema90.properties.fonts.items.properties.weight,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data9.style !== undefined){
let data14 = data9.style;
if(!((data14 === "normal") || (data14 === "italic"))){
const err27 = {instancePath:instancePath+"/fonts/" + i0+"/style",schemaPath:"#/properties/fonts/items/properties/style/enum",keyword:"enum",params:{allowedValues: schema90.properties.fonts.items.properties.style.enum},message:"must be equal to one of the allowed values",schema:schema90.properties.fonts.items.properties.style.enum,parentSchema:schema90.properties.fonts.items.properties.style,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/fonts/" + i0,schemaPath:"#/properties/fonts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.fonts.items.type,parentSchema:schema90.properties.fonts.items,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.fonts.type,parentSchema:schema90.properties.fonts,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
