import { type EvalCase } from '../case.js';

/**
 * Second held-out set, Chinese: written after the fixes that the first held-out run led to, two drafts per
 * content type. Marks are explained in `../case.ts`.
 */
export const HELD_OUT_2_ZH: readonly EvalCase[] = [
  {
    id: 'held2-zh-marketing-air-fryer',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '轻厨空气炸锅详情页',
      targetLength: 300,
      facts: ['额定功率 1500W', '售价 329 元', '质保 1 年'],
      fields: {
        productName: '轻厨 5L 空气炸锅',
        category: '厨房小电',
        sellingPoints: ['5 升大容量', '8 大预设菜单', '可视窗口'],
      },
    },
    draft: `一锅搞定全家人的零食和晚餐🍗
<<轻厨5L空气炸锅>>，<<5升>>大容量，一次能放下一整只[[number:1.5公斤]]的鸡。
<<1500W>>大功率热风循环，炸薯条只需[[number:15分钟]]，比传统油炸少用[[percentage:80%]]的油。
<<8>>大预设菜单，一键搞定鸡翅、牛排、蛋挞；可视窗口随时看状态，不用开锅也放心。
[[name:米其林]]主厨[[name:陈家明]]推荐：[[quote:“空气炸锅做出来的鸡翅，外酥里嫩，一点不输油炸。”]]
现在下单只要<<329元>>，享<<1年>>质保，[[date:本周日]]前下单再送[[money:价值49元]]的烘焙纸。`,
  },
  {
    id: 'held2-zh-marketing-honey',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '山野百花蜜种草笔记',
      targetLength: 200,
      facts: ['500g 装 68 元', '产地：陕西宁陕县'],
      fields: {
        productName: '山野百花蜜',
        category: '食品',
        sellingPoints: ['秦岭深山蜂场', '成熟蜜，波美度 42 度以上', '无添加'],
        channel: 'social_post',
      },
    },
    draft: `秦岭深山里的一口甜🍯
<<山野百花蜜>>来自陕西宁陕县的秦岭深山蜂场，蜂农[[name:老杨]]已经养蜂[[number:30多年]]。
只取成熟蜜，波美度<<42度>>以上，浓稠到可以拉丝，无任何添加。
每年只在[[date:6月]]取一次蜜，产量有限，今年只有[[number:2000瓶]]。
<<500g>>一瓶<<68元>>，买[[number:3瓶]]包邮～ 已经回购[[number:5次]]的宝子请举手🙋`,
  },
  {
    id: 'held2-zh-news-metro-line',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '地铁 6 号线一期开通',
      targetLength: 600,
      facts: ['首班车 6:00，末班车 23:00', '全程运行约 50 分钟'],
      fields: {
        headlineIdea: '地铁 6 号线一期今日开通',
        facts: {
          who: '市轨道交通集团',
          what: '地铁 6 号线一期工程开通运营，全长 28.4 公里，设站 21 座',
          when: '2025 年 12 月 28 日',
        },
        sources: [{ name: '市轨道交通集团' }],
        quotes: [
          {
            speaker: '孙立新',
            role: '市轨道交通集团运营分公司总经理',
            text: '开通初期将采用 6 分钟的行车间隔。',
          },
        ],
      },
    },
    draft: `地铁6号线一期今日开通 全长<<28.4公里>>
<<12月28日>>，地铁<<6号线>>一期工程正式开通运营。线路全长<<28.4公里>>，共设车站<<21座>>，其中换乘站[[number:7座]]，全程运行<<约50分钟>>。
据<<市轨道交通集团>>介绍，6号线首班车时间为<<6:00>>，末班车为<<23:00>>，工作日高峰时段预计日均客流可达[[number:35万人次]]。
市轨道交通集团运营分公司总经理<<孙立新>>表示：<<“开通初期将采用6分钟的行车间隔。”>>他透露，二期工程预计于[[date:2027年]]建成。
市民[[name:刘先生]]说：[[quote:“以后从家到公司只要半小时，省了一大半通勤时间。”]]`,
  },
  {
    id: 'held2-zh-news-singles-day',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '双十一开场战报',
      targetLength: 500,
      facts: ['参与商家超过 50 万家', '家电、美妆、服饰为成交额前三品类'],
      fields: {
        headlineIdea: '双十一开场 1 小时成交额同比增长 35%',
        facts: {
          who: '电商平台',
          what: '发布双十一战报，开场 1 小时成交额同比增长 35%',
          when: '2025 年 11 月 11 日',
        },
        sources: [{ name: '平台战报' }],
      },
    },
    draft: `电商平台双十一开场<<1小时>>成交额同比增长<<35%>>
<<11月11日>>，电商平台发布双十一战报：开场<<1小时>>成交额同比增长<<35%>>，参与商家超过<<50万家>>。
从品类看，家电、美妆、服饰位列成交额前三，其中家电品类成交额突破[[money:200亿元]]。
平台数据显示，今年双十一期间共有[[number:3.2亿]]消费者参与，平均客单价为[[money:586元]]。
业内人士指出，以旧换新补贴政策拉动明显，[[name:海尔]]、[[name:美的]]等品牌销量同比增长超过[[percentage:50%]]。`,
  },
  {
    id: 'held2-zh-video-brushing',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '刷牙科普短视频',
      targetLength: 250,
      facts: ['每天刷牙两次，每次两分钟', '使用含氟牙膏', '牙刷每 3 个月更换一次'],
      fields: {
        topic: '刷牙的正确方法',
        platform: 'youtube_shorts',
        durationSeconds: 60,
        callToAction: '关注我，学更多口腔知识',
      },
    },
    draft: `（镜头：主持人拿着牙刷）
主持人：你每天刷牙的方法可能一直是错的！
（动画：巴氏刷牙法示意）
主持人：正确的做法是每天刷牙两次，每次<<两分钟>>，牙刷和牙龈呈[[number:45度]]角，轻轻地水平颤动。
主持人：牙膏要选含氟的，用量大约黄豆大小就够了。
主持人：还有，牙刷每<<3个月>>就要换一次。据统计，我国成年人牙周病患病率高达[[percentage:90%]]。
主持人：[[name:中华口腔医学会]]建议，每年至少做[[number:一次]]口腔检查。
主持人：关注我，学更多口腔知识！`,
  },
  {
    id: 'held2-zh-video-savings-app',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '零钱理财推广短视频',
      targetLength: 150,
      facts: ['1 元起投', '随时可取，最快 T+1 到账', '理财有风险，投资需谨慎'],
      fields: {
        topic: '零钱理财新手指南',
        platform: 'douyin',
        durationSeconds: 30,
        callToAction: '点击链接开户',
      },
    },
    draft: `【0-5秒】画面：年轻人看着手机余额发愁
旁白：工资月月光？试试零钱理财！
【5-15秒】画面：App界面演示
旁白：<<1元>>起投，随时可取，最快T+<<1>>到账。
旁白：过去一年平均年化收益达到[[percentage:3.2%]]，比活期存款高出[[number:10倍]]！
【15-25秒】画面：用户好评弹幕
字幕：已有[[number:2000万]]用户选择
【25-30秒】画面：风险提示
旁白：理财有风险，投资需谨慎。点击链接开户，新用户再送[[money:88元]]红包！`,
  },
];
