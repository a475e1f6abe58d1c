import type { Found } from '../types';
import type { Contact } from '../../schema/draft';
import type { TextContext } from './context';
export function parseContacts(_ctx: TextContext): Found<Contact[]> | null { return null; }
