import { en, signal, zh } from '../signal.js';

/** Asking for something to be produced; paired with `near(…, { direct: true })` so "write about X" is not "write X". */
export const CREATE = signal(
  'create',
  en(
    'write',
    'draft',
    'compose',
    'create',
    'generate',
    'make',
    'produce',
    'build',
    'develop',
    'code',
    'program',
    'design',
    'craft',
    'give me',
    'prepare',
    'need',
    'want',
  ),
  zh('写', '撰写', '编写', '起草', '生成', '制作', '做', '编', '设计', '开发', '帮我', '给我', '来(?:一|个)'),
);
