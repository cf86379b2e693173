import type { Language, VideoPlatform } from '@draftbench/contracts';
import type { Phrase } from './bank.js';

export type SceneRole = 'hook' | 'scene' | 'cta';

/** Phrase banks of the rule-based video script writer. Slots: {topic}/{Topic}, {fact}/{Fact}, {cta}. */
export interface VideoBank {
  hook: readonly Phrase[];
  hookPool: readonly string[];
  /** The line that opens a middle scene, built from one brief fact. */
  factLine: readonly string[];
  /** A middle scene's line when the brief has no facts. */
  topicLine: readonly Phrase[];
  scenePool: readonly string[];
  ctaPool: readonly string[];
  generic: readonly string[];
  labels: {
    scene: string;
    seconds: string;
    shot: string;
    onScreen: string;
    voiceOver: string;
    roles: Record<SceneRole, string>;
  };
}

export const VIDEO_BANKS: Record<Language, VideoBank> = {
  en: {
    hook: [
      ['Stop scrolling: here is what nobody tells you about {topic}.', "Let's talk {topic}."],
      ['You have been thinking about {topic} the wrong way.', "Let's talk {topic}."],
      ['Want to get {topic} right? Watch this.', "Let's talk {topic}."],
    ],
    hookPool: ['{Topic} is simpler than you think.', 'Stay with me.'],
    factLine: [
      'First, {fact}.',
      'Next, {fact}.',
      "Here's the thing: {fact}.",
      'Remember this: {fact}.',
      'And {fact}.',
    ],
    topicLine: [
      ['Here is a simple way to think about {topic}.', 'Keep it simple.'],
      ['Start with the basics of {topic}.', 'Start simple.'],
      ['Most people skip this step with {topic}.', "Don't skip this."],
    ],
    scenePool: [
      'Think about it: {fact}.',
      'In other words, {fact}.',
      'That is the key to {topic}.',
      'Notice how that changes {topic}.',
    ],
    ctaPool: ['That is {topic} in a nutshell.', 'Save this for later.'],
    generic: ['Keep this in mind.', 'It matters.', 'Simple, right?', 'Watch closely.'],
    labels: {
      scene: 'Scene',
      seconds: 's',
      shot: 'Shot',
      onScreen: 'On screen',
      voiceOver: 'Voice-over',
      roles: { hook: 'Hook', scene: 'Body', cta: 'Call to action' },
    },
  },
  zh: {
    hook: [
      ['关于{topic}，很多人都想错了！', '聊聊{topic}。'],
      ['别划走！{topic}的门道，今天一次讲清。', '聊聊{topic}。'],
      ['想把{topic}做好？先看完这条。', '聊聊{topic}。'],
    ],
    hookPool: ['{topic}其实没那么难。', '跟着我往下看。'],
    factLine: [
      '首先，{fact}。',
      '接着，{fact}。',
      '重点来了：{fact}。',
      '记住这一点：{fact}。',
      '还有，{fact}。',
    ],
    topicLine: [
      ['先用最简单的方式理解{topic}。', '从简单开始。'],
      ['从{topic}的基础讲起。', '先打基础。'],
      ['很多人做{topic}时跳过了这一步。', '别跳过这步。'],
    ],
    scenePool: [
      '想一想：{fact}。',
      '换句话说，{fact}。',
      '这就是{topic}的关键。',
      '你会发现{topic}完全不一样了。',
    ],
    ctaPool: ['{topic}，就是这么回事。', '先收藏，慢慢看。'],
    generic: ['记住这一点。', '这很重要。', '简单吧？', '仔细看。'],
    labels: {
      scene: '镜头',
      seconds: '秒',
      shot: '画面',
      onScreen: '字幕',
      voiceOver: '旁白',
      roles: { hook: '开场钩子', scene: '正文', cta: '行动号召' },
    },
  },
};

type ShotBank = Record<SceneRole, readonly string[]>;

const VERTICAL: Record<Language, ShotBank> = {
  en: {
    hook: [
      'Vertical 9:16 extreme close-up, fast push-in',
      'Vertical 9:16, presenter leans into the lens',
      'Vertical 9:16 whip-pan reveal',
    ],
    scene: [
      'Medium shot, presenter talking to camera',
      'B-roll cutaway illustrating the point',
      'Close-up detail shot',
      'Split screen with animated text',
    ],
    cta: [
      'Presenter points to the follow button; logo end card',
      'Close-up to camera, end card with the call to action',
    ],
  },
  zh: {
    hook: ['竖屏9:16特写，快速推镜', '竖屏9:16，主讲人凑近镜头', '竖屏9:16甩镜头转场'],
    scene: ['中景，主讲人面对镜头讲解', '空镜B-roll，配合讲解内容', '细节特写', '分屏画面配动态文字'],
    cta: ['主讲人指向关注按钮，片尾Logo', '近景面对镜头，片尾卡片展示行动号召'],
  },
};

const TRAINING: Record<Language, ShotBank> = {
  en: {
    hook: ['Title card over a wide shot of the workplace', 'Wide shot, instructor introduces the topic'],
    scene: [
      'Screen recording with callouts',
      'Medium shot, instructor at the whiteboard',
      'Close-up demonstration of the step',
      'Slide with key points',
    ],
    cta: ['Summary slide with next steps', 'Instructor to camera, closing slide'],
  },
  zh: {
    hook: ['片头字幕叠加工作场景全景', '全景，讲师介绍主题'],
    scene: ['录屏演示配标注', '中景，讲师在白板前讲解', '操作步骤特写演示', '要点幻灯片'],
    cta: ['总结幻灯片，列出下一步', '讲师面对镜头，结束页'],
  },
};

export function shotBank(platform: VideoPlatform, language: Language): ShotBank {
  return (platform === 'training_video' ? TRAINING : VERTICAL)[language];
}
