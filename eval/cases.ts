/**
 * The draft cases `npm run eval` scores: each a whole interview as a user on a phone would
 * give it (spaces between clauses, spoken words, plans typed in one line), for every unit type,
 * 年度/上半年/专项, rich and thin material, a skipped part and a 不涉及 part. The units, people
 * and facts are invented; none comes from the reference samples.
 *
 * An answer is the list of messages sent for a part, 'skip' (跳过) or 'na' (不涉及); a part not
 * listed was never answered.
 */
export type CaseAnswer = string[] | 'skip' | 'na';

export interface DraftCase {
  id: string;
  /** One line on what the case exercises. */
  about: string;
  templateId: 'tongzhan' | 'general';
  info: Record<string, string>;
  answers: Record<string, CaseAnswer>;
  /** What the offline draft must show (CI fails otherwise). */
  expect?: { headings?: [number, number]; sub?: boolean; minChars?: number };
  /**
   * The scripted user of the finishing walk (eval/walk.ts): `fill` answers a 【待补】 whose text
   * holds the key with the value (once each); `vouch` lists the facts without a source the user
   * says are true. Anything else open is deleted, added back or left out.
   */
  finishing?: { fill?: Record<string, string>; vouch?: string[] };
}

const FULL_STREET: Record<string, CaseAnswer> = {
  organization: [
    '街道党工委今年专题研究统战工作3次 主要研究年度要点和社区统战网络建设',
    '调整了统战工作领导小组 由党工委副书记任组长 8个社区都明确了1名统战联络员 统战工作纳入社区年度考核',
    '建立了党外代表人士、新的社会阶层人士两本台账 联络员每季度开一次例会',
  ],
  study: [
    '党工委理论学习中心组开展统战专题学习2次',
    '5月20日给社区干部和党外人士办了统战政策培训班 70人参加',
    '在街道公众号开设“同心枫桥”专栏 全年发布稿件16篇 各社区宣传栏同步更新',
  ],
  representatives: [
    '更新党外代表人士信息库 现有42人',
    '推荐3名党外人士参加区委统战部的培训班 班子成员每人联系2到3名党外人士 全年谈心走访40余次',
  ],
  parties: [
    '召开党外人士座谈会2次 围绕老旧小区加装电梯和背街小巷整治征求意见 收到建议11条 采纳4条',
    '街道知联会组织党外医生律师开展义诊和法律咨询6场 服务居民300余人次',
  ],
  economy: [
    '班子成员走访辖区非公企业26家 帮助协调解决用工、停车等问题7件',
    '6月搞了一场新的社会阶层人士座谈会 邀请网络主播、快递从业者等18人参加',
  ],
  ethnicReligion: [
    '辖区登记少数民族流动人口210余人 设立服务窗口 帮助办理居住证、子女入学等事项35件',
    '辖区1处宗教活动场所每月开展一次安全巡查 全年未发生涉及民族宗教的不稳定事件',
  ],
  overseas: ['走访慰问归侨侨眷和台属12户', '10月举办侨界人士座谈会 25人参加'],
  features: [
    '与辖区13家单位签订共建协议 驻区中学开放活动室供统战成员使用',
    '联合辖区企业举办招聘会2场 达成就业意向140余人',
  ],
  shortcomings: [
    '社区统战联络员多为兼职 业务能力有待提升；对新的社会阶层人士底数掌握不够全面；统战信息报送偏少',
  ],
  nextSteps: [
    '为社区联络员开展2次集中培训；完成新的社会阶层人士摸底 建立名册；每季度至少报送统战信息3篇；深化与驻区单位的共建',
  ],
};

export const DRAFT_CASES: DraftCase[] = [
  {
    id: 'street-annual-full',
    about: '街道 年度，全部10部分都答了，口语和空格',
    templateId: 'tongzhan',
    info: {
      unit: '枫桥街道',
      unitType: '街道',
      period: '年度',
      year: '2026',
      guide: '区委统战部',
      leader: '区委',
      signer: '中共枫桥街道工作委员会',
    },
    answers: FULL_STREET,
    expect: { headings: [4, 6], sub: true, minChars: 1000 },
  },
  {
    id: 'town-annual-rich',
    about: '乡镇 年度，内容充实，一部分不涉及',
    templateId: 'tongzhan',
    info: {
      unit: '云溪镇',
      unitType: '乡镇',
      period: '年度',
      year: '2026',
      guide: '县委统战部',
      leader: '镇党委',
      signer: '镇党委',
    },
    answers: {
      organization: [
        '镇党委专题研究统战工作4次 3月调整统战工作领导小组 党委副书记任组长',
        '12个村各明确1名统战联络员 统战工作纳入村年度考核 印发《云溪镇统战工作要点》',
      ],
      study: [
        '中心组开展统战专题学习3次',
        '6月请县委统战部来上了一堂统战知识讲座 镇村干部大概80人参加 发放宣传资料1300余份',
      ],
      representatives: ['更新党外人才信息库 收录36人 推荐2名党外干部参加县里的培训班'],
      parties: [
        '召开党外人士座谈会2次 就集镇改造征求意见 收到建议9条 采纳3条',
        '镇知联会组织送教下乡活动3场',
      ],
      economy: [
        '镇商会现有会员企业52家 年内新发展5家 9月完成换届',
        '组织会员企业结对帮扶薄弱村4个 捐资28万元 班子成员走访企业30家 帮助解决问题6件',
      ],
      ethnicReligion: [
        '全镇有宗教活动场所3处 班子成员分片联系 每季度走访1次',
        '12个村都明确了宗教信息员 全年报送信息18条 春节前开展安全检查2轮 整改隐患5处',
      ],
      overseas: 'na',
      features: [
        '打造“石桥夜话”协商品牌 每月请党外人士围绕一件民生实事协商 全年议定事项9件 办结7件',
        '全年报送统战信息14篇 被县级以上采用4篇',
      ],
      shortcomings: ['村级联络员业务培训偏少；新的社会阶层人士底数不清'],
      nextSteps: [
        '一是年内培训联络员2次；二是完成新的社会阶层人士摸底；三是把“石桥夜话”推广到所有村',
      ],
    },
    expect: { headings: [4, 6], sub: true, minChars: 800 },
  },
  {
    id: 'school-halfyear',
    about: '学校 上半年，外事和思政，校友企业家不涉及',
    templateId: 'tongzhan',
    info: {
      unit: '南湖职业技术学院',
      unitType: '学校',
      period: '上半年',
      year: '2026',
      guide: '市委统战部',
      leader: '学院党委',
    },
    answers: {
      organization: [
        '学院党委上半年专题研究统战工作2次 制定《南湖职业技术学院统战工作要点》',
        '统战部3个人分工负责 每月开一次例会 5月组织干部到兄弟院校交流学习',
      ],
      study: [
        '中心组开展统战专题学习2次',
        '4月16日给党外教师办了政策宣讲会 58人参加 公众号开设“同心南湖”专栏 发布稿件9篇',
      ],
      representatives: ['建立党外代表人士后备人才库 收录24人 推荐2人参加市里的培训'],
      parties: [
        '学院有民主党派基层组织3个 成员64人',
        '召开情况通报会和座谈会2次 党外教师提出的“实训设备共享”等4条建议被采纳',
      ],
      economy: 'na',
      ethnicReligion: [
        '在校少数民族学生186人 来自12个民族 发放困难补助3.2万元 开展防范宗教渗透专题教育1次',
      ],
      overseas: ['成立留学归国人员联谊会 会员19人 组织座谈交流1次'],
      features: [
        '与校团委联合举办学生思想动态座谈会2场 覆盖学生代表90人',
        '5月接待一所海外合作院校访问团 签订交换生项目协议1份',
      ],
      shortcomings: ['统战信息报送偏少；党外代表人士培养渠道不多'],
      nextSteps: ['下半年举办党外教师培训班1期 完善党外代表人士后备人才库 每月报送统战信息1篇'],
    },
    expect: { headings: [4, 6], sub: true, minChars: 700 },
  },
  {
    id: 'community-thin',
    about: '社区 年度，内容很少，几部分跳过',
    templateId: 'tongzhan',
    info: { unit: '杏花社区', unitType: '社区或村', period: '年度', year: '2026' },
    answers: {
      organization: ['社区明确1名统战联络员'],
      study: ['宣传栏更新统战内容4次'],
      representatives: 'skip',
      parties: 'skip',
      economy: 'skip',
      ethnicReligion: ['登记少数民族居民23人'],
      overseas: 'na',
      features: ['和辖区3家单位签了共建协议'],
      shortcomings: ['统战工作力量薄弱'],
      nextSteps: ['明年办1次民族团结联欢活动'],
    },
    expect: { headings: [3, 6] },
    finishing: {
      fill: {
        理论学习: '来看宣传栏的居民多了 参加学习的有120人次',
        共驻共建: '共建单位开放活动室2处',
      },
    },
  },
  {
    id: 'office-annual',
    about: '机关部门 年度，党外干部为主',
    templateId: 'tongzhan',
    info: {
      unit: '江北区市场监督管理局',
      unitType: '机关部门',
      period: '年度',
      year: '2026',
      guide: '区委统战部',
      leader: '局党组',
      signer: '中共江北区市场监督管理局党组',
    },
    answers: {
      organization: ['局党组专题研究统战工作2次 明确1名副局长分管统战工作 建立党外干部台账'],
      study: ['局党组理论学习中心组开展统战专题学习2次 组织党外干部参加政策培训1次 35人参加'],
      representatives: [
        '现有党外干部14名 其中科级5名',
        '年内安排2名党外干部到基层所挂职半年 选派3人参加党外干部培训班 1人提任副科长',
      ],
      parties: ['召开党外干部座谈会1次 收到意见建议6条 采纳2条'],
      economy: ['联系个体私营企业协会 开展政策宣讲4场 服务经营主体500余户'],
      ethnicReligion: 'na',
      overseas: 'na',
      features: ['开展“党外干部讲监管”活动 党外干部授课6次'],
      shortcomings: ['党外干部交流任职渠道不宽'],
      nextSteps: ['推荐党外干部参加上级培训2人次；完善党外干部培养台账'],
    },
    expect: { headings: [4, 6] },
  },
  {
    id: 'other-special',
    about: '其他单位 专项总结，两部分',
    templateId: 'tongzhan',
    info: { unit: '江北区中心医院', unitType: '其他', period: '专项', year: '2026' },
    answers: {
      organization: ['医院党委成立统战工作专班 专题研究2次'],
      study: 'skip',
      representatives: ['建立党外专家人才库 收录31人'],
      parties: ['组织党外专家义诊下基层8次 服务群众1200余人次'],
      economy: 'na',
      ethnicReligion: 'na',
      overseas: 'na',
      features: 'skip',
      shortcomings: ['活动经费保障不足'],
      nextSteps: ['继续开展义诊下基层活动'],
    },
    expect: { headings: [3, 6] },
  },
  {
    id: 'town-halfyear-thin',
    about: '乡镇 上半年，每部分一句话',
    templateId: 'tongzhan',
    info: { unit: '白沙镇', unitType: '乡镇', period: '上半年', year: '2026', leader: '镇党委' },
    answers: {
      organization: ['党委专题研究统战工作1次'],
      study: ['举办讲座1场'],
      representatives: ['谈心走访党外人士15次'],
      parties: 'skip',
      economy: ['走访企业12家'],
      ethnicReligion: ['检查宗教场所2处'],
      overseas: ['慰问侨眷5户'],
      features: 'skip',
      shortcomings: ['信息报送偏少'],
      nextSteps: ['下半年培训联络员1次'],
    },
    expect: { headings: [4, 6] },
    finishing: {
      fill: { 理论学习: '讲座有60名村干部参加', 民族宗教: '排查整改安全隐患3处' },
    },
  },
  {
    id: 'street-skipped-na',
    about: '街道 上半年，跳过一部分、两部分不涉及',
    templateId: 'tongzhan',
    info: {
      unit: '柳岸街道',
      unitType: '街道',
      period: '上半年',
      year: '2026',
      leader: '街道党工委',
      signer: '柳岸街道党工委 2026年7月5日',
    },
    answers: {
      organization: ['街道党工委专题研究统战工作2次 7个社区配齐统战联络员'],
      study: ['开展统战政策进社区宣传6场 发放资料800余份'],
      representatives: ['更新党外人士信息库 收录27人'],
      parties: 'skip',
      economy: ['召开非公企业座谈会1次 帮助解决问题3件'],
      ethnicReligion: 'na',
      overseas: 'na',
      features: ['组织党外人士参与背街小巷整治议事4次'],
      shortcomings: ['新的社会阶层人士联系不够紧密'],
      nextSteps: ['下半年举办新的社会阶层人士联谊活动1次'],
    },
    expect: { headings: [4, 6] },
  },
  {
    id: 'school-annual-rich',
    about: '学校 年度，内容充实',
    templateId: 'tongzhan',
    info: {
      unit: '西岭中学',
      unitType: '学校',
      period: '年度',
      year: '2026',
      guide: '县委教育工委',
      leader: '学校党总支',
    },
    answers: {
      organization: [
        '学校党总支专题研究统战工作3次 明确1名副书记分管 建立党外教师信息台账',
        '把统战工作列入学校年度工作计划 每学期召开一次党外教师座谈会',
      ],
      study: ['组织党外教师学习统战政策4次 开展“同心讲堂”2期 参加教师130人次'],
      representatives: ['推荐2名党外教师参加县级培训 1名党外教师被评为县优秀教师'],
      parties: ['学校有民主党派成员9人 召开座谈会2次 收到教学管理建议7条 采纳3条'],
      economy: ['联系校友企业家8名 设立奖学金5万元'],
      ethnicReligion: ['有少数民族学生42人 建立结对帮扶制度 开展民族团结主题班会20场'],
      overseas: 'skip',
      features: ['组织学生思想动态座谈会3场 覆盖学生代表150人'],
      shortcomings: ['党外教师参与学校管理的渠道还不多；统战宣传形式较为单一'],
      nextSteps: ['每学期召开党外教师座谈会1次；开展“同心讲堂”4期；完善党外教师信息台账'],
    },
    expect: { headings: [4, 6] },
  },
  {
    id: 'town-special-religion',
    about: '乡镇 专项，只写民族宗教与统战网络',
    templateId: 'tongzhan',
    info: { unit: '青石镇', unitType: '乡镇', period: '专项', year: '2026', guide: '县委统战部' },
    answers: {
      organization: ['成立宗教工作领导小组 镇村两级明确责任人'],
      study: 'skip',
      representatives: 'skip',
      parties: 'skip',
      economy: 'skip',
      ethnicReligion: [
        '全镇有宗教活动场所5处 建立“一场所一档案” 班子成员每月走访1次',
        '10个村都明确了宗教信息员 全年报送信息30条 劝止违规搭建2起',
      ],
      overseas: 'skip',
      features: 'skip',
      shortcomings: ['村级信息员业务不熟'],
      nextSteps: ['每半年培训信息员1次；完善场所档案'],
    },
    expect: { headings: [3, 5] },
  },
  {
    id: 'village-annual-unanswered',
    about: '村 年度，两部分从未作答（留待补）',
    templateId: 'tongzhan',
    info: { unit: '桃源村', unitType: '社区或村', period: '年度', year: '2026' },
    answers: {
      organization: ['村党支部明确1名统战联络员 建立在外乡贤名册 收录18人'],
      representatives: 'skip',
      parties: 'skip',
      economy: ['组织在外乡贤回村座谈1次 促成1个民宿项目落地'],
      ethnicReligion: 'na',
      overseas: ['走访侨眷3户'],
      features: 'skip',
      shortcomings: ['联络员精力有限'],
      nextSteps: ['明年再办1次乡贤座谈会'],
    },
    expect: { headings: [3, 6] },
    finishing: { fill: { 理论学习: '组织党员学习统战政策2次' } },
  },
  {
    id: 'general-annual',
    about: '通用工作总结 年度（模板不分组）',
    templateId: 'general',
    info: {
      unit: '江北区图书馆',
      unitType: '其他',
      period: '年度',
      year: '2026',
      leader: '区文旅局',
    },
    answers: {
      work: [
        '全年接待读者18万人次 举办阅读推广活动120场',
        '新增图书2.6万册 开通24小时自助借阅点3个',
      ],
      highlights: ['打造“周末书房”品牌 全年开展活动48期'],
      problems: ['馆舍面积不足；专业人员偏少'],
      plans: ['新增自助借阅点2个；举办阅读推广活动130场'],
    },
    expect: { headings: [3, 4] },
    finishing: { fill: { 特色亮点: '“周末书房”吸引读者2万余人次' } },
  },
];
