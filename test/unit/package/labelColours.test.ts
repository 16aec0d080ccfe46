import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { contrastRatio, deltaE2000, seenAs, type Vision } from './colourVision';

type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';
const colours: { id: string; defaults: Record<ThemeKind, string> }[] = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')).contributes.colors;
const border = (label: string, theme: ThemeKind) => colours.find((c) => c.id === `clinicalNer.${label}Border`)!.defaults[theme];
// the editor backgrounds of VS Code's default themes
const BACKGROUND: Record<ThemeKind, string> = { light: '#ffffff', dark: '#1f1f1f', highContrast: '#000000', highContrastLight: '#ffffff' };
const LABELS = ['problem', 'test', 'treatment'];
const THEMES = Object.keys(BACKGROUND) as ThemeKind[];

describe('default label colours', () => {
  for (const theme of THEMES) {
    it(`stay apart for red-green colour-blind readers as for others (${theme})`, () => {
      for (const vision of ['normal', 'protanopia', 'deuteranopia'] as Vision[]) {
        for (const [i, a] of LABELS.entries()) {
          for (const b of LABELS.slice(i + 1)) {
            const difference = deltaE2000(seenAs(border(a, theme), vision), seenAs(border(b, theme), vision));
            assert.ok(difference >= 15, `${a} and ${b} under ${vision}: ΔE2000 ${difference.toFixed(1)}`);
          }
        }
      }
    });

    it(`stand out from the editor background (${theme})`, () => {
      for (const label of LABELS) assert.ok(contrastRatio(border(label, theme), BACKGROUND[theme]) >= 3, `${label}: ${contrastRatio(border(label, theme), BACKGROUND[theme]).toFixed(2)}`);
    });
  }

  it('would catch the red against green that they replace', () => {
    assert.ok(deltaE2000(seenAs('#c72e2e', 'deuteranopia'), seenAs('#388a34', 'deuteranopia')) < 5);
  });
});
