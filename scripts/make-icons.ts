// Draws the app's icons (public/icons/*.png) from the logo (public/favicon.svg) in Chromium, the
// browser the tests already use: `npx tsx scripts/make-icons.ts`. The PNGs are committed; run this
// again only when the logo changes.
//  - icon-192.png, icon-512.png: the logo as it is, for the install prompt and the launcher;
//  - icon-maskable-512.png: the logo inside the middle 80% (the "safe zone" every mask keeps) on
//    the logo's own colour, which the launcher may cut to a circle or a squircle;
//  - apple-touch-icon.png (180): iOS rounds the corners itself, so a full square.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './ensure-chromium.mjs';

const logo = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const ACCENT = '#4f46e5';

/** The logo as a square, without its rounded corners. */
const square = logo.replace(/ rx="\d+"/, '');

interface Icon {
  file: string;
  size: number;
  svg: string;
  /** The logo's share of the icon's width; the rest is the accent colour. */
  scale: number;
}

const ICONS: Icon[] = [
  { file: 'icon-192.png', size: 192, svg: logo, scale: 1 },
  { file: 'icon-512.png', size: 512, svg: logo, scale: 1 },
  { file: 'icon-maskable-512.png', size: 512, svg: square, scale: 0.8 },
  { file: 'apple-touch-icon.png', size: 180, svg: square, scale: 1 },
];

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const inner = Math.round(icon.size * icon.scale);
    // A transparent page where the logo's corners are rounded; the accent behind a maskable one.
    const background = icon.scale < 1 ? ACCENT : 'transparent';
    await page.setContent(
      `<html><body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:${background}">` +
        `<div style="width:${inner}px;height:${inner}px">${icon.svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div>` +
        `</body></html>`,
    );
    await page.screenshot({
      path: new URL(`../public/icons/${icon.file}`, import.meta.url).pathname,
      omitBackground: true,
    });
    console.log(`public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
