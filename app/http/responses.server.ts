/** Thrown from loaders/actions; the root error boundary renders a translated page. */
export function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}
