/// The rule that found an entity mention: the lexicon, one of the name patterns, or the
/// linker. The order of the pattern cases is the order in which the patterns read the text
/// (`EntityExtractor.patternScanners`): a stronger pattern takes its positions first.
package enum EntityRule: String, Sendable, CaseIterable {
  /// A form listed in the entity tables (`entities-*.tsv`, `entity-aliases.tsv`): 英伟达, Sam Altman.
  case lexicon = "entities.lexicon"
  /// A lexicon product or model with a version read by pattern: `GPT-5.1`, `Gemini 3 Pro`.
  case versionTail = "entities.version-tail"
  /// A transliterated foreign name with a middle dot: 杰瑞·特沃雷克, 达里奥.阿莫代.
  case dottedName = "entities.dotted-name"
  /// A Chinese name right after a role title: 首席执行官张伟表示.
  case roleName = "entities.role-name"
  /// A person named by the family name and a title after it: 李先生, 毛主席.
  case surnameTitle = "entities.surname-title"
  /// A transliterated foreign name without a middle dot, beside a role or a verb of speech:
  /// 总理基里延科, 贝森特表示, 克林顿总统.
  case transliteratedName = "entities.transliterated-name"
  /// A Japanese name by its family name: 佐藤由美, 桥本龙太郎, 桥本首相.
  case japaneseName = "entities.japanese-name"
  /// A Korean name in a Korean passage, a family name and two characters beside a cue:
  /// 韩国统一部长官郑东泳出席, 韩国总统尹锡悦表示.
  case koreanName = "entities.korean-name"
  /// A place by its last word: a division after an unknown name (泥汊镇, 陈沟村), or a suffix
  /// after a place found before (塔科马市, 苏州新区, 德黑兰机场).
  case placeSuffix = "entities.place-suffix"
  /// A place written right after the place it lies in, its id chosen with that parent: 台南市|中西区
  /// (Tainan's district, not Hong Kong's), 淮上区|沫河口镇 (not Shandong's 河口), 五河县|临北回族乡.
  case placeChain = "entities.place-chain"
  /// A road named by its number: 台78线, 国道1号, 县道145线.
  case numberedRoad = "entities.numbered-road"
  /// A foreign place no table lists, by a verb of travel or location before it: 赴波尔图, 位于斯图加特.
  case foreignPlaceCue = "entities.foreign-place-cue"
  /// A foreign division no table lists, by its division's word after a run of transliteration
  /// characters: 马弗拉克省, 马拉卡里斯村.
  case foreignDivision = "entities.foreign-division"
  /// A Chinese person's name that the name model and the segmentation find: 周立恒表示.
  case chineseName = "entities.chinese-name"
  /// A foreign name that the segmenter dictionary lists as a person's, with no role around it,
  /// and a name at the start of a doctrine: 国会对基里延科的提名, 亨德利和队友, 凯恩斯主义.
  case personWord = "entities.person-word"
  /// A family name the segmentation leaves alone and two characters of a given name after it:
  /// 江宏伟重视写生 (江|宏伟), 戚西洋说.
  case loneFamilyName = "entities.lone-family-name"
  /// A family name before a place the lexicon knows, with a person's cue around the two: the
  /// place is the given name (记者贾|西平报道, 陆|新平说, 棋手许|银川表示).
  case placeGivenName = "entities.place-given-name"
  /// A family name before a listed company's short name (or another name bound to words), with a
  /// person's cue around the two: the short name is the given name (财务长吴|志圣|表示).
  case listedGivenName = "entities.listed-given-name"
  /// A word of the segmenter dictionary tagged as an organisation or a place: 国务院, 曼谷.
  case dictionaryName = "entities.dictionary-name"
  /// A one-character abbreviation of a place inside a compound: 中美关系, 访华.
  case placeAbbreviation = "entities.place-abbreviation"
  /// A medium named in 《》 whose title ends with a media word: 《经济观察报》.
  case mediaTitle = "entities.media-title"
  /// A work in 《》 with a cue of a work before or after it: 电影《长河》, 《长河》票房.
  case titledWork = "entities.titled-work"
  /// A medium named by a place and a media word, the place taken into it: 华东财经, 北京日报.
  case placeMedia = "entities.place-media"
  /// A medium named by where it stands: between a source cue and a verb of reporting (据明报报道), at a
  /// clause's start before one (工商快报记者, 港闻在线报道), or starting a dateline (香港经济新闻　2025年10月21日).
  case mediaCue = "entities.media-cue"
  /// A team by its city, its own name and a team word, the city taken into it: 杭州逐光战队, 首尔Nova战队.
  case teamName = "entities.team-name"
  /// A product by its shape: a maker and a model code (小米YU7), a model code before a kind of
  /// product (GB200服务器), a quoted name after one (大模型“星澜2.0”).
  case productModel = "entities.product-model"
  /// A Latin model name with a hyphenated part or a version right after a verb of release, and
  /// the next one in a list: 推出Nova-X3和Nova-T1, 发布StreamFlow 2.4.
  case releasedProduct = "entities.released-product"
  /// A Latin-script name typed by a cue: Tim Higgins, 首席执行官 Ravi Odum, Menlo Ventures.
  case latinName = "entities.latin-name"
  /// A body named by a generic word, with the place before it: 市委书记, 吉林省委, 中国足协.
  case bodyWord = "entities.body-word"
  /// A committee, an association or a national body named from its anchor, a place or a national
  /// word, to its suffix: 中国文化扶贫委员会, 国务院残疾人工作协调委员会, 国家原子能机构.
  case anchoredBody = "entities.anchored-body"
  /// A government department by its function and a body suffix, with its place: 教育部, 县卫生健康局, 浙江省教育厅.
  case governmentDepartment = "entities.government-department"
  /// A company or works by a trade name and a company form: 劳拉公司, 罗威汽车公司, 郑州蝶阀厂
  /// (not a class: 保险公司, 水泥厂, 美国科技公司).
  case companyName = "entities.company-name"
  /// A company named right after its class: 生物科技公司翠峰生物(Verdant Peak Biotech), 新创公司曜石半导体.
  case companyAppositive = "entities.company-appositive"
  /// A company by a trade name and an industry word, without 公司: 新鸿基地产, 欣兴电子.
  case industryCompany = "entities.industry-company"
  /// A Chinese organisation by its last word: 青禾证券, 海岚智造股份有限公司.
  case organizationSuffix = "entities.organization-suffix"
  /// A registered company name around a known company: 深圳市腾讯计算机系统有限公司.
  case legalName = "entities.legal-name"
  /// A body whose name begins with a place or a body found before: 中国青年志愿者协会,
  /// 美国联邦航空局, 联合国禁毒署, 国务院法制办公室, 中共河北省委.
  case nestedBody = "entities.nested-body"
  /// A named unit of a public body, a school or a bank right after it: 湖东省商务厅外贸处,
  /// 临江市政府产业发展处, 金管局金融科技与创新组, 中国工商银行临江支行.
  case bodyUnit = "entities.body-unit"
  /// A body of numbered terms after its term's ordinal: 第二届全国人民代表大会, 六届人大常委会.
  case termBody = "entities.term-body"
  /// An organisation's Chinese name of generic words that its English name in parentheses follows: 美国国际开发金融公司(DFC),
  /// 浙江长龙航空(Loong Air).
  case glossedName = "entities.glossed-name"
  /// A form linked to a name of the same document: a parenthesised or appositive alias, a
  /// later partial form, a lexicon form that counts only beside its entity.
  case alias = "entities.alias"
}
