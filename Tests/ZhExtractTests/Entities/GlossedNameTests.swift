import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// An organisation's Chinese name of generic words that its English name in parentheses follows (rule
/// `entities.glossed-name`, issue 15): the gloss makes the words before it one name, and the English name
/// its alias. Sentences written for these tests.
@Suite struct GlossedNameTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // A country starts the name; a verb of the clause before it does not (透过), one inside it does (开发).
    ("欧方透过巴西国际开发金融公司(BDFC)提供贷款。", ["巴西国际开发金融公司 organization 4-14", "BDFC organization 15-19"]),
    // A country and generic words before a company's form, after a full stop.
    ("合同已签。泰国航空宇宙产业公司(TAI)表示满意。", ["泰国航空宇宙产业公司 organization 5-15", "TAI organization 16-19"]),
    // A place before an industry word: 地中海|航运.
    ("同日，地中海航运(MSC)开通新航线。", ["地中海航运 organization 3-8", "MSC organization 9-12"]),
    // A name glossed in words needs no place before an industry word (钻石|航空, a common noun and an industry word).
    ("民航方面，钻石航空(Diamond Air)表示运力充足。", ["钻石航空 organization 5-9", "Diamond Air organization 10-21"]),
    // A place and a generic word: 机构.
    ("此外，越南国际协力机构(VICA)派出专家。", ["越南国际协力机构 organization 3-11", "VICA organization 12-16"]),
  ])
  func glossedNames(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Technical terms glossed by an acronym: an industry word after generic words is a class.
    "今年电动汽车(EV)销量大增。",
    "人工智能(AI)企业纷纷融资。",
    // A pronoun before the form: no name.
    "该公司(Acme)表示不予置评。",
    // Generic words alone before a generic form.
    "多家国际金融机构(IFIs)参与。",
    // A gloss in lower case is no name.
    "研究机构(research institutes)增加投入。",
  ])
  func noOrganization(_ sentence: String) {
    let organizations = EntityFixture.entities(sentence).filter { $0.type == "organization" }.map(\.text)
    #expect(organizations.isEmpty, "\(sentence): \(organizations)")
  }

  /// A person's name in parentheses after a role stays a person's; an organisation found before keeps its gloss.
  @Test func personAndKnownOrganization() {
    #expect(mentions("公司总裁李文涛(Li Wentao)表示。").contains("Li Wentao person 8-17"))
    #expect(mentions("国际数据公司(IDC)发布报告。").contains("IDC organization 7-10"))
  }
}
