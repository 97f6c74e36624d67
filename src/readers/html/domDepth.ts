/**
 * The deepest element nesting under `root` (its children at 1), by an iterative walk: no stack
 * is spent on deep markup.
 */
export function domDepth(root: ParentNode): number {
  let depth = 0;
  const stack: [Element, number][] = [];
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) stack.push([c, 1]);
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > depth) depth = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return depth;
}
