import {
  BriefStatus,
  ContentType,
  CopyChannel,
  CopyFramework,
  Language,
  NewsStyle,
  VideoPlatform,
} from '@draftbench/contracts';

/** Choices offered by the forms and filters, taken from the contracts so they cannot drift. */
export const CONTENT_TYPES = ContentType.options;
export const BRIEF_LANGUAGES = Language.options;
export const BRIEF_STATUSES = BriefStatus.options;
export const COPY_CHANNELS = CopyChannel.options;
export const COPY_FRAMEWORKS = CopyFramework.options;
export const NEWS_STYLES = NewsStyle.options;
export const VIDEO_PLATFORMS = VideoPlatform.options;
