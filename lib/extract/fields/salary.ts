import type { Found } from '../types';
import type { Salary } from '../../schema/draft';
import type { TextContext } from './context';
export function parseSalary(_ctx: TextContext): Found<Salary> | null { return null; }
