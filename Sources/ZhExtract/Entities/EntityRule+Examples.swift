extension EntityRule: StageRule {
  /// Each rule's examples: a marked mention with its type and id (`person person:张伟`), or a
  /// sentence in which the rule must find nothing.
  package var examples: [RuleExample] {
    switch self {
    case .lexicon:
      [
        .finds("⟦英伟达⟧周三公布财报", "organization org:nvidia"),
        .finds("据⟦騰訊⟧公告", "organization org:tencent"),
        .ignores("Metaverse 概念股大涨"),
      ]
    case .versionTail:
      [
        .finds("OpenAI发布了⟦GPT-5.1⟧", "product product:gpt-5.1"),
        .ignores("ChatGPT 8 亿用户"),
      ]
    case .dottedName:
      [
        .finds("前高管⟦卡洛琳·温特斯⟧表示反对。", "person person:ka-luo-lin-wen-te-si-fea995"),
        .finds("据⟦埃里克.多诺万⟧透露,计划推迟。", "person person:ai-li-ke-duo-nuo-wan-d93ccb"),
        .ignores("游客参观了莫斯科·克里姆林宫。"),
      ]
    case .roleName:
      [
        .finds("首席执行官⟦张伟⟧表示,订单增加。", "person person:zhang-wei-a3a0ba"),
        .finds("发言人⟦欧阳明⟧说,谈判仍在继续。", "person person:ouyang-ming-7f3cac"),
        .ignores("发言人方面表示不予置评。"),
      ]
    case .numberedRoad:
      [
        .finds("事故发生在⟦台78線⟧西向。", "location place:tai-78-xian-f00725"),
        .ignores("舞台78号演员登场。"),
      ]
    case .placeChain:
      [
        .finds("台南市⟦中西區⟧的老街吸引遊客。", "location place:tw-700"),
        .finds("淮上区⟦沫河口镇⟧的企业已经复工。", "location place:mo-he-kou-zhen-a5a200"),
        .ignores("美国塔科马市开始调查此事。"),
      ]
    case .placeSuffix:
      [
        .finds("他们来到⟦麦禾营镇⟧。", "location place:mai-he-ying-zhen-6c491b"),
        .finds("⟦苏州新区⟧以外向型经济为主。", "location place:su-zhou-xin-qu-d0f69c"),
        .finds("⟦东津新区⟧建设加快。", "location place:dong-jin-xin-qu-66fb3b"),
        .ignores("记者来到高新区采访。"),
        .ignores("北京市场的菜价平稳。"),
      ]
    case .foreignPlaceCue:
      [
        .finds("球队随后前往⟦波尔图⟧参加比赛。", "location place:bo-er-tu-dcb7bc"),
        .ignores("他随后前往参加会议。"),
        .ignores("代表团赴马德里访问。"),
      ]
    case .foreignDivision:
      [
        .finds("并向⟦马弗拉克省⟧援建两所学校。", "location place:ma-fu-la-ke-sheng-cd2972"),
        .ignores("伊丽莎白市长出席了仪式。"),
      ]
    case .chineseName:
      [
        .finds("⟦周立恒⟧表示,公司将扩大产能。", "person person:zhou-liheng-20d82e"),
        .finds("据⟦陈思远⟧介绍,新品下月上市。", "person person:chen-siyuan-c0c745"),
        .finds("⟦刘斌⟧在车间里工作了十年。", "person person:liu-bin-9d7b88"),
        .ignores("他们担任要职多年。"),
        .ignores("第23分钟,武磊接奥斯卡直塞推射破门。"),  // 接 passes to the next name: no 武磊接
      ]
    case .personWord:
      [
        .finds("国会对⟦基里延科⟧的提名进行了表决。", "person person:ji-li-yan-ke-fb7dd4"),
        .finds("比赛结束后,⟦亨德利⟧和队友一起离开。", "person person:heng-de-li-fdae5e"),
        .finds("他研究⟦凯恩斯⟧主义多年。", "person person:kai-en-si-e549e5"),
        .ignores("代表团昨天抵达伯尔尼,会见了官员。"),
        .ignores("修正主义受到批判。"),
        .ignores("尤伯杯决赛今晚举行。"),
      ]
    case .loneFamilyName:
      [
        .finds("⟦江宏伟⟧重视写生。", "person person:jiang-hongwei-a74f9e"),
        .finds("厂长看了看⟦戚西洋⟧的账本。", "person person:qi-xiyang-1adf93"),
        .ignores("他们连正常水平都没有发挥。"),
        .ignores("上半年新增储能42.3吉瓦时。"),  // a unit after a figure (吉瓦时 gigawatt-hours)
      ]
    case .placeGivenName:
      [
        .finds("⟦陆新平⟧表示,工厂下月复工。", "person person:lu-xinping-cc13fa"),
        .ignores("他从新平出发。"),
      ]
    case .listedGivenName:
      [
        .finds("财务长⟦吴志圣⟧表示,订单稳定。", "person person:wu-zhisheng-de9a21"),
        .ignores("志圣公布了营收。"),
      ]
    case .japaneseName:
      [
        .finds("⟦佐藤由美⟧在东京开设了工作室。", "person person:yumi-sato-d457e2"),
        .finds("⟦桥本龙太郎⟧今天会见了代表团。", "person person:ryutaro-hashimoto-35c034"),
        .finds("日本首相⟦岸田⟧表示,将加强合作。", "person person:an-tian-c0f0bb"),
        // A family name no table lists, by its kanji, after a Japanese context and beside a role.
        .finds("日本经济再生担当大臣⟦赤泽亮正⟧表示,谈判取得进展。", "person person:chi-ze-liang-zheng-a15e57"),
        .ignores("经济再生担当大臣赤泽亮正表示,谈判取得进展。"),
        .ignores("山口组织了一次演出。"),
        .ignores("田中的庄稼长势很好。"),
      ]
    case .koreanName:
      [
        .finds("韩方消息,⟦郑东泳⟧表示将出席会议。", "person person:zheng-dongyong-af48d8"),
        .finds("韩方表示,外交部长官⟦朴志勋⟧将访华。", "person person:pu-zhixun-8cc3e3"),
        .ignores("统一部长官郑东泳出席会议。"),
        .ignores("韩国队的金牌数领先。"),
      ]
    case .surnameTitle:
      [
        .finds("⟦李先生⟧今年六十岁。", "person person:li-c16667"),
        .finds("学生们都很喜欢⟦陈老师⟧。", "person person:chen-c3a05b"),
        .ignores("他向老师请教问题。"),
        .ignores("我们感谢老师的付出。"),
        .finds("⟦郑总⟧表示，新品将于下月上市。", "person person:zheng-c84635"),
        .ignores("王总是说不要急。"),
      ]
    case .transliteratedName:
      [
        .finds("外长⟦蒂索⟧表示,关税将维持。", "person person:di-suo-8868a4"),
        .finds("⟦阿尔巴尼斯⟧总理周三抵达。", "person person:a-er-ba-ni-si-e10ab3"),
        .finds("警方通报,⟦尤尔科夫⟧等人已被拘留。", "person person:you-er-ke-fu-d5ccb4"),
        .finds("外交大臣⟦何塞曼努埃尔阿尔瓦雷斯⟧周二抵达。", "person person:he-sai-man-nu-ai-er-a-er-wa-lei-si-8c266e"),
        .ignores("可可价格上涨。"),
      ]
    case .dictionaryName:
      [
        .finds("⟦上议院⟧一致通过了决议。", "organization org:shang-yi-yuan-dcf0f5"),
        .finds("他们登上了⟦喜马拉雅山⟧。", "location place:xi-ma-la-ya-shan-6ba5f4"),
        .finds("⟦外交部⟧长今天会见了来访的客人。", "organization org:wai-jiao-bu-e74828"),
        .ignores("城市环境得到美化。"),
        .ignores("两国国防部长级会谈取得成果。"),
      ]
    case .placeAbbreviation:
      [
        .finds("⟦京⟧津冀协同发展。", "location place:cn-beijing"),
        .finds("总统将于下月访⟦华⟧。", "location place:cn"),
        .ignores("这次比赛美中不足。"),
        .ignores("中国队在比赛中获胜。"),
      ]
    case .mediaTitle:
      [
        .finds("据《⟦东岭经济日报⟧》报道,项目延期。", "organization org:dong-ling-jing-ji-ri-bao-7a1a9d"),
        .ignores("国会通过了《芯片法案》。"),
      ]
    case .titledWork:
      [
        .finds("历史题材电影《⟦远山来信⟧》首周登顶。", "product product:yuan-shan-lai-xin-bc5b06"),
        .finds("《⟦星河夜渡⟧》票房破3亿元。", "product product:xing-he-ye-du-e3fd63"),
        .ignores("国会通过了《芯片法案》。"),
        .ignores("他读完了《红楼梦》。"),
      ]
    case .placeMedia:
      [
        .finds("来源:⟦华东财经⟧", "organization org:hua-dong-cai-jing-33d493"),
        .finds("据⟦湖南日报⟧报道,地铁新线开通。", "organization org:hu-nan-ri-bao-ce28b4"),
        .ignores("华东地区的订单增加。"),
        .ignores("据美国新闻报道,谈判破裂。"),
      ]
    case .releasedProduct:
      [
        .finds("公司推出⟦Nova-X3⟧人形机器人。", "product product:nova-x3"),
        .finds("该公司昨日发布了⟦StreamFlow 2.4⟧。", "product product:streamflow-2.4"),
        .ignores("公司推出Apple风格的设计。"),
      ]
    case .productModel:
      [
        .finds("⟦小米YU7⟧上市以来订单持续增长。", "product product:xiaomi-yu7"),
        .finds("工厂将为英伟达生产⟦GB200⟧服务器。", "product product:gb200"),
        .finds("资金将用于大模型“⟦星澜2.0⟧”的研发。", "product product:xing-lan-2.0-6c8762"),
        .finds("⟦星途L9⟧将于下月上市。", "product product:xing-tu-l9-0368cb"),
        .finds("宁德时代发布⟦神行PLUS⟧电池。", "product product:shen-xing-plus-dae2d8"),
        .finds("英伟达推出⟦DRIVE Thor⟧芯片。", "product product:drive-thor"),
        .ignores("腾讯Q3营收增长。"),
        .ignores("国产C919完成首飞。"),
        .ignores("大模型“幻觉”问题仍未解决。"),
        .ignores("PM2.5浓度下降。"),
      ]
    case .mediaCue:
      [
        .finds("据⟦澜报⟧报道，谈判已经破裂。", "organization org:lan-bao-de628d"),
        .finds("⟦香港经济新闻⟧ 2025年10月21日\n港股今日收市上升。", "organization org:xiang-gang-jing-ji-xin-wen-4739c0"),
        .ignores("据报道，谈判已经破裂。"),
        .ignores("据新闻报道称，谈判已经破裂。"),
        .finds("据⟦中原法治报⟧报道，该案已开庭。", "organization org:zhong-yuan-fa-zhi-bao-8ecb0a"),
        .finds("⟦工商快报⟧记者走访了多家商户。", "organization org:gong-shang-kuai-bao-cd2efb"),
        .ignores("该报记者走访了多家商户。"),
        .ignores("有关报道称，谈判已经破裂。"),
        .finds("标题\n2026年11月26日 星期四 ⟦科技前沿报⟧\n正文。", "organization org:ke-ji-qian-yan-bao-5211f7"),
        .ignores("标题\n2026年5月3日 星期日 警方通报\n正文。"),
      ]
    case .teamName:
      [
        .finds("⟦杭州逐光战队⟧夺得冠军。", "organization org:hang-zhou-zhu-guang-zhan-dui-e02f33"),
        .finds("⟦首尔Nova战队⟧进入决赛。", "organization org:shou-er-nova-zhan-dui-519c8a"),
        .ignores("杭州的战队夺得冠军。"),
      ]
    case .latinName:
      [
        .finds("记者 ⟦Karen Whitfield⟧ 写道,交易已完成。", "person person:karen-whitfield"),
        .finds("投资方 ⟦Northwind Ventures⟧ 领投。", "organization org:northwind-ventures"),
        .finds("自动驾驶公司⟦DeepRoute.ai⟧宣布融资。", "organization org:deeproute.ai"),
        .finds("德国⟦Hexfield Robotics GmbH⟧在上海设厂。", "organization org:hexfield-robotics-gmbh"),
        .ignores("公司内部拉响了 Code Red 警报。"),
        .ignores("详情请访问Example.com查看。"),
      ]
    case .bodyWord:
      [
        .finds("⟦市委⟧书记今天召集会议。", "organization org:shi-wei-713eeb"),
        .finds("⟦吉林省委⟧书记到会讲话。", "organization org:ji-lin-sheng-wei-05caed"),
        .finds("⟦中国足协⟧对此非常重视。", "organization org:zhong-guo-zu-xie-35c841"),
        .ignores("政协广东省委员会召开会议。"),
        .ignores("他是市政府的顾问。"),
        .finds("⟦松阳县委宣传部⟧组织采访。", "organization org:song-yang-xian-wei-xuan-chuan-bu-653716"),
        .ignores("镇党委和村委会联合开会。"),
      ]
    case .governmentDepartment:
      [
        .finds("⟦教育部⟧今天公布了新的招生规定。", "organization org:jiao-yu-bu-429861"),
        .ignores("卫生健康局联合开展义诊活动。"),
        .finds("据⟦浙江省教育厅⟧消息，新学期将推迟开学。", "organization org:zhe-jiang-sheng-jiao-yu-ting-6baaf9"),
        .finds("⟦杭州市市场监督管理局⟧通报了抽检结果。", "organization org:hang-zhou-shi-shi-chang-jian-du-guan-li-ju-d99385"),
        .finds("⟦卫生健康委员会⟧发布通知。", "organization org:wei-sheng-jian-kang-wei-yuan-hui-54866e"),
        .finds("⟦省科技厅⟧将于本月中旬公布名单。", "organization org:sheng-ke-ji-ting-b502ac"),
        .ignores("全县卫生健康局联合开展义诊活动。"),
        .ignores("各县卫生健康局联合开展义诊活动。"),
        .finds("对外贸易经济合作部经商⟦外交部⟧同意。", "organization org:wai-jiao-bu-e74828"),
        .ignores("各地教育部门要加强监管。"),
        .ignores("财政局长会议今天召开。"),
        .ignores("教育局今天发布了通知。"),
        .ignores("他是职业教育部分的负责人。"),
      ]
    case .companyName:
      [
        .finds("美国政府并未批准⟦劳拉公司⟧出口。", "organization org:lao-la-gong-si-2233f8"),
        .finds("⟦郑州蝶阀厂⟧的订单翻了一番。", "organization org:zheng-zhou-die-fa-chang-fd7fa1"),
        .ignores("农业保险公司的技术员来到田头。"),
        .ignores("多家美国半导体制造厂停产。"),
        .finds("美国⟦休斯公司⟧宣布新计划。", "organization org:xiu-si-gong-si-714335"),
      ]
    case .companyAppositive:
      [
        .finds("本地生物科技公司⟦翠峰生物⟧(Verdant Peak Biotech)今日宣布配股。", "organization org:cui-feng-sheng-wu-872717"),
        .finds("新创公司⟦曜石半导体⟧8月1日宣布完成募资。", "organization org:yao-shi-ban-dao-ti-6a5102"),
        .ignores("这家科技公司今年营收增长。"),
      ]
    case .industryCompany:
      [
        .finds("⟦澜尚科技⟧昨日发布新机。", "organization org:lan-shang-ke-ji-24906a"),
        .ignores("消费电子需求回升。"),
        .ignores("房地产市场仍然低迷。"),
        .finds("洛阳公交集团今年已采购⟦宇通客车⟧的新车。", "organization org:yu-tong-ke-che-4c0e5e"),
        .ignores("长途客运需求回升。"),
      ]
    case .organizationSuffix:
      [
        .finds("这份报告由⟦青禾证券⟧发布。", "organization org:qing-he-zheng-quan-ac5a3d"),
        .finds("他毕业于⟦南屿大学⟧。", "organization org:nan-yu-da-xue-a7ff42"),
        .ignores("多家科技公司裁员。"),
        .finds("⟦岑晖半导体股份有限公司⟧公布了财报。", "organization org:cen-hui-ban-dao-ti-gu-fen-you-xian-gong-si-1e7595"),
        .finds("本轮由⟦柘远资本⟧领投。", "organization org:zhe-yuan-zi-ben-bc8b63"),
        .ignores("社会资本和风险资本进入市场。"),
        .finds("公告称，控股股东⟦鼎泰投资有限公司⟧拟减持。", "organization org:ding-tai-tou-zi-you-xian-gong-si-cff57f"),
        .finds("该项目由⟦东方精密工业股份有限公司⟧承建。", "organization org:dong-fang-jing-mi-gong-ye-gu-fen-you-xian-gong-s-a684db"),
        .ignores("这家工业股份有限公司的负责人表示。"),
        .finds("⟦维港政策研究所⟧昨日发表报告。", "organization org:wei-gang-zheng-ce-yan-jiu-suo-d03ed7"),
        .finds("课题组与⟦弗劳恩霍夫太阳能系统研究所⟧合作。", "organization org:fu-lao-en-huo-fu-tai-yang-neng-xi-tong-yan-jiu-s-2fd1ce"),
        .ignores("与德国弗劳恩霍夫斯卡拉巴太阳能系统研究所合作。"),
        .finds("韩国⟦晓星集团⟧宣布投资。", "organization org:xiao-xing-ji-tuan-d956ed"),
        .finds("⟦九江市第一人民医院⟧开诊。", "organization org:jiu-jiang-shi-di-yi-ren-min-yi-yuan-913bb0"),
        .ignores("他被送往第一人民医院。"),
        .finds("他毕业于⟦河南科技大学⟧。", "organization org:he-nan-ke-ji-da-xue-b93b48"),
        .ignores("他在一所科技大学任教。"),
      ]
    case .anchoredBody:
      [
        .finds("仪式上，⟦中国文化扶贫委员会⟧主任讲话。", "organization org:zhong-guo-wen-hua-fu-pin-wei-yuan-hui-a9fd5d"),
        .finds("⟦俄罗斯国家统计委员会⟧主席公布了数据。", "organization org:e-luo-si-guo-jia-tong-ji-wei-yuan-hui-49aa77"),
        .ignores("中国将成立一个委员会。"),
        .ignores("他顾全大局，国际格局正在变化。"),
      ]
    case .nestedBody:
      [
        .finds("⟦美国联邦航空局⟧昨天下令检查。", "organization org:mei-guo-lian-bang-hang-kong-ju-d7a115"),
        .finds("⟦联合国禁毒署⟧署长在记者会上表示。", "organization org:lian-he-guo-jin-du-shu-64193a"),
        .finds("⟦宁波市政府⟧今天召开会议。", "organization org:ning-bo-shi-zheng-fu-a77162"),
        .finds("据⟦科学技术部农村科技司⟧负责人介绍。", "organization org:ke-xue-ji-shu-bu-nong-cun-ke-ji-si-11bbf4"),
        .ignores("中国国务院发言人今天表示。"),
        .finds("⟦上饶市发改委⟧主任表示。", "organization org:shang-rao-shi-fa-gai-wei-12fd71"),
        .ignores("国家发改委今天发布通知。"),
        .finds("⟦汤湖镇人民政府⟧发布通知。", "organization org:tang-hu-zhen-ren-min-zheng-fu-fde106"),
        .ignores("镇党委和村委会联合开会。"),
        // From a full place on, over the words of the name and a joiner, to a form (PlaceLedBodyMerger).
        .finds("⟦湖南省科技评估和成果转化中心⟧昨天发布报告。", "organization org:hu-nan-sheng-ke-ji-ping-gu-he-cheng-guo-zhuan-hu-362709"),
        .ignores("杭州互联网公司纷纷布局。"),
      ]
    case .bodyUnit:
      [
        .finds("⟦湖东省商务厅外贸处⟧处长王某介绍。", "organization org:hu-dong-sheng-shang-wu-ting-wai-mao-chu-776928"),
        .finds("⟦金管局金融科技与创新组⟧发言人表示。", "organization org:jin-guan-ju-jin-rong-ke-ji-yu-chuang-xin-zu-c8ed7b"),
        .finds("⟦中国工商银行临江支行⟧行长在仪式上致辞。", "organization org:zhong-guo-gong-shang-yin-xing-lin-jiang-zhi-xing-1ee707"),
        .ignores("澜江科技股份有限公司财务部负责人称。"),
        .ignores("临海市政府办公室主任李强在会上说。"),
        .ignores("省商务厅在广州召开座谈会。"),
        .finds("患者转往⟦中南大学湘雅二医院⟧治疗。", "organization org:zhong-nan-da-xue-xiang-ya-er-yi-yuan-be1e89"),
        .ignores("市卫生局一位处长说。"),
      ]
    case .termBody:
      [
        .finds("⟦第十四届全国人民代表大会⟧第二次会议在北京开幕。", "organization org:cn-npc"),
        .finds("草案经⟦九届人大常委会⟧第三次会议审议。", "organization org:ren-da-chang-wei-hui-fda1d9"),
        .ignores("他连续两届当选，上一届人大代表名单已公布。"),
      ]
    case .glossedName:
      [
        .finds("据介绍，⟦巴西国际开发金融公司⟧(BDFC)将提供贷款。", "organization org:ba-xi-guo-ji-kai-fa-jin-rong-gong-si-6b799a"),
        .finds("航运方面，⟦钻石航空⟧(Diamond Air)表示运力充足。", "organization org:zuan-shi-hang-kong-7a3c5f"),
        .ignores("今年电动汽车(EV)销量大增。"),
        .ignores("该公司(Acme)表示不予置评。"),
      ]
    case .legalName:
      [
        .finds("⟦深圳市腾讯计算机系统有限公司⟧持股。", "organization org:tencent")
      ]
    case .alias:
      [
        .finds("研究主管卡洛琳·温特斯(⟦Caroline Winters⟧)周一宣布离职。", "person person:ka-luo-lin-wen-te-si-fea995"),
        .finds("海岚智造股份有限公司今天公告,⟦海岚智造⟧的订单翻倍。", "organization org:hai-lan-zhi-zao-gu-fen-you-xian-gong-si-40d497"),
        .finds("小米YU7上市以来,⟦YU7⟧的订单持续增长。", "product product:xiaomi-yu7"),
        .finds("⟦华中科大⟧团队创纪录\n华中科技大学今天宣布。", "organization org:hua-zhong-ke-ji-da-xue-13ee8d"),
        .finds("江西省发展和改革委员会表示支持。⟦省发改委⟧今天发布通知。", "organization org:jiang-xi-sheng-fa-zhan-he-gai-ge-wei-yuan-hui-74698f"),
        .finds("郑州凯岚家居用品有限公司今天公告。⟦凯岚家居⟧总经理表示。", "organization org:zheng-zhou-kai-lan-jia-ju-yong-pin-you-xian-gong-161841"),
        .finds("洛阳市公共交通集团有限公司昨日宣布调整线路，⟦洛阳公交集团⟧表示新线路下月开通。", "organization org:luo-yang-shi-gong-gong-jiao-tong-ji-tuan-you-xia-170755"),
        .finds("經濟部水利署今日表示，⟦水利署⟧將加強水庫管理。", "organization org:jing-ji-bu-shui-li-shu-6dcf80"),
        .finds("沙特外交大臣费萨尔·本·法尔汉表示欢迎，⟦费萨尔⟧说双方将加强合作。", "person person:fei-sa-er-ben-fa-er-han-cf9589"),
        // The short form drops the trade name (人民): another bank.
        .ignores("海州市人民银行发布通知，海州银行表示将执行。"),
      ]
    }
  }
}
