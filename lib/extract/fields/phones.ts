import type { Found } from '../types';
import type { TextContext } from './context';
export function parsePhones(_ctx: TextContext): Found<string[]> | null { return null; }
