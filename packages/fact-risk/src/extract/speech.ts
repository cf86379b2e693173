/** Chinese verbs that report speech or findings: 张伟表示, 李明说, 据她介绍. */
export const ZH_SPEECH_VERBS =
  '说道|说|表示|称|指出|透露|介绍|强调|认为|坦言|坦承|告诉|提到|谈到|解释|补充|回忆|笑称|直言|感叹|分享|建议|呼吁|预计|承认|宣布|提醒|回应|证实|写道|答道';

/** English verbs that report speech or findings: "Chen said", "said Chen", "IDC estimates". */
export const EN_SPEECH_VERBS = String.raw`(?:said|says|told|added|explained|noted|stated|argued|warned|wrote|announced|commented|recalled|remarked|insisted|claimed|estimated|predicted|believes|confirmed|emphasi[sz]ed|stressed|revealed|reported|found|estimates|expects|projects|called)`;

/** A speech verb in either language, anywhere in a short stretch of text. */
export const SPEECH = new RegExp(`${ZH_SPEECH_VERBS}|\\b${EN_SPEECH_VERBS}\\b`, 'iu');
