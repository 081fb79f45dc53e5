// The window's height, for a first guess at how much of a long list is in view before its box has
// been measured. Reading `innerHeight` where the page's layout is out of date forces that layout
// (on a phone, whose viewport depends on it, always): it is read once, as the app's code starts and
// the page is still empty, and again after each resize, not in a render or a commit.
let height = typeof window === 'undefined' ? 0 : window.innerHeight;
if (typeof window !== 'undefined') {
  window.addEventListener('resize', () => {
    height = window.innerHeight;
  });
}

/** The window's height, as of the app's start or its last resize. */
export function windowHeight(): number {
  return height;
}
