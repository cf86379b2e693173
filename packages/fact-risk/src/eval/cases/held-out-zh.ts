import { type EvalCase } from '../case.js';

/**
 * Held-out set, Chinese: written after the extractors were frozen, four drafts per content type. Marks are
 * explained in `../case.ts`.
 */
export const HELD_OUT_ZH: readonly EvalCase[] = [
  {
    id: 'held-zh-marketing-earbuds',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '声悦 Air 3 详情页',
      targetLength: 300,
      facts: ['首发价 399 元', '支持蓝牙 5.3'],
      fields: {
        productName: '声悦 Air 3 真无线耳机',
        category: '数码',
        sellingPoints: ['主动降噪最高 45dB', '单次续航 8 小时，配合充电盒 32 小时', 'IP54 防尘防水'],
      },
    },
    draft: `通勤路上的安静角落——声悦Air 3
地铁轰鸣、办公室键盘声，一键开启主动降噪，最高<<45dB>>深度降噪，世界瞬间安静。
单次续航<<8小时>>，搭配充电盒总续航可达<<32小时>>；快充[[number:10分钟]]，畅听[[number:2小时]]。
IP54防尘防水，健身出汗、雨天通勤都不怕。蓝牙<<5.3>>连接稳定，延迟低至[[number:60毫秒]]，打游戏也不卡顿。
首发价<<399元>>，前[[number:1000名]]下单再送价值[[money:59元]]的耳机保护套。
[[quote:“降噪效果完全不输千元级耳机，性价比太高了！”]]——数码博主[[name:科技小林]]`,
  },
  {
    id: 'held-zh-marketing-water-purifier',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '清源净水器落地页',
      targetLength: 350,
      facts: ['安装费全免', '售价 1999 元', '整机保修 3 年'],
      fields: {
        productName: '清源 RO 净水器 600G',
        category: '厨房电器',
        sellingPoints: ['RO 反渗透五级过滤', '出水量 1.5 升/分钟', '滤芯寿命约 24 个月'],
        channel: 'landing_page',
      },
    },
    draft: `# 每一杯水，都值得被认真对待
<<清源RO净水器600G>>采用RO反渗透五级过滤，可有效去除水中的重金属、细菌和水垢，去除率高达[[percentage:99.99%]]。
大通量设计，出水量<<1.5升>>/分钟，烧水做饭不用等。
RO滤芯寿命<<约24个月>>，到期前APP自动提醒更换，更换一次仅需[[money:299元]]。
整机保修<<3年>>，安装费全免。现在购买价格<<1999元>>，比市场同类产品平均价格低[[percentage:20%]]以上。
已服务全国[[number:50万个]]家庭，被[[name:中国家用电器协会]]评为“年度推荐产品”。`,
  },
  {
    id: 'held-zh-marketing-picture-books',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '《小熊的四季》小红书种草',
      targetLength: 200,
      facts: ['作者：林小雨', '定价 128 元，活动价 79 元'],
      fields: {
        productName: '《小熊的四季》绘本套装',
        category: '图书',
        sellingPoints: ['适合 3-6 岁', '共 4 册', '精装硬壳，防撕'],
        channel: 'social_post',
      },
    },
    draft: `给孩子的第一套四季认知绘本📚
最近给娃入了<<《小熊的四季》>>，一共<<4册>>，春夏秋冬各一本，画风温柔到心里。
作者<<林小雨>>是[[name:国际安徒生奖]]提名画家，每一页都像一幅水彩画。
适合<<3-6岁>>的宝宝，精装硬壳，我家娃撕了[[number:一个月]]都没坏😂
原价<<128元>>，现在活动价只要<<79元>>，相当于<<6.2折>>！据说已经卖出[[number:20万套]]了，赶紧冲～`,
  },
  {
    id: 'held-zh-marketing-personal-training',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '燃动健身私教课推广',
      targetLength: 300,
      facts: ['12 节课 2880 元（每节 240 元）', '3 个月内有效', '门店地址：星海路 18 号'],
      fields: {
        productName: '燃动健身 12 节私教课',
        category: '健身服务',
        sellingPoints: ['一对一定制训练计划', '国家认证教练', '体测+饮食建议'],
        channel: 'email',
      },
    },
    draft: `标题：春天减脂正当时｜燃动健身私教课限时优惠
还在为减肥发愁？<<燃动健身12节私教课>>，为你定制专属训练计划。
✔ 一对一教练全程指导，所有教练均持有国家认证，平均从业[[number:6年]]以上
✔ 每次上课前进行体测，并提供饮食建议
✔ <<12节课>>仅需<<2880元>>，平均每节<<240元>>，<<3个月>>内有效
✔ 学员平均[[number:8周]]减重[[number:5公斤]]
门店地址：星海路<<18号>>。[[date:3月31日]]前报名，加送[[number:2节]]体验课！`,
  },
  {
    id: 'held-zh-news-ev-sales',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '4 月新能源乘用车零售数据',
      targetLength: 600,
      facts: ['新能源渗透率达到 49.2%'],
      fields: {
        headlineIdea: '4 月新能源车零售同比增长 51.5%',
        facts: {
          who: '乘联会',
          what: '发布 2025 年 4 月乘用车销量数据，新能源乘用车零售 90.5 万辆，同比增长 51.5%',
          when: '2025 年 5 月 12 日',
        },
        sources: [{ name: '乘联会月度数据' }],
        quotes: [
          { speaker: '崔东树', role: '乘联会秘书长', text: '新能源车型供给持续丰富，价格竞争仍较激烈。' },
        ],
      },
    },
    draft: `4月新能源车零售<<90.5万辆>> 同比增长<<51.5%>>
<<乘联会>><<5月12日>>发布数据显示，<<2025年4月>>全国新能源乘用车零售<<90.5万辆>>，同比增长<<51.5%>>，环比增长[[percentage:8.3%]]。新能源渗透率达到<<49.2%>>，较去年同期提升约[[percentage:10个百分点]]。
乘联会秘书长<<崔东树>>表示：<<“新能源车型供给持续丰富，价格竞争仍较激烈。”>>
从品牌看，[[name:比亚迪]]以[[number:32.5万辆]]的零售量继续领跑，[[name:特斯拉中国]]位列第二。
崔东树预计，5月新能源车零售有望突破[[number:95万辆]]。`,
  },
  {
    id: 'held-zh-news-estate-renovation',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '老旧小区改造启动',
      targetLength: 600,
      facts: [],
      fields: {
        headlineIdea: '本市启动 126 个老旧小区改造',
        facts: {
          who: '市住建局',
          what: '启动 2025 年老旧小区改造，涉及 126 个小区、约 3.8 万户',
          when: '今年 6 月起陆续开工',
          how: '改造内容包括加装电梯、管网更新、增设充电桩',
        },
        sources: [{ name: '市住建局' }],
        quotes: [{ speaker: '高峰', role: '市住建局城建处处长', text: '改造方案都会经过居民投票。' }],
      },
    },
    draft: `本市启动<<126个>>老旧小区改造 惠及<<约3.8万户>>居民
近日，<<市住建局>>宣布启动<<2025年>>老旧小区改造工作，共涉及<<126个>>小区、<<约3.8万户>>居民，项目将于今年<<6月>>起陆续开工。
据介绍，本次改造内容包括加装电梯、管网更新和增设充电桩等，总投资约[[money:21亿元]]，预计[[date:2026年]]底前全部完工。
市住建局城建处处长<<高峰>>表示，<<“改造方案都会经过居民投票。”>>他说，目前已有[[number:43个]]小区完成投票，平均赞成率超过[[percentage:85%]]。
家住和平小区的居民[[name:张阿姨]]说：[[quote:“盼了十几年，终于要装电梯了！”]]`,
  },
  {
    id: 'held-zh-news-solid-state-battery',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '浙大固态电池电解质研究成果',
      targetLength: 600,
      facts: ['研究历时 4 年'],
      fields: {
        headlineIdea: '浙大团队研发新型固态电解质',
        facts: {
          who: '浙江大学研究团队',
          what: '研发出一种新型固态电池电解质，室温离子电导率提升至 12 mS/cm',
          when: '2025 年 2 月 20 日在《自然·能源》发表',
        },
        sources: [{ name: '《自然·能源》论文' }],
        quotes: [
          {
            speaker: '陆文涛',
            role: '论文通讯作者、浙江大学教授',
            text: '这项工作为固态电池的实用化提供了新思路。',
          },
        ],
      },
    },
    draft: `浙大团队研发新型固态电解质 离子电导率大幅提升
<<浙江大学>>研究团队研发出一种新型固态电池电解质，室温离子电导率提升至<<12>> mS/cm，相关成果于<<2月20日>>发表在国际顶级期刊<<《自然·能源》>>上。
据了解，该研究历时<<4年>>，团队共进行了[[number:3000余次]]实验。与现有材料相比，新电解质的电导率提高了近[[number:5倍]]，成本降低约[[percentage:30%]]。
论文通讯作者、浙江大学教授<<陆文涛>>表示：<<“这项工作为固态电池的实用化提供了新思路。”>>他透露，团队正与[[name:宁德时代]]开展合作，预计[[number:3到5年]]内有望实现量产。`,
  },
  {
    id: 'held-zh-news-may-day-tourism',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '五一假期旅游数据',
      targetLength: 500,
      facts: ['游客人次同比增长 9.8%', '热门景点：古城墙、湿地公园'],
      fields: {
        headlineIdea: '五一假期全市接待游客 412.6 万人次',
        facts: {
          who: '市文旅局',
          what: '五一假期全市接待游客 412.6 万人次，旅游收入 38.7 亿元',
          when: '2025 年 5 月 1 日至 5 日',
        },
        sources: [{ name: '市文旅局' }],
      },
    },
    draft: `五一假期本市接待游客<<412.6万人次>>
<<市文旅局>>发布数据显示，<<5月1日>>至<<5日>>“五一”假期期间，全市共接待游客<<412.6万人次>>，同比增长<<9.8%>>；实现旅游收入<<38.7亿元>>，同比增长[[percentage:12.4%]]。
古城墙、湿地公园等热门景点人气火爆，其中古城墙景区单日最高接待游客[[number:8.6万人次]]。
假期期间，全市酒店平均入住率达[[percentage:87%]]，较平日高出近[[percentage:三成]]。
市文旅局相关负责人介绍，今年[[date:端午节]]期间还将推出[[number:20余项]]文旅活动。`,
  },
  {
    id: 'held-zh-video-portrait-tips',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '手机人像摄影技巧',
      targetLength: 250,
      facts: ['用人像模式', '侧逆光拍摄', '把镜头放低拍出大长腿'],
      fields: {
        topic: '三招拍出好看的人像',
        platform: 'douyin',
        durationSeconds: 45,
        callToAction: '点赞收藏，下期教你拍夜景',
      },
    },
    draft: `【0-5秒】博主举起手机
博主：三招教你用手机拍出大片感人像！
【5-15秒】第一招：人像模式
博主：打开人像模式，光圈调到[[number:f/2.0]]左右，背景虚化更自然。
【15-30秒】第二招：侧逆光
博主：选择傍晚[[date:5点到6点]]之间的侧逆光拍摄，头发会有一圈金边。
【30-40秒】第三招：低角度
博主：把镜头放低到膝盖高度，往上倾斜[[number:15度]]，轻松拍出大长腿。
【40-45秒】结尾
博主：点赞收藏，下期教你拍夜景！`,
  },
  {
    id: 'held-zh-video-travel-expenses',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '差旅报销规范培训',
      targetLength: 450,
      facts: [
        '出差前须在 OA 系统提交申请',
        '住宿标准：一线城市每晚不超过 500 元，其他城市不超过 350 元',
        '发票须在出差结束后 15 天内提交',
        '违规报销将被追回并通报',
      ],
      fields: {
        topic: '员工差旅报销规范',
        platform: 'training_video',
        durationSeconds: 180,
        callToAction: '完成课后测验',
      },
    },
    draft: `镜头1：培训讲师站在白板前
讲师：各位同事好，今天我们用<<三分钟>>了解差旅报销的几条规矩。
镜头2：OA系统界面演示
讲师：第一，出差前必须在OA系统提交申请，审批通过后才能预订机票和酒店。
镜头3：表格展示住宿标准
讲师：第二，住宿标准——一线城市每晚不超过<<500元>>，其他城市不超过<<350元>>。餐补标准为每天[[money:100元]]。
镜头4：日历动画
讲师：第三，发票要在出差结束后<<15天>>内提交，逾期财务部将不予受理。
镜头5：警示画面
讲师：去年公司共发现违规报销[[number:27起]]，涉及金额[[money:8.6万元]]，全部已追回并通报。
讲师：最后，别忘了完成课后测验！`,
  },
  {
    id: 'held-zh-video-pet-feeder',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '自动喂食器短视频',
      targetLength: 150,
      facts: ['容量 4 升', '支持手机 App 定时定量', '断电可用电池续航 7 天', '售价 259 元'],
      fields: {
        topic: '猫咪自动喂食器',
        platform: 'douyin',
        durationSeconds: 30,
        callToAction: '点击下方链接',
      },
    },
    draft: `（画面：猫咪蹲在空碗前）
字幕：出差党的猫怎么办？
（画面：喂食器特写）
旁白：这台自动喂食器容量<<4升>>，一只猫能吃[[number:20天]]。
旁白：手机App就能定时定量，最多可设置[[number:10餐]]。
旁白：停电也不怕，电池能撑<<7天>>。
旁白：宠物医生[[name:周敏]]说，[[quote:“少食多餐更适合猫咪的肠胃。”]]
旁白：现在只要<<259元>>，点击下方链接！`,
  },
  {
    id: 'held-zh-video-forbidden-city',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '故宫冷知识',
      targetLength: 250,
      facts: ['故宫始建于明朝永乐四年（1406 年）', '1420 年建成', '占地面积约 72 万平方米'],
      fields: {
        topic: '故宫为什么叫紫禁城',
        platform: 'youtube_shorts',
        durationSeconds: 60,
        callToAction: '关注我，了解更多历史冷知识',
      },
    },
    draft: `你知道吗？故宫以前叫“紫禁城”。
（画面：故宫航拍）
故宫始建于明朝永乐<<四年>>，也就是<<1406年>>，到<<1420年>>才建成，前后用了<<14年>>。
它占地<<约72万平方米>>，号称有[[number:9999间]]半房屋，实际上经过统计是[[number:8707间]]。
“紫”指的是紫微星，古人认为天帝住在紫微宫；“禁”则是说这里戒备森严，普通百姓不能随便进入。
（画面：太和殿）
每年来故宫参观的游客超过[[number:1900万人次]]。
关注我，了解更多历史冷知识！`,
  },
];
