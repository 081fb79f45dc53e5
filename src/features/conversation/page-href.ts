// Where the pane leads to another page (a path of the domain's PAGES): from the root (`~`),
// whatever router the pane is nested in, with the search given (the list's view, sort and
// filters as the address has them), if any.
export const fromRoot = (path: string, search = ''): string =>
  `~${path}${search ? `?${search}` : ''}`;
