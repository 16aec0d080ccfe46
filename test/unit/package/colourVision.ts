// Colour-vision arithmetic for the palette test: sRGB, simulation of protanopia, deuteranopia and
// tritanopia (Machado, Oliveira & Fernandes 2009, severity 1), CIELAB, CIEDE2000 and WCAG contrast.

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

const SIMULATION: Record<Vision, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** Linear RGB of `#rrggbb` (alpha, if any, ignored). */
function linearRgb(hex: string): number[] {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

function lab(linear: number[]): [number, number, number] {
  const [r, g, b] = linear.map((c) => Math.min(1, Math.max(0, c))) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** The colour as a person with this vision sees it, in CIELAB. */
export function seenAs(hex: string, vision: Vision): [number, number, number] {
  const l = linearRgb(hex);
  return lab(SIMULATION[vision].map((row) => row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!));
}

/** CIEDE2000 colour difference (about 2: just noticeable; above 10: clearly different colours). */
export function deltaE2000([l1, a1, b1]: number[], [l2, a2, b2]: number[]): number {
  const rad = Math.PI / 180;
  const c7 = (c: number) => c ** 7 / (c ** 7 + 25 ** 7);
  const g = 0.5 * (1 - Math.sqrt(c7((Math.hypot(a1!, b1!) + Math.hypot(a2!, b2!)) / 2)));
  const [p1, p2] = [(1 + g) * a1!, (1 + g) * a2!];
  const [c1, c2] = [Math.hypot(p1, b1!), Math.hypot(p2, b2!)];
  const hue = (a: number, b: number) => (Math.atan2(b, a) / rad + 360) % 360;
  const [h1, h2] = [hue(p1, b1!), hue(p2, b2!)];
  let dh = c1 * c2 === 0 ? 0 : h2 - h1;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const hMean = c1 * c2 === 0 ? h1 + h2 : Math.abs(h1 - h2) > 180 ? (h1 + h2 + 360) / 2 : (h1 + h2) / 2;
  const lMean = (l1! + l2!) / 2;
  const cMean = (c1 + c2) / 2;
  const t = 1 - 0.17 * Math.cos((hMean - 30) * rad) + 0.24 * Math.cos(2 * hMean * rad) + 0.32 * Math.cos((3 * hMean + 6) * rad) - 0.2 * Math.cos((4 * hMean - 63) * rad);
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sc = 1 + 0.045 * cMean;
  const sh = 1 + 0.015 * cMean * t;
  const rt = -Math.sin(2 * 30 * Math.exp(-(((hMean - 275) / 25) ** 2)) * rad) * 2 * Math.sqrt(c7(cMean));
  const [dl, dc, dH] = [(l2! - l1!) / sl, (c2 - c1) / sc, (2 * Math.sqrt(c1 * c2) * Math.sin((dh * rad) / 2)) / sh];
  return Math.sqrt(dl ** 2 + dc ** 2 + dH ** 2 + rt * dc * dH);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = linearRgb(hex) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
