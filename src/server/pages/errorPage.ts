import { html, type SafeHtml } from "../html.js";
import { layout } from "./layout.js";

const TITLES: Record<number, string> = { 400: "Bad request", 401: "Token needed", 403: "Not allowed", 404: "Not found", 413: "Too large", 429: "Too many requests", 500: "Something went wrong" };

/** A plain error page (the message is shown as text). */
export function errorPage(status: number, message: string): SafeHtml {
  const title = TITLES[status] ?? `Error ${status}`;
  return layout({ title }, html`<h1>${title}</h1><p class="error" role="alert">${message}</p><p><a href="/">Back to the stories</a></p>`);
}
