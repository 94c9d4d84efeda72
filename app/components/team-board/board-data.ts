import { useLoaderData } from "@remix-run/react";
import type { loader } from "~/routes/team-board";

/** The team board's loader data, for the pieces of the page. */
export const useBoardData = () => useLoaderData<typeof loader>();
