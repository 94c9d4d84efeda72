import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { LOCALES, isLocale, type Locale } from "~/i18n/config";
import { imageSize } from "image-size";
import { computedHours, formatHours, hoursWithinTolerance } from "./course-hours";
import { lastChanged } from "./file-dates.server";
import { renderMarkdown, resolvePlaceholders, type RenderResult, type ResolvedAsset } from "./render.server";
import { courseSchema, lessonFrontMatterSchema, moduleSchema } from "./schemas";
import type { ContentError, Course, Curriculum, Lesson, LessonVariant, MediaFile, Module } from "./types";
import { isContentError, lineOf, parseYaml, splitFrontMatter, validate } from "./yaml-source.server";

const LESSON_FILE = /^(\d{2})-([a-z0-9-]+)\.([a-z]{2})\.md$/;
const MODULE_DIR = /^(\d{2})-([a-z0-9-]+)$/;

/** Hash a translation records in `source:`; whitespace-only edits do not count. */
export function bodyHash(markdown: string): string {
  const normalised = markdown.replace(/\r\n?/g, "\n").trim();
  return createHash("sha256").update(normalised).digest("hex").slice(0, 12);
}

export function lessonPath(courseId: string, lessonId: string): string {
  return `/courses/${courseId}/lessons/${lessonId}`;
}

interface PendingRender {
  variant: Omit<LessonVariant, "html">;
  courseId: string;
  bodyStartLine: number;
  absolutePath: string;
}

const IMAGE_TYPES: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
};

const FILE_TYPES: Record<string, string> = {
  ...IMAGE_TYPES,
  ".pdf": "application/pdf",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".zip": "application/zip",
};

export const MEDIA_PREFIX = "/media/";

/**
 * Resolves a file written next to a lesson (an image, a template to
 * download). Served under a name made from its content hash, so it can be
 * cached forever; the same file used by several lessons is stored once.
 */
function assetResolver(root: string, media: Map<string, MediaFile>) {
  const cache = new Map<string, ResolvedAsset | null>();
  return (lessonFile: string, src: string, kind: "image" | "file"): ResolvedAsset | null => {
    let decoded: string;
    try {
      decoded = decodeURI(src.split(/[?#]/)[0]!);
    } catch {
      return null;
    }
    const absolute = path.resolve(path.dirname(lessonFile), decoded);
    if (!absolute.startsWith(root + path.sep)) return null; // outside content/
    const key = `${kind}:${absolute}`;
    if (cache.has(key)) return cache.get(key)!;
    const ext = path.extname(absolute).toLowerCase();
    const contentType = (kind === "image" ? IMAGE_TYPES : FILE_TYPES)[ext];
    let result: ResolvedAsset | null = null;
    if (contentType && fs.existsSync(absolute) && fs.statSync(absolute).isFile()) {
      const bytes = fs.readFileSync(absolute);
      const name = `${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}${ext}`;
      try {
        const size = kind === "image" ? imageSize(bytes) : undefined;
        media.set(name, { path: absolute, contentType });
        result = { url: `${MEDIA_PREFIX}${name}`, width: size?.width, height: size?.height };
      } catch {
        result = null; // not a readable image
      }
    }
    cache.set(key, result);
    return result;
  };
}

/**
 * Reads and validates the whole content tree, then renders every lesson in
 * every language once. Returns every error found, not just the first, each
 * naming its file (relative to the content root) and line.
 */
export function loadCurriculum(
  contentDir: string,
  options: { render?: (markdown: string) => RenderResult } = {},
): Curriculum {
  const render = options.render ?? renderMarkdown;
  const changedAt = lastChanged(contentDir);
  const root = path.resolve(contentDir);
  const rel = (file: string) => path.relative(process.cwd(), file).split(path.sep).join("/");
  const errors: ContentError[] = [];
  const courses: Course[] = [];
  const lessonIds = new Map<string, { courseId: string; file: string }>();
  const pending: PendingRender[] = [];
  const media = new Map<string, MediaFile>();
  const resolveAsset = assetResolver(root, media);

  const coursesDir = path.join(root, "courses");
  if (!fs.existsSync(coursesDir)) {
    return { courses, media, errors: [{ file: rel(coursesDir), message: "content folder has no courses/ directory" }] };
  }

  const courseIds = new Set<string>();
  for (const courseFolder of fs.readdirSync(coursesDir).sort()) {
    const courseDir = path.join(coursesDir, courseFolder);
    if (!fs.statSync(courseDir).isDirectory()) continue;
    const courseFile = path.join(courseDir, "course.yaml");
    if (!fs.existsSync(courseFile)) {
      errors.push({ file: rel(courseDir), message: "course folder without course.yaml" });
      continue;
    }
    const parsed = parseYaml(fs.readFileSync(courseFile, "utf8"), rel(courseFile));
    if (isContentError(parsed)) {
      errors.push(parsed);
      continue;
    }
    const course = validate(courseSchema, parsed, rel(courseFile));
    if (!course.ok) {
      errors.push(...course.errors);
      continue;
    }
    if (courseIds.has(course.data.id)) {
      errors.push({ file: rel(courseFile), line: 1, message: `duplicate course id "${course.data.id}"` });
      continue;
    }
    courseIds.add(course.data.id);

    const moduleDirs = new Map<string, string>();
    for (const entry of fs.readdirSync(courseDir).sort()) {
      const m = MODULE_DIR.exec(entry);
      if (m && fs.statSync(path.join(courseDir, entry)).isDirectory()) moduleDirs.set(m[2]!, path.join(courseDir, entry));
    }

    const modules: Module[] = [];
    course.data.modules.forEach((moduleId, index) => {
      const moduleDir = moduleDirs.get(moduleId);
      if (!moduleDir) {
        const line = parsed.lines.linePos(
          (parsed.doc.getIn(["modules", index], true) as { range?: [number] } | undefined)?.range?.[0] ?? 0,
        ).line;
        errors.push({ file: rel(courseFile), line, message: `module "${moduleId}" is listed but there is no folder <nn>-${moduleId}` });
        return;
      }
      moduleDirs.delete(moduleId);
      const mod = loadModule(moduleDir, course.data.id, rel, errors, lessonIds, pending, changedAt);
      if (mod) {
        if (mod.id !== moduleId)
          errors.push({ file: rel(path.join(moduleDir, "module.yaml")), line: 1, message: `id "${mod.id}" does not match folder name "${moduleId}"` });
        modules.push(mod);
      }
    });
    for (const [moduleId, dir] of moduleDirs) {
      errors.push({ file: rel(dir), message: `module folder "${moduleId}" is not listed in course.yaml modules` });
    }
    const hours = computedHours(modules);
    if (!hoursWithinTolerance(course.data.hours, hours)) {
      errors.push({
        file: rel(courseFile),
        line: lineOf(parsed, ["hours"]),
        message: `hours: ${course.data.hours} differs by more than 10 % from the ${formatHours(hours)} h the lessons' minutes add up to`,
      });
    }
    courses.push({ ...course.data, modules });
  }

  const lessonIndex = new Map<string, Lesson>();
  for (const course of courses)
    for (const mod of course.modules) for (const lesson of mod.lessons) lessonIndex.set(lesson.id, lesson);

  for (const { variant, courseId, bodyStartLine, absolutePath } of pending) {
    const { html, problems } = resolvePlaceholders(render(variant.markdown), {
      lesson: (id) => {
        const target = lessonIds.get(id);
        return target ? lessonPath(target.courseId, id) : null;
      },
      asset: (src, kind) => resolveAsset(absolutePath, src, kind),
    });
    for (const { message, line } of problems) {
      errors.push({ file: variant.file, line: line !== undefined ? line + bodyStartLine - 1 : undefined, message });
    }
    const lesson = lessonIndex.get(variant.id);
    if (lesson && lesson.courseId === courseId) lesson.variants[variant.locale] = { ...variant, html };
  }

  return { courses, errors, media };
}

function loadModule(
  moduleDir: string,
  courseId: string,
  rel: (f: string) => string,
  errors: ContentError[],
  lessonIds: Map<string, { courseId: string; file: string }>,
  pending: PendingRender[],
  changedAt: (file: string) => Date,
): Module | null {
  const moduleFile = path.join(moduleDir, "module.yaml");
  if (!fs.existsSync(moduleFile)) {
    errors.push({ file: rel(moduleDir), message: "module folder without module.yaml" });
    return null;
  }
  const parsed = parseYaml(fs.readFileSync(moduleFile, "utf8"), rel(moduleFile));
  if (isContentError(parsed)) {
    errors.push(parsed);
    return null;
  }
  const meta = validate(moduleSchema, parsed, rel(moduleFile));
  if (!meta.ok) {
    errors.push(...meta.errors);
    return null;
  }

  // Group files by "<nn>-<slug>", one entry per lesson with its locales.
  const groups = new Map<string, Map<Locale, string>>();
  for (const entry of fs.readdirSync(moduleDir).sort()) {
    if (!entry.endsWith(".md")) continue;
    const m = LESSON_FILE.exec(entry);
    if (!m || !isLocale(m[3])) {
      errors.push({ file: rel(path.join(moduleDir, entry)), message: `lesson file name must be <nn>-<slug>.<${LOCALES.join("|")}>.md` });
      continue;
    }
    const key = `${m[1]}-${m[2]}`;
    if (!groups.has(key)) groups.set(key, new Map());
    groups.get(key)!.set(m[3], path.join(moduleDir, entry));
  }

  const lessons: Lesson[] = [];
  const kindLines = new Map<string, number>();
  for (const [key, files] of groups) {
    const variants: Partial<Record<Locale, Omit<LessonVariant, "html">>> = {};
    const bodyLines: Partial<Record<Locale, number>> = {};
    const absolutePaths: Partial<Record<Locale, string>> = {};
    for (const [locale, file] of files) {
      const parsedVariant = parseLessonFile(file, locale, rel(file), errors, changedAt);
      if (parsedVariant) {
        variants[locale] = parsedVariant.variant;
        bodyLines[locale] = parsedVariant.bodyStartLine;
        if (locale === "en") kindLines.set(parsedVariant.variant.id, parsedVariant.kindLine);
        absolutePaths[locale] = file;
      }
    }
    const en = variants.en;
    if (!en) {
      if (!files.has("en")) {
        const any = [...files.values()][0]!;
        errors.push({ file: rel(any), message: `translation without an English original (${key}.en.md)` });
      }
      continue;
    }
    for (const [locale, variant] of Object.entries(variants) as [Locale, Omit<LessonVariant, "html">][]) {
      if (variant.id !== en.id) {
        errors.push({ file: variant.file, line: 2, message: `id "${variant.id}" differs from the English file's id "${en.id}"` });
        delete variants[locale];
        continue;
      }
      if (locale !== "en") checkTranslationShape(en, variant, errors);
    }
    const existing = lessonIds.get(en.id);
    if (existing) {
      errors.push({ file: en.file, line: 2, message: `duplicate lesson id "${en.id}" (also in ${existing.file})` });
      continue;
    }
    lessonIds.set(en.id, { courseId, file: en.file });
    const lesson: Lesson = {
      id: en.id,
      courseId,
      moduleId: meta.data.id,
      slug: key,
      variants: { en: { ...en, html: "" } },
    };
    lessons.push(lesson);
    for (const [locale, variant] of Object.entries(variants) as [Locale, Omit<LessonVariant, "html">][]) {
      pending.push({ variant, courseId, bodyStartLine: bodyLines[locale] ?? 1, absolutePath: absolutePaths[locale]! });
    }
  }
  // A module ends with something that shows what was learnt; drafts are not shown yet.
  const last = lessons.filter((lesson) => !lesson.variants.en.draft).at(-1)?.variants.en;
  if (last && last.kind !== "quiz" && last.kind !== "exercise") {
    errors.push({ file: last.file, line: kindLines.get(last.id), message: `kind: the module's last lesson must be a quiz or an exercise, not ${last.kind}` });
  }
  return { ...meta.data, lessons };
}

function parseLessonFile(
  absolute: string,
  locale: Locale,
  file: string,
  errors: ContentError[],
  changedAt: (file: string) => Date,
): { variant: Omit<LessonVariant, "html">; bodyStartLine: number; kindLine: number } | null {
  const split = splitFrontMatter(fs.readFileSync(absolute, "utf8"));
  if (!split) {
    errors.push({ file, line: 1, message: "missing front-matter (the file must start with a --- block)" });
    return null;
  }
  const parsed = parseYaml(split.yaml, file, 1);
  if (isContentError(parsed)) {
    errors.push(parsed);
    return null;
  }
  const fm = validate(lessonFrontMatterSchema, parsed, file);
  if (!fm.ok) {
    errors.push(...fm.errors);
    return null;
  }
  if (locale === "en" && fm.data.source) {
    errors.push({ file, line: 2, message: "source: belongs on translations, not on the English original" });
  }
  const { id, title, minutes, kind, draft, submit, passMark, questions, rubric, source } = fm.data;
  return {
    variant: {
      id,
      locale,
      file,
      title,
      minutes,
      kind,
      draft,
      submit,
      passMark,
      questions,
      rubric,
      source,
      bodyHash: bodyHash(split.body),
      updatedAt: changedAt(absolute),
      markdown: split.body,
    },
    bodyStartLine: split.bodyStartLine,
    kindLine: lineOf(parsed, ["kind"]),
  };
}

/** A translation must keep the English structure: kind, and quiz ids and answers. */
function checkTranslationShape(en: Omit<LessonVariant, "html">, tr: Omit<LessonVariant, "html">, errors: ContentError[]): void {
  const fail = (message: string) => errors.push({ file: tr.file, line: 2, message });
  if (tr.kind !== en.kind) fail(`kind "${tr.kind}" differs from English "${en.kind}"`);
  if (tr.submit !== en.submit) fail(`submit differs from English`);
  if (tr.passMark !== en.passMark) fail(`passMark differs from English`);
  if ((tr.rubric?.length ?? 0) !== (en.rubric?.length ?? 0))
    fail(`rubric has ${tr.rubric?.length ?? 0} items, English has ${en.rubric?.length ?? 0}`);
  const key = (v: Omit<LessonVariant, "html">) =>
    JSON.stringify(
      (v.questions ?? []).map((q) =>
        q.type === "short" ? [q.id, q.type] : [q.id, q.type, q.options.map((o) => [o.id, o.correct])],
      ),
    );
  if (key(tr) !== key(en)) fail("quiz questions differ from English (ids, types, options or correct answers)");
}
