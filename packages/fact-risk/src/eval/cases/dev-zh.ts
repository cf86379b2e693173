import { type EvalCase } from '../case.js';

/** Development set, Chinese: eight drafts per content type. Marks are explained in `../case.ts`. */
export const DEV_ZH: readonly EvalCase[] = [
  {
    id: 'dev-zh-marketing-neck-fan',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '清风便携挂脖风扇 618 详情页文案',
      targetLength: 300,
      audience: '通勤的年轻上班族',
      facts: ['续航 12 小时（1 档风速）', '重量 198 克', '支持 Type-C 快充，2 小时充满'],
      fields: {
        productName: '清风便携挂脖风扇',
        category: '小家电',
        sellingPoints: ['无叶设计，不卷头发', '三档风速，静音运行', '12 小时长续航'],
        channel: 'ecommerce_detail',
        framework: 'FAB',
      },
    },
    draft: `【通勤党的随身小空调】<<清风便携挂脖风扇>>
早高峰挤地铁、午休排队买饭，闷热的夏天总让人心烦。挂上它，凉风随时跟着你。
✅ 无叶设计，长发女生也不怕卷头发
✅ 三档风速自由切换，最低档噪音仅[[number:28分贝]]，办公室也能安心用
✅ 续航长达<<12小时>>（<<1档>>风速），一天通勤绰绰有余
✅ 机身仅<<198克>>，挂在脖子上几乎感觉不到
✅ Type-C快充，<<2小时>>即可充满
已有[[number:10万+]]上班族选择了它。现在下单立享[[money:99元]]到手价，[[date:6月20日]]前下单还送收纳袋！`,
  },
  {
    id: 'dev-zh-marketing-serum',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '光研烟酰胺精华 电商详情页',
      targetLength: 350,
      facts: ['含 5% 烟酰胺', '规格 30ml', '经第三方机构 28 天测试，87% 受试者肤色更均匀', '日常售价 219 元'],
      fields: {
        productName: '光研烟酰胺精华',
        category: '护肤品',
        sellingPoints: ['5%烟酰胺提亮肤色', '清爽不黏腻', '敏感肌可用'],
        brandVoice: '专业、克制',
        mustSay: ['28天见证'],
      },
    },
    draft: `<<28天>>见证，看见更均匀的自己。
<<光研烟酰胺精华>>采用<<5%>>高浓度烟酰胺，搭载[[name:日本东方美容研究所]]联合研发的缓释技术，温和提亮不刺激。
经第三方机构<<28天>>测试，<<87%>>的受试者肤色更均匀，[[percentage:92%]]的受试者表示毛孔明显细致。
质地清爽不黏腻，敏感肌也能放心用。皮肤科医生[[name:林晓]]表示：[[quote:“烟酰胺浓度在5%左右时，提亮效果和耐受性平衡得最好。”]]
<<30ml>>大容量，日常价<<219元>>，首发期间到手仅需[[money:179元]]。`,
  },
  {
    id: 'dev-zh-marketing-running-shoe',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '疾风跑鞋 3 代 小红书种草帖',
      targetLength: 200,
      facts: ['上市日期 2025 年 4 月 12 日', '首发价 599 元', '颜色：黑、白、荧光绿三色'],
      fields: {
        productName: '疾风跑鞋 3 代',
        category: '运动鞋',
        sellingPoints: ['中底回弹提升', '鞋重约 230 克（男款 42 码单只）', '透气网面'],
        channel: 'social_post',
      },
    },
    draft: `#疾风跑鞋<<3代>># 来了！🏃
<<4月12日>>正式开售，首发价<<599元>>。
这一代中底回弹比上代提升[[percentage:15%]]，男款<<42码>>单只仅<<约230克>>，透气网面跑完[[number:10公里]]脚也不闷。
黑、白、荧光绿三种配色，总有一双适合你。
听说奥运冠军[[name:张一鸣]]训练时也在穿🤫 冲就完了！`,
  },
  {
    id: 'dev-zh-marketing-coffee',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '保山小粒咖啡豆 详情页',
      targetLength: 300,
      facts: ['云南保山单一产区', '中度烘焙', '500g 装售价 88 元', '本批次 2025 年 3 月烘焙'],
      fields: {
        productName: '云南保山小粒咖啡豆',
        category: '咖啡',
        sellingPoints: ['单一产区', '坚果与焦糖风味', '烘焙后 7 天内发货'],
      },
    },
    draft: `来自云南保山的一杯好咖啡 ☕
<<云南保山小粒咖啡豆>>，海拔[[number:1800米]]以上的单一产区，中度烘焙带出坚果与焦糖的香气。
🔥 烘焙后<<7天>>内发货，新鲜看得见
🔥 <<500g>>大包装，只要<<88元>>，算下来每杯不到[[money:1.5元]]
🔥 本批次<<2025年3月>>烘焙
这款豆子曾获[[date:2023年]][[name:世界咖啡品鉴大赛]]金奖，懂咖啡的人都在回购。`,
  },
  {
    id: 'dev-zh-marketing-robot-vacuum',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '小净 X10 落地页',
      targetLength: 300,
      facts: ['吸力 8000Pa', '电池 5200mAh，续航约 180 分钟', '自动集尘，70 天免倒尘', '限时价 2999 元'],
      fields: {
        productName: '小净 X10 扫拖一体机器人',
        category: '清洁电器',
        sellingPoints: ['大吸力', '长续航', '自动集尘'],
        channel: 'landing_page',
      },
    },
    draft: `## 小净X10：把周末还给你
<<8000Pa>>大吸力，地毯深处的灰尘也逃不掉。<<5200mAh>>大电池，一次充电可连续清扫<<约3小时>>，[[number:200平米]]的大户型也能一次扫完。
自动集尘站<<70天>>免倒尘，手不沾灰。
AI避障可识别[[number:50多种]]常见障碍物，袜子、电线统统绕开。
限时价<<2999元>>，比上一代便宜[[money:500元]]，现在下单还送[[number:一年]]耗材。`,
  },
  {
    id: 'dev-zh-marketing-milk-tea',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '桂花乌龙拿铁 上新推文',
      targetLength: 200,
      facts: ['9 月 1 日上新', '中杯 16 元', '0 植脂末，可选少糖'],
      fields: {
        productName: '桂花乌龙拿铁',
        category: '茶饮',
        sellingPoints: ['真桂花现熬', '高山乌龙茶底', '秋季限定'],
        channel: 'social_post',
        mustSay: ['秋季限定'],
      },
    },
    draft: `秋天的第一杯奶茶，选好了吗？🍂
<<桂花乌龙拿铁>> <<9月1日>>温柔上新！
真桂花现熬糖浆，搭配高山乌龙茶底，入口是满满的秋天。<<0植脂末>>，还可以选少糖，喝得安心。
中杯只要<<16元>>，大杯[[money:19元]]。上新前[[number:三天]]，第二杯[[percentage:半价]]！
全国[[number:1200家]]门店同步开售，秋季限定，错过再等一年～`,
  },
  {
    id: 'dev-zh-marketing-course-email',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: 'Python 数据分析入门课 招生邮件',
      targetLength: 400,
      facts: [
        '共 24 节课，每节约 40 分钟',
        '讲师：陈立，曾任互联网公司数据分析师',
        '早鸟价 399 元，5 月 31 日截止',
        '学员可加入答疑群',
      ],
      fields: {
        productName: 'Python数据分析入门课',
        category: '在线课程',
        sellingPoints: ['零基础可学', '实战项目驱动', '讲师答疑'],
        channel: 'email',
      },
    },
    draft: `主题：零基础也能学会的数据分析，早鸟价即将截止

你好！

还在为处理表格加班到深夜吗？<<Python数据分析入门课>>专为零基础的你设计：
1. 共<<24节课>>，每节<<约40分钟>>，通勤路上就能学完一节
2. 讲师陈立曾任互联网公司数据分析师，手把手带你从读取数据做到可视化
3. 实战项目驱动，学员结课后平均每周节省[[number:6小时]]重复劳动
4. 加入答疑群，问题[[number:24小时]]内必回

早鸟价<<399元>>，<<5月31日>>截止，之后恢复原价[[money:599元]]。
已有[[number:3000多名]]学员加入，好评率[[percentage:98.6%]]。期待在课堂上见到你！`,
  },
  {
    id: 'dev-zh-marketing-hotel',
    brief: {
      contentType: 'marketing_copy',
      language: 'zh',
      title: '三亚湾海景酒店 暑期落地页',
      targetLength: 300,
      audience: '亲子家庭',
      facts: ['距凤凰机场车程约 15 分钟', '全部房型带阳台', '暑期套餐 2 晚 1288 元起，含双早'],
      fields: {
        productName: '三亚湾海景酒店',
        category: '酒店',
        sellingPoints: ['海景阳台', '亲子友好', '近机场'],
        channel: 'landing_page',
      },
    },
    draft: `三亚湾的海，推开阳台就是你的
<<三亚湾海景酒店>>，距凤凰机场<<约15分钟>>车程，落地即可开启假期。
全部房型带阳台，[[percentage:80%]]的房间可以直接看到日落。
暑期亲子套餐：<<2晚>><<1288元>>起，含双早，还送[[money:价值200元]]的儿童乐园门票。
入住即可参加[[date:7月1日]]至[[date:8月31日]]限定的沙滩烧烤夜，带孩子来一场说走就走的海边假期吧！`,
  },
  {
    id: 'dev-zh-news-night-bus',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '城市夜间公交线路调整',
      targetLength: 800,
      audience: '本市市民',
      facts: ['新增 3 条夜间线路', '调整自 7 月 1 日起实施'],
      fields: {
        headlineIdea: '本市 7 月起新增三条夜间公交线路',
        facts: {
          who: '市交通运输局',
          what: '新增 3 条夜间公交线路并延长 2 条线路的运营时间',
          when: '2025 年 7 月 1 日起',
          where: '主城区',
          why: '满足夜间出行需求',
          how: '线路经过三轮公开征求意见后确定',
        },
        sources: [{ name: '市交通运输局官网' }, { name: '市交通运输局新闻发布会' }],
        quotes: [{ speaker: '王明', role: '市交通运输局副局长', text: '夜间线路将覆盖主要医院和交通枢纽。' }],
      },
    },
    draft: `本市<<7月>>起新增<<3条>>夜间公交线路
<<市交通运输局>>日前发布消息，自<<2025年7月1日>>起，主城区将新增<<3条>>夜间公交线路，并延长<<2条>>线路的运营时间，以满足市民夜间出行需求。
据介绍，新增线路经过三轮公开征求意见后确定，预计每晚可服务乘客约[[number:1.5万人次]]，票价统一为[[money:2元]]。
市交通运输局副局长<<王明>>表示：<<“夜间线路将覆盖主要医院和交通枢纽。”>>
交通规划专家[[name:李建华]]指出：[[quote:“夜间公交是城市温度的体现，这次调整很及时。”]]`,
  },
  {
    id: 'dev-zh-news-annual-report',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '星辰科技发布 2024 年年报',
      targetLength: 600,
      facts: ['净利润 6.1 亿元'],
      fields: {
        headlineIdea: '星辰科技 2024 年营收增长 18%',
        facts: {
          who: '星辰科技',
          what: '发布 2024 年年报，全年营收 52.3 亿元，同比增长 18%',
          when: '2025 年 3 月 28 日',
        },
        sources: [{ name: '星辰科技 2024 年年度报告' }],
        quotes: [{ speaker: '周海涛', role: '星辰科技董事长', text: '我们会继续加大研发投入。' }],
      },
    },
    draft: `星辰科技2024年营收<<52.3亿元>> 同比增长<<18%>>
<<星辰科技>><<3月28日>>发布<<2024年>>年报。年报显示，公司全年实现营业收入<<52.3亿元>>，同比增长<<18%>>；净利润<<6.1亿元>>，同比增长[[percentage:25%]]。
分业务看，海外收入占比提升至[[percentage:三成]]，全年研发投入达[[money:7.8亿元]]。
董事长<<周海涛>>表示：<<“我们会继续加大研发投入。”>>他透露，公司计划于[[date:今年10月]]推出新一代芯片。
[[name:中信证券]]分析师认为，星辰科技的海外业务仍有较大增长空间。`,
  },
  {
    id: 'dev-zh-news-rainstorm',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '市气象台发布暴雨橙色预警',
      targetLength: 500,
      facts: [],
      fields: {
        headlineIdea: '暴雨橙色预警：未来24小时全市有大到暴雨',
        facts: {
          who: '市气象台',
          what: '发布暴雨橙色预警，预计未来 24 小时全市累计降雨量 80 至 120 毫米',
          when: '2025 年 6 月 15 日 16 时',
          where: '全市',
          how: '全市已启动防汛四级应急响应',
        },
        sources: [{ name: '市气象台' }],
        quotes: [{ speaker: '刘珊', role: '市气象台首席预报员', text: '请市民尽量减少外出。' }],
      },
    },
    draft: `<<市气象台>>发布暴雨橙色预警
<<市气象台>><<6月15日16时>>发布暴雨橙色预警，预计未来<<24小时>>全市累计降雨量可达<<80至120毫米>>，局部地区可能超过[[number:150毫米]]。
目前全市已启动防汛四级应急响应，[[number:12个]]易涝点已安排专人值守。
首席预报员<<刘珊>>提醒：<<“请市民尽量减少外出。”>>她还表示：[[quote:“这次降雨强度为近十年来同期最强。”]]
据统计，本市上一次发布暴雨橙色预警是在[[date:2021年7月]]。`,
  },
  {
    id: 'dev-zh-news-marathon',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '2025 城市马拉松开跑',
      targetLength: 600,
      facts: ['男子全程冠军成绩 2 小时 12 分 05 秒'],
      fields: {
        headlineIdea: '3 万跑者齐聚城市马拉松',
        facts: {
          who: '市体育局',
          what: '2025 城市马拉松鸣枪开跑，共 3 万名跑者参赛',
          when: '11 月 16 日 7 时 30 分',
          where: '市民广场',
        },
        sources: [{ name: '市体育局' }],
      },
    },
    draft: `<<3万>>跑者齐聚 城市马拉松<<11月16日>>开跑
<<11月16日>>早上<<7点30分>>，<<2025>>城市马拉松在市民广场鸣枪开跑，<<3万名>>跑者参赛。
最终，肯尼亚选手[[name:基普罗蒂奇]]以<<2小时12分05秒>>的成绩夺得男子全程冠军，女子冠军由中国选手[[name:李娜]]获得。
本次赛事共设置[[number:20个]]补给站，赛道沿线志愿者超过[[number:5000名]]。`,
  },
  {
    id: 'dev-zh-news-phone-launch',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '远航 X5 发布会',
      targetLength: 700,
      facts: ['起售价 4999 元'],
      fields: {
        headlineIdea: '远航发布旗舰机 X5',
        facts: {
          who: '远航手机',
          what: '发布旗舰机远航 X5，搭载 6.7 英寸屏幕、5000mAh 电池',
          when: '2025 年 9 月 10 日',
          where: '深圳',
        },
        sources: [{ name: '远航手机发布会' }],
        quotes: [{ speaker: '赵敏', role: '远航手机产品总监', text: 'X5 是我们迄今最轻薄的旗舰。' }],
      },
    },
    draft: `远航X5发布：<<6.7英寸>>屏、<<5000mAh>>电池，<<4999元>>起
<<9月10日>>，<<远航手机>>在深圳发布旗舰机远航X5。新机搭载<<6.7英寸>>屏幕和<<5000mAh>>电池，支持[[number:100W]]有线快充，[[number:30分钟]]可充满。
产品总监<<赵敏>>在发布会上表示：<<“X5是我们迄今最轻薄的旗舰。”>>据悉，X5机身厚度仅[[number:7.9毫米]]，重约[[number:199克]]。
X5起售价<<4999元>>，将于[[date:9月15日]]正式开售。市场研究机构[[name:Counterpoint]]预计，该机首年销量有望突破[[number:500万台]]。`,
  },
  {
    id: 'dev-zh-news-gaokao',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '2026 年高考报名时间公布',
      targetLength: 500,
      facts: ['今年报名首次实行全程网上确认，考生无需到现场'],
      fields: {
        headlineIdea: '2026 年高考报名 11 月 1 日开始',
        facts: {
          who: '省教育考试院',
          what: '2026 年普通高考报名将于 2025 年 11 月 1 日至 11 月 10 日进行',
          how: '考生通过省教育考试院官网网上报名',
        },
        sources: [{ name: '省教育考试院通知' }],
      },
    },
    draft: `<<2026年>>高考报名<<11月1日>>开始
<<省教育考试院>>发布通知，<<2026年>>普通高考报名将于<<2025年11月1日>>至<<11月10日>>进行，考生须通过省教育考试院官网完成网上报名。今年首次实行全程网上确认，考生无需到现场。
据了解，去年全省高考报名人数为[[number:68.2万人]]，今年预计将突破[[number:70万]]。报名费为每人[[money:120元]]。
省教育考试院相关负责人提醒，报名截止后[[number:3天]]内考生仍可修改部分信息，请考生务必如实填写。`,
  },
  {
    id: 'dev-zh-news-sleep-clinic',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '市第一人民医院开设睡眠门诊',
      targetLength: 500,
      facts: [],
      fields: {
        headlineIdea: '睡不好？市一医院开了睡眠专病门诊',
        facts: {
          who: '市第一人民医院',
          what: '开设睡眠障碍专病门诊',
          when: '每周二、周四下午',
          where: '门诊楼 3 楼',
        },
        sources: [{ name: '市第一人民医院' }],
        quotes: [{ speaker: '黄静', role: '神经内科主任医师', text: '失眠超过三个月就应该到医院评估。' }],
      },
    },
    draft: `<<市第一人民医院>>开设睡眠障碍专病门诊
近日，<<市第一人民医院>>正式开设睡眠障碍专病门诊，每周二、周四下午在门诊楼<<3楼>>接诊。
神经内科主任医师<<黄静>>介绍：<<“失眠超过三个月就应该到医院评估。”>>据她介绍，我国成年人失眠发生率高达[[percentage:38.2%]]，门诊开设以来已接诊患者[[number:460余人]]。
黄静还提醒：[[quote:“长期依赖安眠药可能导致记忆力下降，一定要在医生指导下用药。”]]
门诊挂号费为[[money:25元]]，市民可通过医院公众号预约。`,
  },
  {
    id: 'dev-zh-news-museum',
    brief: {
      contentType: 'news_draft',
      language: 'zh',
      title: '省博物馆“长江文明”特展开幕',
      targetLength: 500,
      facts: ['其中一级文物 32 件', '免费参观，需提前预约'],
      fields: {
        headlineIdea: '“长江文明”特展开幕，260 余件文物亮相',
        facts: {
          who: '省博物馆',
          what: '举办“长江文明”特展，展出文物 260 余件',
          when: '2025 年 5 月 18 日开幕，展期三个月',
        },
        sources: [{ name: '省博物馆' }],
      },
    },
    draft: `省博“长江文明”特展开幕 <<260余件>>文物亮相
<<5月18日>>，“长江文明”特展在<<省博物馆>>开幕，共展出文物<<260余件>>，其中一级文物<<32件>>，展期<<三个月>>。
展品中最引人注目的是一件出土于[[date:1986年]]的青铜尊，这是它首次离开所在地展出。
开幕首日即迎来观众[[number:1.2万人次]]。省博物馆馆长[[name:吴文博]]表示：[[quote:“这是我馆近五年来规模最大的一次特展。”]]
特展免费开放，观众需提前预约。`,
  },
  {
    id: 'dev-zh-video-neck-fan',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '挂脖风扇抖音种草视频',
      targetLength: 150,
      facts: ['续航 12 小时', '重量 198 克', '无叶设计'],
      fields: {
        topic: '清风挂脖风扇通勤种草',
        platform: 'douyin',
        durationSeconds: 30,
        callToAction: '点击左下角小黄车',
      },
    },
    draft: `【0-3秒】画面：地铁站人潮，主角满头大汗
旁白：“通勤半小时，出汗两小时？”
【3-10秒】画面：主角挂上风扇，头发被轻轻吹起
旁白：这款清风挂脖风扇无叶设计，不卷头发，<<198克>>挂着没感觉。
【10-20秒】画面：展示续航
旁白：一次充满能用<<12小时>>，比同类产品多出[[percentage:40%]]！
字幕：已售[[number:50万台]]
【20-30秒】画面：主角微笑走出地铁
旁白：现在下单只要[[money:79元]]，点击左下角小黄车！`,
  },
  {
    id: 'dev-zh-video-fire-safety',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '新员工消防安全培训视频',
      targetLength: 400,
      facts: [
        '灭火器每月检查一次',
        '发现火情先拨打 119',
        '疏散时走安全通道，不乘电梯',
        '本楼共 2 个安全出口，位于东西两侧',
      ],
      fields: {
        topic: '办公楼消防安全须知',
        platform: 'training_video',
        durationSeconds: 120,
        callToAction: '完成培训后在学习平台签到',
      },
    },
    draft: `镜头1（0-10秒）：主持人站在办公区
主持人：大家好，欢迎参加消防安全培训。今天用<<两分钟>>，带你记住三件事。
镜头2：灭火器特写
主持人：第一，灭火器每月检查一次，压力表指针要在绿色区域。干粉灭火器的有效射程约为[[number:5米]]，喷射时间约[[number:15秒]]。
镜头3：消防通道
主持人：第二，发现火情，第一时间拨打<<119>>。第三，疏散时走安全通道，千万不要乘电梯。本楼共有<<2个>>安全出口，分别在东西两侧。
主持人：据统计，[[percentage:70%]]以上的火灾伤亡是由吸入烟气造成的，逃生时请用湿毛巾捂住口鼻。
主持人：培训结束后，记得在学习平台签到。`,
  },
  {
    id: 'dev-zh-video-noodle-shop',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '老街牛肉面探店',
      targetLength: 250,
      facts: ['招牌红烧牛肉面 28 元', '营业时间 早上 7 点到晚上 9 点', '地址：解放路 88 号'],
      fields: {
        topic: '探店：老街牛肉面',
        platform: 'douyin',
        durationSeconds: 60,
        callToAction: '收藏视频，周末去吃',
      },
    },
    draft: `【开场】博主站在店门口
博主：今天带大家来吃这家藏在老街里的牛肉面！
【画面】热气腾腾的面端上桌
博主：招牌红烧牛肉面只要<<28元>>，牛肉给得特别实在，一碗差不多有[[number:150克]]牛肉。汤底是用牛骨熬了[[number:8个小时]]的。
博主：老板说这家店已经开了[[number:22年]]，街坊都是从小吃到大。
【画面】门头与地址字幕
字幕：解放路<<88号>> | 营业时间 <<早上7点>>到<<晚上9点>>
博主：收藏视频，周末去吃！`,
  },
  {
    id: 'dev-zh-video-serum',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '烟酰胺精华带货短视频',
      targetLength: 200,
      facts: ['含 5% 烟酰胺', '30ml 售价 219 元'],
      fields: {
        topic: '光研烟酰胺精华种草',
        platform: 'douyin',
        durationSeconds: 45,
        callToAction: '点击购物车下单',
      },
    },
    draft: `0-5秒 | 博主举起精华
“姐妹们，暗沉肌真的要试试这瓶！”
5-20秒 | 质地展示
口播：光研烟酰胺精华，<<5%>>烟酰胺，质地像水一样，[[number:3秒]]就吸收。
20-35秒 | 前后对比图
口播：我自己坚持用了[[number:两周]]，朋友都说我气色变好了。皮肤科医生[[name:王蕾]]也推荐过这个成分。
35-45秒 | 价格
口播：<<30ml>>一瓶<<219元>>，今天直播间再减[[money:40元]]，点击购物车下单！`,
  },
  {
    id: 'dev-zh-video-ancient-town',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '周末去哪儿：青溪古镇',
      targetLength: 250,
      facts: [
        '距市区 60 公里，自驾约 1 小时',
        '门票免费，游船 40 元/人',
        '古镇始建于明代',
        '每晚 7 点半有灯光秀',
      ],
      fields: {
        topic: '周末去哪儿：青溪古镇',
        platform: 'douyin',
        durationSeconds: 60,
        callToAction: '关注我，带你玩遍周边',
      },
    },
    draft: `[画面：航拍古镇全景]
旁白：距离市区<<60公里>>，自驾<<1小时>>，就能到达这座始建于明代的青溪古镇。
[画面：石板路、小桥流水]
旁白：古镇门票免费，坐一趟游船只要<<40元>>，船夫会给你讲[[number:600多年]]前的故事。
[画面：夜景灯光秀]
旁白：<<每晚7点半>>的灯光秀一定不要错过，持续[[number:20分钟]]。
旁白：这里的[[name:王记桂花糕]]也是必吃，一块[[money:5元]]。
旁白：关注我，带你玩遍周边！`,
  },
  {
    id: 'dev-zh-video-nap',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '午睡科普短视频',
      targetLength: 250,
      facts: ['午睡 20 至 30 分钟为宜', '超过 30 分钟容易进入深睡眠，醒来后昏沉'],
      fields: {
        topic: '为什么午睡不宜超过30分钟',
        platform: 'youtube_shorts',
        durationSeconds: 60,
        callToAction: '关注获取更多健康小知识',
      },
    },
    draft: `（开场，主持人对镜头）
你是不是也有这种感觉：午睡睡久了，醒来反而更累？
（动画：睡眠周期示意）
其实，午睡<<20到30分钟>>最合适。一旦超过<<30分钟>>，大脑就容易进入深睡眠，这时候被叫醒就会昏昏沉沉。
研究发现，一个完整的睡眠周期大约是[[number:90分钟]]。[[name:哈佛大学]]的一项研究显示，每天午睡[[number:26分钟]]的人，工作效率能提高[[percentage:34%]]。
（结尾）
关注我，获取更多健康小知识！`,
  },
  {
    id: 'dev-zh-video-ev-launch',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '远山 7 上市短视频',
      targetLength: 250,
      facts: ['CLTC 续航 620 公里', '0-100km/h 加速 6.5 秒', '指导价 18.98 万元起', '2025 年 8 月 20 日上市'],
      fields: {
        topic: '新能源 SUV 远山 7 上市',
        platform: 'douyin',
        durationSeconds: 60,
        callToAction: '预约试驾',
      },
    },
    draft: `【镜头1】车辆驶出，字幕：远山<<7>> 正式上市
旁白：<<8月20日>>，全新远山<<7>>正式上市！
【镜头2】仪表盘续航显示
旁白：CLTC续航<<620公里>>，一周通勤充一次电就够。
【镜头3】加速实拍
旁白：零百加速只要<<6.5秒>>，比同级燃油车快了[[number:2秒]]。
【镜头4】内饰
旁白：[[number:15.6英寸]]中控大屏，后排能轻松坐下[[number:三个]]成年人。
【镜头5】价格
旁白：指导价<<18.98万元>>起，限时还送[[money:价值1万元]]的充电桩。上市首月订单已经突破[[number:2万台]]！
旁白：现在就预约试驾吧！`,
  },
  {
    id: 'dev-zh-video-anti-fraud',
    brief: {
      contentType: 'video_script',
      language: 'zh',
      title: '防范电信诈骗培训视频',
      targetLength: 350,
      facts: [
        '公检法不会通过电话办案',
        '不要向陌生账户转账',
        '可拨打 96110 反诈专线咨询',
        '下载“国家反诈中心”App',
      ],
      fields: {
        topic: '防范电信诈骗三要点',
        platform: 'training_video',
        durationSeconds: 90,
        callToAction: '转发给家人',
      },
    },
    draft: `场景一：一位老人接到电话
画外音：“您好，我是公安局的，您的账户涉嫌洗钱……”
主持人：停！记住，公检法不会通过电话办案，更不会让你转账到所谓的“安全账户”。
场景二：手机屏幕特写
主持人：不要向陌生账户转账。遇到拿不准的情况，马上拨打<<96110>>反诈专线。
主持人：去年，全国共破获电信网络诈骗案件[[number:43.7万起]]，为群众挽回损失[[money:300多亿元]]。
主持人：记得下载“国家反诈中心”App，来电预警更安心。
主持人：据市反诈中心民警[[name:刘强]]介绍，[[quote:“老年人是最容易受骗的群体，子女一定要多提醒。”]]
主持人：看完记得转发给家人！`,
  },
];
