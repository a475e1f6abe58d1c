import type { Found } from '../types';
import type { HoursRange } from '../../schema/draft';
import type { TextContext } from './context';
export function parseHours(_ctx: TextContext): Found<HoursRange> | null { return null; }
