import { type BriefCreateInput } from '@draftbench/contracts';

export const copyBrief = (language: 'zh' | 'en' = 'en', targetLength = 80): BriefCreateInput => ({
  contentType: 'marketing_copy',
  language,
  title: language === 'en' ? 'Spring launch of the Aurora kettle' : '极光电水壶春季上新',
  targetLength,
  audience: language === 'en' ? 'young professionals' : '年轻白领',
  fields: {
    productName: language === 'en' ? 'Aurora kettle' : '极光电水壶',
    category: language === 'en' ? 'kitchen appliances' : '厨房电器',
    sellingPoints:
      language === 'en'
        ? ['boils a litre in three minutes', 'keeps water warm for two hours']
        : ['三分钟烧开一升水', '保温两小时'],
    framework: 'AIDA',
  },
});
