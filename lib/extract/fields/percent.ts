import type { Found } from '../types';
import type { TextContext } from './context';
export function parsePercent(_ctx: TextContext): Found<number> | null { return null; }
