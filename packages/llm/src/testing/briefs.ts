import type { Brief, BriefOf, ContentType, Language } from '@draftbench/contracts';

/** Sample briefs for tests (shared with other packages' tests by relative import). */
const meta = (n: number) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  status: 'open' as const,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

export function copyBrief(
  language: Language,
  over: Partial<BriefOf<'marketing_copy'>['fields']> = {},
  targetLength?: number,
): BriefOf<'marketing_copy'> {
  const zh = language === 'zh';
  return {
    ...meta(1),
    contentType: 'marketing_copy',
    language,
    title: zh ? '云感记忆枕详情页' : 'CloudRest pillow detail page',
    targetLength: targetLength ?? (zh ? 300 : 120),
    tone: zh ? '温暖亲切' : 'warm and friendly',
    audience: zh ? '久坐办公的上班族' : 'desk workers',
    facts: zh ? ['枕芯采用慢回弹记忆棉'] : ['the core is slow-rebound memory foam'],
    fields: {
      productName: zh ? '云感记忆枕' : 'CloudRest',
      category: zh ? '枕头' : 'pillow',
      sellingPoints: zh
        ? ['贴合颈椎曲线，缓解肩颈酸痛', '透气冰丝面料，夏天不闷热', '可拆洗枕套，打理省心']
        : ['it follows the curve of your neck', 'breathable cooling cover', 'a machine-washable case'],
      channel: 'ecommerce_detail',
      framework: 'AIDA',
      mustSay: zh ? ['七天无理由退换'] : ['free returns'],
      mustNotSay: zh ? ['治疗'] : ['cure'],
      ...over,
    },
  };
}

export function newsBrief(
  language: Language,
  style: 'wire' | 'feature' = 'wire',
  targetLength?: number,
): BriefOf<'news_draft'> {
  const zh = language === 'zh';
  return {
    ...meta(2),
    contentType: 'news_draft',
    language,
    title: zh ? '城市图书馆延长开放时间' : 'City library extends hours',
    targetLength: targetLength ?? (zh ? 400 : 200),
    facts: zh
      ? ['市图书馆现有藏书120万册', '去年全年接待读者85万人次']
      : ['the library holds 1.2 million books', 'it welcomed 850,000 visitors last year'],
    fields: {
      headlineIdea: zh ? '市图书馆开放时间延长至22点' : 'City library to stay open until 10 p.m.',
      facts: zh
        ? {
            who: '市图书馆',
            what: '宣布从下月起将闭馆时间延长至22点',
            when: '3月3日',
            where: '杭州',
            why: '满足上班族晚间阅读需求',
            how: '增加两个班次的值班馆员',
          }
        : {
            who: 'the city library',
            what: 'will extend its closing time to 10 p.m. from next month',
            when: 'March 3',
            where: 'Hangzhou',
            why: 'to serve readers who work during the day',
            how: 'by adding two evening shifts of staff',
          },
      sources: [{ name: zh ? '市图书馆官网公告' : 'City library press release' }],
      quotes: [
        zh
          ? { speaker: '王丽', role: '馆长', text: '我们希望下班后的读者也能来看书' }
          : {
              speaker: 'Li Wang',
              role: 'library director',
              text: 'We want people who work late to be able to read here too',
            },
      ],
      angle: zh ? '公共服务如何适应市民作息' : 'how public services adapt to residents’ schedules',
      style,
    },
  };
}

export function videoBrief(
  language: Language,
  durationSeconds = 30,
  targetLength?: number,
): BriefOf<'video_script'> {
  const zh = language === 'zh';
  return {
    ...meta(3),
    contentType: 'video_script',
    language,
    title: zh ? '三招泡出好咖啡' : 'Three tips for better coffee',
    targetLength: targetLength ?? (zh ? 150 : 70),
    facts: zh
      ? ['水温控制在九十度左右', '咖啡豆现磨现冲更香', '粉水比大约一比十五']
      : [
          'keep the water just off the boil',
          'grind the beans right before brewing',
          'use about one part coffee to fifteen parts water',
        ],
    fields: {
      topic: zh ? '在家泡咖啡' : 'brewing coffee at home',
      platform: 'douyin',
      durationSeconds,
      style: zh ? '轻松活泼' : 'upbeat',
      callToAction: zh ? '关注我，学更多咖啡技巧' : 'follow for more coffee tips',
    },
  };
}

export function sampleBrief(type: ContentType, language: Language, targetLength?: number): Brief {
  if (type === 'marketing_copy') return copyBrief(language, {}, targetLength);
  if (type === 'news_draft') return newsBrief(language, 'wire', targetLength);
  return videoBrief(language, 30, targetLength);
}
