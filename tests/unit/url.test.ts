import { describe, expect, it } from 'vitest';
import { hostOf, registeredName, urlKey } from '../../lib/url';

describe('urlKey', () => {
  it('drops fragments, tracking parameters and a trailing slash', () => {
    expect(urlKey('https://Org.example/job/42/?utm_source=fb&id=7&fbclid=x#apply')).toBe('https://org.example/job/42?id=7');
  });
  it('keeps parameters that identify the ad, in a stable order', () => {
    expect(urlKey('https://x.example/vis?b=2&a=1')).toBe(urlKey('https://x.example/vis?a=1&b=2'));
    expect(urlKey('https://x.example/vis?id=1')).not.toBe(urlKey('https://x.example/vis?id=2'));
  });
  it('returns non-URLs trimmed', () => {
    expect(urlKey('  not a url ')).toBe('not a url');
  });
});

describe('registeredName', () => {
  it('is the part of the host before its public suffix', () => {
    expect(registeredName('jobb.kits.se')).toBe('kits');
    expect(registeredName('www.zerowasteleeds.org.uk')).toBe('zerowasteleeds');
    expect(registeredName('birkenes.kirken.no')).toBe('kirken');
    expect(registeredName('example.com')).toBe('example');
    expect(registeredName('localhost')).toBe('');
    expect(registeredName('')).toBe('');
  });
});

describe('hostOf', () => {
  it('gives the lower-case host, and nothing for what is no address', () => {
    expect(hostOf('https://Vores-Aarhus.DK:8080/a/job?x=1')).toBe('vores-aarhus.dk');
    expect(hostOf('not a url')).toBe('');
    expect(hostOf(null)).toBe('');
  });
});
