import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// People with a middle dot whose names hold characters read only around a dot (Uyghur and Central
/// Asian names: 吾 吐 买 不; 惠 范 翁 颂 猜 of English and Thai names), a hyphen (让-吕克) or a long part
/// (叶尔梅克巴耶夫), or stand after a role whose last character starts a place (外长|沙夫卡特); and people made up
/// of a figure (100|万林吉特) or of a preposition before a firm's trade name (由|维港投资); Korean given
/// characters (崔珉浩). Issue 15 item 2. Sentences written for these tests.
@Suite struct DottedAndFigurePeopleTests {
  // MARK: dotted names, whole

  @Test(arguments: [
    ("新疆代表⟦帕提古丽·吾斯曼⟧在会上发言。", "person:pa-ti-gu-li-wu-si-man-3305ef"),
    ("喀什市副市长⟦艾尔肯·吐尔逊⟧表示，项目将于明年投产。", "person:ai-er-ken-tu-er-xun-adf306"),
    ("乌兹别克斯坦外长⟦沙夫卡特·尤苏波夫⟧表示欢迎。", "person:sha-fu-ka-te-you-su-bo-fu-908d73"),
    ("德国工程师⟦卡特琳娜·施耐德⟧介绍了新技术。", "person:ka-te-lin-na-shi-nai-de-d3fadf"),
    ("法国导演⟦让-吕克·马丁⟧的新片将在戛纳首映。", "person:rang-lu-ke-ma-ding-1f39e5"),
    ("哈萨克斯坦外长⟦努尔兰‧叶尔梅克巴耶夫⟧会见了中方代表。", "person:nu-er-lan-ye-er-mei-ke-ba-ye-fu-4ac839"),  // U+2027
    ("记者⟦迪丽娜尔·阿不都拉⟧报道，当地棉花丰收。", "person:di-li-na-er-a-bu-dou-la-92825d"),
    ("歌手⟦阿依古丽·买买提⟧都表示参加。", "person:a-yi-gu-li-mai-mai-ti-b733e7"),  // 都 follows the name
    ("美国公司首席执行官⟦丹尼尔·惠特莫尔⟧表示，交易将于下月完成。", "person:dan-ni-er-hui-te-mo-er-57a184"),  // 惠: Whit-
    ("泰国前总理⟦颂猜·翁萨瓦⟧出席了签约仪式。", "person:song-cai-weng-sa-wa-504981"),  // Thai 颂猜, 翁
    // Arabic names: 侯 of Hussein, 立 of Khalid, 义 of Sayyid/Busaidi, 茂 of Mahmoud.
    ("慈善组织秘书长⟦侯赛因·沙布利⟧表示欢迎。", "person:hou-sai-yin-sha-bu-li-3594ee"),
    ("阿盟副秘书长⟦哈立德·祖拜迪⟧表示，阿盟期待合作。", "person:ha-li-de-zu-bai-di-9cb816"),
    ("同阿曼外交大臣⟦巴德尔·布赛义迪⟧会谈。", "person:ba-de-er-bu-sai-yi-di-c250c7"),
    ("巴勒斯坦总统⟦马哈茂德·阿巴斯⟧会见了代表团。", "person:ma-ha-mao-de-a-ba-si-d0bc8f"),
    // A hyphenated given name longer than six characters with its hyphen, and a dictionary word
    // (汉斯) at its start: the name from 汉.
    ("该所所长⟦汉斯-格奥尔格·施密特⟧介绍。", "person:han-si-ge-ao-er-ge-shi-mi-te-eb18c3"),
  ])
  func dottedNameIsWhole(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
  }

  @Test(arguments: [
    "旅客抵达塔什干伊斯兰·卡里莫夫国际机场后转机。",  // an airport's name
    "他说，葛兰素·威康公司是世界上著名的医药企业。",  // a company's name
    "他吐了一口气，不买也不卖。",  // the dotted-only characters without a dot
    "大家都力争上游，热情很高。",
    "优惠政策惠及许多朱姓和范姓居民，颂歌声中大家猜谜。",  // 惠 许 朱 范 颂 猜 without a dot
  ])
  func noDottedPerson(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  // MARK: no person in a figure or after a preposition before a firm

  @Test(arguments: [
    "公司以100万林吉特收购了一家工厂。",
    "项目耗资1.5亿林吉特。",
    "该项目获得500万兰特融资。",
    "由維港投資牽頭的財團完成了收購。",
    "由维港投资及红杉资本领投。",
  ])
  func noPersonMadeUp(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  // MARK: Korean given names

  @Test(arguments: [
    ("韩国演员⟦崔珉浩⟧出席了发布会。", "person:cui-minhao-44d319"),
    ("三星电子社长⟦朴成民⟧表示，公司将扩大投资。", "person:pu-chengmin-6d039a"),
  ])
  func koreanGivenNames(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
  }

  @Test func aPrepositionAtAClauseStartStillStartsAName() {
    EntityFixture.expectPeople("⟦向华强⟧说，电影将于明年上映。", ids: ["person:xiang-huaqiang-a0bb79"])
  }
}
