import type { Found } from '../types';
import type { TextContext } from './context';
export function parseEmails(_ctx: TextContext): Found<string[]> | null { return null; }
