import { makeTextContext, parseTextFields, type TextFields } from '../../../../lib/extract/fields/index';
import type { Lang } from '../../../../lib/extract/types';

/** Parse one ad text with a fixed observed day (or none) and optional structured-data anchors. */
export function fields(text: string, lang: Lang | null, observed: string | null = null, anchors: string[] = []): TextFields {
  return parseTextFields(makeTextContext(text, { lang, observed, anchors }));
}
