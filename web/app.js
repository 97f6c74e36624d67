// dossier web app enhancements (the pages work without this file).
// - Following a link to a fact (#q-q3, #t-0, #f-2, #hl) marks every piece of its evidence, not
//   only the first one (CSS :target marks that one), and keeps the mark on later clicks.
// - Hovering or focusing a person in the side panel marks all of their mentions in the text.
// No inline handlers: the Content-Security-Policy allows only this file.

function pieces(id) {
  const out = [];
  for (const el of document.querySelectorAll(".text [data-a]")) {
    if (el.dataset.a.split(" ").includes(id)) out.push(el);
  }
  return out;
}

function mark(id, cls) {
  for (const el of document.querySelectorAll("." + cls)) el.classList.remove(cls);
  if (!id) return [];
  const els = pieces(id);
  for (const el of els) el.classList.add(cls);
  return els;
}

function followHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id || !document.querySelector(".text")) return;
  const els = mark(id, "marked");
  const first = document.getElementById(id) || els[0];
  if (first) {
    first.scrollIntoView({ block: "center" });
    first.setAttribute("tabindex", "-1");
    first.focus({ preventScroll: true });
  }
}

window.addEventListener("hashchange", followHash);
document.addEventListener("DOMContentLoaded", () => {
  followHash();
  for (const a of document.querySelectorAll("[data-group]")) {
    const on = () => mark(a.dataset.group, "marked");
    a.addEventListener("mouseenter", on);
    a.addEventListener("focus", on);
  }
  // "/" focuses the search box (unless typing somewhere).
  document.addEventListener("keydown", (e) => {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return;
    const box = document.getElementById("q") || document.getElementById("topq");
    if (box) {
      e.preventDefault();
      box.focus();
    }
  });
});
