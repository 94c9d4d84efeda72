import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { DELIVERABLE_MAX_BYTES } from "#db/values";
import { message } from "~/forms/message";
import { parseSubmission, replyWith, validateSubmission } from "~/forms/submission.server";
import { readUpload } from "~/http/upload.server";
import { storeDeliverableFile } from "~/models/work/deliverable-files.server";
import { isValidIsoDate, todayIn } from "~/domain/calendar";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { formatDate, formatHours, formatYen } from "~/i18n/format";
import { dateForDisplay } from "~/domain/calendar";
import { getUserById } from "~/models/users.server";
import { deliverablesOf, deliver, reviewDelivery } from "~/models/work/deliveries.server";
import { confirmHours, hoursAndPayments, logHours, recordPayment } from "~/models/work/hours-payments.server";
import { orderView } from "~/models/work/order-view.server";
import { checklistOf, organisationName, workersOf } from "~/models/work/orders.server";
import { rate, ratingsOf } from "~/models/work/ratings.server";
import { askMentor, mentorsOfWorkers, messagesOf, postMessage, setChecklistItem } from "~/models/work/workspace.server";
import type { requireWorkspace } from "~/policies/index.server";

const NOTES = ["picked", "sent", "delivered", "reviewed", "logged", "confirmed", "paid", "rated", "mentor", "ticked"] as const;

type Access = ReturnType<typeof requireWorkspace>;

export function workspaceData({ request, context }: Pick<LoaderFunctionArgs, "request" | "context">, { user, order, side }: Access) {
  const locale = requestLocale(request, context);
  const ok = new URL(request.url).searchParams.get("ok");
  const day = (iso: string) => formatDate(locale, dateForDisplay(iso), "UTC");
  const money = hoursAndPayments(order.id);
  const ratings = ratingsOf(order.id);
  const workers = workersOf(order.id).map((id) => ({ id, name: getUserById(id)?.name ?? "" }));
  return {
    order: orderView(order, locale),
    firm: organisationName(order.organisationId),
    side,
    viewerId: user.id,
    workers,
    mentor: order.mentorId ? (getUserById(order.mentorId)?.name ?? null) : null,
    mentors: side === "worker" && !order.mentorId && order.state === "in_progress" ? mentorsOfWorkers(order.id) : [],
    checklist: checklistOf(order.id).map((c) => ({ id: c.id, text: c.text, done: c.doneAt !== null })),
    messages: messagesOf(order.id).map((m) => ({ id: m.id, body: m.body, author: m.authorName ?? "", at: formatDate(locale, m.createdAt) })),
    deliverables: deliverablesOf(order.id).map((d) => ({
      id: d.id,
      note: d.note,
      url: d.url,
      fileName: d.fileName,
      state: d.state,
      reviewNote: d.reviewNote,
      by: d.submittedByName ?? "",
      at: formatDate(locale, d.createdAt),
    })),
    hours: money.hours.map((h) => ({ ...h, workedOn: day(h.workedOn), hours: formatHours(locale, h.minutes) })),
    payments: money.payments.map((p) => ({ id: p.id, paidOn: day(p.paidOn), amount: formatYen(locale, p.amountYen), note: p.note })),
    totals: {
      hours: formatHours(locale, money.totals.minutes),
      confirmed: formatHours(locale, money.totals.confirmedMinutes),
      paid: formatYen(locale, money.totals.paidYen),
      // For hourly pay: what the confirmed hours come to.
      owed: order.payKind === "hourly" ? formatYen(locale, Math.round((money.totals.confirmedMinutes / 60) * order.payYen)) : formatYen(locale, order.payYen),
    },
    ratings: ratings.map((r) => ({ ...r, about: r.workerId ? (workers.find((w) => w.id === r.workerId)?.name ?? "") : organisationName(order.organisationId) })),
    toRate:
      order.state !== "completed"
        ? []
        : side === "firm"
          ? workers.filter((w) => !ratings.some((r) => r.direction === "firm_to_worker" && r.workerId === w.id))
          : side === "worker" && !ratings.some((r) => r.direction === "worker_to_firm" && r.raterId === user.id)
            ? [{ id: 0, name: organisationName(order.organisationId) }]
            : [],
    today: todayIn("Asia/Tokyo"),
    maxMb: MAX_MB,
    note: NOTES.find((n) => n === ok) ?? null,
  };
}

const id = z.string().regex(/^\d{1,10}$/);

export const workspaceSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("message"), body: z.string().trim().min(1).max(2000) }),
  z.object({ intent: z.literal("tick"), itemId: id, done: z.enum(["yes", "no"]) }),
  z.object({ intent: z.literal("deliver"), url: z.url({ protocol: /^https?$/, message: "work:workspace.badUrl" }).max(2000), note: z.string().trim().max(1000).optional().default("") }),
  z
    .object({ intent: z.literal("review"), deliverableId: id, decision: z.enum(["accept", "changes"]), reviewNote: z.string().trim().max(1000).optional().default("") })
    .refine((v) => v.decision === "accept" || v.reviewNote.length > 0, { message: "work:workspace.changesNeedNote", path: ["reviewNote"] }),
  z.object({
    intent: z.literal("hours"),
    workedOn: z.string().refine(isValidIsoDate, "team:trainer.invalidDate"),
    minutes: z.coerce.number().int().min(1).max(1440),
    note: z.string().trim().max(500).optional().default(""),
  }),
  z.object({ intent: z.literal("confirmHours") }),
  z.object({
    intent: z.literal("payment"),
    paidOn: z.string().refine(isValidIsoDate, "team:trainer.invalidDate"),
    amountYen: z.coerce.number().int().min(1).max(100_000_000),
    note: z.string().trim().max(500).optional().default(""),
  }),
  z.object({ intent: z.literal("rate"), workerId: id.optional(), stars: z.coerce.number().int().min(1).max(5), comment: z.string().trim().max(1000).optional().default("") }),
  z.object({ intent: z.literal("askMentor"), mentorId: id }),
  // Sent as multipart with its file; the same intent sent as a plain form has no file.
  z.object({ intent: z.literal("deliverFile"), note: z.string().trim().max(1000).optional().default("") }),
]);

/** Who may send each intent. */
const SIDES: Record<z.infer<typeof workspaceSchema>["intent"], ("firm" | "worker" | "mentor")[]> = {
  message: ["firm", "worker", "mentor"],
  tick: ["worker"],
  deliver: ["worker"],
  review: ["firm"],
  hours: ["worker"],
  confirmHours: ["firm"],
  payment: ["firm"],
  rate: ["firm", "worker"],
  askMentor: ["worker"],
  deliverFile: ["worker"],
};

const MAX_MB = Math.round(DELIVERABLE_MAX_BYTES / 1024 / 1024);

/** A delivery with a file comes as multipart: read with its own cap, then validated like any form. */
async function readDeliveryUpload(request: Request) {
  const read = await readUpload(request, DELIVERABLE_MAX_BYTES);
  if (!read.ok) {
    const key = read.error === "tooLarge" ? message("work:workspace.fileTooLarge", { max: MAX_MB }) : `common:errors.${read.error === "unsupportedType" ? "formUnsupported" : "formMalformed"}`;
    const reply = { status: "error" as const, initialValue: { intent: "deliverFile" }, error: { "": [key] } };
    return { ok: false as const, reply: data(reply, { status: read.status }) };
  }
  const parsed = validateSubmission(read.form, workspaceSchema);
  const file = read.form.get("file");
  return { ...parsed, file: file instanceof File && file.size > 0 ? file : null };
}

export async function handleWorkspaceIntent(request: Request, { user, order, side }: Access) {
  const multipart = (request.headers.get("Content-Type") ?? "").toLowerCase().startsWith("multipart/form-data");
  const form = multipart ? await readDeliveryUpload(request) : { ...(await parseSubmission(request, workspaceSchema)), file: null };
  if (!form.ok) return form.reply;
  const v = form.value;
  if (!SIDES[v.intent].includes(side)) throw notFound();
  const back = (note: (typeof NOTES)[number]) => redirect(`/work/${order.id}/workspace?ok=${note}`, 303);
  const refused = () => replyWith(form.submission, { status: 409, formErrors: ["work:workspace.notNow"] });
  switch (v.intent) {
    case "message":
      return postMessage(order, { id: user.id, side }, v.body) ? back("sent") : refused();
    case "tick":
      return setChecklistItem(order, Number(v.itemId), v.done === "yes", user.id) ? back("ticked") : refused();
    case "deliver":
      return deliver(order, user.id, { note: v.note, url: v.url }) ? back("delivered") : refused();
    case "review":
      return reviewDelivery(order, Number(v.deliverableId), user.id, v.decision, v.reviewNote).ok ? back("reviewed") : refused();
    case "hours":
      return logHours(order, user.id, { workedOn: v.workedOn, minutes: v.minutes, note: v.note }) ? back("logged") : refused();
    case "confirmHours":
      return confirmHours(order, user.id) ? back("confirmed") : refused();
    case "payment":
      return recordPayment(order, user.id, { paidOn: v.paidOn, amountYen: v.amountYen, note: v.note }) ? back("paid") : refused();
    case "rate":
      return rate(order, { id: user.id, side: side === "firm" ? "firm" : "worker" }, { workerId: v.workerId ? Number(v.workerId) : null, stars: v.stars, comment: v.comment }) ? back("rated") : refused();
    case "deliverFile": {
      if (!form.file) return replyWith(form.submission, { fieldErrors: { file: ["work:workspace.fileNeeded"] } });
      if (order.state !== "in_progress") return refused();
      const stored = await storeDeliverableFile(order.id, form.file);
      return deliver(order, user.id, { note: v.note, file: stored }) ? back("delivered") : refused();
    }
    case "askMentor":
      return askMentor(order, Number(v.mentorId), user.id) ? back("mentor") : refused();
  }
}
