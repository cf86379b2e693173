import type { Brief } from '@draftbench/contracts';
import type { TFunction } from 'i18next';

export interface SummaryItem {
  key: string;
  label: string;
  children: string;
}

/** The typed fields worth seeing next to the drafts, per content type. */
export function briefFieldItems(brief: Brief, t: TFunction): SummaryItem[] {
  switch (brief.contentType) {
    case 'marketing_copy': {
      const { fields } = brief;
      return [
        { key: 'productName', label: t('briefs.marketing.productName'), children: fields.productName },
        { key: 'category', label: t('briefs.marketing.category'), children: fields.category },
        {
          key: 'sellingPoints',
          label: t('briefs.marketing.sellingPoints'),
          children: fields.sellingPoints.join(' · '),
        },
        {
          key: 'channel',
          label: t('briefs.marketing.channel'),
          children: t(`briefs.channel.${fields.channel}`),
        },
        {
          key: 'framework',
          label: t('briefs.marketing.framework'),
          children: t(`briefs.framework.${fields.framework}`),
        },
      ];
    }
    case 'news_draft': {
      const { fields } = brief;
      return [
        { key: 'headlineIdea', label: t('briefs.news.headlineIdea'), children: fields.headlineIdea },
        { key: 'what', label: t('briefs.news.what'), children: fields.facts.what },
        { key: 'style', label: t('briefs.news.style'), children: t(`briefs.newsStyle.${fields.style}`) },
      ];
    }
    case 'video_script': {
      const { fields } = brief;
      return [
        { key: 'topic', label: t('briefs.video.topic'), children: fields.topic },
        {
          key: 'platform',
          label: t('briefs.video.platform'),
          children: t(`briefs.platform.${fields.platform}`),
        },
        {
          key: 'durationSeconds',
          label: t('briefs.video.durationSeconds'),
          children: String(fields.durationSeconds),
        },
        { key: 'callToAction', label: t('briefs.video.callToAction'), children: fields.callToAction },
      ];
    }
  }
}
