/**
 * Converts code-point indices (what the `tokenizers` binding reports, like Python) into UTF-16
 * indices (JavaScript string indices) for one text.
 */
export function codePointToUtf16(text: string): (codePointIndex: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (index) => index;
  const utf16 = [0];
  for (const char of text) utf16.push(utf16[utf16.length - 1] + char.length);
  return (index) => utf16[index];
}
