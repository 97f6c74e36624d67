import { html, type SafeHtml } from "../html.js";

export interface LayoutOptions {
  title: string;
  /** Which navigation entry is current. */
  nav?: "stories" | "search" | "add" | "docs" | null;
  /** The search box's value. */
  q?: string;
}

/** The page shell: navigation, a search box, the one stylesheet and the one script (no inline code). */
export function layout(opts: LayoutOptions, body: SafeHtml): SafeHtml {
  const link = (href: string, label: string, key: LayoutOptions["nav"]) =>
    html`<a href="${href}"${opts.nav === key ? html` aria-current="page"` : ""}>${label}</a>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · dossier</title>
<link rel="stylesheet" href="/static/app.css">
<script type="module" src="/static/app.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<nav aria-label="Main">
<a class="brand" href="/">dossier</a>
${link("/", "Stories", "stories")}
${link("/search", "Search", "search")}
${link("/add", "Add articles", "add")}
${link("/docs", "API", "docs")}
</nav>
<form class="topsearch" action="/search" method="get" role="search">
<label for="topq" class="vh">Search articles</label>
<input id="topq" name="q" type="search" value="${opts.q ?? ""}" placeholder="Search articles" autocomplete="off">
<button type="submit">Search</button>
</form>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer><p>dossier — every fact links to the exact characters it came from. <a href="/openapi.json">OpenAPI</a></p></footer>
</body>
</html>
`;
}

/** "2024-08-19" or "no date". */
export function dateText(d: string | null | undefined): string {
  return d ? d.slice(0, 10) : "no date";
}

/** Singular/plural count: "1 article", "3 articles". */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : plural}`;
}
