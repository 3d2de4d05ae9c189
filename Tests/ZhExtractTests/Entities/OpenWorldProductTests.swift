import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Products that no lexicon lists, found by their shape (issue 15 item 5): a maker and a model
/// code, a model code before a kind of product, a quoted name after one. Sentences written for
/// these tests, with the mention marked.
@Suite struct OpenWorldProductTests {
  @Test(arguments: [
    ("⟦小米YU7⟧上市以来订单持续增长。", "product:xiaomi-yu7", "Xiaomi YU7"),
    ("新款⟦小米 YU7⟧将于下月交付。", "product:xiaomi-yu7", "Xiaomi YU7"),
    ("⟦比亚迪E5⟧的续航提升了。", "product:byd-e5", "BYD E5"),
  ])
  func makerAndModelCode(marked: String, id: String, name: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.id == id)
    #expect(m.name == name)
  }

  @Test(arguments: [
    ("工厂将为客户生产⟦GB200⟧服务器。", "product:gb200"),
    ("為客戶生產⟦GB200⟧伺服器。", "product:gb200"),
    ("公司发布了⟦X9⟧手机。", "product:x9"),
  ])
  func modelCodeBeforeAKindOfProduct(marked: String, id: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.id == id)
  }

  /// A brand no table lists: two Han characters that are no word of the dictionary, glued to
  /// the model code.
  @Test(arguments: [
    ("⟦星途L9⟧将于下月上市。", "星途L9"),
    ("这次亮相的⟦问界M9⟧配备了新电池。", "问界M9"),
    ("經銷商表示，嵐圖FREE以外，⟦嵐圖H8⟧也在預訂中。", "岚图H8"),
    ("新款⟦哈弗H6⟧开始交付。", "哈弗H6"),  // H6 is no half-year
  ])
  func unknownBrandAndModelCode(marked: String, nameZh: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.nameZh == nameZh)
    #expect(m.id.hasPrefix("product:"))
  }

  @Test(arguments: [
    ("国产C919完成首飞。", [String]()),  // 国产 is a common word
    ("新款X5的价格下调。", []),  // 新款 too
    ("这款M7卖得很好。", []),  // a pronoun
    ("公司推出L9车型。", ["L9"]),  // a verb: the code before 车型 is the product alone
    ("国奥U23队输了。", []),  // an age group
    ("杭州G20峰会召开。", []),  // a place before the code
  ])
  func wordsBeforeAModelCodeThatAreNoBrand(sentence: String, products: [String]) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "product" }.map(\.text) == products)
  }

  @Test(arguments: [
    ("资金将用于大模型“⟦星澜2.0⟧”的研发。", "星澜2.0"),
    ("公司上线了应用「⟦青鸟出行⟧」。", "青鸟出行"),
  ])
  func quotedNameAfterAKindOfProduct(marked: String, nameZh: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.nameZh == nameZh)
  }

  /// A quoted name right before a kind of product: an app, a client, a platform.
  @Test(arguments: [
    ("报社将资源集中到“⟦皖南通⟧”客户端。", "皖南通"),
    ("补贴通过“⟦一码游江南⟧”平台发放。", "一码游江南"),
    ("市民可在“⟦赣服通⟧”政务服务平台办理。", "赣服通"),
    ("用户可通过“⟦青鸟出行⟧”小程序预约。", "青鸟出行"),
    ("公司上线了“⟦澜途⟧”App。", "澜途"),
  ])
  func quotedNameBeforeAKindOfProduct(marked: String, nameZh: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.nameZh == nameZh)
  }

  @Test(arguments: [
    "各地推进“以旧换新”平台建设。",  // a common word in quotes
    "他说“明天见”后离开了平台。",  // no kind of product right after the quotes
    "记者登录“发展”客户端查看。",  // a common word
  ])
  func quotedWordsBeforeAKindOfProductThatAreNoProduct(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "product" }.map(\.text) == [], "\(sentence)")
  }

  /// Platforms, payment apps and trains that a table lists (platforms are products; their
  /// companies, 亚马逊 SHEIN, organisations).
  @Test(arguments: [
    ("卖家入驻速卖通和Temu。", ["速卖通", "Temu"]),
    ("品牌已在TikTok Shop开店。", ["TikTok Shop"]),
    ("消费券通过云闪付投放。", ["云闪付"]),
    ("线路使用复兴号动车组。", ["复兴号"]),
    ("亚马逊和SHEIN设立了服务站。", []),
    ("广告上线已是板上钉钉。", []),  // an idiom, no app (钉钉 is left out of the table)
  ])
  func listedPlatformsAndTrains(sentence: String, products: [String]) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "product" }.map(\.text) == products, "\(sentence)")
  }

  @Test(arguments: [
    "腾讯Q3营收增长。",  // a quarter, no model
    "小米H1利润上升。",  // a half-year
    "公司H2利润上升。",  // the second half-year
    "苹果Q4营收创新高。",  // a quarter
    "PM2.5浓度下降。",  // a decimal, no code
    "大模型“幻觉”问题仍未解决。",  // a common word in quotes
    "公司推出“以旧换新”活动。",  // no kind of product before the quotes
    "第5代服务器性能提升。",  // no capital letter
    "COVID19x病毒",  // letters after the digits
  ])
  func shapesThatAreNoProduct(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "product" }.map(\.text) == [])
  }

  /// A maker's product by its Latin name and number (华为Mate 80), a chip's number after a known
  /// chip (昇腾910C), a Latin name with its number after a maker and 的 (英特尔的Gaudi 3), and a
  /// capitalised Latin name before a kind of product (Rubin|架构).
  @Test(arguments: [
    ("新一代⟦华为Mate 80⟧系列手机今天发布。", "product:huawei-mate-80", "Huawei Mate 80"),
    ("⟦昇腾910C⟧芯片的性能大幅提升。", "product:ascend-910c", "Ascend 910C"),
    ("英特尔的⟦Gaudi 3⟧在测试中表现良好。", "product:gaudi-3", "Gaudi 3"),
    ("公司推出了新一代⟦Rubin⟧架构。", "product:rubin", "Rubin"),
    ("新款⟦Redmi K80⟧手机开售。", "product:redmi-k80", "Redmi K80"),
  ])
  func latinNamesAndChipNumbers(marked: String, id: String, name: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.id == id)
    #expect(m.name == name)
  }

  /// A brand no table lists (no word of the dictionary, or one seen fewer than ten times: 天枢) glued
  /// to a chip's number, before a kind of product.
  @Test(arguments: [
    ("两款新机均搭载自研的⟦天枢9100⟧处理器。", "天枢9100"),
    ("新款平板用上了⟦澜芯2100⟧芯片。", "澜芯2100"),
  ])
  func unknownBrandAndChipNumber(marked: String, nameZh: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.nameZh == nameZh)
  }

  @Test(arguments: [
    "新款9100处理器即将上市。",  // 新款 is a common word
    "今年2025芯片出货量大增。",  // a time word
    "公司采购1000台服务器。",  // a count
    "澜芯2100年前后问世。",  // no kind of product after the number
  ])
  func numbersAfterWordsThatAreNoBrand(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "product" }.map(\.text) == [], "\(sentence)")
  }

  /// The Latin name after an unknown brand names the product alone later in the document; before
  /// the whole name it names nothing.
  @Test func latinNameAfterTheBrandNamesTheProductLater() {
    let found = EntityFixture.entities("公司正式推出旗舰手机曜辰X7 Pro 5G及折叠屏手机曜辰Fold 2。X7 Pro 5G预约量突破百万，Fold 2下周开售。")
      .filter { $0.type == "product" }
    #expect(found.map(\.text) == ["曜辰X7 Pro 5G", "曜辰Fold 2", "X7 Pro 5G", "Fold 2"])
    #expect(found.count == 4 && found[0].id == found[2].id && found[1].id == found[3].id, "\(found.map(\.id))")
    #expect(EntityFixture.entities("X7 Pro 5G预约量突破百万。").filter { $0.type == "product" }.isEmpty)
  }

  @Test(arguments: [
    "华为2025年营收增长。",  // a year after a maker
    "华为Mate 80万台的订单已经排满。",  // a count, not a model's number
    "华为昇腾2025年出货量增加。",  // a year after a chip
    "英伟达CEO黄仁勋表示,需求强劲。",  // capitals only: a role
    "他在Google工作了10年。",
  ])
  func numbersAndCapitalsThatAreNoProduct(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.rule == "entities.product-model" }.map(\.text) == [])
  }
}

/// Versions of operating systems, chips with their number, tiers after a model, an unknown brand
/// before a Latin name, and Chinese editions (issue 15 item 5). Sentences written for these tests.
@Suite struct ProductVersionAndEditionTests {
  /// A system's version makes a product whose id is the system's and the version.
  @Test(arguments: [
    ("新机出厂预装⟦Android 16⟧。", "product:android-16", "Android 16"),
    ("华为宣布⟦HarmonyOS 5.0⟧已大规模推送。", "product:harmonyos-5.0", "HarmonyOS 5.0"),
    ("升级到⟦鸿蒙5.0⟧之后更流畅。", "product:harmonyos-5.0", "HarmonyOS 5.0"),
    ("⟦iOS 26⟧的更新率达到六成。", "product:ios-26", "iOS 26"),
  ])
  func systemVersions(marked: String, id: String, name: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.id == id)
    #expect(m.name == name)
  }

  @Test(arguments: [
    ("另一款新机搭载⟦天玑9500⟧处理器。", "product:dimensity-9500", "Dimensity 9500"),
    ("⟦骁龙8 Gen 5⟧的性能提升明显。", "product:snapdragon-8-gen-5", "Snapdragon 8 Gen 5"),
    ("新机搭载⟦骁龙8至尊版⟧。", "product:snapdragon-8-elite", "Snapdragon 8 Elite"),
    ("新机搭载⟦第五代骁龙8至尊版⟧处理器。", "product:snapdragon-8-elite-gen-5", "Snapdragon 8 Elite Gen 5"),
  ])
  func chipsAndEditions(marked: String, id: String, name: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.id == id)
    #expect(m.name == name)
  }

  /// `第N代` before a product, N read by the number readers (`SmallNumber`): 1 to 19 only.
  @Test(arguments: [("第五代", 5), ("第5代", 5), ("第十代", 10), ("第十二代", 12), ("第12代", 12), ("第十九代", 19)])
  func generationNumbers(text: String, number: Int) {
    let s = Array(text.unicodeScalars)
    #expect(ProductModelScanner.generationBefore(s, s.count).map { [$0.start, $0.number] } == [0, number])
  }

  @Test(arguments: ["第二十代", "第0代", "新一代", "第代", "一代", "第123代"])
  func noGeneration(text: String) {
    let s = Array(text.unicodeScalars)
    #expect(ProductModelScanner.generationBefore(s, s.count) == nil)
  }

  @Test(arguments: [
    ("新车⟦问界M9 Ultra⟧下月上市。", "问界M9 Ultra"),
    ("国产品牌发布⟦澜尚Aero 5 Pro⟧。", "澜尚Aero 5 Pro"),
    ("同时推出⟦问界M9旗舰版⟧。", "问界M9旗舰版"),
    ("公司推出旗舰手机⟦曜辰X9 Pro 5G⟧。", "曜辰X9 Pro 5G"),  // the network's generation after the tier
  ])
  func tiersBrandsAndEditions(marked: String, nameZh: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.nameZh == nameZh)
  }

  @Test(arguments: [
    "顶配的Pro版售价6499元。",  // an edition with no product before it
    "旗舰版将于下月开售。",
    "第五代产品已经量产。",  // a generation before no product
    "Android 1000万台设备已升级。",  // a count, not a version
    "全年销量有望突破800万台。",
    "他们在Android Studio里调试。",
  ])
  func wordsThatAreNoVersionOrEdition(sentence: String) {
    let products = EntityFixture.entities(sentence).filter { $0.type == "product" }
    #expect(products.allSatisfy { !$0.id.contains("gen-") && !$0.text.hasSuffix("版") && $0.text != "Android 1000" }, "\(products.map(\.text))")
    #expect(products.allSatisfy { $0.id == "product:android" }, "\(products.map(\.text))")
  }
}
