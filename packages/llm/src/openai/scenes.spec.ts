import { describe, expect, it } from 'vitest';
import { parseScenes } from './scenes.js';

const scenes = [
  { index: 1, seconds: 3, shot: 'close-up', onScreenText: 'Hi', voiceOver: 'Hello' },
  { index: 2, seconds: 7, shot: 'wide', onScreenText: 'Go', voiceOver: 'Follow us' },
];

describe('parseScenes', () => {
  it('reads plain, fenced and prose-wrapped JSON, object or bare array', () => {
    expect(parseScenes(JSON.stringify({ scenes }))).toEqual(scenes);
    expect(parseScenes('```json\n' + JSON.stringify({ scenes }) + '\n```')).toEqual(scenes);
    expect(parseScenes('Here you go:\n' + JSON.stringify(scenes) + '\nEnjoy!')).toEqual(scenes);
  });

  it('returns null for prose, invalid JSON or invalid scenes', () => {
    expect(parseScenes('Scene 1: a close-up of coffee')).toBeNull();
    expect(parseScenes('{"scenes": [ {"index": 1, ')).toBeNull();
    expect(
      parseScenes(
        JSON.stringify({ scenes: [{ index: 1, seconds: 0, shot: '', onScreenText: '', voiceOver: '' }] }),
      ),
    ).toBeNull();
    expect(parseScenes(JSON.stringify({ scenes: [] }))).toBeNull();
  });
});
