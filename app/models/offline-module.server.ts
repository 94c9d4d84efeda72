import fs from "node:fs";
import zlib from "node:zlib";
import { findMediaFile, findReadableLesson, getCourse, isDraft, type LessonVariant } from "~/curriculum/index.server";
import type { Locale } from "~/i18n/config";

// "Save this module for offline" (docs/decisions/016-offline.md): what the
// phone downloads to read a module without signal, and about how much that is,
// so that a learner on prepaid data sees the size before she taps.

/** What a lesson's data answer holds besides its text (titles, her progress, the pager), compressed. */
const DATA_OVERHEAD_BYTES = 700;

const IMAGE = /<img\b[^>]*\bsrc="(\/media\/[0-9a-f]{16}\.[a-z0-9]{2,5})"/g;

interface Measured {
  bytes: number;
  media: string[];
}
// Lesson texts only change when the content is reloaded (new variant objects).
const measured = new WeakMap<LessonVariant, Measured>();

function measure(variant: LessonVariant): Measured {
  let found = measured.get(variant);
  if (!found) {
    const media = [...new Set([...variant.html.matchAll(IMAGE)].map((m) => m[1]!))];
    found = { bytes: zlib.gzipSync(variant.html).length + DATA_OVERHEAD_BYTES, media };
    measured.set(variant, found);
  }
  return found;
}

function fileSize(url: string): number {
  const file = findMediaFile(url.slice("/media/".length));
  try {
    return file ? fs.statSync(file.path).size : 0;
  } catch {
    return 0;
  }
}

export interface OfflineModule {
  lessons: { id: string; title: string }[];
  /** The lessons' images (downloads linked from a lesson are not saved). */
  media: string[];
  /** About how many bytes saving it downloads (compressed text, images as they are). */
  bytes: number;
}

/** The module's lessons a learner can read, in her language as the lesson page shows them, and their images. */
export function offlineModule(courseId: string, moduleId: string, locale: Locale): OfflineModule | null {
  const module = getCourse(courseId)?.modules.find((m) => m.id === moduleId);
  if (!module) return null;
  const lessons: OfflineModule["lessons"] = [];
  const media = new Set<string>();
  let bytes = 0;
  for (const lesson of module.lessons) {
    if (isDraft(lesson)) continue;
    const readable = findReadableLesson(courseId, lesson.id, locale);
    if (!readable) continue;
    const size = measure(readable.variant);
    lessons.push({ id: lesson.id, title: readable.variant.title });
    bytes += size.bytes;
    for (const url of size.media) media.add(url);
  }
  for (const url of media) bytes += fileSize(url);
  return { lessons, media: [...media], bytes };
}
