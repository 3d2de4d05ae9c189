import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Products named by a Latin code with a hyphen or mixed case beside a kind of product, with no
/// verb of release (Axon-7B|大模型, 型号为|KX-3000, CoWoS|封装), and a brand glued to a number
/// with a capital and a decimal version (特步160X 6.0): issue 15 item 5. Sentences written for these
/// tests; Latin noise that is no product (GDP, CEO, ETF, ISO 9001, COVID-19, H1 2026) stays out; capitals, a hyphen
/// and a number (BCY-207) are a model by themselves.
@Suite struct ProductCodeTests {
  private func products(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "product" }.map { "\($0.text)→\($0.id)@\($0.start)" }
  }

  @Test(arguments: [
    ("澜海科技的Axon-7B大模型参数规模为70亿。", ["Axon-7B→product:axon-7b@5"]),
    ("公司的LX-Porter S2机器人已在仓库部署。", ["LX-Porter S2→product:lx-porter-s2@3"]),
    ("该公司的HX-900机型已量产。", ["HX-900→product:hx-900@4"]),
    ("該公司的HX-900機型已量產。", ["HX-900→product:hx-900@4"]),
    ("台积电的CoWoS封装产能紧张。", ["CoWoS→product:cowos@4"]),
    ("台積電的CoWoS封裝產能緊張。", ["CoWoS→product:cowos@4"]),
    ("台积电CoWoS封装产能紧张。", ["CoWoS→product:cowos@3"]),  // a technology, not the maker's model
    ("该设备型号为KX-3000，支持多种接口。", ["KX-3000→product:kx-3000@6"]),
    ("华为HX-900芯片采用7纳米工艺。", ["华为HX-900→product:huawei-hx-900@0"]),
  ])
  func codeBesideAKindOfProduct(sentence: String, expected: [String]) {
    #expect(products(sentence) == expected)
  }

  /// Capitals, a hyphen and two digits or more: a model wherever it stands.
  @Test(arguments: [
    ("双抗新药BCY-207已进入三期临床。", ["BCY-207→product:bcy-207@4"]),
    ("首批20台HX-900已交付，KL-60正在测试。", ["HX-900→product:hx-900@5", "KL-60→product:kl-60@15"]),
    ("礼盒装M-300每盒售价800元。", ["M-300→product:m-300@3"]),
    ("晶圆盒FOUP-X300通过验证。", ["FOUP-X300→product:foup-x300@3"]),
  ])
  func capitalsAndANumberAreAModel(sentence: String, expected: [String]) {
    #expect(products(sentence) == expected)
  }

  @Test(arguments: [
    "公司CEO说，2026年GDP增速预计4.5%，ETF资金流入。",
    "K-12教育板块回暖，G-20峰会下月召开。",  // not-product-code cues
    "PD-1抑制剂获批，H-1B签证收紧。",  // one digit

    "受COVID-19影响，公司通过ISO 9001认证，H1 2026营收增长。",
    "SARS-CoV-2病毒仍在变异。",
    "他穿着T-shirt参加了K-pop演唱会。",
    "该设备支持Wi-Fi 6，续航提升。",
    "Axon-7B的参数规模为70亿。",  // a code with no kind of product beside it
  ])
  func latinNoiseIsNoProduct(_ sentence: String) {
    #expect(products(sentence) == [], "\(sentence)")
  }

  @Test func makerBeforeAMixedCaseNameStaysAnOrganisation() {
    #expect(EntityFixture.ids("台积电CoWoS封装产能紧张。") == ["台积电→org:tsmc", "CoWoS→product:cowos"])
  }

  @Test func brandNumberAndVersionIsOneProduct() {
    let found = EntityFixture.entities("特步160X 6.0跑鞋售价899元。")
    #expect(found.map { "\($0.text)→\($0.id)@\($0.start)" } == ["特步160X 6.0→product:xtep-160x-6.0@0"])
    #expect(found.first?.name == "Xtep 160X 6.0")
  }

  @Test(arguments: [
    ("特步2025年营收增长。", ["特步→org:xtep"]),
    ("小米YU7 2.0版本即将上线，销量6.5万辆。", ["小米YU7 2.0→product:xiaomi-yu7-2.0"]),
    ("特步160X 5万双已售出。", ["特步160X→product:xtep-160x"]),
  ])
  func numbersThatAreNoModelOrVersion(sentence: String, expected: [String]) {
    #expect(EntityFixture.entities(sentence).filter { $0.type != "place" }.map { "\($0.text)→\($0.id)" } == expected)
  }
}
