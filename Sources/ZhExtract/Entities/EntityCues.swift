/// `entity-cues.tsv`: one cue and its kind a row.
struct EntityCueRow: LexiconRow {
  enum Kind: String, CaseIterable {
    /// A Latin given name (Tim), which starts a person.
    case given
    /// The last word of a Latin organisation name (Ventures, Capital).
    case orgWord = "org-word"
    /// A title that stands next to a person's name (首席执行官, 发言人, CEO).
    case role
    /// A word after a known company that names it a company (公司, 集团): 微软公司 is one mention.
    case companyWord = "company-word"
    /// A particle inside a Latin-script name (von, der, van, de, bin).
    case latinParticle = "latin-particle"
    /// A suffix after a Latin-script name (Jr, Sr, III).
    case latinSuffix = "latin-suffix"
    /// A Japanese family name (佐藤, 桥本), in Simplified characters.
    case japaneseSurname = "japanese-surname"
    /// A last character typical of Japanese given names (郎 子 夫 雄 美).
    case japaneseGivenEnd = "japanese-given-end"
    /// A word that sets a passage in Japan (日本 日方 东京 自民党): a Japanese name whose family name
    /// no table lists is read only within `japaneseContextReach` characters after one.
    case japaneseContext = "japanese-context"
    /// A word that sets a passage in Korea (韩国 韩方 首尔): a Korean family name and two
    /// characters are read as a name only within `KoreanNameScanner.contextReach` characters after one.
    case koreanContext = "korean-context"
    /// A Korean family name of one character (朴 金 李 崔 郑 姜 尹 韩).
    case koreanSurname = "korean-surname"
    /// A title or form of address that follows a person's name (先生, 女士, 同志, 老师).
    case titleAfter = "title-after"
    /// The last word of a Chinese organisation name (公司, 集团, 证券).
    case orgSuffix = "org-suffix"
    /// The last word of a public body, party, team or school (部, 局, 委员会, 党, 队, 中学):
    /// the name before it may hold generic words (国家药品监督管理局).
    case bodySuffix = "body-suffix"
    /// A word that makes `X公司` a common noun (科技, 初创).
    case orgGeneric = "org-generic"
    /// The end of a 《》 title that is a medium (日报, 周刊).
    case mediaSuffix = "media-suffix"
    /// A word after a place that makes the two one medium's name (华东|财经, 北京|日报).
    case placeMediaWord = "place-media-word"
    /// Characters of transliterated foreign names, read around a middle dot.
    case translit
    /// A word after a name that only a company takes (旗下): a lone Latin word before it is a
    /// company (BAM|旗下).
    case companyAfter = "company-after"
    /// Characters of transliterated names read only in a part after a middle dot (得 of 彼得森):
    /// elsewhere a common word (跑得快).
    case translitDot = "translit-dot"
    /// Characters of names read in any part of a name with a middle dot, first place included, and
    /// nowhere else (吾 吐 买 of Uyghur names, 耐 吕 of Western ones: 帕提古丽·吾斯曼, 艾尔肯·吐尔逊):
    /// without a dot they are common words.
    case translitDotted = "translit-dotted"
    /// A Chinese family name that may start a name right after a role title.
    case surname
    /// A word that starts with a family name but is no name (方面, 高度).
    case notName = "not-name"
    /// A character that starts the word after a Chinese name (说 表示 在 的): never part of it.
    case nameFollower = "name-follower"
    /// A character before which an organisation name cannot start (的 和 在 被 …).
    case orgStop = "org-stop"
    /// A verb of a court, a regulator or a buyer acting on an organisation (宣判 起诉 收购): never part of
    /// a name; a name after it starts right after it (公开宣判|周口金穗食品有限公司, 收购|杭州博远机械有限公司).
    case orgVerb = "org-verb"
    /// An industry word read only inside a registered company's name, between its trade name and
    /// its legal form (传媒 文化 设计 研究): 上海|星河互娱|文化传媒|有限公司, 中水淮河|规划设计研究|有限公司.
    case registeredIndustry = "registered-industry"
    /// A named department of a hospital or a school (眼科 消化内科 麻醉科 医学部): right after a body whose
    /// name ends with a `department-parent` (医院 大学), part of its name, never a person.
    case department
    /// The end of a body that has departments (医院 大学 学院): 北京同仁医院|眼科.
    case departmentParent = "department-parent"
    /// The end of an institution whose departments are named right after it (博物馆 美术馆): X部 there
    /// is a department, no organisation; the institution is one (大英博物馆|亚洲部).
    case departmentHolder = "department-holder"
    /// A word that joins two parts of a unit's name (与 及 和): 浙江大学|计算机科学与技术学院.
    case unitJoiner = "unit-joiner"
    /// A character after a dotted run that makes it a place (莫斯科·克里姆林宫).
    case placeEnding = "place-ending"
    /// A registered company's legal form (有限公司), read by `LegalNameMerger`.
    case legalSuffix = "legal-suffix"
    /// An English function word, capitalised in titles but never part of a name (The, Of).
    case latinFunctionWord = "latin-function-word"
    /// A character after `name 8` that makes the number a count, not a version (亿 家 %).
    case countUnit = "count-unit"
    /// A verb of travel or stance before a one-character place abbreviation (访|华, 驻|华).
    case abbreviationVerb = "abbreviation-verb"
    /// A verb of speech right after a name (说 表示 指出): a two-character name needs it, or a role.
    case speechVerb = "speech-verb"
    /// A word after a run of place abbreviations that makes them places (中美|关系, 印巴|两国).
    case abbreviationRelation = "abbreviation-relation"
    /// A dictionary word tagged as a name that is none (美化 is no place, 卫星 no person).
    case notDictionaryName = "not-dictionary-name"
    /// A character that joins the halves of a four-character phrase (诸神之战): a Chinese name
    /// does not end on it when another character follows.
    case phraseJoiner = "phrase-joiner"
    /// A noun of a kind of product (芯片, 服务器, 大模型, 应用): a model code before it (GB200|服务器) or a
    /// quoted name after it (大模型|“星澜2.0”) is a product.
    case productNoun = "product-noun"
    /// A noun of a thing that carries a service (客户端, 平台, 小程序, App): a quoted name right before
    /// it (“皖南通”|客户端) is a product; a vaguer noun there (“空铁联运”服务) makes none.
    case productCarrier = "product-carrier"
    /// A preposition or verb of place right before a name (在 到 赴 抵): a foreign word the dictionary
    /// tags a person's after it is a place (在|伯尔尼), unless another cue says otherwise.
    case placePreposition = "place-preposition"
    /// A word after a place that makes the two a time standard (时间): 北京|时间 and 东京|时间 name a
    /// clock, no place.
    case timeStandard = "time-standard"
    /// A word after a person's name that makes the two a doctrine (主义 思想 理论): the dictionary
    /// keeps 马克思主义 as one word, but the name in it is a person's.
    case doctrineWord = "doctrine-word"
    /// Words inside a parenthesis after a name that declare the quoted short form after them its
    /// alias (以下简称 下称): 常州丰禾农业机械股份有限公司(以下简称“丰禾农机”).
    case aliasDeclaration = "alias-declaration"
    /// A generic word that names a body by itself (市委, 党中央, 足协): a place before it is part of its name (吉林省委).
    case bodyWord = "body-word"
    /// A body word of a town, a village or a party cell (镇党委, 村委会, 党支部): a body only after its
    /// place (柳塘村|村委会); alone it names every such body, none in particular.
    case placedBodyWord = "placed-body-word"
    /// A function of government that names a department with a body suffix after it (教育 公安 卫生健康):
    /// 教育|部, 县|卫生健康|局, read by `GovernmentDepartmentScanner`.
    case governmentFunction = "government-function"
    /// A body suffix that after a government function names the body by itself (部 委员会 署): 教育|部 is
    /// the ministry, while 教育|局 needs its place (县|教育局).
    case ministrySuffix = "ministry-suffix"
    /// The end of a known public body of a country (部 局 署 委员会 省): the country's name right before it is part
    /// of the body's mention (中国|国家能源局, 日本|厚生劳动省), read by `CountryBodyJoiner`.
    case countryBodySuffix = "country-body-suffix"
    /// The last word of an investor's or a start-up's name after a trade name of two characters
    /// (资本 创投 投顾 创坛): 远桥|资本, 宏岳|投顾, whatever the path makes of the trade name. Also an
    /// organisation's suffix: the row owns both readings.
    case tradeForm = "trade-form"
    /// A legislature or a council (立法会 立法院 议会 国会): never a unit of an organisation named right
    /// before it — a party there is its members' (民建联|立法会|议员), not its parent (国务院|港澳办).
    case chamber
    /// A body elected or convened for numbered terms (人大 人民代表大会 政协 立法会): the ordinal of its term right
    /// before it is part of its mention (第二届|全国人民代表大会, 六届|人大常委会), read by `NestedBodyMerger`.
    case termBody = "term-body"
    /// The end of a branch named by its place right after its body (分局 分院 分行 支行 分公司 派出所):
    /// 上海市公安局|浦东|分局, 招商银行|深圳|分行 are one organisation.
    case branchSuffix = "branch-suffix"
    /// The end of a bank's unit that is an institution of its own, licensed as a branch is (信用卡中心
    /// 营业部): after a bank, one organisation with it (招商银行|信用卡中心).
    case bankUnit = "bank-unit"
    /// The verb of a mission stationed abroad (驻), which a body's name holds between its country and its
    /// host: 中国|驻|沙特|大使馆, 美国|驻华|大使馆.
    case stationedWord = "stationed-word"
    /// The central body of a party named after the party (中央), before a title: 致公党|中央|主席.
    case partyCentral = "party-central"
    /// A company's form (银行) after which `bank-unit` words name a unit.
    case bankForm = "bank-form"
    /// A body suffix that after places alone names an office of a company, no body (办公室 办事处
    /// 代表处): 东京|办公室; after a body's name it is a body still (国务院|法制办公室).
    case officeWord = "office-word"
    /// The last word of a body or an institution named from its place and the words of its name (中心 基金 学校
    /// 博物馆 海关): 浙江省|科技评估和成果转化|中心, 扬州|运河|艺术馆 (`PlaceLedBodyMerger`).
    case placeBodyForm = "place-body-form"
    /// The last word of a place's name (县 镇 村 新区 开发区 机场): after a place it names the
    /// same place (塔科马|市, 栾城|县) or one inside it (苏州|新区, 德黑兰|机场); after an unknown name
    /// a division (泥汊|镇, 陈沟|村). A one-character suffix is a division.
    case placeSuffix = "place-suffix"
    /// A one-character end that names a place inside a place found right before it, and only there
    /// (港 站: 钦州|港 a port, 荔枝角|站 a station); unlike a division it makes no place after an unknown name.
    case placeTail = "place-tail"
    /// A one-character end of a natural or a built feature's name (港 湾 岛): after a place it names a
    /// place inside it, as a `place-tail` does (钦州|港, 油塘|湾); it also makes a place after a stem of
    /// name words, or of a common noun right after a place (重庆|果园|港, 三亚|海棠|湾), never inside a
    /// word of the path (香港 海港 港口 湾区).
    case featureTail = "feature-tail"
    /// The end of a station's or an airport's name (站 机场 国际机场 火车站): after its city it is one
    /// place with the city, whose name it bears (杭州|萧山国际机场, 上海|虹桥站, 广州|白云站).
    case facilitySuffix = "facility-suffix"
    /// The class of a road named by its number, before the number (台 国道 省道 县道): 台|78|线, 国道|1|号.
    case roadPrefix = "road-prefix"
    /// The end of a road named by its number, after the number (线 号): 县道|145|线.
    case roadTail = "road-tail"
    /// The end of a street's or an estate's name (道 街 路 邨 坊 苑 花园): after a place it names a street
    /// or an estate there (青山|公路, 石硖尾|邨); after an unknown name only when the name is whole
    /// name words or two single characters, never a person's (弥|敦|道; 知道, 报道, 一路 hold none).
    case streetSuffix = "street-suffix"
    /// A verb of travel or location right before a foreign place's name (赴 前往 抵达 位于 飞往):
    /// 赴|波尔图, 位于|斯图加特; the name is a run of transliteration characters.
    case placeVerb = "place-verb"
    /// A word right before or after a mountain's or a river's name of two characters that the
    /// dictionary tags a place (登上|狼山, 瓯江|沿岸): without it such a word is too often no name.
    case featureCue = "feature-cue"
    /// The form of a company or a works after its trade name (公司 总公司 厂 总厂 集团公司 商事): it makes a
    /// name only after a trade name or a town (劳拉|公司, 郑州|蝶阀|厂), never after a class (保险公司, 水泥厂).
    case companyForm = "company-form"
    /// A word for a class of companies (公司 平台 企业) after which the company's own name may follow:
    /// 生物科技公司|翠峰生物(Verdant Peak Biotech), 出行平台|云帆出行.
    case companyClass = "company-class"
    /// A word that ends a descriptive phrase right before a registered company's name: a role toward
    /// another company or a class of companies (股东 子公司 旗下 上市公司 营运商 国企): 控股股东|宏德投资有限公司.
    case registeredLead = "registered-lead"
    /// A word that cites a source right before it (据 援引): 据|明报|报道.
    case mediaSource = "media-source"
    /// A verb of reporting right after a medium's name (报道 引述 披露): 据|明报|报道.
    case mediaVerb = "media-verb"
    /// A word for media after 等 that ends a list of them (媒体 传媒): 南方都市报、深圳特区报|等|媒体 names two media.
    case mediaClass = "media-class"
    /// The end of a newspaper's or a news site's name (报 在线) that names it at the start of a clause
    /// before a verb of reporting or 记者: 工商快报|记者, 港闻在线|报道.
    case masthead
    /// A word after a masthead at a clause's start that makes it a medium (记者 报道 消息), not 称 or 指,
    /// which follow any report (警方通报|称).
    case mastheadVerb = "masthead-verb"
    /// The word of a team after its city and its own name (战队): 杭州|逐光|战队, 首尔|Nova|战队.
    case teamWord = "team-word"
    /// The end of a unit inside a known body (司 处 科 室 党组 支部 分会 研究室): right after the body, a
    /// short unit of name words that ends with it is part of the body's name (科学技术部|农村科技司, 训练团|政治处).
    case unitSuffix = "unit-suffix"
    /// The end of a named unit of a public body, a school or a hospital (处 科 股 组 站 中心 学系 委员会
    /// 分局 支行): two to ten characters of its name before it, right after its body, make one
    /// organisation (湖东省商务厅|外贸|处, 临江市政府|产业发展|处, 县农业农村局|茶业|股).
    case unitWord = "unit-word"
    /// A word that ends with a `unit-word` and names a room or a venue, no unit (会议室 活动中心).
    case notUnit = "not-unit"
    /// An organisation's suffix, no body suffix, whose bodies have named units as a public body has
    /// (协会 学会 基金会 交易所 研究院): 中国武术协会|经济开发委员会; other organisations (a company) have branches only.
    case unitParent = "unit-parent"
    /// A word right after a title that makes the title a class of people (部长|会议, 部长|级): the
    /// body suffix that starts the title names no body (经贸部长会议, 国防部长级会谈).
    case titleCompound = "title-compound"
    /// A one-character body suffix (署 局 队) that makes a body after one noun of two characters alone
    /// (运输|署, 房屋|局, 松日|队), where the suffix is a word of its own: 部署, 布局 and 当局 are one word.
    case shortBodySuffix = "short-body-suffix"
    /// A noun of two characters before which a `short-body-suffix` names no body (基层|局, 搜救|队).
    case notBodyHead = "not-body-head"
    /// A partnership's form in parentheses after a firm's name (（特殊普通合伙）): part of the name.
    case firmForm = "firm-form"
    /// A word of an industry after a trade name that makes the two a company's name without 公司
    /// (新鸿基|地产, 欣兴|电子), and after a listed company's short name its full name (欣兴|电子 is 欣兴).
    case companyIndustry = "company-industry"
    /// A Latin word of a product's tier after its model (问界M9| Ultra, Aero 5| Pro): Pro Max Ultra Plus.
    case productTier = "product-tier"
    /// The ending of a web domain that a company's Latin name may carry (DeepRoute|.ai, Moonshot|.ai):
    /// with a company cue before or after it, the name with its ending is an organisation.
    case domainEnding = "domain-ending"
    /// A character of Chinese given names that the dictionary's person-tagged words never show
    /// (蓁 萱 睿 瑄 祐, common in Taiwan and Hong Kong): the name model reads it as a rare given
    /// character (王怡蓁, 林祐萱), still needing what any name needs around it.
    case givenCharacter = "given-character"
    /// A verb of release right before a product's Latin name (发布 推出 上线 亮相): 推出|Nova-X3.
    case productRelease = "product-release"
    /// A code of capitals, a hyphen and digits that names no product (COVID-19, K-12): every other
    /// such code is a model (HX-900, BCY-207, M-300), with or without a kind of product beside it.
    case notProductCode = "not-product-code"
    /// A label of a dateline before the medium's name and a colon (来源 稿源): 来源：|医药经济观察.
    case sourceLabel = "source-label"
    /// A word of a dateline that names no medium (星期 记者 编辑 更新): a part of the line that holds
    /// one is a weekday, a byline or a label, not the source.
    case stampWord = "stamp-word"
    /// A national word that begins a long body's name (中国 国家 全国 国际 国务院): 中国|文化扶贫|委员会,
    /// read by `AnchoredBodyScanner` with the places found before.
    case bodyAnchor = "body-anchor"
    /// The end of a committee's, an association's or a national body's name read from its anchor (委员会
    /// 协会 学会 研究会 基金会 局 署 机构): 国务院|残疾人工作协调|委员会, 国家|原子能|机构.
    case anchoredSuffix = "anchored-suffix"
    /// An `anchored-suffix` that needs a place among the anchors (实验室): 美国|国家|可再生能源|实验室.
    case placedAnchoredSuffix = "placed-anchored-suffix"
    /// A noun of a kind of work right before its title in 《》 (电影 纪录片 电视剧 游戏): 电影|《长河》 is a
    /// product, 《证券法》 is none.
    case workNoun = "work-noun"
    /// A word right after a work's title in 《》 that only a work takes (票房 上映 定档): 《长河》|票房.
    case workFollower = "work-follower"
    /// The word of a currency after its country's name (元 币): after an amount the two are the
    /// currency (1,650|澳門|元, 100|新加坡|元), and the place is no mention.
    case currencyWord = "currency-word"
  }
  static let table = "entity-cues.tsv"
  static let columns = 2...2
  let text: String
  let surface: [Unicode.Scalar]
  let kind: Kind
  init(_ fields: LexiconFields) throws(LexiconError) {
    text = fields.text(0)
    surface = fields.surface(0)
    kind = try fields.choice(1, "cue kind")
  }
}

/// The word lists the name patterns read (`entity-cues.tsv`), by kind.
package struct EntityCues: Sendable {
  package var givenNames: Set<String> = []
  package var organizationWords: Set<String> = []
  package var roles = ScalarTrie<Bool>()
  /// Titles and forms of address after a name (先生, 女士, 同志).
  var titlesAfter = ScalarTrie<Bool>()
  var japaneseSurnames = ScalarTrie<Bool>()
  var japaneseSurnameStarts = ScalarBitmap()
  var japaneseGivenEnds = ScalarBitmap()
  /// `japanese-context` cues and their first characters.
  var japaneseContexts = ScalarTrie<Bool>()
  var japaneseContextStarts = ScalarBitmap()
  /// `korean-context` cues and their first characters; `korean-surname` cues.
  var koreanContexts = ScalarTrie<Bool>()
  var koreanContextStarts = ScalarBitmap()
  var koreanSurnames = ScalarBitmap()
  /// Organisation suffixes; the value is true for a body suffix (`body-suffix`).
  package var organizationSuffixes = ScalarTrie<Bool>()
  /// Ends of units inside a known body (`unit-suffix`: 司 处 科 研究室).
  var unitSuffixes = ScalarTrie<Bool>()
  /// Ends of named units of a public body (`unit-word`: 处 股 组 站 中心 学系 支行).
  var unitWords = ScalarTrie<Bool>()
  /// Words that end with a unit word and name no unit (`not-unit`: 会议室).
  var notUnits = ScalarTrie<Bool>()
  /// Ends of organisations' names that have named units (`unit-parent`: 协会 交易所 研究院).
  var unitParents = ScalarTrie<Bool>()
  /// Words after a title that make it a class of people (`title-compound`: 会议 级).
  var titleCompounds = ScalarTrie<Bool>()
  /// One-character body suffixes after a two-character noun (`short-body-suffix`: 署 局 队).
  var shortBodySuffixes = ScalarBitmap()
  /// Nouns before which a short body suffix names no body (`not-body-head`).
  var notBodyHeads: Set<[Unicode.Scalar]> = []
  /// Partnership forms in parentheses after a firm (`firm-form`: (特殊普通合伙)).
  var firmForms = ScalarTrie<Bool>()
  package var genericWords = ScalarTrie<Bool>()
  package var mediaSuffixes = ScalarTrie<Bool>()
  /// Words after a place that make the two one medium's name (财经, 日报, 电视台).
  var placeMediaWords = ScalarTrie<Bool>()
  /// Read at every character of a candidate name: a bitmap, not a hashed set.
  var transliteration = ScalarBitmap()
  /// `translit-dot` cues: with `transliteration`, the characters of a part after a middle dot.
  var dottedTransliteration = ScalarBitmap()
  /// `translit-dotted` cues: characters read in any part of a dotted name, never without a dot.
  var dottedNameCharacters = ScalarBitmap()
  /// `suffixStarts[c]`: some organisation suffix begins with the BMP code point `c`.
  package var suffixStarts = [Bool](repeating: false, count: 0x10000)

  package var surnames = ScalarTrie<Bool>()
  package var notNames = ScalarTrie<Bool>()
  /// `surnameStarts[c]`: some family name begins with the BMP code point `c`.
  package var surnameStarts = [Bool](repeating: false, count: 0x10000)
  /// `roleEnds[c]`: some role title ends with the BMP code point `c`.
  package var roleEnds = [Bool](repeating: false, count: 0x10000)

  var nameFollowers = ScalarBitmap()
  var organizationStops = ScalarBitmap()
  /// Verbs that end an organisation's name on the left (`org-verb`: 宣判 起诉 收购).
  var organizationVerbs = ScalarTrie<Bool>()
  /// Industry words inside a registered name (`registered-industry`: 传媒 设计 研究).
  var registeredIndustries = ScalarTrie<Bool>()
  /// Departments of hospitals and schools (`department`: 眼科 医学部) and the ends of the bodies that
  /// have them (`department-parent`: 医院 大学).
  var departments = ScalarTrie<Bool>()
  var departmentParents = ScalarTrie<Bool>()
  /// Institutions whose departments (X部) are no organisations (`department-holder`: 博物馆 美术馆).
  var departmentHolders = ScalarTrie<Bool>()
  /// Words that join two parts of a unit's name (`unit-joiner`: 与 及 和).
  var unitJoiners = ScalarBitmap()
  var placeEndings = ScalarBitmap()
  var countUnits = ScalarBitmap()
  package var legalSuffixes: [[Unicode.Scalar]] = []
  package var latinFunctionWords: Set<String> = []
  var latinParticles: Set<String> = []
  var companyWords = ScalarTrie<Bool>()
  /// `company-after` cues (旗下).
  var companyAfter = ScalarTrie<Bool>()
  var latinSuffixes: Set<String> = []
  /// Last characters of organisation, body and media suffixes (社 会 部 行 司 …).
  var organizationEndings = ScalarBitmap()
  /// Verbs of speech after a name (说, 表示, 指出): the cue that a short name needs.
  var speechVerbs = ScalarTrie<Bool>()
  var abbreviationVerbs = ScalarBitmap()
  var abbreviationRelations = ScalarTrie<Bool>()
  package var notDictionaryNames: Set<[Unicode.Scalar]> = []
  var phraseJoiners = ScalarBitmap()
  /// Words after a name that make a doctrine (主义, 思想, 理论).
  var doctrineWords = ScalarTrie<Bool>()
  /// The `alias-declaration` words (以下简称 下称) that open a parenthesis declaring a short form.
  var aliasDeclarations = ScalarTrie<Bool>()
  /// Prepositions and verbs of place (在 到 赴 抵), one character each.
  var placePrepositions = ScalarBitmap()
  /// The `time-standard` words after a place (时间 of 北京时间).
  var timeStandards = ScalarTrie<Bool>()
  /// The `feature-cue` words (登上 游览 沿岸 流域 脚下).
  var featureCues = ScalarTrie<Bool>()
  /// Nouns of kinds of products (芯片, 服务器, 大模型, 应用).
  var productNouns = ScalarTrie<Bool>()
  /// Nouns of things that carry a service (客户端, 平台, 小程序, App), after a quoted name.
  var productCarriers = ScalarTrie<Bool>()
  /// Nouns of kinds of works before a title in 《》 (`work-noun`: 电影 纪录片 电视剧).
  var workNouns = ScalarTrie<Bool>()
  /// Words after a title in 《》 that only a work takes (`work-follower`: 票房 上映 定档).
  var workFollowers = ScalarTrie<Bool>()
  /// Words of a currency after its country's name (`currency-word`: 元 币).
  var currencyWords = ScalarTrie<Bool>()
  /// Generic words that name a body by itself (市委, 党中央, 足协; value `true`) or only after a place
  /// (镇党委, 村委会; `false`), and their first characters.
  var bodyWords = ScalarTrie<Bool>()
  /// First and second characters of the body words: a position is read only when both agree
  /// (中, 人 and 工 start many words; 中共, 人民 and 工商 few).
  var bodyWordStarts = ScalarBitmap()
  /// Functions of government before a body suffix (`government-function`: 教育 公安 卫生健康).
  var governmentFunctions = ScalarTrie<Bool>()
  /// Body suffixes that name a department by themselves after its function (`ministry-suffix`: 部 委员会 署).
  var ministrySuffixes = ScalarTrie<Bool>()
  /// Ends of a known public body that a country's name before it belongs to (`country-body-suffix`: 部 局 署 省).
  var countryBodySuffixes = ScalarTrie<Bool>()
  /// Investor and start-up forms after a trade name of two characters (资本 创投 投顾).
  var tradeForms = ScalarTrie<Bool>()
  /// Legislatures and councils (`chamber`: 立法会 立法院 议会), never a unit of an organisation named
  /// right before them (民建联|立法会).
  var chambers = ScalarTrie<Bool>()
  /// Bodies of numbered terms (`term-body`: 人大 政协 立法会), after their term's ordinal (第二届 六届 首届).
  var termBodies = ScalarTrie<Bool>()
  /// Branches named by their place after their body (`branch-suffix`: 分局 支行 派出所).
  var branchSuffixes = ScalarTrie<Bool>()
  /// `bank-unit` cues (信用卡中心) after a `bank-form` (银行).
  var bankUnits = ScalarTrie<Bool>()
  /// `stationed-word` cues (驻), read by `OrganizationSuffixScanner`.
  var stationedWords: Set<Unicode.Scalar> = []
  /// `party-central` cues (中央), read by `NestedBodyMerger`.
  var partyCentrals = ScalarTrie<Bool>()
  var bankForms = ScalarTrie<Bool>()
  /// Offices after places alone (`office-word`: 办公室 办事处 代表处).
  var officeWords = ScalarTrie<Bool>()
  /// Last words of bodies named from their places (`place-body-form`: 中心 基金 学校 博物馆).
  var placeBodyForms = ScalarTrie<Bool>()
  var bodyWordSeconds = ScalarBitmap()
  /// Last words of places' names (县 镇 新区 机场), and their first characters.
  var placeSuffixes = ScalarTrie<Bool>()
  var placeSuffixStarts = ScalarBitmap()
  /// Ends of stations' and airports' names (`facility-suffix`: 站 机场 国际机场).
  var facilitySuffixes = ScalarTrie<Bool>()
  /// The `feature-tail` characters (港 湾 岛), read after a stem as well as after a place.
  var featureTails = ScalarBitmap()
  /// The `place-tail` and `feature-tail` characters (港 站 湖 湾): the end of a place, never a name's
  /// first character after it (九江|港|彭泽|港区 holds 九江港 and 彭泽港区).
  var tailCharacters = ScalarBitmap()
  /// The one-character place suffixes (县 镇 乡 村): divisions, the only suffixes read after an unknown name.
  var divisionSuffixes = ScalarBitmap()
  /// The first characters of the `street-suffix` cues (道 街 路 邨 坊 苑 花): a suffix of one character
  /// that is no division, read after whole name words only.
  var streetSuffixStarts = ScalarBitmap()
  /// Classes of roads named by their number (`road-prefix`: 台 国道 县道), their first characters,
  /// and the ends after the number (`road-tail`: 线 号), read by `NumberedRoadScanner`.
  var roadPrefixes = ScalarTrie<Bool>()
  var roadPrefixStarts = ScalarBitmap()
  var roadTails = ScalarTrie<Bool>()
  /// `place-verb` cues (赴 前往 位于), read before a run of transliteration characters.
  var placeVerbs = ScalarTrie<Bool>()
  /// `company-form` cues (公司 厂 商事), read by `CompanyNameScanner`.
  var companyForms = ScalarTrie<Bool>()
  /// `company-class` cues (公司 平台 企业), read by `CompanyNameScanner`.
  var companyClasses = ScalarTrie<Bool>()
  /// `registered-lead` cues (股东 上市公司 营运商), read by `RegisteredNameStart`.
  var registeredLeads = ScalarTrie<Bool>()
  /// `media-source` and `media-verb` cues, read by `MediaCueScanner`.
  var mediaSources = ScalarTrie<Bool>()
  var mediaVerbs = ScalarTrie<Bool>()
  /// `media-class` cues (媒体 传媒), read by `MediaListScanner` after 等.
  var mediaClasses = ScalarTrie<Bool>()
  /// `masthead` cues: the end of a newspaper's name read at the start of a clause (报 在线).
  var mastheads = ScalarTrie<Bool>()
  /// `masthead-verb` cues (记者 报道 消息): after a masthead at a clause's start.
  var mastheadVerbs = ScalarTrie<Bool>()
  /// `team-word` cues (战队): a team after its city and its own name.
  var teamWords = ScalarTrie<Bool>()
  /// `company-industry` cues (电子 地产 科技), read by `IndustryCompanyScanner`.
  var companyIndustries = ScalarTrie<Bool>()
  /// `product-tier` cues (Pro Max Ultra Plus), read by `ProductModelScanner`.
  var productTiers: Set<[Unicode.Scalar]> = []
  /// `domain-ending` cues (ai com io), read by `LatinNameScanner`.
  var domainEndings: Set<[Unicode.Scalar]> = []
  /// `given-character` cues (蓁 萱 睿), read by `PersonNameModel`.
  var givenCharacters: [Unicode.Scalar] = []
  /// `product-release` cues (发布 推出), read by `ReleasedProductScanner`.
  var productReleases = ScalarTrie<Bool>()
  /// The `not-product-code` cues (COVID-19, K-12), as written.
  var notProductCodes = Set<String>()
  /// The `source-label` cues (来源 稿源).
  var sourceLabels = ScalarTrie<Bool>()
  /// The first characters of the `source-label` cues: a position is read only where one stands.
  var sourceLabelStarts = ScalarBitmap()
  /// The `stamp-word` cues (星期 记者 编辑 更新).
  var stampWords = ScalarTrie<Bool>()
  /// `body-anchor` and `anchored-suffix` cues, read by `AnchoredBodyScanner`.
  var bodyAnchors = ScalarTrie<Bool>()
  var anchoredSuffixes = ScalarTrie<Bool>()
  /// Editions of a product glued after its name (至尊版, 旗舰版, Pro版), with the English word each
  /// adds to the name (`entity-product-editions.tsv`); read by `ProductModelScanner.extendEditions`.
  var productEditions = ScalarTrie<Int32>()
  var productEditionNames: [String] = []

  package init() {}

  mutating func addEdition(_ surface: [Unicode.Scalar], english: String) {
    productEditions.insert(surface, Int32(productEditionNames.count))
    productEditionNames.append(english)
  }

  /// The end of the longest form of an organisation that starts at `q` (证券 有限公司 集团 投顾, 公司
  /// 厂, 电子 科技; not a body's suffix, 部 局, which a title may start: 部长), or nil. A person's name
  /// does not end right before one (蓝驰|创投, 青禾|证券), and a character that such a form holds
  /// past its first is no family name (凯基投|顾: 投顾).
  func organizationFormEnd(in s: [Unicode.Scalar], at q: Int) -> Int? {
    guard q < s.count, q >= 0 else { return nil }
    var end: Int?
    if let m = organizationSuffixes.longestMatch(in: s, at: q), !m.value { end = m.end }
    if let m = companyForms.longestMatch(in: s, at: q) { end = max(end ?? 0, m.end) }
    if let m = companyIndustries.longestMatch(in: s, at: q) { end = max(end ?? 0, m.end) }
    return end
  }

  private mutating func addOrganizationSuffix(_ key: [Unicode.Scalar], body: Bool) {
    organizationSuffixes.insert(key, body)
    if let last = key.last { organizationEndings.insert(last.value) }
    if let first = key.first, first.value < 0x10000 { suffixStarts[Int(first.value)] = true }
  }

  /// Adds a Japanese family name of the generated table (`person-japanese-names.tsv`) with the
  /// value `false`; the cue table's own keep `true`.
  mutating func addJapaneseSurname(_ key: [Unicode.Scalar]) {
    if japaneseSurnames.longestMatch(in: key, at: 0)?.end == key.count { return }
    japaneseSurnames.insert(key, false)
    if let first = key.first { japaneseSurnameStarts.insert(first.value) }
  }

  init(rows: [EntityCueRow]) {
    for row in rows {
      let key = row.surface
      switch row.kind {
      case .given: givenNames.insert(row.text)
      case .orgWord: organizationWords.insert(row.text)
      case .role:
        roles.insert(key, true)
        if let last = key.last, last.value < 0x10000 { roleEnds[Int(last.value)] = true }
      case .titleAfter: titlesAfter.insert(key, true)
      case .japaneseSurname:
        japaneseSurnames.insert(key, true)
        if let first = key.first { japaneseSurnameStarts.insert(first.value) }
      case .japaneseGivenEnd: for s in key { japaneseGivenEnds.insert(s.value) }
      case .japaneseContext:
        japaneseContexts.insert(key, true)
        if let first = key.first { japaneseContextStarts.insert(first.value) }
      case .koreanContext:
        koreanContexts.insert(key, true)
        if let first = key.first { koreanContextStarts.insert(first.value) }
      case .koreanSurname: for s in key { koreanSurnames.insert(s.value) }
      case .surname:
        surnames.insert(key, true)
        if let first = key.first, first.value < 0x10000 { surnameStarts[Int(first.value)] = true }
      case .notName: notNames.insert(key, true)
      case .orgSuffix, .bodySuffix: addOrganizationSuffix(key, body: row.kind == .bodySuffix)
      case .orgGeneric: genericWords.insert(key, true)
      case .unitSuffix: unitSuffixes.insert(key, true)
      case .unitWord: unitWords.insert(key, true)
      case .notUnit: notUnits.insert(key, true)
      case .unitParent: unitParents.insert(key, true)
      case .titleCompound: titleCompounds.insert(key, true)
      case .shortBodySuffix: for s in key { shortBodySuffixes.insert(s.value) }
      case .notBodyHead: notBodyHeads.insert(key)
      case .firmForm: firmForms.insert(key, true)
      case .mediaSuffix:
        mediaSuffixes.insert(key, true)
        if let last = key.last { organizationEndings.insert(last.value) }
      case .placeMediaWord: placeMediaWords.insert(key, true)
      case .speechVerb: speechVerbs.insert(key, true)
      case .translit: for s in key { transliteration.insert(s.value) }
      case .translitDot: for s in key { dottedTransliteration.insert(s.value) }
      case .translitDotted: for s in key { dottedNameCharacters.insert(s.value) }
      case .nameFollower: for s in key { nameFollowers.insert(s.value) }
      case .orgStop: for s in key { organizationStops.insert(s.value) }
      case .orgVerb: organizationVerbs.insert(key, true)
      case .registeredIndustry: registeredIndustries.insert(key, true)
      case .department: departments.insert(key, true)
      case .departmentParent: departmentParents.insert(key, true)
      case .departmentHolder: departmentHolders.insert(key, true)
      case .unitJoiner: for s in key { unitJoiners.insert(s.value) }
      case .placeEnding: for s in key { placeEndings.insert(s.value) }
      case .countUnit: for s in key { countUnits.insert(s.value) }
      case .legalSuffix: legalSuffixes.append(key)
      case .latinFunctionWord: latinFunctionWords.insert(row.text)
      case .latinParticle: latinParticles.insert(row.text)
      case .companyWord: companyWords.insert(key, true)
      case .companyAfter: companyAfter.insert(key, true)
      case .latinSuffix: latinSuffixes.insert(row.text)
      case .abbreviationVerb: for s in key { abbreviationVerbs.insert(s.value) }
      case .abbreviationRelation: abbreviationRelations.insert(key, true)
      case .notDictionaryName: notDictionaryNames.insert(key)
      case .phraseJoiner: for s in key { phraseJoiners.insert(s.value) }
      case .placePreposition: for s in key { placePrepositions.insert(s.value) }
      case .timeStandard: timeStandards.insert(key, true)
      case .doctrineWord: doctrineWords.insert(key, true)
      case .aliasDeclaration: aliasDeclarations.insert(key, true)
      case .productNoun: productNouns.insert(key, true)
      case .productCarrier: productCarriers.insert(key, true)
      case .placeSuffix:
        placeSuffixes.insert(key, true)
        if let first = key.first { placeSuffixStarts.insert(first.value) }
        if key.count == 1, let first = key.first { divisionSuffixes.insert(first.value) }
      case .featureCue: featureCues.insert(key, true)
      case .facilitySuffix: facilitySuffixes.insert(key, true)
      case .placeTail:
        placeSuffixes.insert(key, true)
        if let first = key.first { placeSuffixStarts.insert(first.value) }
        if key.count == 1, let first = key.first { tailCharacters.insert(first.value) }
      case .featureTail:
        placeSuffixes.insert(key, true)
        if let first = key.first {
          placeSuffixStarts.insert(first.value)
          featureTails.insert(first.value)
          tailCharacters.insert(first.value)
        }
      case .placeVerb: placeVerbs.insert(key, true)
      case .roadPrefix:
        roadPrefixes.insert(key, true)
        if let first = key.first { roadPrefixStarts.insert(first.value) }
      case .roadTail: roadTails.insert(key, true)
      case .streetSuffix:
        placeSuffixes.insert(key, true)
        if let first = key.first {
          placeSuffixStarts.insert(first.value)
          streetSuffixStarts.insert(first.value)
        }
      case .companyForm: companyForms.insert(key, true)
      case .companyClass: companyClasses.insert(key, true)
      case .registeredLead: registeredLeads.insert(key, true)
      case .mediaSource: mediaSources.insert(key, true)
      case .mediaVerb: mediaVerbs.insert(key, true)
      case .mediaClass: mediaClasses.insert(key, true)
      case .masthead: mastheads.insert(key, true)
      case .mastheadVerb: mastheadVerbs.insert(key, true)
      case .teamWord: teamWords.insert(key, true)
      case .companyIndustry: companyIndustries.insert(key, true)
      case .productTier: productTiers.insert(key)
      case .domainEnding: domainEndings.insert(key)
      case .tradeForm:
        // A trade form is an organisation's suffix too, read with its own rule (one row owns both).
        tradeForms.insert(key, true)
        addOrganizationSuffix(key, body: false)
      case .chamber: chambers.insert(key, true)
      case .termBody: termBodies.insert(key, true)
      case .branchSuffix: branchSuffixes.insert(key, true)
      case .bankUnit: bankUnits.insert(key, true)
      case .stationedWord: stationedWords.formUnion(key)
      case .partyCentral: partyCentrals.insert(key, true)
      case .bankForm: bankForms.insert(key, true)
      case .officeWord: officeWords.insert(key, true)
      case .placeBodyForm: placeBodyForms.insert(key, true)
      case .givenCharacter: givenCharacters.append(contentsOf: key)
      case .productRelease: productReleases.insert(key, true)
      case .notProductCode: notProductCodes.insert(row.text)
      case .sourceLabel:
        sourceLabels.insert(key, true)
        if let first = key.first { sourceLabelStarts.insert(first.value) }
      case .stampWord: stampWords.insert(key, true)
      case .bodyAnchor: bodyAnchors.insert(key, true)
      case .anchoredSuffix: anchoredSuffixes.insert(key, true)
      case .placedAnchoredSuffix: anchoredSuffixes.insert(key, false)
      case .workNoun: workNouns.insert(key, true)
      case .workFollower: workFollowers.insert(key, true)
      case .currencyWord: currencyWords.insert(key, true)
      case .governmentFunction: governmentFunctions.insert(key, true)
      case .ministrySuffix: ministrySuffixes.insert(key, true)
      case .countryBodySuffix: countryBodySuffixes.insert(key, true)
      case .bodyWord, .placedBodyWord:
        bodyWords.insert(key, row.kind == .bodyWord)
        if let first = key.first { bodyWordStarts.insert(first.value) }
        if key.count >= 2 { bodyWordSeconds.insert(key[1].value) }
      }
    }
    // Longest first: 股份有限公司 before 有限公司.
    legalSuffixes.sort { $0.count > $1.count }
  }

  /// A role title ends right before `start`, one space allowed between (总理|基里延科,
  /// 总理 |基里延科).
  func roleBefore(in s: [Unicode.Scalar], _ start: Int) -> Bool {
    var e = start
    if e >= 2, s[e - 1] == " " { e -= 1 }
    return e > 0 && roles.longestMatch(in: s, endingAt: e, maxLength: 8) != nil
  }

  /// Whether the character at `start` ends a role title that begins before it (外交部|长官|朴振: 官
  /// ends 长官, which the shorter 部长 before it would leave out): a name does not start on it,
  /// even where that character is also a family name (官). 行政长官|李家超 starts after the title.
  func endsRoleBefore(in s: [Unicode.Scalar], _ start: Int) -> Bool {
    guard start > 0, start < s.count else { return false }
    return roles.longestMatch(in: s, endingAt: start + 1, maxLength: 8).map { $0.start < start } ?? false
  }

  /// A role, a title or a verb of speech starts right at `end` (岸田|首相, 阿尔巴尼斯|说).
  func personWordAfter(in s: [Unicode.Scalar], _ end: Int) -> Bool {
    guard end < s.count else { return false }
    return roles.longestMatch(in: s, at: end) != nil || titlesAfter.longestMatch(in: s, at: end) != nil
      || speechVerbs.longestMatch(in: s, at: end) != nil
  }

  /// Whether the text around `start..<end` says that it is a person's name: a role title before
  /// it (董事长|陈思远), a verb of speech after it (刘谦|说), a role or a title after it
  /// (彭真|同志, 克林顿|总统), or a list of names (、). A name of two characters (刘谦) or a
  /// foreign name of two (科尔) is read only beside such a cue.
  /// `titleAfter` false: a title after the name is no cue (the caller has seen it start a longer
  /// word: 许可费|总额); a role after it still is (王国生|总经理).
  func nameCue(in s: [Unicode.Scalar], _ start: Int, _ end: Int, titleAfter: Bool = true) -> Bool {
    if start > 0, roles.longestMatch(in: s, endingAt: start, maxLength: 8) != nil { return true }
    if end < s.count, speechVerbs.longestMatch(in: s, at: end) != nil || s[end] == "、" { return true }
    if end < s.count, (titleAfter && titlesAfter.longestMatch(in: s, at: end) != nil) || roles.longestMatch(in: s, at: end) != nil { return true }
    return start > 0 && s[start - 1] == "、"
  }
}
