// The detector's cues of every language, gathered from the language files (one `cues` export each,
// lib/extract/locales/cues.ts). Importing only those exports keeps the vocabularies out of the
// content script.
import type { DetectCues } from '../extract/locales/cues';
import { cues as da } from '../extract/locales/da';
import { cues as de } from '../extract/locales/de';
import { cues as en } from '../extract/locales/en';
import { cues as nb } from '../extract/locales/nb';
import { cues as nn } from '../extract/locales/nn';
import { cues as sv } from '../extract/locales/sv';
import type { Lang } from '../extract/types';

export type { DetectCues };

export const CUES: Readonly<Record<Lang, DetectCues>> = { da, nb, nn, sv, de, en };
