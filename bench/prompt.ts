import { pathToFileURL } from 'node:url';
import { buildMaterial, type Material } from '../src/compose/material.js';
import { loadPrompts } from '../src/compose/prompts.js';
import { buildComposeMessages, buildReviseMessages } from '../src/compose/request.js';
import type { Answer, Summary } from '../src/interview/types.js';
import { loadTemplates } from '../src/templates/load.js';

/**
 * How big the compose request is for a standard full 统战 interview, and how much of it is the
 * static prefix a provider can serve from its prefix cache.
 *
 * Token counts are an estimate, not a tokenizer (none is installed): 1 token ≈ 1.5 汉字 (CJK
 * characters and full-width punctuation), 1 token ≈ 4 other characters. Chinese-trained
 * tokenizers (DeepSeek, Qwen, GLM) land close to this; OpenAI's o200k is a little lower.
 */

/** A full 统战 interview for an invented 乡镇, every section answered (~1,500 字 of answers). */
const ANSWERS: Record<string, string[]> = {
  organization: [
    '镇党委今年把统战工作列进了全年重点工作清单，年初党委会专题研究了一次，全年一共专题研究统战工作4次，主要是议统战工作要点、联络员队伍和宗教场所安全。',
    '3月调整了统战工作领导小组，党委副书记任组长。14个村（社区）每个都明确了1名统战联络员，统战工作纳入村（社区）年度考核，占2分。',
    '建立了党外代表人士台账和宗教活动场所台账，印发了《松溪镇2025年统战工作要点》。',
    '联络员每季度集中开一次例会，汇报村里党外人士、宗教场所和在外乡贤的情况，有问题当场交办。',
  ],
  study: [
    '党委理论学习中心组开展统战专题学习3次，学了新修订的统战工作条例。',
    '6月请县委统战部的同志来上了一堂统战知识讲座，镇村干部大概90人参加。',
    '9月民族团结进步宣传月在镇文化广场搞了集中宣传，发放宣传资料1500多份，各村宣传栏都同步更新了。',
    '镇公众号开了“同心松溪”专栏，全年发了统战方面的稿子12篇。',
  ],
  representatives: [
    '更新了党外代表人士信息库，现在收录了38人。推荐2名党外干部参加了县里的党外干部培训班。',
    '班子成员每人联系2到3名党外人士，全年走访谈心50多次。年内推荐1名党外人士当选县政协委员。',
    '镇里还安排1名党外干部到便民服务中心挂职锻炼半年，负责企业服务窗口。',
  ],
  parties: [
    '召开党外人士座谈会2次，一次是老街改造，一次是农村生活污水治理，一共收到建议12条，采纳了5条，其中“老街分段施工、错峰施工”的建议已经落实。',
    '镇知联会组织党外教师、医生开展送教下乡、义诊进村活动4场，服务群众300多人次。',
  ],
  economy: [
    '镇商会现有会员企业58家，今年新发展6家，8月完成换届，修订了商会章程。',
    '班子成员走访非公企业35家，帮助协调用工、用地、融资方面的问题8件。',
    '组织会员企业参加“万企兴万村”行动，结对帮扶经济薄弱村4个，捐款捐物折合36万元。',
    '新的社会阶层这块，我们摸了一下网络主播和自由职业者，大概有40多人，5月请了其中15人开了个座谈会。',
  ],
  ethnicReligion: [
    '全镇有登记的宗教活动场所4处，班子成员分片联系，每季度走访1次，全年走访16次。',
    '14个村（社区）都明确了宗教工作信息员，全年报送信息22条。大型宗教活动一律提前报告，全年报备3场，都平稳有序。',
    '春节前和派出所、消防一起开展场所安全检查2轮，整改消防隐患6处。全年劝止违规搭建1起，没有发生涉及民族宗教的不稳定事件。',
    '镇里少数民族流动人口有120人左右，主要在工业园区打工，我们在园区设了服务点，帮他们办居住证、子女入学这些事情，全年办了21件。',
  ],
  overseas: [
    '摸底归侨侨眷、台属一共19户，春节、中秋两次上门慰问。',
    '10月举办在外乡贤恳谈会，来了32人，促成1个农旅项目签约。帮2户侨眷办理了涉侨公证。',
    '对辖区1家台资企业上门走访3次，帮助解决了厂区门口道路积水的问题。',
  ],
  features: [
    '我们搞了一个“同心议事会”，每月请党外人士围绕一件民生实事一起协商，全年议定事项10件，办结8件，比如村道路灯、菜市场停车这些。',
    '全年报送统战信息15篇，被县级以上采用5篇。',
    '“同心议事会”的做法在全县统战工作会议上作了交流发言，县里的简报也刊发了。',
  ],
  shortcomings: [
    '村级统战联络员基本都是兼职，业务培训偏少；对新的社会阶层人士底数掌握得还不够全；统战信息报送数量不多，质量也有待提高。',
    '另外镇里统战工作经费比较紧，党外人士活动阵地也只有镇文化站一处，村一级基本没有。',
  ],
  nextSteps: [
    '一是明年为联络员开展2次集中培训；二是上半年完成新的社会阶层人士摸底，建立名册；三是把“同心议事会”推广到所有村（社区）；四是每季度至少报送统战信息3篇；五是继续抓好宗教活动场所安全管理。',
  ],
};

export function benchMaterial(): Material {
  const template = loadTemplates().find((t) => t.id === 'tongzhan');
  if (!template) throw new Error('the tongzhan template is missing from prompts/templates/');
  const answers: Record<string, Answer> = {};
  for (const section of template.sections) {
    answers[section.id] = { status: 'done', parts: ANSWERS[section.id] ?? [] };
  }
  const summary: Summary = {
    id: 's1',
    templateId: template.id,
    createdAt: 0,
    updatedAt: 0,
    info: {
      unit: '松溪镇',
      unitType: '乡镇',
      period: '年度',
      year: '2025',
      guide: '县委统战部',
      leader: '镇党委',
    },
    answers,
    position: { kind: 'review' },
    drafts: [],
  };
  return buildMaterial(template, summary);
}

const CJK_RE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;

/** Estimated tokens: 1.5 CJK characters or 4 other characters per token. */
export function estimateTokens(text: string): number {
  const cjk = text.match(CJK_RE)?.length ?? 0;
  return Math.round(cjk / 1.5 + (text.length - cjk) / 4);
}

export async function run(): Promise<void> {
  const material = benchMaterial();
  const prompts = loadPrompts();
  const messages = buildComposeMessages(material, prompts);
  const all = messages.map((m) => m.content).join('');
  const prefix = messages[0]?.content ?? '';
  const answerChars = material.sections.flatMap((s) => s.parts).join('').length;
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(0)}%`;

  console.log(
    `material: ${material.sections.length} sections, ${answerChars} chars of answers (${material.title})`,
  );
  console.log(
    `prompt: ${all.length} chars total, static prefix ${prefix.length} chars (${pct(prefix.length, all.length)})`,
  );
  console.log(
    `tokens (estimate, 1 token ≈ 1.5 汉字 or 4 other chars; no tokenizer installed): ` +
      `~${estimateTokens(all)} total, ~${estimateTokens(prefix)} static prefix`,
  );

  // A revision resends the compose request as its prefix, plus a ~2,500-字 draft and the request.
  const draft = `${material.title}\n\n${'统战工作扎实推进，取得了一定成效。'.repeat(150)}`;
  const revise = buildReviseMessages(material, prompts, draft, '第三部分写得再精炼一些。');
  const reviseAll = revise.map((m) => m.content).join('');
  const reusable = all.length;
  console.log(
    `revise: ${reviseAll.length} chars total, ${reusable} chars (${pct(reusable, reviseAll.length)}) ` +
      `identical to the compose request that preceded it; ~${estimateTokens(reviseAll)} tokens`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
