import { describe, expect, it } from 'vitest';
import { can } from './access';
import { loginPath, safeReturnPath } from './session';

describe('can', () => {
  it('lets admins do everything', () => {
    expect(can(['admin'], 'generate')).toBe(true);
    expect(can(['admin'], 'viewDrafts')).toBe(true);
    expect(can(['admin'], 'manageUsers')).toBe(true);
  });

  it('follows the API policy for the other roles', () => {
    expect(can(['lead'], 'createBrief')).toBe(true);
    expect(can(['lead'], 'listUsers')).toBe(true);
    expect(can(['lead'], 'manageUsers')).toBe(false);
    expect(can(['editor'], 'viewJobs')).toBe(true);
    expect(can(['editor'], 'generate')).toBe(false);
    expect(can(['rater'], 'viewDrafts')).toBe(false);
    expect(can(['contributor'], 'viewJobs')).toBe(false);
    expect(can(['rater', 'editor'], 'viewDrafts')).toBe(true);
  });
});

describe('return paths', () => {
  it('keeps paths of this app', () => {
    expect(safeReturnPath('/briefs/1?x=2')).toBe('/briefs/1?x=2');
    expect(loginPath('/jobs?state=running')).toBe('/login?from=%2Fjobs%3Fstate%3Drunning');
    expect(loginPath('/')).toBe('/login');
  });

  it('never leaves the origin or loops back to sign-in', () => {
    for (const from of [null, '', 'https://evil.example', '//evil.example', '/\\evil', '/login?from=/x'])
      expect(safeReturnPath(from)).toBe('/briefs');
  });
});
