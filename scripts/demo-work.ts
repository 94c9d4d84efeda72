// The demo's work board: Sakura Logistics' orders for graduates. An open order
// that Natalia sees (Olena, without a certificate, does not) with a team of
// graduates applying; an order in progress with a delivery waiting for the
// firm; and a paid, completed order Natalia worked on, rated both ways.
// Called by scripts/demo-seed.ts once the firm exists.
import { addDays, todayIn } from "../app/domain/calendar";
import { issueCertificate } from "../app/models/certificates.server";
import { createUser, getUserById } from "../app/models/users.server";
import { applicantsOf, apply, pick } from "../app/models/work/applications.server";
import { deliver, reviewDelivery } from "../app/models/work/deliveries.server";
import { confirmHours, logHours, recordPayment } from "../app/models/work/hours-payments.server";
import { checklistOf, createOrder, getOrder, type NewWorkOrder } from "../app/models/work/orders.server";
import { rate } from "../app/models/work/ratings.server";
import { postMessage, setChecklistItem } from "../app/models/work/workspace.server";
import { DEMO_PASSWORD } from "./demo-accounts";

const GRADUATES = ["Oksana Tymoshenko", "Andrii Rudenko", "Yuliia Marchenko"];

export async function seedWorkBoard({ organisationId, managerId, nataliaId }: { organisationId: number; managerId: number; nataliaId: number }) {
  const today = todayIn("Asia/Tokyo");
  const grads = [];
  for (const [i, name] of GRADUATES.entries()) {
    const user = await createUser({ name, email: `grad${i + 1}@demo.kumi.test`, locale: "uk", password: DEMO_PASSWORD, emailVerified: true });
    issueCertificate(user.id, "rpa-foundations", null);
    grads.push(getUserById(user.id)!);
  }
  const [oksana, andrii, yuliia] = grads as [NonNullable<(typeof grads)[number]>, NonNullable<(typeof grads)[number]>, NonNullable<(typeof grads)[number]>];
  const natalia = getUserById(nataliaId)!;
  const base = {
    organisationId,
    kind: "build_bot",
    requiredCourses: ["rpa-foundations"],
    languages: ["uk", "ja"],
    payKind: "hourly",
    payYen: 1800,
    createdBy: managerId,
  } satisfies Partial<NewWorkOrder>;
  const order = (o: Omit<NewWorkOrder, keyof typeof base> & Partial<NewWorkOrder>) => createOrder({ ...base, ...o });

  // Open: a team of three graduates has applied.
  const open = order({
    title: { uk: "Бот для звітів про доставку", ja: "配送レポートの自動化", en: "A bot for delivery reports" },
    description: {
      uk: "Щодня збирати статуси доставок із трьох таблиць і надсилати звіт менеджерам.",
      ja: "毎日3つの表から配送状況を集め、担当者にレポートを送ります。",
      en: "Collect delivery statuses from three spreadsheets every day and send the report to the managers.",
    },
    teamSize: 3,
    estimatedHours: 30,
    deadline: addDays(today, 30),
    firmMayBeNamed: true,
    checklist: ["Описати процес", "Зібрати бота", "Перевірити на даних тижня"],
  });
  apply(open, oksana, "Ми втрьох пройшли курс RPA і вже робили подібний звіт у капстоуні.", [andrii.email, yuliia.email]);

  // In progress: Andrii has handed in, the firm has not answered yet.
  const active = order({
    title: { uk: "Перевірка адрес у базі клієнтів", en: "Checking addresses in the customer list" },
    description: { uk: "Знайти й виправити неповні адреси.", en: "Find and fix incomplete addresses." },
    kind: "data_work",
    teamSize: 1,
    estimatedHours: 8,
    deadline: addDays(today, 10),
    firmMayBeNamed: false,
    checklist: ["Вивантажити список", "Позначити неповні адреси"],
  });
  apply(active, andrii, "Маю досвід роботи з таблицями.", []);
  pick(active.id, applicantsOf(active.id)[0]!.id, managerId);
  const working = getOrder(active.id)!;
  postMessage(working, { id: managerId, side: "firm" }, "Thank you, Andrii! The list is in the shared folder.");
  logHours(working, andrii.id, { workedOn: addDays(today, -2), minutes: 150, note: "Вивантаження та перевірка" });
  deliver(working, andrii.id, { note: "Перша версія списку", url: "https://example.org/sakura/addresses-v1" });

  // Completed and paid: Natalia and Yuliia, rated both ways.
  const done = order({
    title: { uk: "Автоматизація рахунків", ja: "請求書の自動化", en: "Invoice automation" },
    description: { uk: "Бот, що створює рахунки з замовлень.", ja: "注文から請求書を作るボットです。", en: "A bot that makes invoices from orders." },
    payKind: "fixed",
    payYen: 60000,
    teamSize: 2,
    estimatedHours: 20,
    deadline: addDays(today, -3),
    firmMayBeNamed: true,
    checklist: ["Зібрати бота", "Передати інструкцію"],
  });
  apply(done, natalia, "Я наставниця курсу RPA; Юлія працюватиме зі мною.", [yuliia.email]);
  pick(done.id, applicantsOf(done.id)[0]!.id, managerId);
  let finished = getOrder(done.id)!;
  for (const [i, item] of checklistOf(done.id).entries()) setChecklistItem(finished, item.id, true, i ? yuliia.id : natalia.id);
  logHours(finished, natalia.id, { workedOn: addDays(today, -8), minutes: 360, note: "Бот" });
  logHours(finished, yuliia.id, { workedOn: addDays(today, -7), minutes: 240, note: "Інструкція" });
  const delivery = deliver(finished, natalia.id, { note: "Бот та інструкція", url: "https://example.org/sakura/invoices" })!;
  reviewDelivery(finished, delivery.id, managerId, "accept", "");
  finished = getOrder(done.id)!;
  confirmHours(finished, managerId);
  recordPayment(finished, managerId, { paidOn: addDays(today, -2), amountYen: 60000, note: "" });
  rate(finished, { id: managerId, side: "firm" }, { workerId: natalia.id, stars: 5, comment: "Clear, fast and well documented." });
  rate(finished, { id: managerId, side: "firm" }, { workerId: yuliia.id, stars: 5, comment: "The instructions were excellent." });
  rate(finished, { id: natalia.id, side: "worker" }, { workerId: null, stars: 5, comment: "Чітке завдання і швидкі відповіді." });
  rate(finished, { id: yuliia.id, side: "worker" }, { workerId: null, stars: 4, comment: "" });
}
