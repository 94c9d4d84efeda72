import { notFound } from "~/http/responses.server";

// Unknown URLs get the translated 404 page inside the normal layout.
export function loader() {
  throw notFound();
}

export function action() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
