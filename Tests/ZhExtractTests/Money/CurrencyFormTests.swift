import Foundation
import Testing
@testable import ZhExtract

/// `CurrencyForm` keeps its fraction behind a reference (a `Decimal` inline gave the form, the
/// currency word and the cursor's prefix no fixed layout). It reads back the scale it was
/// given, and compares and hashes as the struct with the `Decimal` inline (kept here as the
/// reference) did.
@Suite struct CurrencyFormTests {
  /// The form as it was: every field stored, the conformance synthesised.
  struct InlineForm: Hashable {
    var code: String
    var position: CurrencyForm.Position
    var context: Int?
    var subunits: Int?
    let fraction: Decimal?
    init(code: String, scale: Decimal, position: CurrencyForm.Position, context: Int?, subunits: Int?) {
      self.code = code; self.position = position; self.context = context; self.subunits = subunits
      fraction = scale == 1 ? nil : scale
    }
  }

  static let scales = ["1", "1.0", "0.01", "0.010", "0.1", "0.001", "2.5", "100", "0.5"]

  static func forms() -> [(CurrencyForm, InlineForm, String)] {
    var all: [(CurrencyForm, InlineForm, String)] = []
    for code in ["CNY", "USD", "JPY"] {
      for scale in scales {
        for position in [CurrencyForm.Position.suffix, .colloquialFraction] {
          for (context, subunits) in [(nil, nil), (0, nil), (nil, 1), (2, 3)] as [(Int?, Int?)] {
            let d = MoneyFixtures.decimal(scale)
            var form = CurrencyForm(code: code, scale: d, position: position, context: context)
            form.subunits = subunits
            all.append((form, InlineForm(code: code, scale: d, position: position, context: context, subunits: subunits), scale))
          }
        }
      }
    }
    return all
  }

  @Test func readsBackItsScale() {
    for (form, inline, written) in Self.forms() {
      #expect(form.fraction == inline.fraction, "\(written)")
      #expect(form.fraction.map { "\($0)" } == inline.fraction.map { "\($0)" }, "\(written)")
      #expect(form.scale == MoneyFixtures.decimal(written))
      #expect("\(form.scale)" == "\(inline.fraction ?? 1)")
      #expect((form.fraction == nil) == (MoneyFixtures.decimal(written) == 1))
    }
  }

  @Test func comparesAndHashesAsTheInlineForm() {
    let all = Self.forms()
    var compared = 0
    for (a, inlineA, _) in all {
      for (b, inlineB, _) in all {
        #expect((a == b) == (inlineA == inlineB))
        if a == b { #expect(a.hashValue == b.hashValue) }
        compared += 1
      }
    }
    #expect(compared > 40_000)
    // A currency word holding a form copies, compares and keeps its fraction.
    let word = CurrencyWord(start: 3, end: 5, form: all[8].0)
    var copy = word
    copy.contextCode = "HKD"
    #expect(copy.form == word.form && copy.form.fraction == word.form.fraction && copy != word)
  }
}
