import { notFound } from "~/http/responses.server";
import { publicPage } from "~/policies/index.server";

// Unknown URLs get the translated 404 page inside the normal layout.
export function loader() {
  publicPage();
  throw notFound();
}

export function action() {
  publicPage();
  throw notFound();
}

export default function NotFound() {
  return null;
}
